package io.github.odooconnector.testkit.internal.orm;

import java.util.Map;
import java.util.Set;

/**
 * {@code ir.model.fields.create} as Studio and <em>Settings &gt; Technical &gt; Fields</em> use it:
 * a manual field named {@code x_...} is added to its model, so {@code fields_get}, reads and writes
 * know it from then on (real Odoo reloads the registry and adds the column). Only the simple field
 * types are supported; relational custom fields are refused.
 */
final class CustomFields {
  private static final Set<String> TYPES =
      Set.of("char", "text", "html", "boolean", "integer", "float", "date", "datetime");

  private CustomFields() {}

  static void afterCreate(Database db, long id) {
    Map<String, Object> row = db.row("ir.model.fields", id);
    Object modelId = row.get("model_id");
    String model =
        modelId instanceof Long m ? String.valueOf(db.row("ir.model", m).get("model")) : null;
    ModelDef def = model == null ? null : db.modelOrNull(model);
    if (def == null) {
      throw OdooError.userError("Model " + model + " does not exist!");
    }
    db.setRaw("ir.model.fields", id, "model", model);
    String name = String.valueOf(row.get("name"));
    String type = String.valueOf(row.get("ttype"));
    boolean manual = "manual".equals(row.get("state"));
    if (manual && !name.startsWith("x_")) {
      throw OdooError.validationError(
          "The operation cannot be completed: Custom fields must have a name that starts with"
              + " 'x_'!");
    }
    if (def.fields().containsKey(name)) {
      throw OdooError.validationError(
          "The operation cannot be completed: Field names must be unique per model.");
    }
    if (!TYPES.contains(type)) {
      throw OdooError.userError("The fake Odoo cannot create custom " + type + " fields");
    }
    String label = String.valueOf(row.get("field_description"));
    def.simple(type, name, label);
  }
}
