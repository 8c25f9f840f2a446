package io.github.odooconnector.mapping;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an {@link OdooRecord} through a {@link FieldMap}: getters take the logical key, look up the
 * Odoo field in the map, and turn a missing or malformed value into a {@link MappingException} that
 * names model, record and field.
 *
 * <p>Immutable and thread-safe.
 */
public final class MappedRecord {

  private final OdooRecord record;
  private final FieldMap map;

  private MappedRecord(OdooRecord record, FieldMap map) {
    this.record = record;
    this.map = map;
  }

  /**
   * Wraps a record.
   *
   * @param record the Odoo record
   * @param map the field map of the record's model
   * @return the mapped view
   */
  public static MappedRecord of(OdooRecord record, FieldMap map) {
    return new MappedRecord(
        Objects.requireNonNull(record, "record"), Objects.requireNonNull(map, "map"));
  }

  /**
   * The underlying record.
   *
   * @return the record
   */
  public OdooRecord record() {
    return record;
  }

  /**
   * The record id.
   *
   * @return the id
   */
  public long id() {
    return record.id();
  }

  /**
   * The field map in use.
   *
   * @return the map
   */
  public FieldMap fieldMap() {
    return map;
  }

  /**
   * An optional text value.
   *
   * @param key the logical key
   * @return the text, empty when Odoo returned {@code false} or the key is not mapped
   * @throws MappingException if the value is not text
   */
  public Optional<String> string(String key) {
    return map.optionalField(key).flatMap(f -> guard(f, () -> record.string(f)));
  }

  /**
   * A required, non-blank text value.
   *
   * @param key the logical key
   * @return the text
   * @throws MappingException if the value is missing, blank or not text
   */
  public String requireString(String key) {
    String f = map.field(key);
    return guard(f, () -> record.string(f)).filter(s -> !s.isBlank()).orElseThrow(() -> missing(f));
  }

  /**
   * An optional many2one value.
   *
   * @param key the logical key
   * @return the reference, empty when unset or the key is not mapped
   * @throws MappingException if the value is not a many2one
   */
  public Optional<Many2one> many2one(String key) {
    return map.optionalField(key).flatMap(f -> guard(f, () -> record.many2one(f)));
  }

  /**
   * A required many2one value.
   *
   * @param key the logical key
   * @return the reference
   * @throws MappingException if the value is missing or not a many2one
   */
  public Many2one requireMany2one(String key) {
    String f = map.field(key);
    return guard(f, () -> record.many2one(f)).orElseThrow(() -> missing(f));
  }

  /**
   * The ids of an x2many value.
   *
   * @param key the logical key
   * @return the ids, empty when unset or the key is not mapped
   * @throws MappingException if the value is not an id list
   */
  public List<Long> ids(String key) {
    return map.optionalField(key).map(f -> guard(f, () -> record.ids(f))).orElse(List.of());
  }

  /**
   * An optional decimal value (float/monetary/integer fields).
   *
   * @param key the logical key
   * @return the value, empty when unset or the key is not mapped
   * @throws MappingException if the value is not numeric
   */
  public Optional<BigDecimal> decimal(String key) {
    return map.optionalField(key).flatMap(f -> guard(f, () -> record.decimal(f)));
  }

  /**
   * A decimal value that defaults to zero. Odoo sends {@code 0.0} for unset floats, so zero is the
   * natural default.
   *
   * @param key the logical key
   * @return the value or zero
   * @throws MappingException if the key is not mapped or the value is not numeric
   */
  public BigDecimal decimalOrZero(String key) {
    String f = map.field(key);
    return guard(f, () -> record.decimal(f)).orElse(BigDecimal.ZERO);
  }

  /**
   * An optional datetime value.
   *
   * @param key the logical key
   * @return the instant, empty when unset or the key is not mapped
   * @throws MappingException if the value is not an Odoo datetime
   */
  public Optional<Instant> datetime(String key) {
    return map.optionalField(key).flatMap(f -> guard(f, () -> record.datetime(f)));
  }

  /**
   * An optional date value.
   *
   * @param key the logical key
   * @return the date, empty when unset or the key is not mapped
   * @throws MappingException if the value is not an Odoo date
   */
  public Optional<LocalDate> date(String key) {
    return map.optionalField(key).flatMap(f -> guard(f, () -> record.date(f)));
  }

  /**
   * A boolean value; unmapped keys read as {@code false}.
   *
   * @param key the logical key
   * @return the value
   */
  public boolean bool(String key) {
    return map.optionalField(key).map(f -> guard(f, () -> record.bool(f))).orElse(false);
  }

  /**
   * The values of the map's custom attributes, rendered as text (many2one as its display name),
   * skipping unset values.
   *
   * @return attribute name to value, in map order
   */
  public Map<String, String> customAttributes() {
    Map<String, String> out = new LinkedHashMap<>();
    map.customAttributes()
        .forEach(
            (attr, f) -> {
              Object raw = record.raw(f);
              if (raw == null || Boolean.FALSE.equals(raw)) {
                return;
              }
              if (raw instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number) {
                out.put(attr, String.valueOf(l.get(1)));
              } else if (raw instanceof BigDecimal bd) {
                out.put(attr, bd.toPlainString());
              } else {
                out.put(attr, String.valueOf(raw));
              }
            });
    return out;
  }

  /**
   * Builds a "missing field" error for this record.
   *
   * @param odooField the Odoo field
   * @return the exception to throw
   */
  public MappingException missing(String odooField) {
    return new MappingException(map.model(), record.id(), odooField, "required value is missing");
  }

  private <T> T guard(String field, Supplier<T> read) {
    try {
      return read.get();
    } catch (OdooException | IllegalArgumentException | ClassCastException e) {
      throw new MappingException(
          map.model(), record.id(), field, "unexpected value shape: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "MappedRecord[" + map.model() + "(" + record.id() + ")]";
  }
}
