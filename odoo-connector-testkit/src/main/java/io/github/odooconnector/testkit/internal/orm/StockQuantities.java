package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Computed stock values: on-hand, free and reserved quantities, weights, order amounts. */
final class StockQuantities {
  private final Database db;
  private final Stock stock;

  StockQuantities(Database db, Stock stock) {
    this.db = db;
    this.stock = stock;
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

  boolean internal(Object locationId) {
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
        sum += Stock.num(q.get("quantity"));
      }
    }
    return sum;
  }

  Object freeQty(Map<String, Object> product) {
    double sum = 0;
    for (Map<String, Object> q : rows("stock.quant")) {
      if (product.get("id").equals(q.get("product_id")) && internal(q.get("location_id"))) {
        sum += Stock.num(availableOnQuant(q));
      }
    }
    return sum;
  }

  Object templateQty(Map<String, Object> tmpl) {
    double sum = 0;
    for (long pid : db.inverseIds("product.product", "product_tmpl_id", (Long) tmpl.get("id"))) {
      sum += Stock.num(qtyAvailable(db.row("product.product", pid)));
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
        sum += Stock.num(line.get("quantity"));
      }
    }
    return sum;
  }

  Object availableOnQuant(Map<String, Object> quant) {
    return Stock.num(quant.get("quantity")) - Stock.num(reservedOnQuant(quant));
  }

  Object moveQuantity(Map<String, Object> move) {
    double sum = 0;
    for (long l : db.inverseIds("stock.move.line", "move_id", (Long) move.get("id"))) {
      sum += Stock.num(db.row("stock.move.line", l).get("quantity"));
    }
    return sum;
  }

  Object lotQty(Map<String, Object> lot) {
    double sum = 0;
    for (Map<String, Object> q : rows("stock.quant")) {
      if (lot.get("id").equals(q.get("lot_id")) && internal(q.get("location_id"))) {
        sum += Stock.num(q.get("quantity"));
      }
    }
    return sum;
  }

  Object pickingWeight(Map<String, Object> picking) {
    double sum = 0;
    for (long m : db.inverseIds("stock.move", "picking_id", (Long) picking.get("id"))) {
      Map<String, Object> mv = db.row("stock.move", m);
      Object w = db.get("product.product", (Long) mv.get("product_id"), "weight");
      sum += Stock.num(mv.get("product_uom_qty")) * Stock.num(w);
    }
    return sum;
  }

  Object orderAmount(Map<String, Object> order, String lineModel) {
    double sum = 0;
    String qtyField = "sale.order.line".equals(lineModel) ? "product_uom_qty" : "product_qty";
    for (long l : db.inverseIds(lineModel, "order_id", (Long) order.get("id"))) {
      sum += Stock.num(lineSubtotal(db.row(lineModel, l), qtyField));
    }
    return Math.round(sum * 100) / 100.0;
  }

  Object lineSubtotal(Map<String, Object> line, String qtyField) {
    double discount = Stock.num(line.get("discount"));
    return Database.round(
        Stock.num(line.get(qtyField)) * Stock.num(line.get("price_unit")) * (1 - discount / 100),
        2);
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

  // ------------------------------------------------------------------ helpers

  Collection<Map<String, Object>> rows(String model) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (long id : db.allIds(model)) {
      out.add(db.row(model, id));
    }
    return out;
  }
}
