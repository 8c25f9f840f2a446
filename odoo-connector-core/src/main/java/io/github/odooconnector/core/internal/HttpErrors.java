package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import io.github.odooconnector.core.internal.transport.TransportFailure;
import java.nio.charset.StandardCharsets;

/** Handles HTTP statuses that no protocol decodes as an Odoo answer. */
final class HttpErrors {

  private HttpErrors() {}

  /** Throws for 429, 502, 503, 504 and 5xx without a body the protocol understands. */
  static void transientStatus(HttpResult r) {
    int st = r.status();
    if (st == 429 || st == 503) {
      // The server (or a proxy in front of it) refused the request before processing it.
      throw new TransportFailure(
          TransportFailure.Kind.HTTP_STATUS,
          "HTTP " + st + " from server",
          st,
          HttpTransport.retryAfter(r),
          true,
          null);
    }
    if (st >= 500) {
      throw new TransportFailure(
          TransportFailure.Kind.HTTP_STATUS,
          "HTTP " + st + " from server",
          st,
          HttpTransport.retryAfter(r),
          false,
          null);
    }
  }

  static String snippet(HttpResult r) {
    String text = new String(r.body(), 0, Math.min(r.body().length, 400), StandardCharsets.UTF_8);
    text = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  static RuntimeException unexpected(HttpResult r, Site site, String what) {
    return OdooErrors.protocol(
        "unexpected HTTP "
            + r.status()
            + " ("
            + r.contentType()
            + ") from "
            + what
            + ": "
            + snippet(r),
        site,
        null);
  }
}
