package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Business rules of the logistics models: sequences and defaults, reservation, validation with
 * backorders, quant moves, order confirmation and cancellation.
 *
 * <p>Backorders follow real Odoo: {@code button_validate} with short quantities returns the "Create
 * Backorder?" wizard action (nothing validated) unless the context has {@code skip_backorder=True};
 * then a backorder is created for the remainder, except for pickings listed in {@code
 * picking_ids_not_to_backorder} (or with {@code cancel_backorder=True}) whose remainder is
 * cancelled. The wizard model {@code stock.backorder.confirmation} supports {@code process} and
 * {@code process_cancel_backorder}.
 */
final class Stock {
  private static final double EPS = 1e-9;
  private final Database db;

  Stock(Database db) {
    this.db = db;
  }

  // ------------------------------------------------------------------ computed values

  boolean storable(long productId) {
    Object tmpl = db.row("product.product", productId).get("product_tmpl_id");
    Map<String, Object> t = db.row("product.template", (Long) tmpl);
    if (db.version().major() >= 18) {
      return Boolean.TRUE.equals(t.get("is_storable"));
    }
    return "product".equals(t.get("type"));
  }

  boolean isService(long productId) {
    Object tmpl = db.row("product.product", productId).get("product_tmpl_id");
    return "service".equals(db.row("product.template", (Long) tmpl).get("type"));
  }

  private boolean internal(Object locationId) {
    if (!(locationId instanceof Long l) || !db.exists("stock.location", l)) {
      return false;
    }
    Object usage = db.row("stock.location", l).get("usage");
    return "internal".equals(usage) || "transit".equals(usage);
  }

  Object qtyAvailable(Map<String, Object> product) {
    double sum = 0;
    for (Map<String, Object> q : rows("stock.quant")) {
      if (product.get("id").equals(q.get("product_id")) && internal(q.get("location_id"))) {
        sum += num(q.get("quantity"));
      }
    }
    return sum;
  }

  Object freeQty(Map<String, Object> product) {
    double sum = 0;
    for (Map<String, Object> q : rows("stock.quant")) {
      if (product.get("id").equals(q.get("product_id")) && internal(q.get("location_id"))) {
        sum += num(availableOnQuant(q));
      }
    }
    return sum;
  }

  Object templateQty(Map<String, Object> tmpl) {
    double sum = 0;
    for (long pid : db.inverseIds("product.product", "product_tmpl_id", (Long) tmpl.get("id"))) {
      sum += num(qtyAvailable(db.row("product.product", pid)));
    }
    return sum;
  }

  Object reservedOnQuant(Map<String, Object> quant) {
    double sum = 0;
    for (Map<String, Object> line : rows("stock.move.line")) {
      Object state = db.related(line, "move_id", "stock.move", "state");
      if ("done".equals(state) || "cancel".equals(state)) {
        continue;
      }
      if (quant.get("product_id").equals(line.get("product_id"))
          && quant.get("location_id").equals(line.get("location_id"))
          && Objects.equals(quant.get("lot_id"), line.get("lot_id"))) {
        sum += num(line.get("quantity"));
      }
    }
    return sum;
  }

  Object availableOnQuant(Map<String, Object> quant) {
    return num(quant.get("quantity")) - num(reservedOnQuant(quant));
  }

  Object moveQuantity(Map<String, Object> move) {
    double sum = 0;
    for (long l : db.inverseIds("stock.move.line", "move_id", (Long) move.get("id"))) {
      sum += num(db.row("stock.move.line", l).get("quantity"));
    }
    return sum;
  }

  Object lotQty(Map<String, Object> lot) {
    double sum = 0;
    for (Map<String, Object> q : rows("stock.quant")) {
      if (lot.get("id").equals(q.get("lot_id")) && internal(q.get("location_id"))) {
        sum += num(q.get("quantity"));
      }
    }
    return sum;
  }

  Object pickingWeight(Map<String, Object> picking) {
    double sum = 0;
    for (long m : db.inverseIds("stock.move", "picking_id", (Long) picking.get("id"))) {
      Map<String, Object> mv = db.row("stock.move", m);
      Object w = db.get("product.product", (Long) mv.get("product_id"), "weight");
      sum += num(mv.get("product_uom_qty")) * num(w);
    }
    return sum;
  }

  Object orderAmount(Map<String, Object> order, String lineModel) {
    double sum = 0;
    String qtyField = "sale.order.line".equals(lineModel) ? "product_uom_qty" : "product_qty";
    for (long l : db.inverseIds(lineModel, "order_id", (Long) order.get("id"))) {
      sum += num(lineSubtotal(db.row(lineModel, l), qtyField));
    }
    return Math.round(sum * 100) / 100.0;
  }

  Object lineSubtotal(Map<String, Object> line, String qtyField) {
    return Math.round(num(line.get(qtyField)) * num(line.get("price_unit")) * 100) / 100.0;
  }

  Object base64Size(Object datas) {
    if (!(datas instanceof String s) || s.isEmpty()) {
      return 0L;
    }
    try {
      return (long) Base64.getMimeDecoder().decode(s).length;
    } catch (IllegalArgumentException e) {
      return 0L;
    }
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
            for (Map<String, Object> r : rows("ir.model")) {
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
          setMoveQuantity(id, n.doubleValue());
        }
        recomputePicking(db.row("stock.move", id).get("picking_id"));
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
            recomputeMove(m);
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
    for (Map<String, Object> q : rows("stock.quant")) {
      if (Objects.equals(q.get("product_id"), product)
          && Objects.equals(q.get("location_id"), location)
          && Objects.equals(q.get("lot_id"), lot)) {
        return (Long) q.get("id");
      }
    }
    return null;
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
      double counted = num(q.get("inventory_quantity"));
      double diff = counted - num(q.get("quantity"));
      if (Math.abs(diff) > EPS) {
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
        recomputeMove(m);
      }
    }
    if ("stock.move".equals(model)
        && (vals.containsKey("product_uom_qty") || vals.containsKey("quantity"))) {
      recomputeMove(id);
    }
  }

  void inverseCompute(
      String model, String field, Long id, Object value, Map<String, Object> later) {
    if ("stock.move".equals(model) && "quantity".equals(field) && id != null) {
      setMoveQuantity(id, value instanceof Number n ? n.doubleValue() : 0.0);
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
            throw doneMoveError();
          }
        }
        for (long m : db.inverseIds("stock.move", "picking_id", id)) {
          db.unlink("stock.move", List.of(m));
        }
        break;
      case "stock.move":
        if ("done".equals(row.get("state"))) {
          throw doneMoveError();
        }
        for (long l : db.inverseIds("stock.move.line", "move_id", id)) {
          db.deleteRaw("stock.move.line", l);
        }
        break;
      default:
        break;
    }
  }

  private static OdooError doneMoveError() {
    return OdooError.userError(
        "You cannot cancel a stock move that has been set to 'Done'. Create a return in"
            + " order to reverse the moves which took place.");
  }

  // ------------------------------------------------------------------ move quantities and states

  void setMoveQuantity(long moveId, double qty) {
    Map<String, Object> move = db.row("stock.move", moveId);
    List<Long> lines = db.inverseIds("stock.move.line", "move_id", moveId);
    double current = num(moveQuantity(move));
    double delta = qty - current;
    if (Math.abs(delta) < EPS) {
      return;
    }
    if (lines.isEmpty()) {
      if (qty > 0) {
        Map<String, Object> lv = new LinkedHashMap<>();
        lv.put("move_id", moveId);
        lv.put("quantity", qty);
        db.createOne("stock.move.line", lv);
      }
    } else if (delta > 0) {
      long last = lines.get(lines.size() - 1);
      db.setRaw(
          "stock.move.line",
          last,
          "quantity",
          num(db.row("stock.move.line", last).get("quantity")) + delta);
    } else {
      double remove = -delta;
      for (int i = lines.size() - 1; i >= 0 && remove > EPS; i--) {
        long l = lines.get(i);
        double q = num(db.row("stock.move.line", l).get("quantity"));
        double take = Math.min(q, remove);
        db.setRaw("stock.move.line", l, "quantity", q - take);
        remove -= take;
      }
    }
    recomputeMove(moveId);
  }

  void recomputeMove(long moveId) {
    Map<String, Object> move = db.row("stock.move", moveId);
    Object state = move.get("state");
    if ("done".equals(state) || "cancel".equals(state) || "draft".equals(state)) {
      return;
    }
    double qty = num(moveQuantity(move));
    double demand = num(move.get("product_uom_qty"));
    String next =
        qty + EPS >= demand && demand > 0
            ? "assigned"
            : qty > EPS ? "partially_available" : "confirmed";
    db.setRaw("stock.move", moveId, "state", next);
    recomputePicking(move.get("picking_id"));
  }

  void recomputePicking(Object pickingId) {
    if (!(pickingId instanceof Long pid) || !db.exists("stock.picking", pid)) {
      return;
    }
    List<Long> moves = db.inverseIds("stock.move", "picking_id", pid);
    String current = (String) db.row("stock.picking", pid).get("state");
    if (moves.isEmpty()) {
      return;
    }
    List<String> states = new ArrayList<>();
    for (long m : moves) {
      states.add((String) db.row("stock.move", m).get("state"));
    }
    String next;
    if (states.stream().allMatch("cancel"::equals)) {
      next = "cancel";
    } else if (states.stream().allMatch(s -> "done".equals(s) || "cancel".equals(s))) {
      next = "done";
    } else if (states.contains("draft")) {
      next = "draft";
    } else {
      List<String> active =
          states.stream().filter(s -> !"cancel".equals(s) && !"done".equals(s)).toList();
      boolean all = active.stream().allMatch("assigned"::equals);
      boolean any =
          active.stream().anyMatch(s -> "assigned".equals(s) || "partially_available".equals(s));
      Object moveType = db.row("stock.picking", pid).get("move_type");
      next = all || any && !"one".equals(moveType) ? "assigned" : "confirmed";
    }
    if (!next.equals(current)) {
      db.setRaw("stock.picking", pid, "state", next);
    }
  }

  // ------------------------------------------------------------------ business methods

  Object saleConfirm(List<Long> ids) {
    db.checkAccess("sale.order", "write");
    for (long id : ids) {
      Map<String, Object> so = db.row("sale.order", id);
      if (!"draft".equals(so.get("state")) && !"sent".equals(so.get("state"))) {
        throw OdooError.userError(
            "The following orders are not in a state requiring confirmation: " + so.get("name"));
      }
    }
    for (long id : ids) {
      Map<String, Object> so = db.row("sale.order", id);
      db.setRaw("sale.order", id, "state", "sale");
      db.setRaw("sale.order", id, "date_order", db.now());
      List<Map<String, Object>> moves =
          movesForLines("sale.order.line", id, "product_uom_qty", "sale_line_id");
      if (moves.isEmpty()) {
        continue;
      }
      Object partner =
          so.get("partner_shipping_id") != null
              ? so.get("partner_shipping_id")
              : so.get("partner_id");
      Object scheduled = so.get("commitment_date") != null ? so.get("commitment_date") : db.now();
      long picking =
          createPicking(
              db.ref("stock.picking_type_out"),
              partner,
              so.get("name"),
              scheduled,
              moves,
              "sale_id",
              id,
              so.get("carrier_id"));
      assign(List.of(picking), false);
    }
    return true;
  }

  /**
   * The stock moves an order's storable lines need (sale and purchase confirmation), linked to
   * their lines.
   */
  private List<Map<String, Object>> movesForLines(
      String lineModel, long orderId, String qtyField, String lineLinkField) {
    String uomField = db.version().major() >= 19 ? "product_uom_id" : "product_uom";
    List<Map<String, Object>> moves = new ArrayList<>();
    for (long l : db.inverseIds(lineModel, "order_id", orderId)) {
      Map<String, Object> line = db.row(lineModel, l);
      if (!(line.get("product_id") instanceof Long pid) || isService(pid)) {
        continue;
      }
      Map<String, Object> mv = new LinkedHashMap<>();
      mv.put("product_id", pid);
      mv.put("product_uom_qty", line.get(qtyField));
      mv.put(
          "product_uom",
          line.get(uomField) != null
              ? line.get(uomField)
              : db.get("product.product", pid, "uom_id"));
      mv.put(
          "name",
          line.get("name") != null ? line.get("name") : db.displayName("product.product", pid));
      mv.put(lineLinkField, l);
      moves.add(mv);
    }
    return moves;
  }

  Object purchaseConfirm(List<Long> ids) {
    db.checkAccess("purchase.order", "write");
    for (long id : ids) {
      Map<String, Object> po = db.row("purchase.order", id);
      if (!"draft".equals(po.get("state")) && !"sent".equals(po.get("state"))) {
        throw OdooError.userError(
            "The following orders are not in a state requiring confirmation: " + po.get("name"));
      }
    }
    for (long id : ids) {
      Map<String, Object> po = db.row("purchase.order", id);
      db.setRaw("purchase.order", id, "state", "purchase");
      db.setRaw("purchase.order", id, "date_approve", db.now());
      List<Map<String, Object>> moves =
          movesForLines("purchase.order.line", id, "product_qty", "purchase_line_id");
      if (moves.isEmpty()) {
        continue;
      }
      Object type =
          po.get("picking_type_id") != null
              ? po.get("picking_type_id")
              : db.ref("stock.picking_type_in");
      Object scheduled = po.get("date_planned") != null ? po.get("date_planned") : db.now();
      long picking =
          createPicking(
              (Long) type,
              po.get("partner_id"),
              po.get("name"),
              scheduled,
              moves,
              "purchase_id",
              id,
              null);
      assign(List.of(picking), false);
    }
    return true;
  }

  private long createPicking(
      long typeId,
      Object partner,
      Object origin,
      Object scheduled,
      List<Map<String, Object>> moves,
      String orderField,
      long orderId,
      Object carrier) {
    Map<String, Object> pv = new LinkedHashMap<>();
    pv.put("picking_type_id", typeId);
    pv.put("partner_id", partner);
    pv.put("origin", origin);
    pv.put("scheduled_date", scheduled);
    pv.put(orderField, orderId);
    if (carrier != null) {
      pv.put("carrier_id", carrier);
    }
    long picking = db.createOne("stock.picking", pv);
    for (Map<String, Object> mv : moves) {
      mv.put("picking_id", picking);
      mv.put("date", scheduled);
      mv.put("partner_id", partner);
      long m = db.createOne("stock.move", mv);
      db.setRaw("stock.move", m, "state", "confirmed");
    }
    recomputePicking(picking);
    return picking;
  }

  Object pickingConfirm(List<Long> ids) {
    db.checkAccess("stock.picking", "write");
    for (long id : ids) {
      for (long m : db.inverseIds("stock.move", "picking_id", id)) {
        if ("draft".equals(db.row("stock.move", m).get("state"))) {
          db.setRaw("stock.move", m, "state", "confirmed");
        }
      }
      recomputePicking(id);
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
      recomputePicking(id);
    }
    if (!any && strict) {
      throw OdooError.userError("Nothing to check the availability for.");
    }
    return true;
  }

  private void reserve(long moveId) {
    Map<String, Object> move = db.row("stock.move", moveId);
    double need = num(move.get("product_uom_qty")) - num(moveQuantity(move));
    if (need <= EPS) {
      recomputeMove(moveId);
      return;
    }
    long product = (Long) move.get("product_id");
    Object src = move.get("location_id");
    if (!internal(src) || !storable(product)) {
      addLine(moveId, (Long) src, null, need);
    } else {
      DomainEval childOf =
          new DomainEval(
              db,
              "stock.quant",
              List.of(
                  List.of("location_id", "child_of", List.of(src)),
                  List.of("product_id", "=", product)));
      for (Map<String, Object> q : rows("stock.quant")) {
        if (need <= EPS) {
          break;
        }
        if (!childOf.matches(q)) {
          continue;
        }
        double avail = num(availableOnQuant(q));
        if (avail <= EPS) {
          continue;
        }
        double take = Math.min(avail, need);
        addLine(moveId, (Long) q.get("location_id"), (Long) q.get("lot_id"), take);
        need -= take;
      }
    }
    recomputeMove(moveId);
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
        db.setRaw(model, id, "quantity", num(row.get("quantity")) + qty);
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

  Object validate(List<Long> ids) {
    db.checkAccess("stock.picking", "write");
    Map<String, Object> ctx = db.context();
    for (long id : ids) {
      Map<String, Object> p = db.row("stock.picking", id);
      if ("done".equals(p.get("state")) || "cancel".equals(p.get("state"))) {
        throw OdooError.userError(
            "The transfer "
                + p.get("name")
                + " is already "
                + p.get("state")
                + " and cannot be validated.");
      }
      List<Long> moves = db.inverseIds("stock.move", "picking_id", id);
      if (moves.isEmpty()) {
        throw OdooError.userError("Please add some items to move.");
      }
      if ("draft".equals(p.get("state"))) {
        pickingConfirm(List.of(id));
      }
      double total = 0;
      for (long m : moves) {
        total += num(moveQuantity(db.row("stock.move", m)));
      }
      if (total <= EPS) {
        throw OdooError.userError(
            db.version().major() >= 19
                ? "Transfer trouble alert! Validating a zero quantity transfer? You're not moving"
                    + " invisible goods around are you?\n"
                    + "Set some quantities and let's get moving!"
                : "You cannot validate a transfer if no quantities are reserved. To force the"
                    + " transfer, encode quantities.");
      }
    }
    boolean skip = Py.truthy(ctx.get("skip_backorder"));
    List<Long> short_ = ids.stream().filter(this::needsBackorder).toList();
    if (!short_.isEmpty() && !skip) {
      Map<String, Object> wizardContext = new LinkedHashMap<>();
      wizardContext.put("button_validate_picking_ids", ids);
      List<Object> defaults = new ArrayList<>();
      for (long id : short_) {
        defaults.add(List.of(4, id));
      }
      wizardContext.put("default_pick_ids", defaults);
      wizardContext.put("default_show_transfers", false);
      Map<String, Object> action = new LinkedHashMap<>();
      action.put("name", "Create Backorder?");
      action.put("type", "ir.actions.act_window");
      action.put("view_mode", "form");
      action.put("res_model", "stock.backorder.confirmation");
      action.put("views", List.of(List.of(false, "form")));
      action.put("view_id", false);
      action.put("target", "new");
      action.put("context", wizardContext);
      return action;
    }
    Set<Long> noBackorder = new HashSet<>();
    if (ctx.get("picking_ids_not_to_backorder") instanceof Collection<?> c) {
      for (Object o : c) {
        if (o instanceof Number n) {
          noBackorder.add(n.longValue());
        }
      }
    }
    boolean cancelAll = Py.truthy(ctx.get("cancel_backorder"));
    for (long id : ids) {
      done(id, !(cancelAll || noBackorder.contains(id)));
    }
    return true;
  }

  boolean needsBackorder(long pickingId) {
    for (long m : db.inverseIds("stock.move", "picking_id", pickingId)) {
      Map<String, Object> move = db.row("stock.move", m);
      if ("cancel".equals(move.get("state")) || "done".equals(move.get("state"))) {
        continue;
      }
      if (num(moveQuantity(move)) + EPS < num(move.get("product_uom_qty"))) {
        return true;
      }
    }
    return false;
  }

  Object backorderWizard(List<Long> wizardIds, boolean createBackorder) {
    Map<String, Object> ctx = new LinkedHashMap<>(db.context());
    List<Long> pickings = new ArrayList<>();
    for (long w : wizardIds) {
      pickings.addAll(
          db.m2mGet(
              "stock.backorder.confirmation",
              w,
              db.model("stock.backorder.confirmation").field("pick_ids")));
    }
    if (ctx.get("button_validate_picking_ids") instanceof Collection<?> c) {
      for (Object o : c) {
        if (o instanceof Number n && !pickings.contains(n.longValue())) {
          pickings.add(n.longValue());
        }
      }
    }
    for (long id : pickings) {
      Object state =
          db.row("stock.picking", id) == null ? null : db.row("stock.picking", id).get("state");
      if (state != null && !"done".equals(state) && !"cancel".equals(state)) {
        done(id, createBackorder);
      }
    }
    return true;
  }

  private void done(long pickingId, boolean createBackorder) {
    Map<String, Object> p = db.row("stock.picking", pickingId);
    List<Map<String, Object>> remainders = new ArrayList<>();
    for (long m : db.inverseIds("stock.move", "picking_id", pickingId)) {
      Map<String, Object> move = db.row("stock.move", m);
      if ("cancel".equals(move.get("state")) || "done".equals(move.get("state"))) {
        continue;
      }
      double qty = num(moveQuantity(move));
      double demand = num(move.get("product_uom_qty"));
      if (qty <= EPS) {
        for (long l : db.inverseIds("stock.move.line", "move_id", m)) {
          db.deleteRaw("stock.move.line", l);
        }
        if (createBackorder) {
          Map<String, Object> rem = copyMove(move, demand);
          remainders.add(rem);
          db.deleteRaw("stock.move", m);
        } else {
          db.setRaw("stock.move", m, "state", "cancel");
        }
        continue;
      }
      long product = (Long) move.get("product_id");
      for (long l : db.inverseIds("stock.move.line", "move_id", m)) {
        Map<String, Object> line = db.row("stock.move.line", l);
        double q = num(line.get("quantity"));
        if (q <= EPS) {
          db.deleteRaw("stock.move.line", l);
          continue;
        }
        Long lot = (Long) line.get("lot_id");
        if (lot == null && line.get("lot_name") instanceof String lotName && !lotName.isBlank()) {
          Map<String, Object> lv = new LinkedHashMap<>();
          lv.put("name", lotName);
          lv.put("product_id", product);
          lot = db.createOne("stock.lot", lv);
          db.setRaw("stock.move.line", l, "lot_id", lot);
        }
        Object src =
            line.get("location_id") != null ? line.get("location_id") : move.get("location_id");
        Object dst =
            line.get("location_dest_id") != null
                ? line.get("location_dest_id")
                : move.get("location_dest_id");
        if (storable(product)) {
          updateQuant(product, src, lot, -q);
          updateQuant(product, dst, lot, q);
        }
        db.setRaw("stock.move.line", l, "picked", true);
        db.setRaw("stock.move.line", l, "date", db.now());
      }
      if (qty + EPS < demand) {
        if (createBackorder) {
          remainders.add(copyMove(move, demand - qty));
        } else {
          Map<String, Object> rem = copyMove(move, demand - qty);
          rem.put("picking_id", pickingId);
          long cancelled = db.createOne("stock.move", rem);
          db.setRaw("stock.move", cancelled, "state", "cancel");
        }
        db.setRaw("stock.move", m, "product_uom_qty", qty);
      }
      db.setRaw("stock.move", m, "state", "done");
      db.setRaw("stock.move", m, "picked", true);
      db.setRaw("stock.move", m, "date", db.now());
      updateOrderLine(move, qty);
    }
    db.setRaw("stock.picking", pickingId, "state", "done");
    db.setRaw("stock.picking", pickingId, "date_done", db.now());
    if (!remainders.isEmpty()) {
      Map<String, Object> bv = new LinkedHashMap<>();
      for (String f :
          List.of(
              "picking_type_id",
              "partner_id",
              "origin",
              "location_id",
              "location_dest_id",
              "sale_id",
              "purchase_id",
              "carrier_id",
              "scheduled_date",
              "move_type",
              "company_id")) {
        if (p.get(f) != null) {
          bv.put(f, p.get(f));
        }
      }
      bv.put("backorder_id", pickingId);
      long backorder = db.createOne("stock.picking", bv);
      for (Map<String, Object> rem : remainders) {
        rem.put("picking_id", backorder);
        long nm = db.createOne("stock.move", rem);
        db.setRaw("stock.move", nm, "state", "confirmed");
      }
      recomputePicking(backorder);
      assign(List.of(backorder), false);
    }
  }

  private Map<String, Object> copyMove(Map<String, Object> move, double qty) {
    Map<String, Object> mv = new LinkedHashMap<>();
    for (String f :
        List.of(
            "name",
            "product_id",
            "product_uom",
            "location_id",
            "location_dest_id",
            "picking_type_id",
            "partner_id",
            "sale_line_id",
            "purchase_line_id",
            "origin",
            "company_id")) {
      if (move.get(f) != null) {
        mv.put(f, move.get(f));
      }
    }
    mv.put("product_uom_qty", qty);
    return mv;
  }

  private void updateOrderLine(Map<String, Object> move, double qty) {
    if (move.get("sale_line_id") instanceof Long sl && db.exists("sale.order.line", sl)) {
      Object destUsage = db.related(move, "location_dest_id", "stock.location", "usage");
      double sign = "customer".equals(destUsage) ? 1 : -1;
      db.setRaw(
          "sale.order.line",
          sl,
          "qty_delivered",
          num(db.row("sale.order.line", sl).get("qty_delivered")) + sign * qty);
    }
    if (move.get("purchase_line_id") instanceof Long pl && db.exists("purchase.order.line", pl)) {
      db.setRaw(
          "purchase.order.line",
          pl,
          "qty_received",
          num(db.row("purchase.order.line", pl).get("qty_received")) + qty);
    }
  }

  void updateQuant(long product, Object location, Long lot, double delta) {
    if (!internal(location)) {
      return;
    }
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("product_id", product);
    key.put("location_id", location);
    key.put("lot_id", lot);
    addQuantity("stock.quant", db.allIds("stock.quant"), key, delta);
  }

  Object pickingCancel(List<Long> ids) {
    db.checkAccess("stock.picking", "write");
    for (long id : ids) {
      if ("done".equals(db.row("stock.picking", id).get("state"))) {
        throw doneMoveError();
      }
    }
    for (long id : ids) {
      for (long m : db.inverseIds("stock.move", "picking_id", id)) {
        if (!"done".equals(db.row("stock.move", m).get("state"))) {
          for (long l : db.inverseIds("stock.move.line", "move_id", m)) {
            db.deleteRaw("stock.move.line", l);
          }
          db.setRaw("stock.move", m, "state", "cancel");
        }
      }
      db.setRaw("stock.picking", id, "state", "cancel");
    }
    return true;
  }

  Object orderCancel(String model, List<Long> ids) {
    db.checkAccess(model, "write");
    String link = "sale.order".equals(model) ? "sale_id" : "purchase_id";
    for (long id : ids) {
      List<Long> open = new ArrayList<>();
      for (long p : db.inverseIds("stock.picking", link, id)) {
        String st = (String) db.row("stock.picking", p).get("state");
        if ("done".equals(st) && "purchase.order".equals(model)) {
          throw OdooError.userError(
              "Unable to cancel purchase order "
                  + db.row(model, id).get("name")
                  + " as some receptions have already been done.");
        }
        if (!"done".equals(st) && !"cancel".equals(st)) {
          open.add(p);
        }
      }
      if (!open.isEmpty()) {
        pickingCancel(open);
      }
      db.setRaw(model, id, "state", "cancel");
    }
    return true;
  }

  Object orderDraft(String model, List<Long> ids) {
    db.checkAccess(model, "write");
    for (long id : ids) {
      if ("cancel".equals(db.row(model, id).get("state"))) {
        db.setRaw(model, id, "state", "draft");
      }
    }
    return true;
  }

  Object messagePost(String model, List<Long> ids, Map<String, Object> kwargs) {
    if (ids.size() != 1) {
      throw OdooError.builtin("ValueError", "Expected singleton: " + model + Py.tuple(ids));
    }
    db.checkAccess(model, "read");
    Map<String, Object> mv = new LinkedHashMap<>();
    mv.put("model", model);
    mv.put("res_id", ids.get(0));
    mv.put("body", kwargs.getOrDefault("body", ""));
    if (kwargs.get("subject") != null) {
      mv.put("subject", kwargs.get("subject"));
    }
    Object type = kwargs.get("message_type");
    mv.put("message_type", type != null ? type : "comment");
    mv.put("author_id", db.row("res.users", db.uid()).get("partner_id"));
    if (kwargs.get("attachment_ids") instanceof List<?> att) {
      mv.put("attachment_ids", List.of(List.of(6, 0, att)));
      for (Object a : att) {
        if (a instanceof Number n && db.exists("ir.attachment", n.longValue())) {
          db.setRaw("ir.attachment", n.longValue(), "res_model", model);
          db.setRaw("ir.attachment", n.longValue(), "res_id", ids.get(0));
        }
      }
    }
    if (kwargs.get("partner_ids") instanceof List<?> partners) {
      mv.put("partner_ids", List.of(List.of(6, 0, partners)));
    }
    return db.createOne("mail.message", mv);
  }

  // ------------------------------------------------------------------ helpers

  private Collection<Map<String, Object>> rows(String model) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (long id : db.allIds(model)) {
      out.add(db.row(model, id));
    }
    return out;
  }

  static double num(Object o) {
    return o instanceof Number n ? n.doubleValue() : 0.0;
  }
}
