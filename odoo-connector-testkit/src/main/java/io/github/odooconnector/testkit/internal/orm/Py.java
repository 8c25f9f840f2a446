package io.github.odooconnector.testkit.internal.orm;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/** Python-flavoured helpers: repr() of values and truthiness, for faithful error messages. */
public final class Py {
  private Py() {}

  public static String repr(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof String s) {
      return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    if (v instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      c.forEach(x -> j.add(repr(x)));
      return j.toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      m.forEach((k, x) -> j.add(repr(k) + ": " + repr(x)));
      return j.toString();
    }
    return String.valueOf(v);
  }

  /** repr of a domain leaf as a tuple. */
  public static String tuple(Collection<?> c) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    c.forEach(x -> j.add(repr(x)));
    return j.toString();
  }

  public static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }
}
