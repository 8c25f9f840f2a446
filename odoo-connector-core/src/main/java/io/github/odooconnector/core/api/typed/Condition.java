package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A search condition on a generated model {@code R}, built from its fields ({@code
 * SaleOrder.STATE.eq(SaleOrderState.SALE)}) and combined with {@link #and}, {@link #or} and {@link
 * #not}. Because it is typed by the model, the compiler rejects a condition on another model's
 * field. It becomes an Odoo {@link Domain} for a server version ({@link #toDomain(ServerVersion)}),
 * which resolves fields renamed between versions; the typed repository does that for you. Immutable
 * and thread-safe.
 *
 * @param <R> the generated record type the condition applies to
 */
public final class Condition<R> {

  private enum Kind {
    ALL,
    LEAF,
    AND,
    OR,
    NOT,
    RAW
  }

  private static final Condition<Object> ALL =
      new Condition<>(Kind.ALL, null, null, null, List.of(), null);

  private final Kind kind;
  private final Field<R, ?> field;
  private final String operator;
  private final Object value;
  private final List<Condition<R>> children;
  private final Domain raw;

  private Condition(
      Kind kind,
      Field<R, ?> field,
      String operator,
      Object value,
      List<Condition<R>> children,
      Domain raw) {
    this.kind = kind;
    this.field = field;
    this.operator = operator;
    this.value = value;
    this.children = children;
    this.raw = raw;
  }

  static <R> Condition<R> leaf(Field<R, ?> field, String operator, Object wireValue) {
    Objects.requireNonNull(field, "field");
    if (!Domain.OPERATORS.contains(operator)) {
      throw new IllegalArgumentException("unknown operator " + operator);
    }
    return new Condition<>(Kind.LEAF, field, operator, wireValue, List.of(), null);
  }

  /**
   * The condition matching every record.
   *
   * @param <R> the model's record type
   * @return the empty condition
   */
  @SuppressWarnings("unchecked")
  public static <R> Condition<R> all() {
    return (Condition<R>) ALL;
  }

  /**
   * Wraps an untyped domain (escape hatch for what the typed fields cannot express, such as dotted
   * paths). Its field names are sent as they are, whatever the server version.
   *
   * @param <R> the model's record type
   * @param domain the domain
   * @return the condition
   */
  public static <R> Condition<R> raw(Domain domain) {
    Objects.requireNonNull(domain, "domain");
    if (domain.isAll()) {
      return all();
    }
    return new Condition<>(Kind.RAW, null, null, null, List.of(), domain);
  }

  /**
   * All of the conditions (AND); {@link #all()} operands are ignored.
   *
   * @param <R> the model's record type
   * @param conditions the operands
   * @return the conjunction
   */
  @SafeVarargs
  public static <R> Condition<R> allOf(Condition<R>... conditions) {
    List<Condition<R>> list = new ArrayList<>(conditions.length);
    for (Condition<R> c : conditions) {
      list.add(c);
    }
    return combine(Kind.AND, list);
  }

  /**
   * Any of the conditions (OR); an {@link #all()} operand makes the result {@link #all()}.
   *
   * @param <R> the model's record type
   * @param conditions the operands
   * @return the disjunction
   */
  @SafeVarargs
  public static <R> Condition<R> anyOf(Condition<R>... conditions) {
    List<Condition<R>> list = new ArrayList<>(conditions.length);
    for (Condition<R> c : conditions) {
      list.add(c);
    }
    return combine(Kind.OR, list);
  }

  /**
   * This condition AND {@code other}.
   *
   * @param other the other operand
   * @return the conjunction
   */
  public Condition<R> and(Condition<R> other) {
    return combine(Kind.AND, List.of(this, other));
  }

  /**
   * This condition OR {@code other}.
   *
   * @param other the other operand
   * @return the disjunction
   */
  public Condition<R> or(Condition<R> other) {
    return combine(Kind.OR, List.of(this, other));
  }

  /**
   * The negation of this condition.
   *
   * @return {@code NOT this}
   * @throws IllegalArgumentException for {@link #all()} (it would match nothing)
   */
  public Condition<R> not() {
    if (kind == Kind.ALL) {
      throw new IllegalArgumentException("cannot negate the condition matching every record");
    }
    return new Condition<>(Kind.NOT, null, null, null, List.of(this), null);
  }

  /**
   * Tells whether this is the condition matching every record.
   *
   * @return {@code true} for {@link #all()}
   */
  public boolean isAll() {
    return kind == Kind.ALL;
  }

  private static <R> Condition<R> combine(Kind kind, List<Condition<R>> operands) {
    List<Condition<R>> parts = new ArrayList<>();
    for (Condition<R> c : operands) {
      Objects.requireNonNull(c, "condition");
      if (c.kind == Kind.ALL) {
        if (kind == Kind.OR) {
          return all();
        }
        continue;
      }
      if (c.kind == kind) {
        parts.addAll(c.children);
      } else {
        parts.add(c);
      }
    }
    if (parts.isEmpty()) {
      return all();
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return new Condition<>(kind, null, null, null, List.copyOf(parts), null);
  }

  /**
   * The Odoo domain for a server version, with every field under its name on that version.
   *
   * @param version the server version
   * @return the domain
   * @throws FieldNotAvailableException if a field does not exist on that version
   */
  public Domain toDomain(ServerVersion version) {
    Objects.requireNonNull(version, "version");
    switch (kind) {
      case ALL:
        return Domain.all();
      case LEAF:
        return Domain.where(field.name(version), operator, value);
      case RAW:
        return raw;
      case NOT:
        return Domain.not(children.get(0).toDomain(version));
      default:
        Domain[] parts = new Domain[children.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = children.get(i).toDomain(version);
        }
        return kind == Kind.AND ? Domain.and(parts) : Domain.or(parts);
    }
  }

  /**
   * The Odoo domain, for conditions whose fields have the same name on every version they were
   * generated for (most fields). Use {@link #toDomain(ServerVersion)} otherwise.
   *
   * @return the domain
   * @throws IllegalStateException naming the first field whose name differs between versions
   */
  public Domain toDomain() {
    switch (kind) {
      case ALL:
        return Domain.all();
      case LEAF:
        Set<String> names = new HashSet<>();
        field.schema().specs().forEach(s -> names.add(s.name()));
        if (names.size() > 1) {
          throw new IllegalStateException(
              field
                  + " has a different name per Odoo version "
                  + names
                  + ": use toDomain(ServerVersion) or the typed repository");
        }
        return Domain.where(field.name(), operator, value);
      case RAW:
        return raw;
      case NOT:
        return Domain.not(children.get(0).toDomain());
      default:
        Domain[] parts = new Domain[children.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = children.get(i).toDomain();
        }
        return kind == Kind.AND ? Domain.and(parts) : Domain.or(parts);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition<?> c
        && c.kind == kind
        && Objects.equals(c.field, field)
        && Objects.equals(c.operator, operator)
        && Objects.equals(c.value, value)
        && c.children.equals(children)
        && Objects.equals(c.raw, raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, field, operator, value, children, raw);
  }

  @Override
  public String toString() {
    switch (kind) {
      case ALL:
        return "all";
      case LEAF:
        return field + " " + operator + " " + value;
      case RAW:
        return raw.toString();
      case NOT:
        return "not (" + children.get(0) + ")";
      default:
        List<String> parts = new ArrayList<>();
        children.forEach(c -> parts.add("(" + c + ")"));
        return String.join(kind == Kind.AND ? " and " : " or ", parts);
    }
  }
}
