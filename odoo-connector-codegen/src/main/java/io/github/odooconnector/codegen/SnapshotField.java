package io.github.odooconnector.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a model in a {@link SchemaSnapshot}, as {@code fields_get} described it. Immutable
 * and thread-safe.
 *
 * @param type the Odoo field type, for example {@code many2one}
 * @param label the field's label ({@code string})
 * @param relation the co-model of relational fields; {@code null} otherwise
 * @param required whether Odoo reports the field as required
 * @param readonly whether Odoo reports the field as read-only
 * @param store whether the field is stored (searchable and sortable)
 * @param selection the {@code [key, label]} pairs of a selection field; {@code null} otherwise
 * @param digits the float precision as Odoo sent it ({@code [precision, scale]}); {@code null} when
 *     absent
 */
public record SnapshotField(
    String type,
    String label,
    String relation,
    boolean required,
    boolean readonly,
    boolean store,
    List<List<String>> selection,
    List<Integer> digits) {

  /**
   * Validates and copies the components.
   *
   * @param type Odoo type
   * @param label label
   * @param relation co-model or {@code null}
   * @param required required flag
   * @param readonly read-only flag
   * @param store stored flag
   * @param selection selection pairs or {@code null}
   * @param digits digits or {@code null}
   */
  public SnapshotField {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    if (selection != null) {
      List<List<String>> copy = new ArrayList<>(selection.size());
      for (List<String> pair : selection) {
        if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
          throw new IllegalArgumentException("selection entries must be [key, label]: " + pair);
        }
        copy.add(List.copyOf(pair));
      }
      selection = List.copyOf(copy);
    }
    digits = digits == null ? null : List.copyOf(digits);
  }

  /**
   * The co-model.
   *
   * @return the co-model, empty for non-relational fields
   */
  public Optional<String> optionalRelation() {
    return Optional.ofNullable(relation);
  }

  /**
   * The selection pairs.
   *
   * @return the {@code [key, label]} pairs, empty for non-selection fields
   */
  public Optional<List<List<String>>> optionalSelection() {
    return Optional.ofNullable(selection);
  }

  /**
   * The float precision.
   *
   * @return {@code [precision, scale]}, empty when absent
   */
  public Optional<List<Integer>> optionalDigits() {
    return Optional.ofNullable(digits);
  }

  /**
   * The selection keys.
   *
   * @return the keys in Odoo's order, empty for non-selection fields
   */
  public List<String> selectionKeys() {
    List<String> keys = new ArrayList<>();
    if (selection != null) {
      selection.forEach(p -> keys.add(p.get(0)));
    }
    return List.copyOf(keys);
  }
}
