package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sale and purchase order business methods (confirm, cancel, back to draft) and chatter posts. */
final class Orders {
  private final Database db;
  private final Stock stock;

  Orders(Database db, Stock stock) {
    this.db = db;
    this.stock = stock;
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
      stock.assign(List.of(picking), false);
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
      if (!(line.get("product_id") instanceof Long pid) || stock.isService(pid)) {
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
      stock.assign(List.of(picking), false);
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
    stock.recomputePicking(picking);
    return picking;
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
        stock.pickingCancel(open);
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
}
