package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A many2one field of a generated model; values decode to {@link Many2one} ({@code [id, "display
 * name"]}). Conditions and writes take record ids. Immutable and thread-safe.
 *
 * @param <R> the generated record type owning the field
 */
public final class Many2oneField<R> extends Field<R, Many2one> {

  private Many2oneField(Class<R> owner, String javaName, FieldSpec[] specs) {
    super(owner, javaName, specs, Set.of("many2one"));
  }

  /**
   * Declares a many2one field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name, for example {@code partnerId}
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> Many2oneField<R> of(Class<R> owner, String javaName, FieldSpec... specs) {
    return new Many2oneField<>(owner, javaName, specs);
  }

  /**
   * {@code field = id}.
   *
   * @param id the referenced record id
   * @return the condition
   */
  public Condition<R> eq(long id) {
    return Condition.leaf(this, "=", positive(id));
  }

  /**
   * {@code field = reference.id()}.
   *
   * @param reference the referenced record
   * @return the condition
   */
  public Condition<R> eq(Many2one reference) {
    return eq(Objects.requireNonNull(reference, "reference").id());
  }

  /**
   * {@code field != id}.
   *
   * @param id the record id
   * @return the condition
   */
  public Condition<R> ne(long id) {
    return Condition.leaf(this, "!=", positive(id));
  }

  /**
   * {@code field in ids}.
   *
   * @param ids the record ids
   * @return the condition
   */
  public Condition<R> in(Collection<Long> ids) {
    return Condition.leaf(this, "in", ids(ids));
  }

  /**
   * {@code field not in ids}.
   *
   * @param ids the record ids
   * @return the condition
   */
  public Condition<R> notIn(Collection<Long> ids) {
    return Condition.leaf(this, "not in", ids(ids));
  }

  static long positive(long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("record ids must be positive, got " + id);
    }
    return id;
  }

  static List<Long> ids(Collection<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    for (Long id : ids) {
      positive(Objects.requireNonNull(id, "id"));
    }
    return List.copyOf(ids);
  }

  @Override
  Many2one decode(OdooRecord record, String wireName) {
    return record.many2one(wireName).orElse(null);
  }

  @Override
  Object encode(Many2one value) {
    return value.id();
  }
}
