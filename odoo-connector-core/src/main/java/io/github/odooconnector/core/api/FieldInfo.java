package io.github.odooconnector.core.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata of one model field as returned by {@code fields_get}. Immutable and thread-safe.
 *
 * @param name technical field name
 * @param type Odoo field type ({@code char}, {@code many2one}, {@code float}, {@code selection},
 *     ...)
 * @param label the field's string (label) in the context language; empty when absent
 * @param required whether the field is required
 * @param readonly whether the field is read-only
 * @param relation the co-model of relational fields, empty otherwise
 * @param attributes every attribute Odoo returned, raw (unmodifiable)
 */
public record FieldInfo(
    String name,
    String type,
    String label,
    boolean required,
    boolean readonly,
    Optional<String> relation,
    Map<String, Object> attributes) {

  /**
   * Validates and copies the components.
   *
   * @param name technical field name
   * @param type field type
   * @param label label
   * @param required required flag
   * @param readonly read-only flag
   * @param relation co-model, or empty
   * @param attributes raw attributes
   */
  public FieldInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(relation, "relation");
    attributes =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes")));
  }
}
