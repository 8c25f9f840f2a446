package io.github.odooconnector.core.internal.codec;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts Java values to the neutral wire tree both codecs serialise: null (only inside JSON-2
 * bodies), Boolean, Long, Double, BigDecimal, String, byte[], List, Map&lt;String, Object&gt;.
 */
public final class WireValues {

  /** Odoo's datetime wire format (UTC, no zone). */
  public static final DateTimeFormatter ODOO_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static final int MAX_DEPTH = 64;

  private WireValues() {}

  /**
   * Normalises a value to send. {@code null} becomes {@code false} (Odoo's "empty").
   *
   * @param value the value
   * @return the wire value
   * @throws IllegalArgumentException naming the unsupported type
   */
  public static Object toWire(Object value) {
    return toWire(value, "value", 0);
  }

  private static Object toWire(Object value, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "value nested deeper than " + MAX_DEPTH + " levels at " + path);
    }
    if (value == null) {
      return Boolean.FALSE;
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger b) {
      if (b.bitLength() > 63) {
        throw new IllegalArgumentException("integer at " + path + " does not fit in 64 bits: " + b);
      }
      return b.longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("number at " + path + " is not finite: " + d);
      }
      return d;
    }
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Number n) {
      throw new IllegalArgumentException(
          "unsupported number type " + n.getClass().getName() + " at " + path);
    }
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Instant i) {
      return ODOO_DATETIME.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }
    if (value instanceof OffsetDateTime o) {
      return toWire(o.toInstant(), path, depth);
    }
    if (value instanceof ZonedDateTime z) {
      return toWire(z.toInstant(), path, depth);
    }
    if (value instanceof LocalDateTime) {
      throw new IllegalArgumentException(
          "LocalDateTime at " + path + " is ambiguous: Odoo datetimes are UTC; pass an Instant");
    }
    if (value instanceof Command c) {
      return toWire(c.toList(), path, depth + 1);
    }
    if (value instanceof Domain d) {
      return toWire(d.toList(), path, depth + 1);
    }
    if (value instanceof Context c) {
      return toWire(c.asMap(), path, depth + 1);
    }
    if (value instanceof Many2one m) {
      return m.id();
    }
    if (value instanceof OdooRecord r) {
      return r.id();
    }
    if (value instanceof Optional<?> o) {
      return toWire(o.orElse(null), path, depth);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      int i = 0;
      for (Object o : c) {
        out.add(toWire(o, path + "[" + i++ + "]", depth + 1));
      }
      return out;
    }
    if (value instanceof Object[] arr) {
      return toWire(List.of(arr), path, depth);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String k)) {
          throw new IllegalArgumentException(
              "map key at "
                  + path
                  + " must be a String, got "
                  + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
        }
        out.put(k, toWire(e.getValue(), path + "." + k, depth + 1));
      }
      return out;
    }
    throw new IllegalArgumentException(
        "unsupported value type "
            + value.getClass().getName()
            + " at "
            + path
            + "; use String, Number, Boolean, BigDecimal, LocalDate, Instant, byte[], List, Map,"
            + " Command or Domain");
  }
}
