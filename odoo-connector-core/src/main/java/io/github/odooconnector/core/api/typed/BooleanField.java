package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import java.util.Set;

/**
 * A boolean field of a generated model; values decode to {@link Boolean} ({@code null} only when
 * the field does not exist on the connected version). Immutable and thread-safe.
 *
 * @param <R> the generated record type owning the field
 */
public final class BooleanField<R> extends Field<R, Boolean> {

  private BooleanField(Class<R> owner, String javaName, FieldSpec[] specs) {
    super(owner, javaName, specs, Set.of("boolean"));
  }

  /**
   * Declares a boolean field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name, for example {@code active}
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> BooleanField<R> of(Class<R> owner, String javaName, FieldSpec... specs) {
    return new BooleanField<>(owner, javaName, specs);
  }

  /**
   * {@code field = value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition<R> eq(boolean value) {
    return Condition.leaf(this, "=", value);
  }

  /**
   * {@code field = true}.
   *
   * @return the condition
   */
  public Condition<R> isTrue() {
    return eq(true);
  }

  /**
   * {@code field = false}.
   *
   * @return the condition
   */
  public Condition<R> isFalse() {
    return eq(false);
  }

  @Override
  Boolean decode(OdooRecord record, String wireName) {
    return record.has(wireName) ? record.bool(wireName) : null;
  }
}
