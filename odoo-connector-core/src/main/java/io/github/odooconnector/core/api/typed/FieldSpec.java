package io.github.odooconnector.core.api.typed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What one field looks like on one or more Odoo major versions, as {@code fields_get} described it
 * when the model was generated: the wire name, the Odoo type, the co-model of relational fields,
 * whether it is required and, for selection fields, the allowed keys. Generated models embed one
 * spec per distinct shape, so the same logical field may carry a different name or different
 * selection keys per version. Schema verification compares these specs with the live server.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * FieldSpec.of("partner_id", "many2one")
 *     .withRelation("res.partner")
 *     .withRequired(true)
 *     .on(17, 18, 19)
 * }</pre>
 *
 * @param majors the Odoo major versions this spec describes, ascending, without duplicates (empty
 *     until {@link #on(int...)} is called)
 * @param name the field's technical name on those versions
 * @param type the Odoo field type ({@code char}, {@code many2one}, {@code selection}, ...)
 * @param relation the co-model of a relational field; {@code null} for other fields
 * @param required whether Odoo reports the field as required
 * @param selection the allowed keys of a selection field, in Odoo's order; {@code null} when they
 *     are not checked (other types, or selections generated as plain text such as {@code tz})
 */
public record FieldSpec(
    List<Integer> majors,
    String name,
    String type,
    String relation,
    boolean required,
    List<String> selection) {

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final Pattern MODEL = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

  /**
   * Validates and copies the components.
   *
   * @param majors major versions, positive
   * @param name technical field name
   * @param type Odoo type
   * @param relation co-model or {@code null}
   * @param required required flag
   * @param selection selection keys or {@code null}
   */
  public FieldSpec {
    Objects.requireNonNull(majors, "majors");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid Odoo field name '" + name + "'");
    }
    if (type.isBlank()) {
      throw new IllegalArgumentException("field '" + name + "' needs a type");
    }
    if (relation != null && !MODEL.matcher(relation).matches()) {
      throw new IllegalArgumentException(
          "invalid relation '" + relation + "' for field '" + name + "'");
    }
    TreeSet<Integer> sorted = new TreeSet<>();
    for (Integer m : majors) {
      if (m == null || m <= 0) {
        throw new IllegalArgumentException(
            "major versions must be positive, got " + m + " for field '" + name + "'");
      }
      if (!sorted.add(m)) {
        throw new IllegalArgumentException(
            "major version " + m + " listed twice for field '" + name + "'");
      }
    }
    majors = List.copyOf(sorted);
    selection = selection == null ? null : List.copyOf(selection);
  }

  /**
   * Starts a spec for a field that is not relational, not required and has no checked selection.
   *
   * @param name technical field name, for example {@code "partner_id"}
   * @param type Odoo type, for example {@code "many2one"}
   * @return a spec covering no version yet; add them with {@link #on(int...)}
   */
  public static FieldSpec of(String name, String type) {
    return new FieldSpec(List.of(), name, type, null, false, null);
  }

  /**
   * A copy with a co-model.
   *
   * @param newRelation the co-model, for example {@code "res.partner"}
   * @return the copy
   */
  public FieldSpec withRelation(String newRelation) {
    Objects.requireNonNull(newRelation, "relation");
    return new FieldSpec(majors, name, type, newRelation, required, selection);
  }

  /**
   * A copy with another required flag.
   *
   * @param newRequired whether the field is required
   * @return the copy
   */
  public FieldSpec withRequired(boolean newRequired) {
    return new FieldSpec(majors, name, type, relation, newRequired, selection);
  }

  /**
   * A copy whose selection keys are checked.
   *
   * @param keys the allowed keys, in Odoo's order
   * @return the copy
   */
  public FieldSpec withSelection(String... keys) {
    Objects.requireNonNull(keys, "keys");
    for (String k : keys) {
      Objects.requireNonNull(k, "selection key");
    }
    return new FieldSpec(majors, name, type, relation, required, Arrays.asList(keys));
  }

  /**
   * A copy describing the given major versions (replacing any set before).
   *
   * @param newMajors the major versions, for example {@code 17, 18, 19}
   * @return the copy
   * @throws IllegalArgumentException if none is given, one is not positive or one is repeated
   */
  public FieldSpec on(int... newMajors) {
    Objects.requireNonNull(newMajors, "majors");
    if (newMajors.length == 0) {
      throw new IllegalArgumentException("field '" + name + "': name at least one major version");
    }
    List<Integer> list = new ArrayList<>(newMajors.length);
    for (int m : newMajors) {
      list.add(m);
    }
    return new FieldSpec(list, name, type, relation, required, selection);
  }

  /**
   * The co-model of a relational field.
   *
   * @return the co-model, empty for other fields
   */
  public Optional<String> optionalRelation() {
    return Optional.ofNullable(relation);
  }

  /**
   * The checked selection keys.
   *
   * @return the keys, empty when they are not checked
   */
  public Optional<List<String>> optionalSelection() {
    return Optional.ofNullable(selection);
  }

  /**
   * Tells whether this spec describes a major version.
   *
   * @param major the major version
   * @return {@code true} if {@code major} is one of {@link #majors()}
   */
  public boolean covers(int major) {
    return majors.contains(major);
  }
}
