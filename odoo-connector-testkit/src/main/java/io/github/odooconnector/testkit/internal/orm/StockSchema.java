package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.internal.orm.ModelDef.DemoAccess;
import java.util.List;
import java.util.Map;

/**
 * The stock app's models: warehouses, locations, operation types, pickings, moves, quants, lots.
 */
final class StockSchema {
  private StockSchema() {}

  /** Warehouses, locations, operation types, pickings, moves and their lines, quants, lots. */
  static void stock(Map<String, ModelDef> m, OdooVersion version) {
    boolean v19 = version.major() >= 19;
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
            .flt("product_qty", "On Hand Quantity")
            .compute((db, r) -> db.stock().lotQty(r))
            .m2o("company_id", "Company", "res.company")
            .def(db -> db.companyId()));
    if (version.major() < 18) {
      // 17: every lot belongs to one company; 18/19 allow lots shared by all companies
      ModelDef lot = m.get("stock.lot");
      lot.fields.put("company_id", lot.fields.get("company_id").withRequired(true));
    }
    // product_expiry (installed in the captured labs, see fixtures expiry-*): the lot dates
    m.get("stock.lot")
        .datetime("expiration_date", "Expiration Date")
        .datetime("use_date", "Best before Date")
        .datetime("removal_date", "Removal Date")
        .datetime("alert_date", "Alert Date")
        .bool("product_expiry_alert", "Product Expiry Alert")
        .compute(
            (db, r) ->
                r.get("expiration_date") instanceof String d
                    && d.compareTo(Database.nowString(db)) <= 0);
  }

  /** The lot date fields of the module {@code product_expiry}, absent where it is not installed. */
  static final List<String> PRODUCT_EXPIRY_LOT_FIELDS =
      List.of("expiration_date", "use_date", "removal_date", "alert_date", "product_expiry_alert");

  /** Removes what {@code product_expiry} adds, for a database without the module. */
  static void withoutProductExpiry(Map<String, ModelDef> m) {
    ModelDef lot = m.get("stock.lot");
    PRODUCT_EXPIRY_LOT_FIELDS.forEach(
        f -> {
          lot.fields.remove(f);
          lot.computes.remove(f);
        });
  }

  /** The stock wizards the fake models: the backorder confirmation. */
  static void wizards(Map<String, ModelDef> m, OdooVersion version) {
    boolean v19 = version.major() >= 19;
    m.put(
        "stock.backorder.confirmation",
        new ModelDef("stock.backorder.confirmation", "Backorder Confirmation")
            .m2m("pick_ids", "Pick", "stock.picking")
            .demo(DemoAccess.NONE)
            .writeGroup(v19 ? "Inventory / User" : "Inventory/User"));
  }
}
