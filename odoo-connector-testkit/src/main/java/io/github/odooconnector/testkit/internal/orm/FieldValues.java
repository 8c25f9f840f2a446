package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Field values as the ORM sees them: stored, computed, delegated to the template, one2many ids, and
 * their conversion to what {@code read()} returns.
 */
final class FieldValues {
  private final Database db;

  FieldValues(Database db) {
    this.db = db;
  }

  // ------------------------------------------------------------------ field values

  /** The internal value of a field: stored, computed or one2many ids. */
  Object get(String model, Map<String, Object> row, String field) {
    ModelDef def = db.modelOrNull(model);
    FieldDef f = def.field(field);
    if (f == null) {
      return null;
    }
    if ("display_name".equals(field)) {
      return db.displayName(model, row);
    }
    var compute = def.computes.get(field);
    if (compute != null) {
      return compute.apply(db, row);
    }
    if ("product.product".equals(model) && "product.template".equals(f.ownerModel())) {
      Object tmplId = row.get("product_tmpl_id");
      Map<String, Object> tmpl = tmplId == null ? null : db.row("product.template", (Long) tmplId);
      return tmpl == null ? null : tmpl.get(field);
    }
    if ("one2many".equals(f.type())) {
      return o2mIds(model, (Long) row.get("id"), f);
    }
    return row.get(field);
  }

  Object get(String model, long id, String field) {
    Map<String, Object> row = db.row(model, id);
    return row == null ? null : get(model, row, field);
  }

  List<Long> o2mIds(String model, long id, FieldDef f) {
    List<Long> out = new ArrayList<>();
    boolean byModel = "mail.message".equals(f.relation()) || "mail.activity".equals(f.relation());
    for (Map<String, Object> r : db.table(f.relation()).values()) {
      Object v = r.get(f.inverse());
      if (v instanceof Long l && l == id) {
        if (byModel) {
          Object m =
              "mail.activity".equals(f.relation())
                  ? related(r, "res_model_id", "ir.model", "model")
                  : r.get("model");
          if (!model.equals(m)) {
            continue;
          }
        }
        out.add((Long) r.get("id"));
      }
    }
    return out;
  }

  List<Long> inverseIds(String model, String field, Long id) {
    List<Long> out = new ArrayList<>();
    if (id == null) {
      return out;
    }
    for (Map<String, Object> r : db.table(model).values()) {
      if (id.equals(r.get(field))) {
        out.add((Long) r.get("id"));
      }
    }
    return out;
  }

  Object related(Map<String, Object> row, String m2o, String comodel, String field) {
    Object id = row.get(m2o);
    if (!(id instanceof Long l)) {
      return null;
    }
    Map<String, Object> target = db.row(comodel, l);
    return target == null ? null : get(comodel, target, field);
  }

  static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  /** Converts an internal value to what Odoo's read() returns. */
  Object external(FieldDef f, Object v) {
    switch (f.type()) {
      case "many2one":
        if (v instanceof Long id && db.exists(f.relation(), id)) {
          return List.of(id, db.displayName(f.relation(), id));
        }
        return false;
      case "one2many":
      case "many2many":
        return v == null ? List.of() : List.copyOf((Collection<?>) v);
      case "integer":
        return v == null ? 0L : v;
      case "float":
      case "monetary":
        return v == null ? 0.0 : v;
      case "boolean":
        return v != null && (Boolean) v;
      case "datetime":
        // write_date is kept with microseconds (as PostgreSQL does); Odoo answers whole seconds
        return v instanceof String s && s.length() > 19
            ? s.substring(0, 19)
            : v == null ? false : v;
      default:
        return v == null ? false : v;
    }
  }
}
