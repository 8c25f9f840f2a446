package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validating pickings with backorders, as real Odoo: {@code button_validate} with short quantities
 * returns the "Create Backorder?" wizard action (nothing validated) unless the context has {@code
 * skip_backorder=True}; then a backorder is created for the remainder, except for pickings listed
 * in {@code picking_ids_not_to_backorder} (or with {@code cancel_backorder=True}), where each
 * partly done move stays one done move (demand unchanged, quantity as done) and moves with nothing
 * done are cancelled. The wizard model {@code stock.backorder.confirmation} supports {@code
 * process} and {@code process_cancel_backorder}. Also cancelling pickings.
 */
final class Validation {
  private final Database db;
  private final Stock stock;

  Validation(Database db, Stock stock) {
    this.db = db;
    this.stock = stock;
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
        stock.pickingConfirm(List.of(id));
      }
      double total = 0;
      for (long m : moves) {
        total += Stock.num(stock.moveQuantity(db.row("stock.move", m)));
      }
      if (total <= Stock.EPS) {
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
      if (Stock.num(stock.moveQuantity(move)) + Stock.EPS
          < Stock.num(move.get("product_uom_qty"))) {
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
      double qty = Stock.num(stock.moveQuantity(move));
      double demand = Stock.num(move.get("product_uom_qty"));
      if (qty <= Stock.EPS) {
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
        double q = Stock.num(line.get("quantity"));
        if (q <= Stock.EPS) {
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
        if (stock.storable(product)) {
          stock.updateQuant(product, src, lot, -q);
          stock.updateQuant(product, dst, lot, q);
        }
        db.setRaw("stock.move.line", l, "picked", true);
        db.setRaw("stock.move.line", l, "date", db.now());
      }
      if (qty + Stock.EPS < demand && createBackorder) {
        // the remainder moves to the backorder; the done move keeps what was done
        remainders.add(copyMove(move, demand - qty));
        db.setRaw("stock.move", m, "product_uom_qty", qty);
      }
      // without a backorder Odoo 17+ does not split: the one move is done with its demand
      // unchanged (5) and the quantity done (2); stock.move._action_done(cancel_backorder=True)
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
      stock.recomputePicking(backorder);
      stock.assign(List.of(backorder), false);
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
          Stock.num(db.row("sale.order.line", sl).get("qty_delivered")) + sign * qty);
    }
    if (move.get("purchase_line_id") instanceof Long pl && db.exists("purchase.order.line", pl)) {
      db.setRaw(
          "purchase.order.line",
          pl,
          "qty_received",
          Stock.num(db.row("purchase.order.line", pl).get("qty_received")) + qty);
    }
  }

  Object pickingCancel(List<Long> ids) {
    db.checkAccess("stock.picking", "write");
    for (long id : ids) {
      if ("done".equals(db.row("stock.picking", id).get("state"))) {
        throw Stock.doneMoveError();
      }
    }
    for (long id : ids) {
      for (long m : db.inverseIds("stock.move", "picking_id", id)) {
        if (!"done".equals(db.row("stock.move", m).get("state"))) {
          for (long l : db.inverseIds("stock.move.line", "move_id", m)) {
            db.deleteRaw("stock.move.line", l);
          }
          db.setRaw("stock.move", m, "state", "cancel");
          db.setRaw("stock.move", m, "write_date", db.now());
        }
      }
      db.setRaw("stock.picking", id, "state", "cancel");
      // Odoo writes the state through the ORM, which stamps write_date: change feeds see it
      db.setRaw("stock.picking", id, "write_date", db.now());
    }
    return true;
  }
}
