package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An ordered field of a generated model: {@code integer} (and {@code many2one_reference}) as {@link
 * Long}, {@code float}/{@code monetary} as {@link BigDecimal}, {@code date} as {@link LocalDate},
 * {@code datetime} as UTC {@link Instant}. Immutable and thread-safe.
 *
 * @param <R> the generated record type owning the field
 * @param <T> the decoded value type
 */
public final class ComparableField<R, T extends Comparable<? super T>> extends Field<R, T> {

  private enum Kind {
    INTEGER,
    DECIMAL,
    DATE,
    DATETIME
  }

  private final Kind kind;

  private ComparableField(
      Class<R> owner, String javaName, FieldSpec[] specs, Kind kind, Set<String> types) {
    super(owner, javaName, specs, types);
    this.kind = kind;
  }

  /**
   * Declares an integer field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> ComparableField<R, Long> integer(
      Class<R> owner, String javaName, FieldSpec... specs) {
    return new ComparableField<>(
        owner, javaName, specs, Kind.INTEGER, Set.of("integer", "many2one_reference"));
  }

  /**
   * Declares a float or monetary field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> ComparableField<R, BigDecimal> decimal(
      Class<R> owner, String javaName, FieldSpec... specs) {
    return new ComparableField<>(owner, javaName, specs, Kind.DECIMAL, Set.of("float", "monetary"));
  }

  /**
   * Declares a date field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> ComparableField<R, LocalDate> date(
      Class<R> owner, String javaName, FieldSpec... specs) {
    return new ComparableField<>(owner, javaName, specs, Kind.DATE, Set.of("date"));
  }

  /**
   * Declares a datetime field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> ComparableField<R, Instant> dateTime(
      Class<R> owner, String javaName, FieldSpec... specs) {
    return new ComparableField<>(owner, javaName, specs, Kind.DATETIME, Set.of("datetime"));
  }

  /**
   * {@code field = value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition<R> eq(T value) {
    return Condition.leaf(this, "=", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field != value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition<R> ne(T value) {
    return Condition.leaf(this, "!=", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field > value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition<R> gt(T value) {
    return Condition.leaf(this, ">", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field >= value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition<R> ge(T value) {
    return Condition.leaf(this, ">=", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field < value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition<R> lt(T value) {
    return Condition.leaf(this, "<", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field <= value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition<R> le(T value) {
    return Condition.leaf(this, "<=", Objects.requireNonNull(value, "value"));
  }

  /**
   * {@code field in values}.
   *
   * @param values the values
   * @return the condition
   */
  public Condition<R> in(Collection<? extends T> values) {
    return Condition.leaf(this, "in", List.copyOf(values));
  }

  /**
   * {@code field not in values}.
   *
   * @param values the values
   * @return the condition
   */
  public Condition<R> notIn(Collection<? extends T> values) {
    return Condition.leaf(this, "not in", List.copyOf(values));
  }

  @Override
  @SuppressWarnings("unchecked")
  T decode(OdooRecord record, String wireName) {
    switch (kind) {
      case INTEGER:
        OptionalLong l = record.integer(wireName);
        return l.isPresent() ? (T) Long.valueOf(l.getAsLong()) : null;
      case DECIMAL:
        return (T) record.decimal(wireName).orElse(null);
      case DATE:
        return (T) record.date(wireName).orElse(null);
      default:
        return (T) record.datetime(wireName).orElse(null);
    }
  }
}
