package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.OdooVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minimal accounting the finance triggers need, with real Odoo 17/18/19 names: customer
 * invoices and vendor bills ({@code account.move} with its {@code account.move.line}s, linked to
 * sale lines by {@code sale_line_ids} and to purchase lines by {@code purchase_line_id}), the
 * product's invoicing policy, invoiced and to-invoice quantities on order lines, {@code
 * account.move.action_post}, and the sale order's "Create invoice" wizard ({@code
 * sale.advance.payment.inv}, regular invoices only) as the web client runs it. No journals, taxes,
 * accounts or payments.
 */
final class AccountModels {
  static final String MOVE = "account.move";
  static final String LINE = "account.move.line";
  static final String WIZARD = "sale.advance.payment.inv";

  private AccountModels() {}

  static void extend(Map<String, ModelDef> m, OdooVersion version) {
    boolean v19 = version.major() >= 19;
    String invoicing = v19 ? "Invoicing / Billing" : "Invoicing/Billing";
    m.put(
        MOVE,
        new ModelDef(MOVE, "Journal Entry")
            .chr("name", "Number")
            .def("/")
            .sel(
                "move_type",
                "Type",
                "entry",
                "Journal Entry",
                "out_invoice",
                "Customer Invoice",
                "out_refund",
                "Customer Credit Note",
                "in_invoice",
                "Vendor Bill",
                "in_refund",
                "Vendor Credit Note")
            .required()
            .def("entry")
            .sel("state", "Status", "draft", "Draft", "posted", "Posted", "cancel", "Cancelled")
            .required()
            .def("draft")
            .m2o("partner_id", "Partner", "res.partner")
            .chr("invoice_origin", "Origin")
            .chr("ref", "Reference")
            .date("invoice_date", "Invoice/Bill Date")
            .date("date", "Date")
            .def(Database::todayString)
            .m2o("currency_id", "Currency", "res.currency")
            .def(db -> db.refOrNull("base.USD"))
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .o2m("invoice_line_ids", "Invoice lines", LINE, "move_id")
            .o2m("line_ids", "Journal Items", LINE, "move_id")
            .monetary("amount_untaxed", "Untaxed Amount")
            .compute((db, r) -> amount(db, (Long) r.get("id")))
            .monetary("amount_total", "Total")
            .compute((db, r) -> amount(db, (Long) r.get("id")))
            .writeGroup(invoicing));
    m.put(
        LINE,
        new ModelDef(LINE, "Journal Item")
            .m2o("move_id", "Journal Entry", MOVE)
            .required()
            .m2o("product_id", "Product", "product.product")
            .chr("name", "Label")
            .flt("quantity", "Quantity")
            .def(1.0)
            .flt("price_unit", "Unit Price")
            .def(0.0)
            .monetary("price_subtotal", "Subtotal")
            .compute((db, r) -> Stock.num(r.get("quantity")) * Stock.num(r.get("price_unit")))
            .m2m("sale_line_ids", "Sales Order Lines", "sale.order.line")
            .m2o("purchase_line_id", "Purchase Order Line", "purchase.order.line")
            .sel(
                "parent_state",
                "Status",
                "draft",
                "Draft",
                "posted",
                "Posted",
                "cancel",
                "Cancelled")
            .compute((db, r) -> db.related(r, "move_id", MOVE, "state"))
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .writeGroup(invoicing));
    m.put(
        WIZARD,
        new ModelDef(WIZARD, "Sales Advance Payment Invoice")
            .sel(
                "advance_payment_method",
                "Create Invoice",
                "delivered",
                "Regular invoice",
                "percentage",
                "Down payment (percentage)",
                "fixed",
                "Down payment (fixed amount)")
            .required()
            .def("delivered")
            .m2m("sale_order_ids", "Sale Order", "sale.order")
            .bool("deduct_down_payments", "Deduct down payments")
            .def(true)
            .bool("consolidated_billing", "Consolidated Billing")
            .def(true));

    ModelDef tmpl = m.get("product.template");
    tmpl.sel(
            "invoice_policy",
            "Invoicing Policy",
            "order",
            "Ordered quantities",
            "delivery",
            "Delivered quantities")
        .def("order");
    ModelDef prod = m.get("product.product");
    prod.fields.put("invoice_policy", tmpl.field("invoice_policy").owner("product.template"));
    prod.defaults.put("invoice_policy", tmpl.defaults.get("invoice_policy"));

    ModelDef saleLine = m.get("sale.order.line");
    saleLine.computes.put("qty_invoiced", (db, r) -> invoiced(db, (Long) r.get("id"), true));
    saleLine
        .flt("qty_to_invoice", "Quantity To Invoice")
        .compute((db, r) -> toInvoice(db, r))
        .m2m("invoice_lines", "Invoice Lines", LINE)
        .compute((db, r) -> invoiceLines(db, (Long) r.get("id"), true));
    m.get("sale.order")
        .m2m("invoice_ids", "Invoices", MOVE)
        .compute((db, r) -> orderInvoices(db, "sale.order.line", (Long) r.get("id"), true))
        .integer("invoice_count", "Invoice Count")
        .compute(
            (db, r) ->
                (long) orderInvoices(db, "sale.order.line", (Long) r.get("id"), true).size());
    m.get("purchase.order.line")
        .flt("qty_invoiced", "Billed Qty")
        .compute((db, r) -> invoiced(db, (Long) r.get("id"), false));
    m.get("purchase.order")
        .m2m("invoice_ids", "Bills", MOVE)
        .compute((db, r) -> orderInvoices(db, "purchase.order.line", (Long) r.get("id"), false));
  }

  private static double amount(Database db, Long moveId) {
    double total = 0;
    for (long l : db.inverseIds(LINE, "move_id", moveId)) {
      Map<String, Object> line = db.row(LINE, l);
      total += Stock.num(line.get("quantity")) * Stock.num(line.get("price_unit"));
    }
    return Database.round(total, 2);
  }

  /** The invoice lines of a sale line (or bill lines of a purchase line) not cancelled. */
  private static List<Long> invoiceLines(Database db, Long orderLineId, boolean sale) {
    List<Long> out = new ArrayList<>();
    for (long l : db.allIds(LINE)) {
      Map<String, Object> line = db.row(LINE, l);
      boolean linked =
          sale
              ? line.get("sale_line_ids") instanceof List<?> ids && ids.contains(orderLineId)
              : orderLineId.equals(line.get("purchase_line_id"));
      if (linked && !"cancel".equals(db.row(MOVE, (Long) line.get("move_id")).get("state"))) {
        out.add(l);
      }
    }
    return out;
  }

  /** Invoiced (billed) quantity: invoices count, credit notes subtract; drafts count as Odoo. */
  private static double invoiced(Database db, Long orderLineId, boolean sale) {
    double q = 0;
    for (long l : invoiceLines(db, orderLineId, sale)) {
      Map<String, Object> line = db.row(LINE, l);
      String type = String.valueOf(db.row(MOVE, (Long) line.get("move_id")).get("move_type"));
      double sign = type.endsWith("_refund") ? -1 : 1;
      q += sign * Stock.num(line.get("quantity"));
    }
    return Database.round(q, 2);
  }

  private static double toInvoice(Database db, Map<String, Object> saleLine) {
    Object order = saleLine.get("order_id");
    if (!(order instanceof Long o) || !"sale".equals(db.row("sale.order", o).get("state"))) {
      return 0.0;
    }
    Object product = saleLine.get("product_id");
    String policy =
        product instanceof Long p
            ? String.valueOf(db.get("product.product", p, "invoice_policy"))
            : "order";
    double base =
        "delivery".equals(policy)
            ? Stock.num(saleLine.get("qty_delivered"))
            : Stock.num(saleLine.get("product_uom_qty"));
    return Database.round(base - invoiced(db, (Long) saleLine.get("id"), true), 2);
  }

  private static List<Long> orderInvoices(
      Database db, String lineModel, Long orderId, boolean sale) {
    List<Long> out = new ArrayList<>();
    for (long ol : db.inverseIds(lineModel, "order_id", orderId)) {
      for (long l : invoiceLines(db, ol, sale)) {
        Long move = (Long) db.row(LINE, l).get("move_id");
        if (!out.contains(move)) {
          out.add(move);
        }
      }
    }
    return out;
  }

  static boolean hasMethod(String model, String method) {
    return switch (model + "." + method) {
      case "sale.advance.payment.inv.create_invoices",
          "account.move.action_post",
          "account.move.button_cancel" ->
          true;
      default -> false;
    };
  }

  /** Runs a method {@link #hasMethod} accepted. */
  static Object call(Database db, String model, String method, List<Long> ids) {
    return switch (method) {
      case "create_invoices" -> createInvoices(db, ids);
      case "action_post" -> post(db, ids);
      default -> cancel(db, ids);
    };
  }

  /**
   * {@code sale.advance.payment.inv.create_invoices} for a regular invoice: one draft customer
   * invoice per order with the lines' quantities to invoice, then the action the web client opens
   * ({@code res_id} for one invoice, a domain for several), as {@code action_view_invoice} does.
   */
  @SuppressWarnings("unchecked")
  private static Object createInvoices(Database db, List<Long> wizardIds) {
    if (wizardIds.size() != 1) {
      throw OdooError.builtin("ValueError", "Expected singleton: " + WIZARD + Py.tuple(wizardIds));
    }
    Map<String, Object> w = db.row(WIZARD, wizardIds.get(0));
    if (!"delivered".equals(w.get("advance_payment_method"))) {
      throw OdooError.userError(
          "The fake Odoo creates regular invoices only (advance_payment_method 'delivered').");
    }
    List<Long> orders = new ArrayList<>();
    if (w.get("sale_order_ids") instanceof List<?> l && !l.isEmpty()) {
      l.forEach(o -> orders.add(((Number) o).longValue()));
    } else if (db.context().get("active_ids") instanceof List<?> active) {
      active.forEach(o -> orders.add(((Number) o).longValue()));
    }
    List<Long> invoices = new ArrayList<>();
    for (long so : orders) {
      Map<String, Object> order = db.row("sale.order", so);
      List<Map<String, Object>> lines = new ArrayList<>();
      List<Long> saleLines = new ArrayList<>();
      for (long sl : db.inverseIds("sale.order.line", "order_id", so)) {
        Map<String, Object> line = db.row("sale.order.line", sl);
        double qty = toInvoice(db, line);
        if (qty <= 0) {
          continue;
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("product_id", line.get("product_id"));
        v.put("name", line.get("name"));
        v.put("quantity", qty);
        v.put("price_unit", line.get("price_unit"));
        lines.add(v);
        saleLines.add(sl);
      }
      if (lines.isEmpty()) {
        continue;
      }
      Map<String, Object> vals = new LinkedHashMap<>();
      vals.put("move_type", "out_invoice");
      Object invoicePartner = order.get("partner_invoice_id");
      vals.put("partner_id", invoicePartner != null ? invoicePartner : order.get("partner_id"));
      vals.put("invoice_origin", order.get("name"));
      vals.put("currency_id", order.get("currency_id"));
      vals.put("company_id", order.get("company_id"));
      long move = db.createOne(MOVE, vals);
      FieldDef saleLineIds = db.model(LINE).field("sale_line_ids");
      for (int i = 0; i < lines.size(); i++) {
        Map<String, Object> v = lines.get(i);
        v.put("move_id", move);
        long line = db.createOne(LINE, v);
        db.m2mSet(LINE, line, saleLineIds, List.of(saleLines.get(i)));
      }
      invoices.add(move);
    }
    if (invoices.isEmpty()) {
      throw OdooError.userError(
          "There is no invoiceable line. If a product has a Delivered quantities invoicing"
              + " policy, please make sure that a quantity has been delivered.");
    }
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("type", "ir.actions.act_window");
    action.put("name", "Invoices");
    action.put("res_model", MOVE);
    if (invoices.size() == 1) {
      action.put("views", List.of(List.of(false, "form")));
      action.put("view_mode", "form");
      action.put("res_id", invoices.get(0));
    } else {
      action.put("view_mode", "list,form");
      action.put("domain", List.of(List.of("id", "in", invoices)));
    }
    return action;
  }

  /** {@code account.move.action_post}: numbers and posts draft invoices and bills. */
  private static Object post(Database db, List<Long> ids) {
    for (long id : ids) {
      Map<String, Object> move = db.row(MOVE, id);
      if (!"draft".equals(move.get("state"))) {
        throw OdooError.userError(
            "The entry " + move.get("name") + " (id " + id + ") must be in draft.");
      }
      if (db.inverseIds(LINE, "move_id", id).isEmpty()) {
        throw OdooError.userError("You need to add a line before posting.");
      }
    }
    for (long id : ids) {
      Map<String, Object> move = db.row(MOVE, id);
      String type = String.valueOf(move.get("move_type"));
      String prefix =
          switch (type) {
            case "out_invoice" -> "INV";
            case "out_refund" -> "RINV";
            case "in_invoice" -> "BILL";
            case "in_refund" -> "RBILL";
            default -> "MISC";
          };
      LocalDate today = Database.today(db);
      if (move.get("invoice_date") == null && !"entry".equals(type)) {
        db.setRaw(MOVE, id, "invoice_date", today.toString());
      }
      if ("/".equals(move.get("name")) || move.get("name") == null) {
        db.setRaw(
            MOVE,
            id,
            "name",
            prefix
                + "/"
                + today.getYear()
                + "/"
                + String.format("%05d", db.nextSequence("move." + prefix + today.getYear())));
      }
      db.setRaw(MOVE, id, "state", "posted");
    }
    return false;
  }

  private static Object cancel(Database db, List<Long> ids) {
    for (long id : ids) {
      db.setRaw(MOVE, id, "state", "cancel");
    }
    return false;
  }
}
