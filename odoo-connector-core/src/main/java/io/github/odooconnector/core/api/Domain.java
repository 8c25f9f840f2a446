package io.github.odooconnector.core.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An Odoo search domain, built from leaves ({@code (field, operator, value)}) combined with {@code
 * &}, {@code |} and {@code !}, serialised in Odoo's prefix (Polish) notation by {@link #toList()}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Domain d = Domain.where("state", "=", "assigned")
 *     .and(Domain.where("picking_type_code", "in", List.of("outgoing")));
 * }</pre>
 */
public final class Domain {

  /** The comparison operators Odoo accepts in a leaf. */
  public static final Set<String> OPERATORS =
      Set.of(
          "=",
          "!=",
          "<>",
          ">",
          ">=",
          "<",
          "<=",
          "=?",
          "=like",
          "like",
          "not like",
          "ilike",
          "not ilike",
          "=ilike",
          "in",
          "not in",
          "child_of",
          "parent_of",
          "any",
          "not any",
          "any!",
          "not any!");

  private static final Domain ALL = new Domain(List.of(), 0);

  /** Prefix-notation tokens: "&", "|", "!" and leaves (3-element lists). */
  private final List<Object> tokens;

  /**
   * Number of top-level terms this domain represents when it is the operand of an operator (0 for
   * ALL).
   */
  private final int terms;

  private Domain(List<Object> tokens, int terms) {
    this.tokens = tokens;
    this.terms = terms;
  }

  /**
   * The domain matching every record (the empty domain {@code []}).
   *
   * @return the empty domain
   */
  public static Domain all() {
    return ALL;
  }

  /**
   * A single leaf {@code [field, operator, value]}.
   *
   * @param field the field path, for example {@code "partner_id.country_id.code"}
   * @param operator one of {@link #OPERATORS}
   * @param value the value: String, Number, Boolean, a Collection for {@code in}/{@code not in}, a
   *     LocalDate/Instant, a {@code Domain} for {@code any}/{@code not any}, or {@code null} (sent
   *     as {@code false})
   * @return the leaf domain
   * @throws IllegalArgumentException if the field is blank or the operator unknown
   */
  public static Domain where(String field, String operator, Object value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
    if (field.isBlank()) {
      throw new IllegalArgumentException("domain field must not be blank");
    }
    if (!OPERATORS.contains(operator)) {
      throw new IllegalArgumentException(
          "unknown domain operator '"
              + operator
              + "' for field '"
              + field
              + "'; expected one of "
              + new TreeSet<>(OPERATORS));
    }
    Object v = value;
    if (value instanceof Collection<?> c) {
      v = Collections.unmodifiableList(new ArrayList<>(c));
    }
    List<Object> leaf = Collections.unmodifiableList(Arrays.asList(field, operator, v));
    return new Domain(List.of(leaf), 1);
  }

  /**
   * Wraps an already built prefix-notation domain (escape hatch, for example a domain stored in
   * Odoo).
   *
   * @param prefixNotation Odoo domain tokens: {@code "&"}, {@code "|"}, {@code "!"} and 3-element
   *     leaves
   * @return the domain
   */
  public static Domain of(List<?> prefixNotation) {
    Objects.requireNonNull(prefixNotation, "prefixNotation");
    if (prefixNotation.isEmpty()) {
      return ALL;
    }
    // Treat the raw list as one term: it is a complete domain (implicitly AND-ed by Odoo).
    List<Object> copy = new ArrayList<>(prefixNotation.size());
    for (Object o : prefixNotation) {
      copy.add(o instanceof List<?> l ? Collections.unmodifiableList(new ArrayList<>(l)) : o);
    }
    int leaves = countTopLevelTerms(copy);
    return new Domain(Collections.unmodifiableList(copy), leaves);
  }

  /**
   * Combines domains with AND; {@link #all()} operands are ignored.
   *
   * @param domains the operands
   * @return the conjunction
   */
  public static Domain and(Domain... domains) {
    return combine("&", List.of(domains));
  }

  /**
   * Combines domains with OR. An {@link #all()} operand makes the result {@link #all()}.
   *
   * @param domains the operands
   * @return the disjunction
   */
  public static Domain or(Domain... domains) {
    return combine("|", List.of(domains));
  }

  /**
   * Negates a domain.
   *
   * @param domain the domain to negate; must not be {@link #all()}
   * @return {@code ["!", ...domain]}
   */
  public static Domain not(Domain domain) {
    Objects.requireNonNull(domain, "domain");
    if (domain.isAll()) {
      throw new IllegalArgumentException("cannot negate the empty domain (it would match nothing)");
    }
    List<Object> t = new ArrayList<>();
    t.add("!");
    t.addAll(domain.normalized());
    return new Domain(Collections.unmodifiableList(t), 1);
  }

  /**
   * This domain AND {@code other}.
   *
   * @param other the other operand
   * @return the conjunction
   */
  public Domain and(Domain other) {
    return combine("&", List.of(this, other));
  }

  /**
   * This domain OR {@code other}.
   *
   * @param other the other operand
   * @return the disjunction
   */
  public Domain or(Domain other) {
    return combine("|", List.of(this, other));
  }

  /**
   * Tells whether this is the empty domain matching all records.
   *
   * @return {@code true} for {@link #all()}
   */
  public boolean isAll() {
    return tokens.isEmpty();
  }

  /**
   * The domain in Odoo's prefix notation, ready to send.
   *
   * @return an unmodifiable list of operators ({@code "&"}, {@code "|"}, {@code "!"}) and 3-element
   *     leaf lists
   */
  public List<Object> toList() {
    return tokens;
  }

  private static Domain combine(String op, List<Domain> operands) {
    List<Domain> parts = new ArrayList<>();
    for (Domain d : operands) {
      Objects.requireNonNull(d, "domain operand");
      if (d.isAll()) {
        if (op.equals("|")) {
          return ALL;
        }
        continue;
      }
      parts.add(d);
    }
    if (parts.isEmpty()) {
      return ALL;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<Object> t = new ArrayList<>();
    for (int i = 0; i < parts.size() - 1; i++) {
      t.add(op);
    }
    for (Domain d : parts) {
      t.addAll(d.normalized());
    }
    return new Domain(Collections.unmodifiableList(t), 1);
  }

  /** Tokens as a single term (explicit '&' operators for implicitly AND-ed raw domains). */
  private List<Object> normalized() {
    if (terms <= 1) {
      return tokens;
    }
    List<Object> t = new ArrayList<>();
    for (int i = 0; i < terms - 1; i++) {
      t.add("&");
    }
    t.addAll(tokens);
    return t;
  }

  private static int countTopLevelTerms(List<Object> tokens) {
    int terms = 0;
    int need = 0;
    for (Object o : tokens) {
      if (need == 0) {
        terms++;
        need = 1;
      }
      if ("&".equals(o) || "|".equals(o)) {
        need += 1;
      } else if ("!".equals(o)) {
        need += 0;
      } else {
        need -= 1;
      }
    }
    return Math.max(terms, 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Domain d && d.tokens.equals(tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  @Override
  public String toString() {
    return tokens.toString();
  }
}
