package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.internal.codec.FieldMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts raw decoded results into the typed shapes of the helpers, failing with a protocol error
 * otherwise.
 */
final class Results {

  private Results() {}

  static List<Long> ids(Object r, Site site) {
    if (!(r instanceof List<?> l)) {
      throw OdooErrors.protocol("expected a list of ids but got " + Versions.shape(r), site, null);
    }
    List<Long> out = new ArrayList<>(l.size());
    for (Object o : l) {
      if (!(o instanceof Number n)) {
        throw OdooErrors.protocol(
            "expected a list of ids but got an element " + Versions.shape(o), site, null);
      }
      out.add(n.longValue());
    }
    return Collections.unmodifiableList(out);
  }

  static List<OdooRecord> records(Object r, Site site) {
    if (!(r instanceof List<?> l)) {
      throw OdooErrors.protocol(
          "expected a list of records but got " + Versions.shape(r), site, null);
    }
    List<OdooRecord> out = new ArrayList<>(l.size());
    for (Object o : l) {
      if (!(o instanceof Map<?, ?> m)) {
        throw OdooErrors.protocol("expected a record but got " + Versions.shape(o), site, null);
      }
      try {
        out.add(OdooRecord.of(stringKeyed(m)));
      } catch (IllegalArgumentException e) {
        throw OdooErrors.protocol(e.getMessage(), site, e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The decoded map itself when its keys are strings (JSON), else a copy (OdooRecord copies). */
  @SuppressWarnings("unchecked")
  private static Map<String, ?> stringKeyed(Map<?, ?> m) {
    if (m instanceof FieldMap decoded) {
      return decoded;
    }
    for (Object k : m.keySet()) {
      if (!(k instanceof String)) {
        Map<String, Object> values = new LinkedHashMap<>();
        m.forEach((key, v) -> values.put(String.valueOf(key), v));
        return values;
      }
    }
    return (Map<String, ?>) m;
  }

  static List<Map<String, Object>> maps(Object r, Site site) {
    if (!(r instanceof List<?> l)) {
      throw OdooErrors.protocol(
          "expected a list of objects but got " + Versions.shape(r), site, null);
    }
    List<Map<String, Object>> out = new ArrayList<>(l.size());
    for (Object o : l) {
      if (!(o instanceof Map<?, ?> m)) {
        throw OdooErrors.protocol("expected an object but got " + Versions.shape(o), site, null);
      }
      Map<String, Object> values = new LinkedHashMap<>();
      m.forEach((k, v) -> values.put(String.valueOf(k), v));
      out.add(Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableList(out);
  }

  static long count(Object r, Site site) {
    if (r instanceof Number n && !(r instanceof Double)) {
      return n.longValue();
    }
    throw OdooErrors.protocol("expected a count but got " + Versions.shape(r), site, null);
  }

  static boolean bool(Object r, Site site) {
    if (r instanceof Boolean b) {
      return b;
    }
    throw OdooErrors.protocol("expected a boolean but got " + Versions.shape(r), site, null);
  }

  static List<Many2one> pairs(Object r, Site site) {
    if (!(r instanceof List<?> l)) {
      throw OdooErrors.protocol(
          "expected [id, name] pairs but got " + Versions.shape(r), site, null);
    }
    List<Many2one> out = new ArrayList<>(l.size());
    for (Object o : l) {
      if (o instanceof List<?> p && p.size() == 2 && p.get(0) instanceof Number id) {
        out.add(new Many2one(id.longValue(), p.get(1) instanceof String s ? s : ""));
      } else {
        throw OdooErrors.protocol(
            "expected an [id, name] pair but got " + Versions.shape(o), site, null);
      }
    }
    return Collections.unmodifiableList(out);
  }

  static Map<String, FieldInfo> fields(Object r, Site site) {
    if (!(r instanceof Map<?, ?> m)) {
      throw OdooErrors.protocol(
          "expected a field description object but got " + Versions.shape(r), site, null);
    }
    Map<String, FieldInfo> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String name = String.valueOf(e.getKey());
      if (!(e.getValue() instanceof Map<?, ?> attrs)) {
        throw OdooErrors.protocol("field '" + name + "' has no attribute object", site, null);
      }
      Map<String, Object> a = new LinkedHashMap<>();
      attrs.forEach((k, v) -> a.put(String.valueOf(k), v));
      String type = a.get("type") instanceof String s ? s : "";
      String label = a.get("string") instanceof String s ? s : "";
      Optional<String> relation =
          a.get("relation") instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
      out.put(
          name,
          new FieldInfo(
              name,
              type,
              label,
              Boolean.TRUE.equals(a.get("required")),
              Boolean.TRUE.equals(a.get("readonly")),
              relation,
              a));
    }
    return Collections.unmodifiableMap(out);
  }
}
