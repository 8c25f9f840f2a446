package io.github.odooconnector.core.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An x2many write command (Odoo's {@code Command} / {@code (code, id, value)} triple), used as a
 * value in {@link OdooClient#write} and {@link OdooClient#create}. Immutable and thread-safe.
 */
public final class Command {

  private final int code;
  private final long id;
  private final Object value;

  private Command(int code, long id, Object value) {
    this.code = code;
    this.id = id;
    this.value = value;
  }

  /**
   * {@code (0, 0, values)}: create a new related record.
   *
   * @param values field values of the new record
   * @return the command
   */
  public static Command create(Map<String, ?> values) {
    return new Command(0, 0, copy(values));
  }

  /**
   * {@code (1, id, values)}: update the related record {@code id}.
   *
   * @param id the related record
   * @param values field values to write
   * @return the command
   */
  public static Command update(long id, Map<String, ?> values) {
    return new Command(1, positive(id), copy(values));
  }

  /**
   * {@code (2, id, 0)}: remove the related record from the relation and delete it.
   *
   * @param id the related record
   * @return the command
   */
  public static Command delete(long id) {
    return new Command(2, positive(id), 0);
  }

  /**
   * {@code (3, id, 0)}: remove the related record from the relation without deleting it.
   *
   * @param id the related record
   * @return the command
   */
  public static Command unlink(long id) {
    return new Command(3, positive(id), 0);
  }

  /**
   * {@code (4, id, 0)}: add an existing record to the relation.
   *
   * @param id the record to link
   * @return the command
   */
  public static Command link(long id) {
    return new Command(4, positive(id), 0);
  }

  /**
   * {@code (5, 0, 0)}: remove all records from the relation.
   *
   * @return the command
   */
  public static Command clear() {
    return new Command(5, 0, 0);
  }

  /**
   * {@code (6, 0, ids)}: replace the relation by exactly {@code ids}.
   *
   * @param ids the new related ids
   * @return the command
   */
  public static Command set(Collection<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    List<Long> copy = new ArrayList<>(ids.size());
    for (Long l : ids) {
      copy.add(positive(Objects.requireNonNull(l, "ids must not contain null")));
    }
    return new Command(6, 0, Collections.unmodifiableList(copy));
  }

  /**
   * The Odoo command code (0 = create ... 6 = set).
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * The wire form {@code [code, id, value]}.
   *
   * @return an unmodifiable 3-element list
   */
  public List<Object> toList() {
    return List.of(code, id, value);
  }

  private static long positive(long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("record id must be positive, got " + id);
    }
    return id;
  }

  private static Map<String, Object> copy(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    Map<String, Object> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(Objects.requireNonNull(k, "field name"), v));
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Command c && c.code == code && c.id == id && Objects.equals(c.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, id, value);
  }

  @Override
  public String toString() {
    return "Command" + toList();
  }
}
