package io.github.odooconnector.core.internal.transport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes {@code Content-Encoding: gzip} on a received body, refusing to inflate past the body limit
 * (a small compressed body can expand to gigabytes). Stateless and thread-safe.
 */
final class Compression {

  private Compression() {}

  /**
   * The response with its body decompressed when the server gzipped it; unchanged otherwise. The
   * returned headers no longer carry {@code Content-Encoding} or {@code Content-Length}.
   *
   * @param r the response as received
   * @param maxBytes largest decompressed body accepted
   * @param uri for messages
   * @return the decoded response
   * @throws TransportFailure TOO_LARGE past {@code maxBytes}, IO for a corrupt gzip stream
   */
  static HttpResult decode(HttpResult r, long maxBytes, URI uri) {
    String encoding =
        r.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      return r;
    }
    byte[] body = r.body();
    if (body.length == 0) {
      return new HttpResult(r.status(), withoutEncoding(r.headers()), body);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(maxBytes, Math.max(8192L, body.length * 4L)));
    byte[] buf = new byte[16 * 1024];
    long total = 0;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new TransportFailure(
              TransportFailure.Kind.TOO_LARGE,
              "gzip response body from "
                  + TransportFailures.safe(uri)
                  + " exceeds the limit of "
                  + maxBytes
                  + " bytes once decompressed ("
                  + body.length
                  + " bytes compressed)",
              0,
              null,
              false,
              null);
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new TransportFailure(
          TransportFailure.Kind.IO,
          "corrupt gzip response body from "
              + TransportFailures.safe(uri)
              + " ("
              + e.getMessage()
              + ")",
          0,
          null,
          false,
          e);
    }
    return new HttpResult(r.status(), withoutEncoding(r.headers()), out.toByteArray());
  }

  private static HttpHeaders withoutEncoding(HttpHeaders h) {
    return HttpHeaders.of(
        h.map(),
        (name, value) ->
            !name.equalsIgnoreCase("Content-Encoding") && !name.equalsIgnoreCase("Content-Length"));
  }
}
