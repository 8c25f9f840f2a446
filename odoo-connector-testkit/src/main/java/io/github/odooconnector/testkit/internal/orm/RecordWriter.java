package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code create}, {@code write} and {@code unlink}: defaults, delegated template fields, required
 * fields, recursion checks, cascading deletes and the stock hooks around them.
 */
final class RecordWriter {
  private final Database db;

  RecordWriter(Database db) {
    this.db = db;
  }

  // ------------------------------------------------------------------ ORM: create / write / unlink

  List<Long> create(String model, List<Map<String, Object>> valsList) {
    db.checkAccess(model, "create");
    List<Long> ids = new ArrayList<>();
    for (Map<String, Object> vals : valsList) {
      ids.add(createOne(model, vals));
    }
    return ids;
  }

  long createOne(String model, Map<String, Object> valsIn) {
    ModelDef def = db.model(model);
    if ("stock.quant".equals(model) && Py.truthy(db.context().get("inventory_mode"))) {
      Long existing = db.stock().findQuant(valsIn);
      if (existing != null) {
        Map<String, Object> counted = new LinkedHashMap<>();
        counted.put("inventory_quantity", valsIn.get("inventory_quantity"));
        writeOne(model, existing, counted);
        return existing;
      }
    }
    Map<String, Object> vals = new LinkedHashMap<>(valsIn);
    vals.remove("__no_variant");
    db.stock().beforeCreate(model, vals);
    for (var d : def.defaults.entrySet()) {
      if (!vals.containsKey(d.getKey())
              && !"product.template".equals(def.field(d.getKey()).ownerModel())
          || !vals.containsKey(d.getKey()) && "product.template".equals(model)) {
        vals.put(d.getKey(), d.getValue().apply(db));
      }
    }
    for (var e : db.context().entrySet()) {
      if (e.getKey().startsWith("default_")) {
        String f = e.getKey().substring(8);
        if (def.fields.containsKey(f) && !valsIn.containsKey(f)) {
          vals.put(f, e.getValue());
        }
      }
    }
    Map<String, Object> stored = new HashMap<>();
    Map<String, Object> later = new LinkedHashMap<>();
    Map<String, Object> delegated = new LinkedHashMap<>();
    for (var e : vals.entrySet()) {
      FieldDef f = fieldForWrite(def, e.getKey());
      if ("one2many".equals(f.type()) || "many2many".equals(f.type())) {
        later.put(f.name(), e.getValue());
      } else if ("product.product".equals(model) && "product.template".equals(f.ownerModel())) {
        delegated.put(f.name(), e.getValue());
      } else if (def.computes.containsKey(f.name())) {
        db.stock().inverseCompute(model, f.name(), null, e.getValue(), later);
      } else {
        stored.put(f.name(), db.convert(model, f, e.getValue()));
      }
    }
    if ("product.product".equals(model) && stored.get("product_tmpl_id") == null) {
      Map<String, Object> tv = new LinkedHashMap<>(delegated);
      tv.put("__no_variant", true);
      stored.put("product_tmpl_id", createOne("product.template", tv));
    } else if ("product.product".equals(model) && !delegated.isEmpty()) {
      writeOne("product.template", (Long) stored.get("product_tmpl_id"), delegated);
    }
    requireFields(def, stored, model);
    if ("res.partner".equals(model)
        && stored.get("name") == null
        && "contact".equals(stored.get("type"))) {
      throw OdooError.validationError("Contacts require a name");
    }
    stored.put("create_date", db.now());
    stored.put("write_date", db.writeStamp());
    stored.put("create_uid", db.uid());
    stored.put("write_uid", db.uid());
    long id = db.insertRaw(model, stored);
    for (var e : later.entrySet()) {
      db.writeX2many(model, id, def.field(e.getKey()), e.getValue());
    }
    db.stock().afterCreate(model, id, valsIn);
    return id;
  }

  private void requireFields(ModelDef def, Map<String, Object> stored, String model) {
    for (FieldDef f : def.fields.values()) {
      if (f.required() && f.stored() && !"product.template".equals(f.ownerModel())
          || f.required() && "product.template".equals(model)) {
        Object v = stored.get(f.name());
        if (v == null && !"one2many".equals(f.type())) {
          throw requiredError(model, f);
        }
      }
    }
  }

  OdooError requiredError(String model, FieldDef f) {
    String owner = f.ownerModel() != null ? f.ownerModel() : model;
    String desc = db.model(owner).description;
    if (db.version().major() >= 19) {
      return OdooError.validationError(
          "The operation cannot be completed: Missing required value for the "
              + "field '"
              + f.string()
              + "' ("
              + f.name()
              + ").\nModel: '"
              + desc
              + "' ("
              + owner
              + ")\n"
              + "- create/update: a mandatory field is not set\n"
              + "- delete: another model requires the record being deleted, you can archive it"
              + " instead\n");
    }
    return OdooError.validationError(
        "The operation cannot be completed:\n"
            + "- Create/update: a mandatory field is not set.\n"
            + "- Delete: another model requires the record being deleted. If possible, archive it"
            + " instead.\n\n"
            + "Model: "
            + desc
            + " ("
            + owner
            + ")\nField: "
            + f.string()
            + " ("
            + f.name()
            + ")\n");
  }

  FieldDef fieldForWrite(ModelDef def, String name) {
    FieldDef f = def.field(name);
    if (f == null) {
      throw OdooError.builtin("ValueError", "Invalid field '" + name + "' in '" + def.name + "'");
    }
    return f;
  }

  void write(String model, List<Long> ids, Map<String, Object> vals) {
    db.checkAccess(model, "write");
    ModelDef def = db.model(model);
    List<Long> missing = ids.stream().filter(id -> !db.exists(model, id)).toList();
    if (!missing.isEmpty()) {
      throw OdooError.missingError(model, missing, db.uid());
    }
    CompanyRules.check(db, model, ids, "write");
    for (String k : vals.keySet()) {
      fieldForWrite(def, k);
    }
    for (long id : ids) {
      writeOne(model, id, vals);
    }
  }

  void writeOne(String model, long id, Map<String, Object> vals) {
    ModelDef def = db.model(model);
    db.stock().beforeWrite(model, id, vals);
    Map<String, Object> delegated = new LinkedHashMap<>();
    for (var e : vals.entrySet()) {
      FieldDef f = fieldForWrite(def, e.getKey());
      if ("id".equals(f.name()) || "display_name".equals(f.name())) {
        continue;
      }
      if ("product.product".equals(model) && "product.template".equals(f.ownerModel())) {
        delegated.put(f.name(), e.getValue());
      } else if (f.x2many()) {
        db.writeX2many(model, id, f, e.getValue());
      } else if (def.computes.containsKey(f.name())) {
        db.stock().inverseCompute(model, f.name(), id, e.getValue(), null);
      } else {
        Object v = db.convert(model, f, e.getValue());
        if (f.required() && v == null) {
          throw requiredError(model, f);
        }
        db.setRaw(model, id, f.name(), v);
      }
    }
    if (!delegated.isEmpty()) {
      writeOne("product.template", (Long) db.row(model, id).get("product_tmpl_id"), delegated);
    }
    checkRecursion(model, id);
    db.setRaw(model, id, "write_date", db.writeStamp());
    db.setRaw(model, id, "write_uid", db.uid());
    db.stock().afterWrite(model, id, vals);
  }

  private void checkRecursion(String model, long id) {
    String parentField =
        switch (model) {
          case "res.partner", "product.category" -> "parent_id";
          case "stock.location" -> "location_id";
          default -> null;
        };
    if (parentField == null) {
      return;
    }
    Object cur = db.row(model, id).get(parentField);
    int guard = 0;
    while (cur instanceof Long p && guard++ < 1000) {
      if (p == id) {
        throw OdooError.validationError(
            "res.partner".equals(model)
                ? "You cannot create recursive Partner hierarchies."
                : "Recursion Detected.");
      }
      Map<String, Object> parent = db.row(model, p);
      cur = parent == null ? null : parent.get(parentField);
    }
  }

  void unlink(String model, List<Long> ids) {
    db.checkAccess(model, "unlink");
    db.model(model);
    CompanyRules.check(db, model, ids, "unlink");
    for (long id : ids) {
      if (!db.exists(model, id)) {
        continue;
      }
      db.stock().beforeUnlink(model, id);
      deleteCascade(model, id);
    }
  }

  private void deleteCascade(String model, long id) {
    ModelDef def = db.modelOrNull(model);
    for (FieldDef f : def.fields.values()) {
      if ("one2many".equals(f.type())
          && !"mail.message".equals(f.relation())
          && !"mail.activity".equals(f.relation())) {
        for (long child : db.o2mIds(model, id, f)) {
          FieldDef inv = db.modelOrNull(f.relation()).field(f.inverse());
          if (inv != null && inv.required()) {
            deleteCascade(f.relation(), child);
          } else if (db.exists(f.relation(), child)) {
            db.setRaw(f.relation(), child, f.inverse(), null);
          }
        }
      }
    }
    db.deleteRaw(model, id);
  }
}
