package io.github.odooconnector.core.api.typed;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The schema a generated model expects: its Odoo model name per major version (19 renamed {@code
 * stock.quant.package} to {@code stock.package}) and its fields. {@link OdooModel#schema()} gives
 * it for generated code; the Maven plugin builds it from a snapshot file. Schema verification
 * compares it with a live server. Immutable and thread-safe.
 *
 * @param typeName the generated Java type, for example {@code SaleOrder}
 * @param names the Odoo model name per major version, ascending by version, at least one
 * @param fields the fields, unique by Java name
 */
public record ModelSchema(
    String typeName, SortedMap<Integer, String> names, List<FieldSchema> fields) {

  /**
   * Validates and copies the components.
   *
   * @param typeName Java type name
   * @param names model names per major version
   * @param fields fields
   */
  public ModelSchema {
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(names, "names");
    if (names.isEmpty()) {
      throw new IllegalArgumentException(typeName + " names no Odoo version");
    }
    names.forEach(
        (m, n) -> {
          Objects.requireNonNull(m, "major");
          Objects.requireNonNull(n, "model name");
        });
    names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    Set<String> javaNames = new HashSet<>();
    for (FieldSchema f : fields) {
      if (!javaNames.add(f.javaName())) {
        throw new IllegalArgumentException(typeName + " declares field " + f.javaName() + " twice");
      }
      for (FieldSpec s : f.specs()) {
        for (int m : s.majors()) {
          if (!names.containsKey(m)) {
            throw new IllegalArgumentException(
                typeName
                    + "."
                    + f.javaName()
                    + " describes Odoo "
                    + m
                    + " but the model has no name for that version");
          }
        }
      }
    }
  }

  /**
   * The Odoo model name on a major version.
   *
   * @param major the major version
   * @return the model name, empty when the model was not generated for that version
   */
  public Optional<String> name(int major) {
    return Optional.ofNullable(names.get(major));
  }

  /**
   * The model name on the newest version the model was generated for.
   *
   * @return the model name, for example {@code "sale.order"}
   */
  public String latestName() {
    return names.get(names.lastKey());
  }

  /**
   * The major versions the model was generated for.
   *
   * @return the versions, ascending
   */
  public Set<Integer> majors() {
    return names.keySet();
  }

  /**
   * The major version whose metadata is closest to a server's: the server's own major when the
   * model covers it, else the newest covered major below it, else the oldest covered major.
   *
   * @param serverMajor the server's major version
   * @return the closest covered major
   */
  public int closestMajor(int serverMajor) {
    if (names.containsKey(serverMajor)) {
      return serverMajor;
    }
    SortedMap<Integer, String> below = names.headMap(serverMajor);
    return below.isEmpty() ? names.firstKey() : below.lastKey();
  }

  /**
   * Builds a schema.
   *
   * @param typeName Java type name
   * @param names model name per major version
   * @param fields fields
   * @return the schema
   */
  public static ModelSchema of(
      String typeName, Map<Integer, String> names, List<FieldSchema> fields) {
    return new ModelSchema(typeName, new TreeMap<>(names), fields);
  }
}
