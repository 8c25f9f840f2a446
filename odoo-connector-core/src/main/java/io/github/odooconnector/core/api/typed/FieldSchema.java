package io.github.odooconnector.core.api.typed;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One logical field of a generated model across Odoo versions: the Java name it was generated under
 * and one {@link FieldSpec} per distinct shape. A field renamed between versions (19's {@code
 * sale.order.line.product_uom_id}, {@code product_uom} before) is one logical field with two specs.
 * Immutable and thread-safe.
 *
 * @param javaName the Java name of the field in generated code, for example {@code productUomId}
 * @param specs the specs; no major version is covered twice
 */
public record FieldSchema(String javaName, List<FieldSpec> specs) {

  /**
   * Validates and copies the components.
   *
   * @param javaName Java name
   * @param specs specs, at least one, covering disjoint major versions
   */
  public FieldSchema {
    Objects.requireNonNull(javaName, "javaName");
    specs = List.copyOf(Objects.requireNonNull(specs, "specs"));
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("field " + javaName + " needs at least one spec");
    }
    Set<Integer> seen = new HashSet<>();
    for (FieldSpec s : specs) {
      if (s.majors().isEmpty()) {
        throw new IllegalArgumentException(
            "field " + javaName + ": spec '" + s.name() + "' names no major version (use on(...))");
      }
      for (int m : s.majors()) {
        if (!seen.add(m)) {
          throw new IllegalArgumentException("field " + javaName + " has two specs for Odoo " + m);
        }
      }
    }
  }

  /**
   * The spec describing a major version.
   *
   * @param major the major version
   * @return the spec, empty when the field does not exist on that version
   */
  public Optional<FieldSpec> spec(int major) {
    for (FieldSpec s : specs) {
      if (s.covers(major)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
