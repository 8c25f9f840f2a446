package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.FakeOdooException;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.internal.orm.ModelDef.DemoAccess;
import java.util.LinkedHashMap;
import java.util.Map;

/** The model definitions of the fake, using real Odoo field names for the posed version. */
final class Schema {
  private Schema() {}

  static Map<String, ModelDef> build(
      OdooVersion version, Map<String, Map<String, String>> customFields) {
    boolean v18 = version.major() >= 18;
    boolean v19 = version.major() >= 19;
    Map<String, ModelDef> m = new LinkedHashMap<>();
    String lineUom = v19 ? "product_uom_id" : "product_uom";

    m.put(
        "res.company",
        new ModelDef("res.company", "Companies")
            .chr("name", "Company Name")
            .required()
            .m2o("partner_id", "Partner", "res.partner")
            .m2o("currency_id", "Currency", "res.currency")
            .chr("email", "Email")
            .chr("phone", "Phone")
            .bool("active", "Active")
            .def(true)
            .writeGroup(v19 ? "Role / Administrator" : "Administration/Settings"));
    m.put(
        "res.currency",
        new ModelDef("res.currency", "Currency")
            .chr("name", "Currency")
            .required()
            .chr("symbol", "Symbol")
            .bool("active", "Active")
            .def(true));
    m.put(
        "res.users",
        new ModelDef("res.users", "User")
            .chr("name", "Name")
            .required()
            .chr("login", "Login")
            .required()
            .m2o("partner_id", "Related Partner", "res.partner")
            .m2o("company_id", "Company", "res.company")
            .bool("active", "Active")
            .def(true)
            .writeGroup(v19 ? "Access Rights" : "Administration/Access Rights"));
    m.put(
        "ir.config_parameter",
        new ModelDef("ir.config_parameter", "System Parameter")
            .chr("key", "Key")
            .required()
            .text("value", "Value")
            .required()
            .recName("key")
            .demo(DemoAccess.NONE)
            .writeGroup(v19 ? "Role / Administrator" : "Administration/Settings"));
    m.put(
        "ir.model",
        new ModelDef("ir.model", "Models")
            .chr("name", "Model Description")
            .required()
            .chr("model", "Model")
            .required());
    m.put(
        "res.partner.category",
        new ModelDef("res.partner.category", "Partner Tags")
            .chr("name", "Name")
            .required()
            .bool("active", "Active")
            .def(true));
    m.put(
        "res.partner",
        new ModelDef("res.partner", "Contact")
            .chr("name", "Name")
            .chr("ref", "Reference")
            .chr("email", "Email")
            .chr("phone", "Phone")
            .chr("street", "Street")
            .chr("street2", "Street2")
            .chr("zip", "Zip")
            .chr("city", "City")
            .chr("vat", "Tax ID")
            .m2o("country_id", "Country", "res.country")
            .m2o("state_id", "State", "res.country.state")
            .chr("country_code", "Country Code")
            .compute((db, r) -> db.related(r, "country_id", "res.country", "code"))
            .bool("is_company", "Is a Company")
            .def(false)
            .bool("active", "Active")
            .def(true)
            .sel(
                "type",
                "Address Type",
                "contact",
                "Contact",
                "invoice",
                "Invoice Address",
                "delivery",
                "Delivery Address",
                "other",
                "Other Address")
            .def("contact")
            .m2o("parent_id", "Related Company", "res.partner")
            .o2m("child_ids", "Contact", "res.partner", "parent_id")
            .m2m("category_id", "Tags", "res.partner.category")
            .m2o("company_id", "Company", "res.company")
            .binary("image_128", "Image 128")
            .chr("tz", "Timezone")
            .sel("lang", "Language", "en_US", "English (US)")
            .html("comment", "Notes")
            .flt("partner_latitude", "Geo Latitude")
            .flt("partner_longitude", "Geo Longitude")
            .monetary("credit_limit", "Credit Limit")
            .chr("complete_name", "Complete Name")
            .compute((db, r) -> db.displayName("res.partner", r))
            .demo(DemoAccess.FULL)
            .writeGroup("Extra Rights/Contact Creation"));
    if (!v18) {
      m.get("res.partner").date("date", "Date");
    }
    m.put(
        "res.country",
        new ModelDef("res.country", "Country")
            .chr("name", "Country Name")
            .required()
            .chr("code", "Country Code"));
    m.put(
        "res.country.state",
        new ModelDef("res.country.state", "Country state")
            .chr("name", "State Name")
            .required()
            .chr("code", "State Code")
            .required()
            .m2o("country_id", "Country", "res.country")
            .required());
    m.put(
        "ir.model.data",
        new ModelDef("ir.model.data", "Model Data")
            .chr("name", "External Identifier")
            .required()
            .chr("module", "Module")
            .required()
            .chr("model", "Model Name")
            .required()
            .integer("res_id", "Record ID")
            .chr("complete_name", "Complete ID")
            .compute((db, r) -> r.get("module") + "." + r.get("name"))
            .recName("complete_name"));
    m.put(
        "uom.uom",
        new ModelDef("uom.uom", "Product Unit of Measure")
            .chr("name", "Unit Name")
            .required()
            .flt("rounding", "Rounding Precision")
            .def(0.01)
            .flt("factor", "Ratio")
            .def(1.0)
            .bool("active", "Active")
            .def(true));
    m.put(
        "product.category",
        new ModelDef("product.category", "Product Category")
            .chr("name", "Name")
            .required()
            .m2o("parent_id", "Parent Category", "product.category")
            .chr("complete_name", "Complete Name")
            .compute((db, r) -> db.displayName("product.category", r)));
    String[] types =
        v18
            ? new String[] {"consu", "Goods", "service", "Service", "combo", "Combo"}
            : new String[] {
              "consu", "Consumable", "service", "Service", "product", "Storable Product"
            };
    ModelDef tmpl =
        new ModelDef("product.template", "Product")
            .chr("name", "Name")
            .required()
            .chr("default_code", "Internal Reference")
            .chr("barcode", "Barcode")
            .sel("type", "Product Type", types)
            .def("consu")
            .m2o("categ_id", "Product Category", "product.category")
            .def(db -> db.refOrNull("product.product_category_all"))
            .m2o("uom_id", "Unit", "uom.uom")
            .required()
            .def(db -> db.refOrNull("uom.product_uom_unit"))
            .m2o("uom_po_id", "Purchase Unit", "uom.uom")
            .def(db -> db.refOrNull("uom.product_uom_unit"))
            .flt("list_price", "Sales Price")
            .def(1.0)
            .flt("standard_price", "Cost")
            .flt("weight", "Weight")
            .flt("volume", "Volume")
            .bool("sale_ok", "Can be Sold")
            .def(true)
            .bool("purchase_ok", "Can be Purchased")
            .def(true)
            .bool("active", "Active")
            .def(true)
            .m2o("company_id", "Company", "res.company")
            .sel(
                "tracking",
                "Tracking",
                "serial",
                "By Unique Serial Number",
                "lot",
                "By Lots",
                "none",
                "By Quantity")
            .def("none")
            .o2m("product_variant_ids", "Products", "product.product", "product_tmpl_id")
            .html("description", "Description")
            .flt("qty_available", "Quantity On Hand")
            .compute((db, r) -> db.stock().templateQty(r))
            .writeGroup("Inventory/Administrator")
            .demo(DemoAccess.READ);
    if (v18) {
      tmpl.bool("is_storable", "Track Inventory").def(false);
    }
    m.put("product.template", tmpl);
    ModelDef prod =
        new ModelDef("product.product", "Product Variant")
            .m2o("product_tmpl_id", "Product Template", "product.template")
            .flt("qty_available", "Quantity On Hand")
            .compute((db, r) -> db.stock().qtyAvailable(r))
            .flt("virtual_available", "Forecasted Quantity")
            .compute((db, r) -> db.stock().qtyAvailable(r))
            .flt("free_qty", "Free To Use Quantity")
            .compute((db, r) -> db.stock().freeQty(r))
            .writeGroup("Inventory/Administrator");
    for (FieldDef f : tmpl.fields.values()) {
      if (!prod.fields.containsKey(f.name())
          && !f.name().equals("product_variant_ids")
          && !f.name().equals("description")) {
        // delegated (_inherits) fields live on the template
        prod.fields.put(f.name(), f.owner("product.template"));
        if (tmpl.defaults.containsKey(f.name())) {
          prod.defaults.put(f.name(), tmpl.defaults.get(f.name()));
        }
        if (tmpl.computes.containsKey(f.name())) {
          prod.computes.put(f.name(), tmpl.computes.get(f.name()));
        }
      }
    }
    m.put("product.product", prod);

    m.put(
        "stock.warehouse",
        new ModelDef("stock.warehouse", "Warehouse")
            .chr("name", "Warehouse")
            .required()
            .chr("code", "Short Name")
            .required()
            .m2o("company_id", "Company", "res.company")
            .required()
            .m2o("partner_id", "Address", "res.partner")
            .m2o("view_location_id", "View Location", "stock.location")
            .m2o("lot_stock_id", "Location Stock", "stock.location")
            .m2o("wh_input_stock_loc_id", "Input Location", "stock.location")
            .m2o("wh_output_stock_loc_id", "Output Location", "stock.location")
            .m2o("in_type_id", "In Type", "stock.picking.type")
            .m2o("out_type_id", "Out Type", "stock.picking.type")
            .sel(
                "reception_steps",
                "Incoming Shipments",
                "one_step",
                "Receive and Store (1 step)",
                "two_steps",
                "Receive then store (2 steps)",
                "three_steps",
                "Receive, quality control, then store (3 steps)")
            .def("one_step")
            .sel(
                "delivery_steps",
                "Outgoing Shipments",
                "ship_only",
                "Deliver (1 step)",
                "pick_ship",
                "Pick then Deliver (2 steps)",
                "pick_pack_ship",
                "Pick, Pack, then Deliver (3 steps)")
            .def("ship_only")
            .bool("active", "Active")
            .def(true));
    m.put(
        "stock.location",
        new ModelDef("stock.location", "Inventory Locations")
            .chr("name", "Location Name")
            .required()
            .chr("complete_name", "Full Location Name")
            .compute((db, r) -> db.displayName("stock.location", r))
            .m2o("location_id", "Parent Location", "stock.location")
            .o2m("child_ids", "Contains", "stock.location", "location_id")
            .sel(
                "usage",
                "Location Type",
                "supplier",
                "Vendor",
                "view",
                "Virtual",
                "internal",
                "Internal",
                "customer",
                "Customer",
                "inventory",
                "Inventory Loss",
                "production",
                "Production",
                "transit",
                "Transit")
            .required()
            .def("internal")
            .m2o("warehouse_id", "Warehouse", "stock.warehouse")
            .m2o("company_id", "Company", "res.company")
            .chr("barcode", "Barcode")
            .bool("active", "Active")
            .def(true)
            .bool("scrap_location", "Is a Scrap Location?")
            .def(false)
            .recName("complete_name"));
    m.put(
        "stock.picking.type",
        new ModelDef("stock.picking.type", "Operation Type")
            .chr("name", "Operation Type")
            .required()
            .sel(
                "code",
                "Type of Operation",
                "incoming",
                "Receipt",
                "outgoing",
                "Delivery",
                "internal",
                "Internal Transfer")
            .required()
            .chr("sequence_code", "Sequence Prefix")
            .required()
            .m2o("warehouse_id", "Warehouse", "stock.warehouse")
            .m2o("default_location_src_id", "Default Source Location", "stock.location")
            .m2o("default_location_dest_id", "Default Destination Location", "stock.location")
            .m2o("company_id", "Company", "res.company")
            .bool("active", "Active")
            .def(true)
            .bool("use_create_lots", "Create New Lots/Serial Numbers")
            .def(false)
            .bool("use_existing_lots", "Use Existing Lots/Serial Numbers")
            .def(true)
            .m2o("return_picking_type_id", "Operation Type for Returns", "stock.picking.type"));
    m.put(
        "stock.picking",
        new ModelDef("stock.picking", "Transfer")
            .chr("name", "Reference")
            .chr("origin", "Source Document")
            .html("note", "Notes")
            .m2o("backorder_id", "Back Order of", "stock.picking")
            .o2m("backorder_ids", "Back Orders", "stock.picking", "backorder_id")
            .m2o("return_id", "Return of", "stock.picking")
            .o2m("return_ids", "Returns", "stock.picking", "return_id")
            .sel(
                "move_type",
                "Shipping Policy",
                "direct",
                "As soon as possible",
                "one",
                "When all products are ready")
            .required()
            .def("direct")
            .sel(
                "state",
                "Status",
                "draft",
                "Draft",
                "waiting",
                "Waiting Another Operation",
                "confirmed",
                "Waiting",
                "assigned",
                "Ready",
                "done",
                "Done",
                "cancel",
                "Cancelled")
            .def("draft")
            .sel("priority", "Priority", "0", "Normal", "1", "Urgent")
            .def("0")
            .datetime("scheduled_date", "Scheduled Date")
            .def(Database::nowString)
            .datetime("date_deadline", "Deadline")
            .datetime("date_done", "Date of Transfer")
            .m2o("location_id", "Source Location", "stock.location")
            .required()
            .m2o("location_dest_id", "Destination Location", "stock.location")
            .required()
            .o2m("move_ids", "Stock Moves", "stock.move", "picking_id")
            .o2m("move_line_ids", "Operations", "stock.move.line", "picking_id")
            .bool("is_locked", "Is Locked")
            .def(true)
            .m2o("picking_type_id", "Operation Type", "stock.picking.type")
            .required()
            .sel(
                "picking_type_code",
                "Type of Operation",
                "incoming",
                "Receipt",
                "outgoing",
                "Delivery",
                "internal",
                "Internal Transfer")
            .compute((db, r) -> db.related(r, "picking_type_id", "stock.picking.type", "code"))
            .m2o("partner_id", "Contact", "res.partner")
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .m2o("user_id", "Responsible", "res.users")
            .m2o("sale_id", "Sales Order", "sale.order")
            .m2o("purchase_id", "Purchase Orders", "purchase.order")
            .m2o("carrier_id", "Carrier", "delivery.carrier")
            .chr("carrier_tracking_ref", "Tracking Reference")
            .flt("carrier_price", "Shipping Cost")
            .chr("weight_uom_name", "Weight unit of measure label")
            .compute((db, r) -> "kg")
            .flt("shipping_weight", "Weight for Shipping")
            .flt("weight", "Weight")
            .compute((db, r) -> db.stock().pickingWeight(r))
            .o2m("message_ids", "Messages", "mail.message", "res_id")
            .o2m("activity_ids", "Activities", "mail.activity", "res_id")
            .bool("printed", "Printed")
            .def(false)
            .writeGroup(v19 ? "Inventory / User" : "Inventory/User"));
    if (!v19) {
      // 17/18 views write the moves through these aliases (same inverse as move_ids /
      // move_line_ids)
      m.get("stock.picking")
          .o2m("move_ids_without_package", "Stock moves not in package", "stock.move", "picking_id")
          .o2m(
              "move_line_ids_without_package",
              "Operations without package",
              "stock.move.line",
              "picking_id");
    }
    m.put(
        "stock.move",
        new ModelDef("stock.move", "Stock Move")
            .chr("name", "Description")
            .chr("reference", "Reference")
            .compute((db, r) -> db.related(r, "picking_id", "stock.picking", "name"))
            .m2o("product_id", "Product", "product.product")
            .required()
            .flt("product_uom_qty", "Demand")
            .required()
            .def(0.0)
            .flt("quantity", "Quantity")
            .compute((db, r) -> db.stock().moveQuantity(r))
            .bool("picked", "Picked")
            .def(false)
            .m2o("product_uom", "Unit", "uom.uom")
            .required()
            .m2o("location_id", "Source Location", "stock.location")
            .required()
            .m2o("location_dest_id", "Destination Location", "stock.location")
            .required()
            .m2o("picking_id", "Transfer", "stock.picking")
            .m2o("picking_type_id", "Operation Type", "stock.picking.type")
            .o2m("move_line_ids", "Move Lines", "stock.move.line", "move_id")
            .sel(
                "state",
                "Status",
                "draft",
                "New",
                "waiting",
                "Waiting Another Move",
                "confirmed",
                "Waiting Availability",
                "partially_available",
                "Partially Available",
                "assigned",
                "Available",
                "done",
                "Done",
                "cancel",
                "Cancelled")
            .def("draft")
            .datetime("date", "Date Scheduled")
            .def(Database::nowString)
            .m2o("partner_id", "Destination Address", "res.partner")
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .m2o("sale_line_id", "Sale Line", "sale.order.line")
            .m2o("purchase_line_id", "Purchase Order Line", "purchase.order.line")
            .chr("origin", "Source Document")
            .writeGroup(v19 ? "Inventory / User" : "Inventory/User"));
    m.put(
        "stock.move.line",
        new ModelDef("stock.move.line", "Product Moves (Stock Move Line)")
            .m2o("move_id", "Stock Operation", "stock.move")
            .m2o("picking_id", "Transfer", "stock.picking")
            .m2o("product_id", "Product", "product.product")
            .required()
            .m2o("product_uom_id", "Unit", "uom.uom")
            .required()
            .flt("quantity", "Quantity")
            .def(0.0)
            .bool("picked", "Picked")
            .def(false)
            .m2o("location_id", "From", "stock.location")
            .required()
            .m2o("location_dest_id", "To", "stock.location")
            .required()
            .m2o("lot_id", "Lot/Serial Number", "stock.lot")
            .chr("lot_name", "Lot/Serial Number Name")
            .sel(
                "state",
                "Status",
                "draft",
                "New",
                "waiting",
                "Waiting Another Move",
                "confirmed",
                "Waiting Availability",
                "partially_available",
                "Partially Available",
                "assigned",
                "Available",
                "done",
                "Done",
                "cancel",
                "Cancelled")
            .compute((db, r) -> db.related(r, "move_id", "stock.move", "state"))
            .datetime("date", "Date")
            .def(Database::nowString)
            .chr("reference", "Reference")
            .compute((db, r) -> db.related(r, "picking_id", "stock.picking", "name"))
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .recName("reference")
            .writeGroup(v19 ? "Inventory / User" : "Inventory/User"));
    m.put(
        "stock.quant",
        new ModelDef("stock.quant", "Quants")
            .m2o("product_id", "Product", "product.product")
            .required()
            .m2o("location_id", "Location", "stock.location")
            .required()
            .m2o("lot_id", "Lot/Serial Number", "stock.lot")
            .flt("quantity", "Quantity")
            .def(0.0)
            .flt("reserved_quantity", "Reserved Quantity")
            .compute((db, r) -> db.stock().reservedOnQuant(r))
            .flt("available_quantity", "Available Quantity")
            .compute((db, r) -> db.stock().availableOnQuant(r))
            .flt("inventory_quantity", "Counted Quantity")
            .bool("inventory_quantity_set", "Inventory Quantity Set")
            .def(false)
            .flt("inventory_diff_quantity", "Difference")
            .compute(
                (db, r) ->
                    r.get("inventory_quantity_set") == Boolean.TRUE
                        ? Stock.num(r.get("inventory_quantity")) - Stock.num(r.get("quantity"))
                        : 0.0)
            .datetime("in_date", "Incoming Date")
            .def(Database::nowString)
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .recName("display_name"));
    m.put(
        "stock.lot",
        new ModelDef("stock.lot", "Lot/Serial")
            .chr("name", "Lot/Serial Number")
            .required()
            .chr("ref", "Internal Reference")
            .m2o("product_id", "Product", "product.product")
            .required()
            .datetime("expiration_date", "Expiration Date")
            .flt("product_qty", "On Hand Quantity")
            .compute((db, r) -> db.stock().lotQty(r))
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId()));
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
            .monetary("price_subtotal", "Subtotal")
            .compute((db, r) -> db.stock().lineSubtotal(r, "product_uom_qty"))
            .monetary("price_total", "Total")
            .compute((db, r) -> db.stock().lineSubtotal(r, "product_uom_qty"))
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
    m.put(
        "ir.attachment",
        new ModelDef("ir.attachment", "Attachment")
            .chr("name", "Name")
            .required()
            .chr("res_model", "Resource Model")
            .integer("res_id", "Resource ID")
            .sel("type", "Type", "url", "URL", "binary", "File")
            .def("binary")
            .binary("datas", "File Content (base64)")
            .chr("url", "Url")
            .chr("mimetype", "Mime Type")
            .def("application/octet-stream")
            .integer("file_size", "File Size")
            .compute((db, r) -> db.stock().base64Size(r.get("datas")))
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId())
            .demo(DemoAccess.FULL));
    m.put(
        "mail.message",
        new ModelDef("mail.message", "Message")
            .chr("subject", "Subject")
            .html("body", "Contents")
            .def("")
            .chr("model", "Related Document Model")
            .integer("res_id", "Related Document ID")
            .sel(
                "message_type",
                "Type",
                "email",
                "Incoming Email",
                "comment",
                "Comment",
                "notification",
                "System notification",
                "auto_comment",
                "Automated Targeted Notification")
            .def("comment")
            .m2o("author_id", "Author", "res.partner")
            .m2m("attachment_ids", "Attachments", "ir.attachment")
            .m2m("partner_ids", "Recipients", "res.partner")
            .datetime("date", "Date")
            .def(Database::nowString)
            .demo(DemoAccess.FULL)
            .recName("subject"));
    m.put(
        "mail.activity.type",
        new ModelDef("mail.activity.type", "Activity Type")
            .chr("name", "Name")
            .required()
            .chr("category", "Action"));
    m.put(
        "mail.activity",
        new ModelDef("mail.activity", "Activity")
            .m2o("res_model_id", "Document Model", "ir.model")
            .required()
            .chr("res_model", "Related Document Model")
            .compute((db, r) -> db.related(r, "res_model_id", "ir.model", "model"))
            .integer("res_id", "Related Document ID")
            .required()
            .m2o("activity_type_id", "Activity Type", "mail.activity.type")
            .chr("summary", "Summary")
            .html("note", "Note")
            .date("date_deadline", "Due Date")
            .required()
            .def(Database::todayString)
            .m2o("user_id", "Assigned to", "res.users")
            .demo(DemoAccess.FULL)
            .recName("summary"));
    m.put(
        "stock.backorder.confirmation",
        new ModelDef("stock.backorder.confirmation", "Backorder Confirmation")
            .m2m("pick_ids", "Pick", "stock.picking")
            .demo(DemoAccess.NONE)
            .writeGroup(v19 ? "Inventory / User" : "Inventory/User"));

    ShippingModels.extend(m, version);
    for (Map.Entry<String, Map<String, String>> e : customFields.entrySet()) {
      ModelDef model = m.get(e.getKey());
      if (model == null) {
        throw new FakeOdooException("custom field on unknown model: " + e.getKey());
      }
      e.getValue().forEach((name, type) -> model.simple(type, name, name));
    }
    return m;
  }
}
