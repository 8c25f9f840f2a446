package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Field values to create or update a record of a generated model. Only the fields set here are
 * sent, so an update never touches the others; a {@code null} value is refused, and emptying a
 * field takes an explicit {@link #clear(Field)}, so a missing value never clears a field by
 * accident. Field names are resolved for the connected Odoo version when the values are sent.
 * Immutable (every method returns a new instance) and thread-safe.
 *
 * <pre>{@code
 * Values<SaleOrder> v = Values.of(SaleOrder.MODEL)
 *     .set(SaleOrder.PARTNER_ID, customerId)
 *     .set(SaleOrder.CLIENT_ORDER_REF, "PO-4711")
 *     .clear(SaleOrder.NOTE);
 * }</pre>
 *
 * @param <R> the generated record type
 */
public final class Values<R> {

  private static final Object CLEAR = new Object();

  private final Map<Field<R, ?>, Object> entries;

  private Values(Map<Field<R, ?>, Object> entries) {
    this.entries = entries;
  }

  /**
   * No values yet, for a model.
   *
   * @param <R> the record type
   * @param model the generated model (only its type is used)
   * @return empty values
   */
  public static <R extends TypedRecord> Values<R> of(OdooModel<R> model) {
    Objects.requireNonNull(model, "model");
    return new Values<>(Map.of());
  }

  /**
   * Sets a field.
   *
   * @param <T> the field's value type
   * @param field the field
   * @param value the value, never {@code null} (use {@link #clear(Field)})
   * @return the new values
   * @throws IllegalArgumentException if {@code value} is {@code null}
   */
  public <T> Values<R> set(Field<R, T> field, T value) {
    Objects.requireNonNull(field, "field");
    if (value == null) {
      throw new IllegalArgumentException(
          "value for "
              + field
              + " is null: Values never clears a field by accident; call clear("
              + field.javaName()
              + ") to empty it");
    }
    return with(field, value);
  }

  /**
   * Sets a many2one field to a record id.
   *
   * @param field the field
   * @param id the referenced record id, positive
   * @return the new values
   */
  public Values<R> set(Many2oneField<R> field, long id) {
    return with(field, new Many2one(Many2oneField.positive(id), ""));
  }

  /**
   * Sends x2many commands for a field (create lines, link, unlink, ...).
   *
   * @param field the one2many/many2many field
   * @param commands the commands, at least one
   * @return the new values
   */
  public Values<R> commands(X2manyField<R> field, Command... commands) {
    Objects.requireNonNull(commands, "commands");
    if (commands.length == 0) {
      throw new IllegalArgumentException(field + ": give at least one command");
    }
    for (Command c : commands) {
      Objects.requireNonNull(c, "command");
    }
    return with(field, new CommandList(List.of(commands)));
  }

  /**
   * Empties a field ({@code false} in Odoo; a clear command for x2many fields).
   *
   * @param field the field
   * @return the new values
   */
  public Values<R> clear(Field<R, ?> field) {
    return with(field, CLEAR);
  }

  private Values<R> with(Field<R, ?> field, Object value) {
    Objects.requireNonNull(field, "field");
    Map<Field<R, ?>, Object> copy = new LinkedHashMap<>(entries);
    copy.put(field, value);
    return new Values<>(Collections.unmodifiableMap(copy));
  }

  /**
   * Tells whether nothing was set.
   *
   * @return {@code true} when no field was set or cleared
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The fields set or cleared, in the order they were first set.
   *
   * @return the fields
   */
  public List<Field<R, ?>> fields() {
    return List.copyOf(entries.keySet());
  }

  /**
   * The values as Odoo expects them on a server version: wire names of that version, many2one as
   * ids, selections as keys, x2many lists as a replace command, cleared fields as {@code false}.
   *
   * @param version the server version
   * @return field name to value, in the order the fields were set
   * @throws FieldNotAvailableException if a field, or a selection value, does not exist on that
   *     version (checked for every field before returning)
   */
  public Map<String, Object> toWire(ServerVersion version) {
    Objects.requireNonNull(version, "version");
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<Field<R, ?>, Object> e : entries.entrySet()) {
      out.put(e.getKey().spec(version).name(), wire(e.getKey(), e.getValue(), version));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> Object wire(Field<?, T> field, Object value, ServerVersion version) {
    if (value == CLEAR) {
      return field.clearValue();
    }
    if (value instanceof CommandList c) {
      return c.commands();
    }
    T typed = (T) value;
    field.check(typed, field.spec(version), version);
    return field.encode(typed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Values<?> v && v.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Values{");
    int i = 0;
    for (Map.Entry<Field<R, ?>, Object> e : entries.entrySet()) {
      b.append(i++ == 0 ? "" : ", ").append(e.getKey().javaName()).append('=');
      Object v = e.getValue();
      b.append(
          v == CLEAR
              ? "<clear>"
              : v instanceof byte[] bytes
                  ? "<" + bytes.length + " bytes>"
                  : v instanceof Object[] arr ? Arrays.toString(arr) : String.valueOf(v));
    }
    return b.append('}').toString();
  }

  private record CommandList(List<Command> commands) {}
}
