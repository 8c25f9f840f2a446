package io.github.odooconnector.testkit.internal.orm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What creating, writing and deleting logistics records does besides storing values: picking names
 * and default locations, product defaults on lines, variants of new templates, quantity
 * bookkeeping, and the deletions Odoo refuses.
 */
final class StockHooks {
  private final Database db;
  private final Stock stock;

  StockHooks(Database db, Stock stock) {
    this.db = db;
    this.stock = stock;
  }

  // ------------------------------------------------------------------ ORM hooks

  void beforeCreate(String model, Map<String, Object> vals) {
    switch (model) {
      case "stock.picking":
        {
          Object type = vals.get("picking_type_id");
          if (type instanceof Number n && db.exists("stock.picking.type", n.longValue())) {
            Map<String, Object> t = db.row("stock.picking.type", n.longValue());
            vals.putIfAbsent("location_id", t.get("default_location_src_id"));
            vals.putIfAbsent("location_dest_id", t.get("default_location_dest_id"));
            Object name = vals.get("name");
            if (name == null || "/".equals(name) || Boolean.FALSE.equals(name)) {
              vals.put("name", pickingName(n.longValue()));
            }
          }
          break;
        }
      case "stock.move":
        {
          Object pick = vals.get("picking_id");
          if (pick instanceof Number n && db.exists("stock.picking", n.longValue())) {
            Map<String, Object> p = db.row("stock.picking", n.longValue());
            vals.putIfAbsent("location_id", p.get("location_id"));
            vals.putIfAbsent("location_dest_id", p.get("location_dest_id"));
            vals.putIfAbsent("picking_type_id", p.get("picking_type_id"));
            vals.putIfAbsent("partner_id", p.get("partner_id"));
            vals.putIfAbsent("origin", p.get("origin"));
            Object st = p.get("state");
            if (!vals.containsKey("state") && ("confirmed".equals(st) || "assigned".equals(st))) {
              vals.put("state", "confirmed");
            }
          }
          productDefaults(vals, "product_uom", null, true);
          vals.remove("quantity");
          break;
        }
      case "stock.move.line":
        {
          Object move = vals.get("move_id");
          if (move instanceof Number n && db.exists("stock.move", n.longValue())) {
            Map<String, Object> m = db.row("stock.move", n.longValue());
            vals.putIfAbsent("picking_id", m.get("picking_id"));
            vals.putIfAbsent("product_id", m.get("product_id"));
            vals.putIfAbsent("location_id", m.get("location_id"));
            vals.putIfAbsent("location_dest_id", m.get("location_dest_id"));
            vals.putIfAbsent("product_uom_id", m.get("product_uom"));
          }
          productDefaults(vals, "product_uom_id", null, false);
          break;
        }
      case "sale.order":
      case "purchase.order":
        {
          Object name = vals.get("name");
          if (name == null || "New".equals(name) || Boolean.FALSE.equals(name)) {
            String prefix = "sale.order".equals(model) ? "S" : "P";
            vals.put("name", prefix + String.format("%05d", db.nextSequence(model)));
          }
          break;
        }
      case "sale.order.line":
        productDefaults(
            vals,
            db.version().major() >= 19 ? "product_uom_id" : "product_uom",
            "list_price",
            true);
        break;
      case "purchase.order.line":
        productDefaults(
            vals,
            db.version().major() >= 19 ? "product_uom_id" : "product_uom",
            "standard_price",
            true);
        break;
      case "mail.activity":
        {
          Object resModel = vals.remove("res_model");
          if (resModel instanceof String s && !vals.containsKey("res_model_id")) {
            for (Map<String, Object> r : stock.rows("ir.model")) {
              if (s.equals(r.get("model"))) {
                vals.put("res_model_id", r.get("id"));
              }
            }
          }
          break;
        }
      default:
        break;
    }
  }

  private void productDefaults(
      Map<String, Object> vals, String uomField, String priceField, boolean name) {
    Object product = vals.get("product_id");
    if (product instanceof Number n && db.exists("product.product", n.longValue())) {
      long pid = n.longValue();
      if (uomField != null) {
        vals.putIfAbsent(uomField, db.get("product.product", pid, "uom_id"));
      }
      if (name) {
        vals.putIfAbsent("name", db.displayName("product.product", pid));
      }
      if (priceField != null) {
        vals.putIfAbsent("price_unit", db.get("product.product", pid, priceField));
      }
    }
  }

  private String pickingName(long typeId) {
    Map<String, Object> t = db.row("stock.picking.type", typeId);
    Object wh = t.get("warehouse_id");
    String whCode =
        wh instanceof Long w ? String.valueOf(db.row("stock.warehouse", w).get("code")) : "WH";
    String code = String.valueOf(t.get("sequence_code"));
    return whCode + "/" + code + "/" + String.format("%05d", db.nextSequence("picking." + typeId));
  }

  void afterCreate(String model, long id, Map<String, Object> vals) {
    switch (model) {
      case "ir.model.fields":
        CustomFields.afterCreate(db, id);
        break;
      case "stock.return.picking":
        ShippingModels.afterCreateReturnWizard(db, id);
        break;
      case "product.template":
        if (!vals.containsKey("__no_variant")) {
          Map<String, Object> pv = new LinkedHashMap<>();
          pv.put("product_tmpl_id", id);
          db.createOne("product.product", pv);
        }
        break;
      case "stock.move":
        if (vals.get("quantity") instanceof Number n) {
          stock.setMoveQuantity(id, n.doubleValue());
        }
        stock.recomputePicking(db.row("stock.move", id).get("picking_id"));
        break;
      case "stock.quant":
        if (vals.containsKey("inventory_quantity") && !vals.containsKey("inventory_quantity_set")) {
          db.setRaw(model, id, "inventory_quantity_set", true);
        }
        break;
      case "stock.move.line":
        {
          Object move = db.row(model, id).get("move_id");
          if (move instanceof Long m) {
            stock.recomputeMove(m);
          }
          break;
        }
      default:
        break;
    }
  }

  Long findQuant(Map<String, Object> vals) {
    Object product = vals.get("product_id") instanceof Number n ? n.longValue() : null;
    Object location = vals.get("location_id") instanceof Number n ? n.longValue() : null;
    Object lot = vals.get("lot_id") instanceof Number n ? n.longValue() : null;
    for (Map<String, Object> q : stock.rows("stock.quant")) {
      if (Objects.equals(q.get("product_id"), product)
          && Objects.equals(q.get("location_id"), location)
          && Objects.equals(q.get("lot_id"), lot)) {
        return (Long) q.get("id");
      }
    }
    return null;
  }

  void beforeWrite(String model, long id, Map<String, Object> vals) {
    if ("stock.move".equals(model)
        && "done".equals(db.row(model, id).get("state"))
        && (vals.containsKey("product_uom_qty")
            || vals.containsKey("quantity")
            || vals.containsKey("product_id"))) {
      throw OdooError.userError("You cannot change the quantity or product of a done stock move.");
    }
  }

  void afterWrite(String model, long id, Map<String, Object> vals) {
    if ("stock.quant".equals(model)
        && vals.containsKey("inventory_quantity")
        && !vals.containsKey("inventory_quantity_set")) {
      db.setRaw(model, id, "inventory_quantity_set", true);
    }
    if ("stock.move.line".equals(model) && vals.containsKey("quantity")) {
      Object move = db.row(model, id).get("move_id");
      if (move instanceof Long m) {
        stock.recomputeMove(m);
      }
    }
    if ("stock.move".equals(model)
        && (vals.containsKey("product_uom_qty") || vals.containsKey("quantity"))) {
      stock.recomputeMove(id);
    }
  }

  void inverseCompute(
      String model, String field, Long id, Object value, Map<String, Object> later) {
    if ("stock.move".equals(model) && "quantity".equals(field) && id != null) {
      stock.setMoveQuantity(id, value instanceof Number n ? n.doubleValue() : 0.0);
    }
    // other computed fields are read-only: Odoo ignores writes to them
  }

  void beforeUnlink(String model, long id) {
    Map<String, Object> row = db.row(model, id);
    switch (model) {
      case "sale.order":
        if (!"draft".equals(row.get("state")) && !"cancel".equals(row.get("state"))) {
          throw OdooError.userError(
              "You can not delete a sent quotation or a confirmed sales order."
                  + " You must first cancel it.");
        }
        break;
      case "purchase.order":
        if (!"cancel".equals(row.get("state"))) {
          throw OdooError.userError(
              "In order to delete a purchase order, you must cancel it first.");
        }
        break;
      case "stock.picking":
        for (long m : db.inverseIds("stock.move", "picking_id", id)) {
          if ("done".equals(db.row("stock.move", m).get("state"))) {
            throw Stock.doneMoveError();
          }
        }
        for (long m : db.inverseIds("stock.move", "picking_id", id)) {
          db.unlink("stock.move", List.of(m));
        }
        break;
      case "stock.move":
        if ("done".equals(row.get("state"))) {
          throw Stock.doneMoveError();
        }
        for (long l : db.inverseIds("stock.move.line", "move_id", id)) {
          db.deleteRaw("stock.move.line", l);
        }
        break;
      default:
        break;
    }
  }
}
