package io.github.odooconnector.testkit.internal.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every route of the fake shares: content types, sending a body, Jackson number types. */
final class HttpIo {

  static final String JSON = "application/json; charset=utf-8";

  static final String HTML = "text/html; charset=utf-8";

  static final String XML = "text/xml; charset=utf-8";

  private HttpIo() {}

  static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      ex.getResponseBody().write(bytes);
    }
  }

  static void notFoundHtml(HttpExchange ex) throws IOException {
    send(
        ex,
        404,
        HTML,
        "<!DOCTYPE html>\n"
            + "<title>404 Not Found</title>\n"
            + "<h1>Not Found</h1>\n"
            + "<p>The requested URL was not found on the server. If you entered the URL manually"
            + " please check your spelling and try again.</p>\n");
  }

  /** Jackson gives Integer/BigInteger/BigDecimal; the ORM works with Long and Double. */
  static Object normalize(Object o) {
    if (o instanceof Integer i) {
      return i.longValue();
    }
    if (o instanceof BigInteger b) {
      return b.longValue();
    }
    if (o instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) {
        out.add(normalize(x));
      }
      return out;
    }
    return o;
  }
}
