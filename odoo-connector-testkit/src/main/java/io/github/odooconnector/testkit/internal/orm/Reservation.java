package io.github.odooconnector.testkit.internal.orm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Confirming and reserving pickings from quants (FIFO by quant id, lots kept), quant updates and
 * inventory adjustments ({@code stock.quant.action_apply_inventory}).
 */
final class Reservation {
  private final Database db;
  private final Stock stock;

  Reservation(Database db, Stock stock) {
    this.db = db;
    this.stock = stock;
  }

  /**
   * stock.quant.action_apply_inventory: counted quantity becomes on-hand through an inventory move.
   */
  Object applyInventory(List<Long> quantIds) {
    db.checkAccess("stock.quant", "write");
    long inventoryLoc = db.ref("stock.location_inventory");
    for (long id : quantIds) {
      Map<String, Object> q = db.row("stock.quant", id);
      if (!Boolean.TRUE.equals(q.get("inventory_quantity_set"))) {
        continue;
      }
      double counted = Stock.num(q.get("inventory_quantity"));
      double diff = counted - Stock.num(q.get("quantity"));
      if (Math.abs(diff) > Stock.EPS) {
        long product = (Long) q.get("product_id");
        Object loc = q.get("location_id");
        Map<String, Object> mv = new LinkedHashMap<>();
        mv.put("name", "Product Quantity Updated");
        mv.put("product_id", product);
        mv.put("product_uom_qty", Math.abs(diff));
        mv.put("location_id", diff > 0 ? inventoryLoc : loc);
        mv.put("location_dest_id", diff > 0 ? loc : inventoryLoc);
        long move = db.createOne("stock.move", mv);
        Map<String, Object> lv = new LinkedHashMap<>();
        lv.put("move_id", move);
        lv.put("quantity", Math.abs(diff));
        if (q.get("lot_id") != null) {
          lv.put("lot_id", q.get("lot_id"));
        }
        db.createOne("stock.move.line", lv);
        db.setRaw("stock.move", move, "state", "done");
        db.setRaw("stock.move", move, "picked", true);
        db.setRaw("stock.quant", id, "quantity", counted);
      }
      db.setRaw("stock.quant", id, "inventory_quantity", 0.0);
      db.setRaw("stock.quant", id, "inventory_quantity_set", false);
    }
    return null;
  }

  Object pickingConfirm(List<Long> ids) {
    db.checkAccess("stock.picking", "write");
    for (long id : ids) {
      for (long m : db.inverseIds("stock.move", "picking_id", id)) {
        if ("draft".equals(db.row("stock.move", m).get("state"))) {
          db.setRaw("stock.move", m, "state", "confirmed");
        }
      }
      stock.recomputePicking(id);
      if ("draft".equals(db.row("stock.picking", id).get("state"))) {
        db.setRaw("stock.picking", id, "state", "confirmed");
      }
    }
    return true;
  }

  Object assign(List<Long> ids, boolean strict) {
    db.checkAccess("stock.picking", "write");
    boolean any = false;
    for (long id : ids) {
      String state = (String) db.row("stock.picking", id).get("state");
      if ("draft".equals(state)) {
        pickingConfirm(List.of(id));
      }
      for (long m : db.inverseIds("stock.move", "picking_id", id)) {
        Map<String, Object> move = db.row("stock.move", m);
        Object ms = move.get("state");
        if (!"confirmed".equals(ms) && !"partially_available".equals(ms) && !"waiting".equals(ms)) {
          continue;
        }
        any = true;
        reserve(m);
      }
      stock.recomputePicking(id);
    }
    if (!any && strict) {
      throw OdooError.userError("Nothing to check the availability for.");
    }
    return true;
  }

  private void reserve(long moveId) {
    Map<String, Object> move = db.row("stock.move", moveId);
    double need = Stock.num(move.get("product_uom_qty")) - Stock.num(stock.moveQuantity(move));
    if (need <= Stock.EPS) {
      stock.recomputeMove(moveId);
      return;
    }
    long product = (Long) move.get("product_id");
    Object src = move.get("location_id");
    if (!stock.internal(src) || !stock.storable(product)) {
      addLine(moveId, (Long) src, null, need);
    } else {
      DomainEval childOf =
          new DomainEval(
              db,
              "stock.quant",
              List.of(
                  List.of("location_id", "child_of", List.of(src)),
                  List.of("product_id", "=", product)));
      for (Map<String, Object> q : stock.rows("stock.quant")) {
        if (need <= Stock.EPS) {
          break;
        }
        if (!childOf.matches(q)) {
          continue;
        }
        double avail = Stock.num(stock.availableOnQuant(q));
        if (avail <= Stock.EPS) {
          continue;
        }
        double take = Math.min(avail, need);
        addLine(moveId, (Long) q.get("location_id"), (Long) q.get("lot_id"), take);
        need -= take;
      }
    }
    stock.recomputeMove(moveId);
  }

  private void addLine(long moveId, Long location, Long lot, double qty) {
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("move_id", moveId);
    key.put("location_id", location);
    key.put("lot_id", lot);
    addQuantity("stock.move.line", db.inverseIds("stock.move.line", "move_id", moveId), key, qty);
  }

  /**
   * Adds {@code qty} to the {@code quantity} of the first candidate row whose key fields all equal
   * {@code key} (a null key value matches an unset field), or creates a row with the key and the
   * quantity.
   */
  private void addQuantity(
      String model, Iterable<Long> candidates, Map<String, Object> key, double qty) {
    for (long id : candidates) {
      Map<String, Object> row = db.row(model, id);
      boolean matches = true;
      for (Map.Entry<String, Object> k : key.entrySet()) {
        matches &= Objects.equals(row.get(k.getKey()), k.getValue());
      }
      if (matches) {
        db.setRaw(model, id, "quantity", Stock.num(row.get("quantity")) + qty);
        return;
      }
    }
    Map<String, Object> vals = new LinkedHashMap<>();
    key.forEach(
        (field, value) -> {
          if (value != null) {
            vals.put(field, value);
          }
        });
    vals.put("quantity", qty);
    db.createOne(model, vals);
  }

  void updateQuant(long product, Object location, Long lot, double delta) {
    if (!stock.internal(location)) {
      return;
    }
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("product_id", product);
    key.put("location_id", location);
    key.put("lot_id", lot);
    addQuantity("stock.quant", db.allIds("stock.quant"), key, delta);
  }
}
