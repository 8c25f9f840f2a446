package io.github.odooconnector.core.api;

import io.github.odooconnector.core.internal.codec.FieldMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A record as returned by {@code read}/{@code search_read}, with typed getters that understand
 * Odoo's wire conventions: {@code false} means "empty" for every non-boolean field, many2one values
 * are {@code [id, "name"]}, datetimes are {@code "yyyy-MM-dd HH:mm:ss"} in UTC, binaries are
 * base64. Getters throw {@link OdooProtocolException} (naming the field) when a value has an
 * unexpected shape. Immutable and thread-safe.
 */
public final class OdooRecord {

  private static final DateTimeFormatter ODOO_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Map<String, Object> values;

  private OdooRecord(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Wraps decoded field values (for example from {@link OdooClient#call}, or in tests).
   *
   * @param values field name to raw decoded value; must contain a numeric {@code id}
   * @return the record
   * @throws IllegalArgumentException if there is no positive numeric {@code id}
   */
  public static OdooRecord of(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    Object id = values.get("id");
    if (!(id instanceof Number n) || n.longValue() <= 0) {
      throw new IllegalArgumentException("record must have a positive numeric 'id', got " + id);
    }
    if (values instanceof FieldMap decoded) {
      // a decoder's map: already immutable (final class, arrays nobody else holds), keep it
      return new OdooRecord(decoded);
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach(copy::put);
    return new OdooRecord(Collections.unmodifiableMap(copy));
  }

  /**
   * The record id.
   *
   * @return the id
   */
  public long id() {
    return ((Number) values.get("id")).longValue();
  }

  /**
   * Tells whether the field was returned at all.
   *
   * @param field field name
   * @return {@code true} if present (even if {@code false})
   */
  public boolean has(String field) {
    return values.containsKey(field);
  }

  /**
   * A char/text/selection/html field.
   *
   * @param field field name
   * @return the text, empty if Odoo returned {@code false}/null or the field is absent
   */
  public Optional<String> string(String field) {
    Object v = value(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      return Optional.of(s);
    }
    if (v instanceof Number) {
      return Optional.of(v.toString());
    }
    throw shape(field, "text", v);
  }

  /**
   * A many2one field ({@code [id, "display name"]}; JSON-2 may also send a bare id).
   *
   * @param field field name
   * @return the reference, empty if {@code false}
   */
  public Optional<Many2one> many2one(String field) {
    Object v = value(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Number n) {
      Object name = l.size() > 1 ? l.get(1) : "";
      return Optional.of(new Many2one(n.longValue(), name instanceof String s ? s : ""));
    }
    if (v instanceof Number n) {
      return Optional.of(new Many2one(n.longValue(), ""));
    }
    if (v instanceof Map<?, ?> m && m.get("id") instanceof Number n) {
      Object name = m.get("display_name");
      return Optional.of(new Many2one(n.longValue(), name instanceof String s ? s : ""));
    }
    throw shape(field, "many2one [id, name]", v);
  }

  /**
   * The ids of a one2many/many2many field.
   *
   * @param field field name
   * @return the ids, empty list if {@code false}/absent
   */
  public List<Long> ids(String field) {
    Object v = value(field);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      List<Long> out = new ArrayList<>(l.size());
      for (Object o : l) {
        if (o instanceof Number n) {
          out.add(n.longValue());
        } else if (o instanceof Map<?, ?> m && m.get("id") instanceof Number n) {
          out.add(n.longValue());
        } else {
          throw shape(field, "list of ids", v);
        }
      }
      return Collections.unmodifiableList(out);
    }
    throw shape(field, "list of ids", v);
  }

  /**
   * A date field ({@code "yyyy-MM-dd"}).
   *
   * @param field field name
   * @return the date, empty if {@code false}
   */
  public Optional<LocalDate> date(String field) {
    Object v = value(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      try {
        return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
      } catch (DateTimeParseException e) {
        throw shape(field, "date yyyy-MM-dd", v);
      }
    }
    if (v instanceof Instant i) {
      return Optional.of(LocalDate.ofInstant(i, ZoneOffset.UTC));
    }
    throw shape(field, "date yyyy-MM-dd", v);
  }

  /**
   * A datetime field; Odoo stores and sends datetimes in UTC as {@code "yyyy-MM-dd HH:mm:ss"}.
   *
   * @param field field name
   * @return the instant, empty if {@code false}
   */
  public Optional<Instant> datetime(String field) {
    Object v = value(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Instant i) {
      return Optional.of(i);
    }
    if (v instanceof String s) {
      try {
        if (s.length() == 10) {
          return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        String t = s.length() > 19 ? s.substring(0, 19) : s;
        return Optional.of(
            LocalDateTime.parse(t.replace('T', ' '), ODOO_DATETIME).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        throw shape(field, "datetime yyyy-MM-dd HH:mm:ss", v);
      }
    }
    throw shape(field, "datetime yyyy-MM-dd HH:mm:ss", v);
  }

  /**
   * A float/monetary field as a decimal. Odoo transmits floats as binary doubles; the shortest
   * decimal representation of that double is returned (so {@code 99.999} stays {@code 99.999}).
   *
   * @param field field name
   * @return the number, empty if absent or {@code false}
   */
  public Optional<BigDecimal> decimal(String field) {
    Object v = value(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof BigDecimal b) {
      return Optional.of(b);
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw shape(field, "finite number", v);
      }
      return Optional.of(BigDecimal.valueOf(d));
    }
    if (v instanceof Number n) {
      return Optional.of(BigDecimal.valueOf(n.longValue()));
    }
    throw shape(field, "number", v);
  }

  /**
   * An integer field. Note that Odoo sends {@code false} for an unset integer only in some
   * contexts; {@code 0} is returned as 0.
   *
   * @param field field name
   * @return the value, empty if absent or {@code false}
   */
  public OptionalLong integer(String field) {
    Object v = value(field);
    if (v == null) {
      return OptionalLong.empty();
    }
    if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof BigInteger) {
      return OptionalLong.of(((Number) v).longValue());
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return OptionalLong.of(n.longValue());
    }
    throw shape(field, "integer", v);
  }

  /**
   * A boolean field.
   *
   * @param field field name
   * @return the value; {@code false} when absent
   */
  public boolean bool(String field) {
    Object v = values.get(field);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw shape(field, "boolean", v);
  }

  /**
   * A binary field (base64 on the wire, decoded).
   *
   * @param field field name
   * @return the bytes, empty if {@code false}
   */
  public Optional<byte[]> binary(String field) {
    Object v = value(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof byte[] b) {
      return Optional.of(b.clone());
    }
    if (v instanceof String s) {
      try {
        return Optional.of(Base64.getMimeDecoder().decode(s));
      } catch (IllegalArgumentException e) {
        throw shape(field, "base64", "<" + s.length() + " chars>");
      }
    }
    throw shape(field, "base64", v);
  }

  /**
   * The raw decoded value (escape hatch): String, Long, Double, Boolean, List, Map, byte[] or
   * {@code null}.
   *
   * @param field field name
   * @return the value exactly as decoded; {@code null} if absent or Odoo sent null
   */
  public Object raw(String field) {
    return values.get(field);
  }

  /**
   * All fields.
   *
   * @return an unmodifiable map of raw decoded values
   */
  public Map<String, Object> asMap() {
    return values;
  }

  /**
   * Raw value with Odoo's "false means empty" convention applied (returns null for
   * false/null/absent).
   */
  private Object value(String field) {
    Objects.requireNonNull(field, "field");
    Object v = values.get(field);
    if (v == null || Boolean.FALSE.equals(v)) {
      return null;
    }
    return v;
  }

  private OdooProtocolException shape(String field, String expected, Object actual) {
    String shown = String.valueOf(actual);
    if (shown.length() > 80) {
      shown = shown.substring(0, 80) + "...";
    }
    return new OdooProtocolException(
        "field '"
            + field
            + "' of record "
            + values.get("id")
            + ": expected "
            + expected
            + " but got "
            + (actual == null ? "null" : actual.getClass().getSimpleName())
            + " "
            + shown,
        "",
        "",
        ServerVersion.UNKNOWN,
        null,
        null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OdooRecord r && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "OdooRecord" + values.keySet() + "#" + values.get("id");
  }
}
