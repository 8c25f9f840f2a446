package io.github.odooconnector.testkit.internal.orm;

import java.util.Map;

/** {@code display_name} of each model, composed the way Odoo composes it. */
final class DisplayNames {
  private final Database db;

  DisplayNames(Database db) {
    this.db = db;
  }

  String displayName(String model, long id) {
    Map<String, Object> row = db.row(model, id);
    return row == null ? "" : displayName(model, row);
  }

  String displayName(String model, Map<String, Object> row) {
    long id = (Long) row.get("id");
    switch (model) {
      case "product.product":
        {
          Object code = db.get(model, row, "default_code");
          Object name = db.get(model, row, "name");
          return (code != null ? "[" + code + "] " : "") + (name == null ? "" : name);
        }
      case "res.partner":
        {
          Object parent = row.get("parent_id");
          String name = FieldValues.str(row.get("name"));
          if (parent instanceof Long p
              && db.exists(model, p)
              && !Boolean.TRUE.equals(row.get("is_company"))) {
            return displayName(model, p) + ", " + name;
          }
          return name;
        }
      case "stock.location":
        {
          String name = FieldValues.str(row.get("name"));
          Object parent = row.get("location_id");
          if (parent instanceof Long p && db.exists(model, p)) {
            Map<String, Object> pr = db.row(model, p);
            if ("view".equals(pr.get("usage"))
                && pr.get("location_id") == null
                && String.valueOf(pr.get("name")).endsWith(" Locations")) {
              return name;
            }
            return displayName(model, p) + "/" + name;
          }
          return name;
        }
      case "product.category":
        {
          String name = FieldValues.str(row.get("name"));
          Object parent = row.get("parent_id");
          return parent instanceof Long p && db.exists(model, p)
              ? displayName(model, p) + " / " + name
              : name;
        }
      case "stock.picking.type":
        {
          Object wh = row.get("warehouse_id");
          String name = FieldValues.str(row.get("name"));
          return wh instanceof Long w && db.exists("stock.warehouse", w)
              ? displayName("stock.warehouse", w) + ": " + name
              : name;
        }
      case "stock.quant":
        {
          return displayName("stock.location", (Long) row.get("location_id"))
              + " - "
              + displayName("product.product", (Long) row.get("product_id"));
        }
      case "sale.order.line":
      case "purchase.order.line":
        {
          Object order = row.get("order_id");
          Object product = row.get("product_id");
          return (order instanceof Long o ? displayName(model.replace(".line", ""), o) : "")
              + " - "
              + (product instanceof Long p
                  ? displayName("product.product", p)
                  : FieldValues.str(row.get("name")));
        }
      case "stock.move":
        {
          Object product = row.get("product_id");
          Object ref = db.get(model, row, "reference");
          return (ref != null ? ref + ": " : "")
              + (product instanceof Long p ? displayName("product.product", p) : "");
        }
      default:
        {
          ModelDef def = db.modelOrNull(model);
          Object v =
              def.fields.containsKey(def.recName) && !"display_name".equals(def.recName)
                  ? db.get(model, row, def.recName)
                  : null;
          return v == null ? model + "," + id : String.valueOf(v);
        }
    }
  }
}
