package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.ServerVersion;
import java.util.List;
import java.util.Map;

/** Reads {@code version_info} / {@code common.version} results. */
final class Versions {

  private Versions() {}

  static ServerVersion fromResult(Object result, Site site) {
    if (!(result instanceof Map<?, ?> m)) {
      throw OdooErrors.protocol(
          "version answer is not a struct/object: " + shape(result), site, null);
    }
    String raw = m.get("server_version") instanceof String s ? s : "";
    Object info = m.get("server_version_info");
    if (info instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Number major) {
      int minor = l.size() > 1 && l.get(1) instanceof Number n ? n.intValue() : 0;
      if (major.intValue() > 0) {
        return new ServerVersion(major.intValue(), Math.max(minor, 0), raw);
      }
    }
    ServerVersion parsed = ServerVersion.parse(raw);
    if (!parsed.isKnown()) {
      throw OdooErrors.protocol("cannot read the server version from " + shape(result), site, null);
    }
    return parsed;
  }

  /** Reads {@code GET /web/version}: {@code {"version_info": [19, 0, ...], "version": "..."}}. */
  static ServerVersion fromWebVersion(Object result, Site site) {
    if (result instanceof Map<?, ?> m && m.containsKey("version_info")) {
      return fromResult(
          Map.of(
              "server_version",
              m.get("version") instanceof String s ? s : "",
              "server_version_info",
              m.get("version_info") == null ? List.of() : m.get("version_info")),
          site);
    }
    throw OdooErrors.protocol(
        "GET /web/version answer has no version_info: " + shape(result), site, null);
  }

  static String shape(Object o) {
    String s = String.valueOf(o);
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
