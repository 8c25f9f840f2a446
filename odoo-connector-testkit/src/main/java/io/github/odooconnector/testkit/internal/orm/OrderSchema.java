package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.OdooVersion;
import java.util.Map;

/** The order apps' models: sale and purchase orders with their lines, and delivery carriers. */
final class OrderSchema {
  private OrderSchema() {}

  /** sale: quotations and sales orders with their lines. */
  static void sale(Map<String, ModelDef> m, OdooVersion version) {
    boolean v19 = version.major() >= 19;
    String lineUom = v19 ? "product_uom_id" : "product_uom";
    m.put(
        "sale.order",
        new ModelDef("sale.order", "Sales Order")
            .chr("name", "Order Reference")
            .required()
            .def("New")
            .m2o("partner_id", "Customer", "res.partner")
            .required()
            .m2o("partner_shipping_id", "Delivery Address", "res.partner")
            .m2o("partner_invoice_id", "Invoice Address", "res.partner")
            .sel(
                "state",
                "Status",
                "draft",
                "Quotation",
                "sent",
                "Quotation Sent",
                "sale",
                "Sales Order",
                "cancel",
                "Cancelled")
            .def("draft")
            .datetime("date_order", "Order Date")
            .required()
            .def(Database::nowString)
            .date("validity_date", "Expiration")
            // quotation_validity_days of the company: 30 by default
            .def(db -> Database.today(db).plusDays(30).toString())
            .datetime("commitment_date", "Delivery Date")
            .chr("client_order_ref", "Customer Reference")
            .chr("origin", "Source Document")
            .o2m("order_line", "Order Lines", "sale.order.line", "order_id")
            .o2m("picking_ids", "Transfers", "stock.picking", "sale_id")
            .integer("delivery_count", "Delivery Orders")
            .compute(
                (db, r) ->
                    (long) db.inverseIds("stock.picking", "sale_id", (Long) r.get("id")).size())
            .monetary("amount_untaxed", "Untaxed Amount")
            .compute((db, r) -> db.stock().orderAmount(r, "sale.order.line"))
            .monetary("amount_tax", "Taxes")
            .compute((db, r) -> 0.0)
            .monetary("amount_total", "Total")
            .compute((db, r) -> db.stock().orderAmount(r, "sale.order.line"))
            .m2o("currency_id", "Currency", "res.currency")
            .def(db -> db.refOrNull("base.USD"))
            .m2o("warehouse_id", "Warehouse", "stock.warehouse")
            .def(db -> db.refOrNull("stock.warehouse0"))
            .m2o("carrier_id", "Delivery Method", "delivery.carrier")
            .m2o("user_id", "Salesperson", "res.users")
            .m2o("company_id", "Company", "res.company")
            .required()
            .def(db -> db.companyId())
            .html("note", "Terms and conditions")
            .writeGroup(
                v19 ? "Sales / User: Own Documents Only" : "Sales/User: Own Documents Only"));
    m.put(
        "sale.order.line",
        new ModelDef("sale.order.line", "Sales Order Line")
            .m2o("order_id", "Order Reference", "sale.order")
            .required()
            .text("name", "Description")
            .m2o("product_id", "Product", "product.product")
            .flt("product_uom_qty", "Quantity")
            .required()
            .def(1.0)
            .m2o(lineUom, "Unit", "uom.uom")
            .flt("price_unit", "Unit Price")
            .def(0.0)
            .flt("discount", "Discount (%)")
            .def(0.0)
            .monetary("price_subtotal", "Subtotal")
            .compute((db, r) -> db.stock().lineSubtotal(r, "product_uom_qty"))
            .monetary("price_tax", "Total Tax")
            .compute((db, r) -> 0.0)
            .monetary("price_total", "Total")
            .compute((db, r) -> db.stock().lineSubtotal(r, "product_uom_qty"))
            .m2o("currency_id", "Currency", "res.currency")
            .compute((db, r) -> db.related(r, "order_id", "sale.order", "currency_id"))
            .flt("qty_delivered", "Delivery Quantity")
            .def(0.0)
            .flt("qty_invoiced", "Invoiced Quantity")
            .compute((db, r) -> 0.0)
            .integer("sequence", "Sequence")
            .def(10L)
            .o2m("move_ids", "Stock Moves", "stock.move", "sale_line_id")
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .sel(
                "state",
                "Order Status",
                "draft",
                "Quotation",
                "sent",
                "Quotation Sent",
                "sale",
                "Sales Order",
                "cancel",
                "Cancelled")
            .compute((db, r) -> db.related(r, "order_id", "sale.order", "state"))
            .writeGroup(
                v19 ? "Sales / User: Own Documents Only" : "Sales/User: Own Documents Only"));
  }

  /** purchase: requests for quotation and purchase orders with their lines. */
  static void purchase(Map<String, ModelDef> m, OdooVersion version) {
    boolean v19 = version.major() >= 19;
    String lineUom = v19 ? "product_uom_id" : "product_uom";
    m.put(
        "purchase.order",
        new ModelDef("purchase.order", "Purchase Order")
            .chr("name", "Order Reference")
            .required()
            .def("New")
            .m2o("partner_id", "Vendor", "res.partner")
            .required()
            .sel(
                "state",
                "Status",
                "draft",
                "RFQ",
                "sent",
                "RFQ Sent",
                "to approve",
                "To Approve",
                "purchase",
                "Purchase Order",
                "cancel",
                "Cancelled")
            .def("draft")
            .datetime("date_order", "Order Deadline")
            .required()
            .def(Database::nowString)
            .datetime("date_planned", "Expected Arrival")
            .datetime("date_approve", "Confirmation Date")
            .chr("partner_ref", "Vendor Reference")
            .chr("origin", "Source Document")
            .o2m("order_line", "Order Lines", "purchase.order.line", "order_id")
            .o2m("picking_ids", "Receptions", "stock.picking", "purchase_id")
            .integer("incoming_picking_count", "Incoming Shipment count")
            .compute(
                (db, r) ->
                    (long) db.inverseIds("stock.picking", "purchase_id", (Long) r.get("id")).size())
            .m2o("picking_type_id", "Deliver To", "stock.picking.type")
            .def(db -> db.refOrNull("stock.picking_type_in"))
            .monetary("amount_untaxed", "Untaxed Amount")
            .compute((db, r) -> db.stock().orderAmount(r, "purchase.order.line"))
            .monetary("amount_tax", "Taxes")
            .compute((db, r) -> 0.0)
            .monetary("amount_total", "Total")
            .compute((db, r) -> db.stock().orderAmount(r, "purchase.order.line"))
            .m2o("currency_id", "Currency", "res.currency")
            .def(db -> db.refOrNull("base.USD"))
            .m2o("user_id", "Buyer", "res.users")
            .m2o("company_id", "Company", "res.company")
            .required()
            .def(db -> db.companyId())
            .html("notes", "Terms and Conditions")
            .writeGroup(v19 ? "Purchase / User" : "Purchase/User"));
    m.put(
        "purchase.order.line",
        new ModelDef("purchase.order.line", "Purchase Order Line")
            .m2o("order_id", "Order Reference", "purchase.order")
            .required()
            .text("name", "Description")
            .m2o("product_id", "Product", "product.product")
            .flt("product_qty", "Quantity")
            .required()
            .def(1.0)
            .m2o(lineUom, "Unit", "uom.uom")
            .flt("price_unit", "Unit Price")
            .def(0.0)
            .monetary("price_subtotal", "Subtotal")
            .compute((db, r) -> db.stock().lineSubtotal(r, "product_qty"))
            .monetary("price_total", "Total")
            .compute((db, r) -> db.stock().lineSubtotal(r, "product_qty"))
            .flt("qty_received", "Received Qty")
            .def(0.0)
            .datetime("date_planned", "Expected Arrival")
            .def(Database::nowString)
            .o2m("move_ids", "Reservation", "stock.move", "purchase_line_id")
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .writeGroup(v19 ? "Purchase / User" : "Purchase/User"));
  }

  /** delivery: shipping methods (carriers). */
  static void delivery(Map<String, ModelDef> m, OdooVersion version) {
    boolean v19 = version.major() >= 19;
    m.put(
        "delivery.carrier",
        new ModelDef("delivery.carrier", "Shipping Methods")
            .chr("name", "Delivery Method")
            .required()
            .sel(
                "delivery_type",
                "Provider",
                "base_on_rule",
                "Based on Rules",
                "fixed",
                "Fixed Price")
            .required()
            .def("fixed")
            .m2o("product_id", "Delivery Product", "product.product")
            .required()
            .flt("fixed_price", "Fixed Price")
            .def(0.0)
            .bool("active", "Active")
            .def(true)
            .chr("tracking_url", "Tracking Link")
            .m2o("company_id", "Company", "res.company")
            .writeGroup(v19 ? "Role / Administrator" : "Administration/Settings"));
  }
}
