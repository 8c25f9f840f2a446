package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Move quantities (through their move lines) and the states of moves and pickings they imply. */
final class MoveStates {
  private final Database db;
  private final Stock stock;

  MoveStates(Database db, Stock stock) {
    this.db = db;
    this.stock = stock;
  }

  // ------------------------------------------------------------------ move quantities and states

  void setMoveQuantity(long moveId, double qty) {
    Map<String, Object> move = db.row("stock.move", moveId);
    List<Long> lines = db.inverseIds("stock.move.line", "move_id", moveId);
    double current = Stock.num(stock.moveQuantity(move));
    double delta = qty - current;
    if (Math.abs(delta) < Stock.EPS) {
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
          Stock.num(db.row("stock.move.line", last).get("quantity")) + delta);
    } else {
      double remove = -delta;
      for (int i = lines.size() - 1; i >= 0 && remove > Stock.EPS; i--) {
        long l = lines.get(i);
        double q = Stock.num(db.row("stock.move.line", l).get("quantity"));
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
    double qty = Stock.num(stock.moveQuantity(move));
    double demand = Stock.num(move.get("product_uom_qty"));
    String next =
        qty + Stock.EPS >= demand && demand > 0
            ? "assigned"
            : qty > Stock.EPS ? "partially_available" : "confirmed";
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
}
