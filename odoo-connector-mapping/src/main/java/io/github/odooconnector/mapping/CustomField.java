package io.github.odooconnector.mapping;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A custom field an integration needs on an Odoo model, such as the WMS release marker {@code
 * x_wms_ref} on {@code stock.picking} or a delivery date {@code x_delivered_at}, and the opt-in
 * setup step that creates it.
 *
 * <p>Odoo databases do not have these fields until someone creates them: by hand in developer mode
 * under <em>Settings &gt; Technical &gt; Fields</em>, with Studio, or with {@link
 * #ensureIn(OdooClient)}, which creates the field through {@code ir.model.fields} the way those
 * screens do (a manual field, stored, with Odoo's defaults for everything else). Run it once at
 * deployment time with a client of a user who may change the data model (an administrator): the
 * integration's own user usually may not, and should not need to.
 *
 * <pre>{@code
 * CustomField.charField("stock.picking", "x_wms_ref", "WMS reference").ensureIn(adminClient);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the Odoo model, for example {@code stock.picking}
 * @param name the field name; Odoo requires custom fields to start with {@code x_}
 * @param type the Odoo field type: {@code char}, {@code text}, {@code boolean}, {@code integer},
 *     {@code float}, {@code date} or {@code datetime}
 * @param label the label people see in Odoo
 */
public record CustomField(String model, String name, String type, String label) {

  private static final Pattern NAME = Pattern.compile("x_[a-z0-9_]+");
  private static final Set<String> TYPES =
      Set.of("char", "text", "boolean", "integer", "float", "date", "datetime");

  /**
   * Validates.
   *
   * @param model the model
   * @param name the field name, {@code x_...}
   * @param type the Odoo field type
   * @param label the label
   * @throws MappingException naming the model, the field and the offending value when the name is
   *     not a custom field name, the type is not supported or the label is blank
   */
  public CustomField {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    if (!NAME.matcher(name).matches()) {
      throw new MappingException(
          model,
          0,
          name,
          "custom field name must match x_[a-z0-9_]+ (Odoo's rule for custom fields), got '"
              + name
              + "'");
    }
    if (!TYPES.contains(type)) {
      throw new MappingException(
          model,
          0,
          name,
          "custom field "
              + name
              + ": type must be one of "
              + new TreeSet<>(TYPES)
              + ", got '"
              + type
              + "'");
    }
    if (label.isBlank()) {
      throw new MappingException(
          model,
          0,
          name,
          "custom field " + name + ": label must not be blank, got '" + label + "'");
    }
  }

  /**
   * A char (text line) field.
   *
   * @param model the model
   * @param name the field name, {@code x_...}
   * @param label the label
   * @return the field
   */
  public static CustomField charField(String model, String name, String label) {
    return new CustomField(model, name, "char", label);
  }

  /**
   * A boolean (checkbox) field.
   *
   * @param model the model
   * @param name the field name, {@code x_...}
   * @param label the label
   * @return the field
   */
  public static CustomField booleanField(String model, String name, String label) {
    return new CustomField(model, name, "boolean", label);
  }

  /**
   * A date and time field.
   *
   * @param model the model
   * @param name the field name, {@code x_...}
   * @param label the label
   * @return the field
   */
  public static CustomField datetimeField(String model, String name, String label) {
    return new CustomField(model, name, "datetime", label);
  }

  /**
   * Creates the field in the database of {@code client} unless it exists already. Idempotent: run
   * it at every deployment if you like.
   *
   * @param client a client of a user allowed to change the data model (an administrator)
   * @return true when the field was created, false when it existed
   * @throws MappingException if a field of that name exists with another type, or the model does
   *     not exist in the database
   * @throws io.github.odooconnector.core.api.OdooAccessException if the user may not create fields
   */
  public boolean ensureIn(OdooClient client) {
    Objects.requireNonNull(client, "client");
    Map<String, FieldInfo> fields = client.fieldsGet(model);
    FieldInfo existing = fields.get(name);
    if (existing != null) {
      if (!existing.type().equals(type)) {
        throw new MappingException(
            model, 0, name, "exists as a " + existing.type() + " field, not a " + type + " field");
      }
      return false;
    }
    List<Long> modelIds =
        client.search("ir.model", Domain.where("model", "=", model), SearchOptions.limit(1));
    if (modelIds.isEmpty()) {
      throw new MappingException(
          "ir.model", 0, "model", "no model '" + model + "' in this database");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("model_id", modelIds.get(0));
    values.put("name", name);
    values.put("field_description", label);
    values.put("ttype", type);
    values.put("state", "manual");
    client.create("ir.model.fields", values);
    return true;
  }
}
