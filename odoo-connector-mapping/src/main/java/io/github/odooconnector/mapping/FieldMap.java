package io.github.odooconnector.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Odoo field holds which canonical attribute, for one Odoo model.
 *
 * <p>Mappers read and write Odoo records only through a field map, never through hard-coded field
 * names, so a deployment can point an attribute at another field (for example the WMS release
 * marker at a custom {@code x_wms_released} field, or the customer reference at {@code
 * x_studio_po_ref}) without code changes. A field map has two parts:
 *
 * <ul>
 *   <li>{@linkplain #field(String) standard keys}: the logical attributes a mapper understands
 *       (such as {@code reference}, {@code partner}, {@code scheduledDate}); {@link
 *       StandardFieldMaps} provides the Odoo 17/18/19 defaults and {@link #with(String, String)}
 *       overrides one;
 *   <li>{@linkplain #customAttributes() custom attributes}: extra Odoo fields (typically Studio /
 *       {@code x_} fields) copied verbatim into the canonical entity's free-form attributes under a
 *       name you choose.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldMap {

  private static final Pattern FIELD_NAME =
      Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

  private final String model;
  private final Map<String, String> fields;
  private final Map<String, String> custom;

  private FieldMap(String model, Map<String, String> fields, Map<String, String> custom) {
    this.model = model;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.custom = Collections.unmodifiableMap(new LinkedHashMap<>(custom));
  }

  /**
   * Starts an empty field map for a model.
   *
   * @param model the Odoo model, for example {@code stock.picking}
   * @return a builder
   */
  public static Builder builder(String model) {
    return new Builder(model);
  }

  /**
   * The Odoo model this map describes.
   *
   * @return the model name
   */
  public String model() {
    return model;
  }

  /**
   * The Odoo field for a standard key.
   *
   * @param key the logical attribute, for example {@code scheduledDate}
   * @return the Odoo field name
   * @throws MappingException if the map has no field for the key
   */
  public String field(String key) {
    String f = fields.get(Objects.requireNonNull(key, "key"));
    if (f == null) {
      throw new MappingException(
          model,
          0,
          null,
          "field map has no field for key '" + key + "'; known keys: " + fields.keySet());
    }
    return f;
  }

  /**
   * The Odoo field for a standard key, if mapped.
   *
   * @param key the logical attribute
   * @return the Odoo field name, empty when the key is not mapped
   */
  public Optional<String> optionalField(String key) {
    return Optional.ofNullable(fields.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * All standard keys and their Odoo fields, in insertion order.
   *
   * @return an unmodifiable map from key to Odoo field
   */
  public Map<String, String> fields() {
    return fields;
  }

  /**
   * Custom attributes: canonical attribute name to Odoo field (typically {@code x_...}).
   *
   * @return an unmodifiable map from attribute name to Odoo field
   */
  public Map<String, String> customAttributes() {
    return custom;
  }

  /**
   * Every Odoo field this map reads, without duplicates, suitable as the {@code fields} argument of
   * {@code search_read}; always includes {@code id}.
   *
   * @return the field names
   */
  public List<String> odooFields() {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    all.add("id");
    for (String f : fields.values()) {
      all.add(topLevel(f));
    }
    for (String f : custom.values()) {
      all.add(topLevel(f));
    }
    return List.copyOf(new ArrayList<>(all));
  }

  private static String topLevel(String field) {
    int dot = field.indexOf('.');
    return dot < 0 ? field : field.substring(0, dot);
  }

  /**
   * Returns a copy with one standard key pointing at another field.
   *
   * @param key the logical attribute
   * @param odooField the Odoo field name
   * @return the new map
   * @throws IllegalArgumentException if {@code odooField} is not a valid Odoo field name
   */
  public FieldMap with(String key, String odooField) {
    return toBuilder().map(key, odooField).build();
  }

  /**
   * Returns a copy without a standard key, for databases that lack the field (mappers treat
   * unmapped optional keys as absent).
   *
   * @param key the logical attribute
   * @return the new map
   */
  public FieldMap without(String key) {
    Builder b = toBuilder();
    b.fields.remove(Objects.requireNonNull(key, "key"));
    return b.build();
  }

  /**
   * Returns a copy with one more custom attribute.
   *
   * @param attribute the canonical attribute name
   * @param odooField the Odoo field name, for example {@code x_studio_gate}
   * @return the new map
   * @throws IllegalArgumentException if {@code odooField} is not a valid Odoo field name
   */
  public FieldMap withCustom(String attribute, String odooField) {
    return toBuilder().custom(attribute, odooField).build();
  }

  /**
   * A builder initialised with this map's entries.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(model);
    b.fields.putAll(fields);
    b.custom.putAll(custom);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldMap m
        && model.equals(m.model)
        && fields.equals(m.fields)
        && custom.equals(m.custom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, fields, custom);
  }

  @Override
  public String toString() {
    return "FieldMap[" + model + ", fields=" + fields + ", custom=" + custom + "]";
  }

  /** Builds a {@link FieldMap}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final String model;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String> custom = new LinkedHashMap<>();

    private Builder(String model) {
      this.model = requireName(model, "model");
    }

    /**
     * Maps a standard key to an Odoo field (replacing an earlier mapping of the key).
     *
     * @param key the logical attribute
     * @param odooField the Odoo field name; a dotted path is allowed where a mapper documents it
     * @return this builder
     * @throws IllegalArgumentException if the field name is not a valid Odoo field name
     */
    public Builder map(String key, String odooField) {
      Objects.requireNonNull(key, "key");
      fields.put(key, requireName(odooField, key));
      return this;
    }

    /**
     * Adds a custom attribute copied verbatim from an Odoo field.
     *
     * @param attribute the canonical attribute name
     * @param odooField the Odoo field name
     * @return this builder
     * @throws IllegalArgumentException if the field name is not a valid Odoo field name
     */
    public Builder custom(String attribute, String odooField) {
      Objects.requireNonNull(attribute, "attribute");
      if (attribute.isBlank()) {
        throw new IllegalArgumentException("custom attribute name must not be blank");
      }
      custom.put(attribute, requireName(odooField, attribute));
      return this;
    }

    /**
     * Creates the immutable map.
     *
     * @return the field map
     */
    public FieldMap build() {
      return new FieldMap(model, fields, custom);
    }

    private static String requireName(String name, String what) {
      Objects.requireNonNull(name, what);
      if (!FIELD_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "invalid Odoo name for '"
                + what
                + "': '"
                + name
                + "' (expected lower-case letters, digits, '_' and '.')");
      }
      return name;
    }
  }
}
