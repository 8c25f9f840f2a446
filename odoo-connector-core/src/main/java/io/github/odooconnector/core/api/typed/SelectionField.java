package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A selection field of a generated model; values decode to the generated enum {@code E}. A key the
 * enum does not know (added to Odoo after generation) decodes to the enum's {@code UNKNOWN}
 * constant, and the raw key stays available through {@link #rawValue(TypedRecord)}; {@code UNKNOWN}
 * cannot be written or searched. Immutable and thread-safe.
 *
 * @param <R> the generated record type owning the field
 * @param <E> the generated enum
 */
public final class SelectionField<R, E extends Enum<E> & OdooSelection> extends Field<R, E> {

  private final Class<E> enumType;
  private final E unknown;

  private SelectionField(Class<R> owner, String javaName, Class<E> enumType, FieldSpec[] specs) {
    super(owner, javaName, specs, Set.of("selection"));
    this.enumType = Objects.requireNonNull(enumType, "enumType");
    E u = null;
    for (E e : enumType.getEnumConstants()) {
      if (e.isUnknown()) {
        u = e;
      }
    }
    if (u == null) {
      throw new IllegalArgumentException(enumType.getName() + " has no UNKNOWN constant");
    }
    this.unknown = u;
  }

  /**
   * Declares a selection field (used by generated code).
   *
   * @param <R> the owner type
   * @param <E> the enum type
   * @param owner the generated record type
   * @param javaName the Java name, for example {@code state}
   * @param enumType the generated enum, which must have an {@code UNKNOWN} constant
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R, E extends Enum<E> & OdooSelection> SelectionField<R, E> of(
      Class<R> owner, String javaName, Class<E> enumType, FieldSpec... specs) {
    return new SelectionField<>(owner, javaName, enumType, specs);
  }

  /**
   * The generated enum.
   *
   * @return the enum type
   */
  public Class<E> enumType() {
    return enumType;
  }

  /**
   * The enum constant for a selection key.
   *
   * @param key the key Odoo sent
   * @return the constant, {@code UNKNOWN} when the enum does not know the key
   */
  public E fromValue(String key) {
    Objects.requireNonNull(key, "key");
    for (E e : enumType.getEnumConstants()) {
      if (!e.isUnknown() && e.value().equals(key)) {
        return e;
      }
    }
    return unknown;
  }

  /**
   * The raw selection key of a record read through the typed API, whatever the enum knows.
   *
   * @param record a record of this field's model
   * @return the key, empty when the field is empty or was not read
   */
  public Optional<String> rawValue(TypedRecord record) {
    Objects.requireNonNull(record, "record");
    for (FieldSpec s : schema().specs()) {
      if (record.source().has(s.name())) {
        return record.source().string(s.name());
      }
    }
    return Optional.empty();
  }

  /**
   * {@code field = value}.
   *
   * @param value a known constant (not {@code UNKNOWN})
   * @return the condition
   */
  public Condition<R> eq(E value) {
    return Condition.leaf(this, "=", key(value));
  }

  /**
   * {@code field != value}.
   *
   * @param value a known constant (not {@code UNKNOWN})
   * @return the condition
   */
  public Condition<R> ne(E value) {
    return Condition.leaf(this, "!=", key(value));
  }

  /**
   * {@code field in values}.
   *
   * @param values known constants
   * @return the condition
   */
  public Condition<R> in(Collection<E> values) {
    return Condition.leaf(this, "in", keys(values));
  }

  /**
   * {@code field in values}.
   *
   * @param values known constants
   * @return the condition
   */
  @SafeVarargs
  public final Condition<R> in(E... values) {
    List<E> list = new ArrayList<>(values.length);
    for (E e : values) {
      list.add(e);
    }
    return in(list);
  }

  /**
   * {@code field not in values}.
   *
   * @param values known constants
   * @return the condition
   */
  public Condition<R> notIn(Collection<E> values) {
    return Condition.leaf(this, "not in", keys(values));
  }

  private List<String> keys(Collection<E> values) {
    Objects.requireNonNull(values, "values");
    List<String> out = new ArrayList<>(values.size());
    for (E e : values) {
      out.add(key(e));
    }
    return List.copyOf(out);
  }

  private String key(E value) {
    Objects.requireNonNull(value, "value");
    if (value.isUnknown()) {
      throw new IllegalArgumentException(
          this + ": " + value.name() + " stands for keys this build does not know; it has no key");
    }
    return value.value();
  }

  @Override
  E decode(OdooRecord record, String wireName) {
    return record.string(wireName).map(this::fromValue).orElse(null);
  }

  @Override
  Object encode(E value) {
    return key(value);
  }

  @Override
  void check(E value, FieldSpec spec, ServerVersion version) {
    String k = key(value);
    if (spec.selection() != null && !spec.selection().contains(k)) {
      throw new FieldNotAvailableException(
          this
              + ": selection value '"
              + k
              + "' does not exist on Odoo "
              + version
              + " (values there: "
              + spec.selection()
              + ")",
          version);
    }
  }
}
