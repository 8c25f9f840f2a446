package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A text field ({@code char}, {@code text}, {@code html}, {@code reference}, or a selection
 * generated as plain text) of a generated model; values decode to {@link String}. Immutable and
 * thread-safe.
 *
 * @param <R> the generated record type owning the field
 */
public final class TextField<R> extends Field<R, String> {

  private static final Set<String> TYPES = Set.of("char", "text", "html", "reference", "selection");

  private TextField(Class<R> owner, String javaName, FieldSpec[] specs) {
    super(owner, javaName, specs, TYPES);
  }

  /**
   * Declares a text field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name, for example {@code name}
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> TextField<R> of(Class<R> owner, String javaName, FieldSpec... specs) {
    return new TextField<>(owner, javaName, specs);
  }

  /**
   * {@code field = value}.
   *
   * @param value the text
   * @return the condition
   */
  public Condition<R> eq(String value) {
    return Condition.leaf(this, "=", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field != value}.
   *
   * @param value the text
   * @return the condition
   */
  public Condition<R> ne(String value) {
    return Condition.leaf(this, "!=", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field in values}.
   *
   * @param values the texts
   * @return the condition
   */
  public Condition<R> in(Collection<String> values) {
    return Condition.leaf(this, "in", List.copyOf(values));
  }

  /**
   * {@code field not in values}.
   *
   * @param values the texts
   * @return the condition
   */
  public Condition<R> notIn(Collection<String> values) {
    return Condition.leaf(this, "not in", List.copyOf(values));
  }

  /**
   * Case-sensitive substring match ({@code like}; Odoo adds the {@code %} wildcards).
   *
   * @param value the substring
   * @return the condition
   */
  public Condition<R> like(String value) {
    return Condition.leaf(this, "like", Objects.requireNonNull(value, "value"));
  }

  /**
   * Case-insensitive substring match ({@code ilike}).
   *
   * @param value the substring
   * @return the condition
   */
  public Condition<R> ilike(String value) {
    return Condition.leaf(this, "ilike", Objects.requireNonNull(value, "value"));
  }

  /**
   * Case-insensitive substring mismatch ({@code not ilike}).
   *
   * @param value the substring
   * @return the condition
   */
  public Condition<R> notIlike(String value) {
    return Condition.leaf(this, "not ilike", Objects.requireNonNull(value, "value"));
  }

  @Override
  String decode(OdooRecord record, String wireName) {
    return record.string(wireName).orElse(null);
  }
}
