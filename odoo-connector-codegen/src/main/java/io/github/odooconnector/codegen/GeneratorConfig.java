package io.github.odooconnector.codegen;

import io.github.odooconnector.codegen.internal.ConfigJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which models and fields to generate, into which Java package. Usually read from a JSON file
 * ({@link #FORMAT}):
 *
 * <pre>{@code
 * {
 *   "format": "odoo-connector-codegen/1",
 *   "package": "com.acme.odoo.model",
 *   "models": [
 *     { "model": "sale.order", "fields": ["name", "partner_id", "state", "order_line"] },
 *     { "model": "sale.order.line",
 *       "fields": ["order_id", "product_uom_qty",
 *                  { "field": "product_uom_id",
 *                    "aliases": { "17": "product_uom", "18": "product_uom" } }] },
 *     { "model": "stock.package",
 *       "aliases": { "17": "stock.quant.package", "18": "stock.quant.package" },
 *       "fields": ["name"] },
 *     { "model": "res.partner", "fields": ["name", { "field": "tz", "selectionAsText": true }] }
 *   ]
 * }
 * }</pre>
 *
 * An alias names the model or field on the versions where it is called differently, so one
 * generated type serves every version. Immutable and thread-safe.
 *
 * @param packageName the Java package of the generated sources
 * @param models the models, in the order to generate
 */
public record GeneratorConfig(String packageName, List<ModelConfig> models) {

  /** The format identifier required in configuration files. */
  public static final String FORMAT = "odoo-connector-codegen/1";

  /**
   * Validates and copies the components.
   *
   * @param packageName Java package
   * @param models models
   */
  public GeneratorConfig {
    Objects.requireNonNull(packageName, "packageName");
    models = List.copyOf(Objects.requireNonNull(models, "models"));
  }

  /**
   * A configuration.
   *
   * @param packageName the Java package
   * @param models the models
   * @return the configuration
   */
  public static GeneratorConfig of(String packageName, ModelConfig... models) {
    return new GeneratorConfig(packageName, Arrays.asList(models));
  }

  /**
   * Reads a configuration file.
   *
   * @param file the JSON file
   * @return the configuration
   * @throws CodegenException listing every problem of the file
   */
  public static GeneratorConfig read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new CodegenException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a configuration.
   *
   * @param json the JSON text
   * @param origin names the source in error messages
   * @return the configuration
   * @throws CodegenException listing every problem
   */
  public static GeneratorConfig parse(String json, String origin) {
    return ConfigJson.parse(Objects.requireNonNull(json, "json"), origin);
  }

  /**
   * One model to generate. Immutable and thread-safe.
   *
   * @param model the Odoo model name (on the versions without an alias)
   * @param className the generated class name; {@code null} to derive it from the model ({@code
   *     sale.order.line} gives {@code SaleOrderLine})
   * @param aliases the model's name on versions where it is called differently (major version to
   *     name)
   * @param fields the fields, in the order of the record components
   */
  public record ModelConfig(
      String model, String className, Map<Integer, String> aliases, List<FieldConfig> fields) {

    /**
     * Validates and copies the components.
     *
     * @param model model name
     * @param className class name or {@code null}
     * @param aliases aliases
     * @param fields fields
     */
    public ModelConfig {
      Objects.requireNonNull(model, "model");
      aliases = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(aliases)));
      fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /**
     * A model with plain fields.
     *
     * @param model the model name
     * @param fields the field names
     * @return the model configuration
     */
    public static ModelConfig of(String model, String... fields) {
      List<FieldConfig> list = new ArrayList<>();
      for (String f : fields) {
        list.add(FieldConfig.of(f));
      }
      return new ModelConfig(model, null, Map.of(), list);
    }

    /**
     * A copy with one more field.
     *
     * @param field the field
     * @return the copy
     */
    public ModelConfig withField(FieldConfig field) {
      List<FieldConfig> list = new ArrayList<>(fields);
      list.add(Objects.requireNonNull(field, "field"));
      return new ModelConfig(model, className, aliases, list);
    }

    /**
     * A copy with a model alias.
     *
     * @param major the Odoo major version
     * @param name the model's name on that version
     * @return the copy
     */
    public ModelConfig withAlias(int major, String name) {
      Map<Integer, String> a = new TreeMap<>(aliases);
      a.put(major, Objects.requireNonNull(name, "name"));
      return new ModelConfig(model, className, a, fields);
    }

    /**
     * The generated class name, if set explicitly.
     *
     * @return the class name, empty to derive it
     */
    public Optional<String> optionalClassName() {
      return Optional.ofNullable(className);
    }
  }

  /**
   * One field to generate. Immutable and thread-safe.
   *
   * @param field the Odoo field name (on the versions without an alias)
   * @param javaName the Java name; {@code null} to derive it ({@code partner_id} gives {@code
   *     partnerId})
   * @param aliases the field's name on versions where it is called differently
   * @param selectionAsText for a selection field: generate a {@code String} instead of an enum (for
   *     open-ended selections such as {@code tz} or {@code lang}); its keys are then not checked
   *     for drift
   */
  public record FieldConfig(
      String field, String javaName, Map<Integer, String> aliases, boolean selectionAsText) {

    /**
     * Validates and copies the components.
     *
     * @param field field name
     * @param javaName Java name or {@code null}
     * @param aliases aliases
     * @param selectionAsText whether a selection is generated as text
     */
    public FieldConfig {
      Objects.requireNonNull(field, "field");
      aliases = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(aliases)));
    }

    /**
     * A plain field.
     *
     * @param field the field name
     * @return the field configuration
     */
    public static FieldConfig of(String field) {
      return new FieldConfig(field, null, Map.of(), false);
    }

    /**
     * A copy with a field alias.
     *
     * @param major the Odoo major version
     * @param name the field's name on that version
     * @return the copy
     */
    public FieldConfig withAlias(int major, String name) {
      Map<Integer, String> a = new TreeMap<>(aliases);
      a.put(major, Objects.requireNonNull(name, "name"));
      return new FieldConfig(field, javaName, a, selectionAsText);
    }

    /**
     * The Java name, if set explicitly.
     *
     * @return the Java name, empty to derive it
     */
    public Optional<String> optionalJavaName() {
      return Optional.ofNullable(javaName);
    }
  }
}
