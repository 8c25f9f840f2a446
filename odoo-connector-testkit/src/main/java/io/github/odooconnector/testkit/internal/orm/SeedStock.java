package io.github.odooconnector.testkit.internal.orm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seed data of the stock app: locations, the warehouse WH and its operation types, products. */
final class SeedStock {
  private final Database db;
  private final Seed seed;

  SeedStock(Database db, Seed seed) {
    this.db = db;
    this.seed = seed;
  }

  void load() {
    warehouse();
    products();
  }

  /** Locations, the warehouse WH and its receipt and delivery operation types. */
  private void warehouse() {
    boolean v19 = db.version().major() >= 19;
    long companyPartner = db.ref("base.main_partner");
    long company = db.ref("base.main_company");
    // locations
    long physical =
        seed.mk(
            "stock.stock_location_locations",
            "stock.location",
            "name",
            "Physical Locations",
            "usage",
            "view");
    long virtual =
        seed.mk(
            "stock.stock_location_locations_virtual",
            "stock.location",
            "name",
            "Virtual Locations",
            "usage",
            "view");
    Long partners =
        v19
            ? null
            : seed.mk(
                "stock.stock_location_locations_partner",
                "stock.location",
                "name",
                "Partners",
                "usage",
                "view");
    long vendors =
        seed.mk(
            "stock.stock_location_suppliers",
            "stock.location",
            "name",
            "Vendors",
            "usage",
            "supplier",
            "location_id",
            partners);
    long customers =
        seed.mk(
            "stock.stock_location_customers",
            "stock.location",
            "name",
            "Customers",
            "usage",
            "customer",
            "location_id",
            partners);
    seed.mk(
        "stock.location_inventory",
        "stock.location",
        "name",
        "Inventory adjustment",
        "usage",
        "inventory",
        "location_id",
        virtual);
    long whView =
        seed.mk(
            "stock.warehouse0_view",
            "stock.location",
            "name",
            "WH",
            "usage",
            "view",
            "location_id",
            physical,
            "company_id",
            company);
    long stock =
        seed.mk(
            "stock.stock_location_stock",
            "stock.location",
            "name",
            "Stock",
            "usage",
            "internal",
            "location_id",
            whView,
            "company_id",
            company,
            "barcode",
            "WHSTOCK");
    long input =
        seed.mk(
            "stock.stock_location_input",
            "stock.location",
            "name",
            "Input",
            "usage",
            "internal",
            "location_id",
            whView,
            "company_id",
            company,
            "active",
            true);
    long output =
        seed.mk(
            "stock.stock_location_output",
            "stock.location",
            "name",
            "Output",
            "usage",
            "internal",
            "location_id",
            whView,
            "company_id",
            company);
    seed.mk(
        "stock.stock_location_shelf_1",
        "stock.location",
        "name",
        "Shelf 1",
        "usage",
        "internal",
        "location_id",
        stock,
        "company_id",
        company);
    // the scrap location of the stock app (Virtual Locations/Scrap)
    seed.mk(
        "stock.stock_location_scrapped",
        "stock.location",
        "name",
        "Scrap",
        "usage",
        "inventory",
        "location_id",
        virtual,
        "scrap_location",
        true);
    long wh =
        seed.mk(
            "stock.warehouse0",
            "stock.warehouse",
            "name",
            "YourCompany",
            "code",
            "WH",
            "company_id",
            company,
            "partner_id",
            companyPartner,
            "view_location_id",
            whView,
            "lot_stock_id",
            stock,
            "wh_input_stock_loc_id",
            input,
            "wh_output_stock_loc_id",
            output);
    for (long loc : List.of(whView, stock, input, output)) {
      db.setRaw("stock.location", loc, "warehouse_id", wh);
    }
    long in =
        seed.mk(
            "stock.picking_type_in",
            "stock.picking.type",
            "name",
            "Receipts",
            "code",
            "incoming",
            "sequence_code",
            "IN",
            "warehouse_id",
            wh,
            "default_location_src_id",
            vendors,
            "default_location_dest_id",
            stock,
            "company_id",
            company,
            "use_create_lots",
            true);
    long out =
        seed.mk(
            "stock.picking_type_out",
            "stock.picking.type",
            "name",
            "Delivery Orders",
            "code",
            "outgoing",
            "sequence_code",
            "OUT",
            "warehouse_id",
            wh,
            "default_location_src_id",
            stock,
            "default_location_dest_id",
            customers,
            "company_id",
            company);
    seed.mk(
        "stock.picking_type_internal",
        "stock.picking.type",
        "name",
        "Internal Transfers",
        "code",
        "internal",
        "sequence_code",
        "INT",
        "warehouse_id",
        wh,
        "default_location_src_id",
        stock,
        "default_location_dest_id",
        stock,
        "company_id",
        company);
    db.setRaw("stock.picking.type", out, "return_picking_type_id", in);
    db.setRaw("stock.picking.type", in, "return_picking_type_id", out);
    db.setRaw("stock.warehouse", wh, "in_type_id", in);
    db.setRaw("stock.warehouse", wh, "out_type_id", out);
  }

  /** Products (with the delivery product and carriers), a lot and on-hand quants. */
  private void products() {
    long units = db.ref("uom.product_uom_unit");
    long all = db.ref("product.product_category_all");
    long saleable = db.ref("product.product_category_1");
    long stock = db.ref("stock.stock_location_stock");
    // products
    long desk =
        product(
            "product.product_desk",
            "Customizable Desk",
            "FURN_0001",
            750.0,
            500.0,
            22.5,
            units,
            saleable,
            "none",
            "1234567890005");
    long chair =
        product(
            "product.product_chair",
            "Office Chair",
            "FURN_0002",
            70.0,
            55.0,
            8.0,
            units,
            saleable,
            "none",
            "1234567890012");
    long lamp =
        product(
            "product.product_lamp",
            "Office Lamp",
            "FURN_0003",
            40.0,
            25.0,
            1.2,
            units,
            saleable,
            "none",
            false);
    long cable =
        product(
            "product.product_cable",
            "Cable Management Box",
            "FURN_0004",
            100.0,
            70.0,
            0.5,
            units,
            saleable,
            "none",
            false);
    long scanner =
        product(
            "product.product_scanner",
            "Barcode Scanner",
            "E-COM01",
            120.0,
            80.0,
            0.3,
            units,
            saleable,
            "lot",
            false);
    long deliveryTmpl =
        seed.mk(
            null,
            "product.template",
            "name",
            "Standard delivery",
            "type",
            "service",
            "default_code",
            "Delivery_007",
            "list_price",
            0.0,
            "uom_id",
            units,
            "categ_id",
            all,
            "sale_ok",
            false,
            "purchase_ok",
            false);
    long delivery = db.inverseIds("product.product", "product_tmpl_id", deliveryTmpl).get(0);
    db.setXmlId("delivery.product_delivery", "product.product", delivery);
    seed.mk(
        "delivery.free_delivery_carrier",
        "delivery.carrier",
        "name",
        "Standard delivery",
        "delivery_type",
        "fixed",
        "product_id",
        delivery,
        "fixed_price",
        0.0,
        "tracking_url",
        "https://tracking.example.com/track?ref=<shipmenttrackingnumber>");
    seed.mk(
        "delivery.delivery_carrier_express",
        "delivery.carrier",
        "name",
        "Express delivery",
        "delivery_type",
        "fixed",
        "product_id",
        delivery,
        "fixed_price",
        15.0);
    long lot =
        seed.mk("stock.lot_scanner_0001", "stock.lot", "name", "LOT-0001", "product_id", scanner);

    quant(desk, stock, null, 50.0);
    quant(chair, stock, null, 20.0);
    quant(lamp, stock, null, 5.0);
    quant(cable, stock, null, 100.0);
    quant(scanner, stock, lot, 10.0);
  }

  private long product(
      String xmlId,
      String name,
      String code,
      double price,
      double cost,
      double weight,
      long uom,
      long categ,
      String tracking,
      Object barcode) {
    boolean v18 = db.version().major() >= 18;
    Map<String, Object> vals = new LinkedHashMap<>();
    vals.put("name", name);
    vals.put("default_code", code);
    vals.put("list_price", price);
    vals.put("standard_price", cost);
    vals.put("weight", weight);
    vals.put("volume", 0.01);
    vals.put("uom_id", uom);
    vals.put("uom_po_id", uom);
    vals.put("categ_id", categ);
    vals.put("tracking", tracking);
    vals.put("barcode", barcode);
    vals.put("type", v18 ? "consu" : "product");
    if (v18) {
      vals.put("is_storable", true);
    }
    long id = db.createOne("product.product", vals);
    db.setXmlId(xmlId, "product.product", id);
    return id;
  }

  private void quant(long product, long location, Long lot, double qty) {
    Map<String, Object> vals = new LinkedHashMap<>();
    vals.put("product_id", product);
    vals.put("location_id", location);
    if (lot != null) {
      vals.put("lot_id", lot);
    }
    vals.put("quantity", qty);
    db.createOne("stock.quant", vals);
  }
}
