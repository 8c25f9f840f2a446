package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.internal.FakeConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seed data: a small distributor shaped like Odoo's demo company ("YourCompany", warehouse WH). */
final class Seed {
  private final Database db;

  private Seed(Database db) {
    this.db = db;
  }

  static void load(Database db, FakeConfig config) {
    new Seed(db).load(config);
  }

  private long mk(String xmlId, String model, Object... kv) {
    Map<String, Object> vals = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      vals.put((String) kv[i], kv[i + 1]);
    }
    long id = db.createOne(model, vals);
    if (xmlId != null) {
      db.setXmlId(xmlId, model, id);
    }
    return id;
  }

  private void load(FakeConfig config) {
    boolean v18 = db.version().major() >= 18;
    boolean v19 = db.version().major() >= 19;
    for (String m :
        List.of(
            "res.company",
            "res.currency",
            "res.users",
            "ir.config_parameter",
            "ir.model",
            "res.partner.category",
            "res.partner",
            "res.country",
            "uom.uom",
            "product.category",
            "product.template",
            "product.product",
            "stock.warehouse",
            "stock.location",
            "stock.picking.type",
            "stock.picking",
            "stock.move",
            "stock.move.line",
            "stock.quant",
            "stock.lot",
            "sale.order",
            "sale.order.line",
            "purchase.order",
            "purchase.order.line",
            "delivery.carrier",
            "ir.attachment",
            "mail.message",
            "mail.activity.type",
            "mail.activity",
            "stock.backorder.confirmation",
            "res.country.state",
            "ir.model.data")) {
      mk(null, "ir.model", "model", m, "name", db.model(m).description());
    }
    long usd = mk("base.USD", "res.currency", "name", "USD", "symbol", "$");
    mk("base.EUR", "res.currency", "name", "EUR", "symbol", "€");
    long companyPartner =
        mk(
            "base.main_partner",
            "res.partner",
            "name",
            "YourCompany",
            "is_company",
            true,
            "street",
            "250 Executive Park Blvd, Suite 3400",
            "city",
            "San Francisco",
            "zip",
            "94134");
    long company =
        mk(
            "base.main_company",
            "res.company",
            "name",
            "YourCompany",
            "partner_id",
            companyPartner,
            "currency_id",
            usd);
    long root = mk("base.partner_root", "res.partner", "name", "OdooBot", "active", false);
    long adminPartner =
        mk(
            "base.partner_admin",
            "res.partner",
            "name",
            "Mitchell Admin",
            "email",
            "admin@yourcompany.example.com",
            "parent_id",
            companyPartner);
    long demoPartner =
        mk(
            "base.partner_demo",
            "res.partner",
            "name",
            "Marc Demo",
            "email",
            "mark.brown23@example.com",
            "parent_id",
            companyPartner);
    mk(
        "base.user_root",
        "res.users",
        "name",
        "OdooBot",
        "login",
        "__system__",
        "partner_id",
        root,
        "active",
        false);
    mk(
        "base.user_admin",
        "res.users",
        "name",
        "Mitchell Admin",
        "login",
        config.adminLogin(),
        "partner_id",
        adminPartner,
        "company_id",
        company);
    mk(
        "base.default_user",
        "res.users",
        "name",
        "Default User Template",
        "login",
        "default",
        "partner_id",
        root,
        "active",
        false);
    mk(
        "base.public_user",
        "res.users",
        "name",
        "Public user",
        "login",
        "public",
        "partner_id",
        root,
        "active",
        false);
    if (!v19) {
      mk(
          "base.user_portal",
          "res.users",
          "name",
          "Joel Willis",
          "login",
          "portal",
          "partner_id",
          root,
          "active",
          false);
    }
    mk(
        "base.user_demo",
        "res.users",
        "name",
        "Marc Demo",
        "login",
        config.demoLogin(),
        "partner_id",
        demoPartner,
        "company_id",
        company);
    mk(null, "ir.config_parameter", "key", "web.base.url", "value", "http://127.0.0.1");
    long be = mk("base.be", "res.country", "name", "Belgium", "code", "BE");
    long us = mk("base.us", "res.country", "name", "United States", "code", "US");
    long ca =
        mk(
            "base.state_us_5",
            "res.country.state",
            "name",
            "California",
            "code",
            "CA",
            "country_id",
            us);
    mk("base.state_us_27", "res.country.state", "name", "New York", "code", "NY", "country_id", us);
    mk("base.state_be_1", "res.country.state", "name", "Brussels", "code", "BRU", "country_id", be);
    long units = mk("uom.product_uom_unit", "uom.uom", "name", "Units", "rounding", 0.01);
    mk("uom.product_uom_dozen", "uom.uom", "name", "Dozens", "rounding", 0.01, "factor", 1.0 / 12);
    mk("uom.product_uom_kgm", "uom.uom", "name", "kg", "rounding", 0.001);
    mk(
        "mail.mail_activity_data_email",
        "mail.activity.type",
        "name",
        "Email",
        "category",
        "default");
    mk(
        "mail.mail_activity_data_call",
        "mail.activity.type",
        "name",
        "Call",
        "category",
        "phonecall");
    mk(
        "mail.mail_activity_data_todo",
        "mail.activity.type",
        "name",
        "To-Do",
        "category",
        "default");
    mk(
        "mail.mail_activity_data_upload_document",
        "mail.activity.type",
        "name",
        "Upload Document",
        "category",
        "upload_file");
    mk(
        "mail.mail_activity_data_warning",
        "mail.activity.type",
        "name",
        "Exception",
        "category",
        "default");
    if (!config.seed()) {
      return;
    }
    for (String tag :
        List.of(
            "Prospects",
            "Services",
            "Consulting Services",
            "Vendor",
            "Office Supplies",
            "Employees",
            "Desk Manufacturers")) {
      mk(null, "res.partner.category", "name", tag);
    }
    long all = mk("product.product_category_all", "product.category", "name", "All");
    long saleable =
        mk("product.product_category_1", "product.category", "name", "Saleable", "parent_id", all);
    long wood =
        mk(
            "base.partner_wood_corner",
            "res.partner",
            "name",
            "Wood Corner",
            "is_company",
            true,
            "email",
            "wood.corner26@example.com",
            "city",
            "Turlock",
            "street",
            "1839 Arbor Way",
            "zip",
            "95380",
            "state_id",
            ca,
            "country_id",
            us,
            "phone",
            "(623)-853-7197");
    mk(
        "base.partner_wood_corner_contact",
        "res.partner",
        "name",
        "Willie Burke",
        "parent_id",
        wood,
        "email",
        "willie.burke80@example.com");
    long deco =
        mk(
            "base.partner_deco_addict",
            "res.partner",
            "name",
            "Deco Addict",
            "is_company",
            true,
            "email",
            "deco.addict82@example.com",
            "city",
            "Pleasant Hill",
            "street",
            "77 Santa Barbara Rd",
            "zip",
            "94523",
            "state_id",
            ca,
            "country_id",
            us);
    mk(
        "base.partner_azure",
        "res.partner",
        "name",
        "Azure Interior",
        "is_company",
        true,
        "email",
        "azure.Interior24@example.com",
        "city",
        "Fremont",
        "street",
        "4557 De Silva St",
        "zip",
        "94538",
        "state_id",
        ca,
        "country_id",
        us);
    long gemini =
        mk(
            "base.partner_gemini",
            "res.partner",
            "name",
            "Gemini Furniture",
            "is_company",
            true,
            "email",
            "gemini.furniture39@example.com",
            "city",
            "Fairfield",
            "street",
            "317 Fairchild Dr",
            "zip",
            "94535",
            "state_id",
            ca,
            "country_id",
            us);

    // locations
    long physical =
        mk(
            "stock.stock_location_locations",
            "stock.location",
            "name",
            "Physical Locations",
            "usage",
            "view");
    long virtual =
        mk(
            "stock.stock_location_locations_virtual",
            "stock.location",
            "name",
            "Virtual Locations",
            "usage",
            "view");
    Long partners =
        v19
            ? null
            : mk(
                "stock.stock_location_locations_partner",
                "stock.location",
                "name",
                "Partners",
                "usage",
                "view");
    long vendors =
        mk(
            "stock.stock_location_suppliers",
            "stock.location",
            "name",
            "Vendors",
            "usage",
            "supplier",
            "location_id",
            partners);
    long customers =
        mk(
            "stock.stock_location_customers",
            "stock.location",
            "name",
            "Customers",
            "usage",
            "customer",
            "location_id",
            partners);
    mk(
        "stock.location_inventory",
        "stock.location",
        "name",
        "Inventory adjustment",
        "usage",
        "inventory",
        "location_id",
        virtual);
    long whView =
        mk(
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
        mk(
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
        mk(
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
        mk(
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
    mk(
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
    long wh =
        mk(
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
        mk(
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
        mk(
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
    mk(
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
        mk(
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
    mk(
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
    mk(
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
    long lot = mk("stock.lot_scanner_0001", "stock.lot", "name", "LOT-0001", "product_id", scanner);

    quant(desk, stock, null, 50.0);
    quant(chair, stock, null, 20.0);
    quant(lamp, stock, null, 5.0);
    quant(cable, stock, null, 100.0);
    quant(scanner, stock, lot, 10.0);

    // a quotation, a confirmed order with a ready delivery, a draft purchase order
    String uom = v19 ? "product_uom_id" : "product_uom";
    long so1 =
        mk(
            "sale.sale_order_1",
            "sale.order",
            "partner_id",
            deco,
            "validity_date",
            LocalDate.now(config.clock()).plusDays(30).toString());
    mk(
        null,
        "sale.order.line",
        "order_id",
        so1,
        "product_id",
        desk,
        "product_uom_qty",
        3.0,
        uom,
        units);
    mk(
        null,
        "sale.order.line",
        "order_id",
        so1,
        "product_id",
        chair,
        "product_uom_qty",
        2.0,
        uom,
        units);
    long so2 =
        mk(
            "sale.sale_order_2",
            "sale.order",
            "partner_id",
            wood,
            "carrier_id",
            db.ref("delivery.free_delivery_carrier"));
    mk(
        null,
        "sale.order.line",
        "order_id",
        so2,
        "product_id",
        chair,
        "product_uom_qty",
        4.0,
        uom,
        units);
    db.stock().saleConfirm(List.of(so2));
    long po = mk("purchase.purchase_order_1", "purchase.order", "partner_id", gemini);
    mk(
        null,
        "purchase.order.line",
        "order_id",
        po,
        "product_id",
        lamp,
        "product_qty",
        10.0,
        uom,
        units);
    if (v18) {
      db.setXmlId("base.partner_demo_portal", "res.partner", demoPartner);
    }
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
