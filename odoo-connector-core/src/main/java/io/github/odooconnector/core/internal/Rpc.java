package io.github.odooconnector.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers shared by the execute_kw protocols. */
final class Rpc {

  private Rpc() {}

  static Map<String, Object> kwargsWithContext(
      Map<String, Object> kwargs, Map<String, Object> context) {
    if (context.isEmpty()) {
      return kwargs;
    }
    Map<String, Object> kw = new LinkedHashMap<>(kwargs);
    Object own = kw.get("context");
    if (own instanceof Map<?, ?> m) {
      Map<String, Object> merged = new LinkedHashMap<>(context);
      m.forEach((k, v) -> merged.put(String.valueOf(k), v));
      kw.put("context", merged);
    } else {
      kw.put("context", context);
    }
    return kw;
  }

  static long uid(Object result, Site site) {
    if (Boolean.FALSE.equals(result) || result == null) {
      return 0;
    }
    if (result instanceof Number n && n.longValue() > 0) {
      return n.longValue();
    }
    throw OdooErrors.protocol(
        "authenticate returned " + Versions.shape(result) + " instead of a uid or false",
        site,
        null);
  }
}
