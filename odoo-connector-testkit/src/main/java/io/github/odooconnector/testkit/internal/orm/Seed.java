package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.internal.FakeConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed data: a small distributor shaped like Odoo's demo company ("YourCompany", warehouse WH),
 * loaded in steps: the model registry and base records (currencies, company, users, countries,
 * units, activity types), then, unless seeding is off, partners and product categories, the
 * warehouse and products ({@link SeedStock}) and a few orders. Later steps find the records of
 * earlier ones by their external ids.
 */
final class Seed {
  private final Database db;

  private Seed(Database db) {
    this.db = db;
  }

  static void load(Database db, FakeConfig config) {
    new Seed(db).load(config);
  }

  /** Creates a record from field/value pairs and, when given, registers its external id. */
  long mk(String xmlId, String model, Object... kv) {
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
    registerModels();
    base(config);
    if (!config.seed()) {
      return;
    }
    partners();
    new SeedStock(db, this).load();
    orders(config);
  }

  /** One ir.model record per model of the schema. */
  private void registerModels() {
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
            "ir.model.data",
            "account.move")) {
      mk(null, "ir.model", "model", m, "name", db.model(m).description());
    }
  }

  /** Currencies, company, users and their partners, countries, units, activity types. */
  private void base(FakeConfig config) {
    boolean v19 = db.version().major() >= 19;
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
  }

  /** Partner tags, product categories, customers and vendors. */
  private void partners() {
    long us = db.ref("base.us");
    long ca = db.ref("base.state_us_5");
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
  }

  /** A quotation, a confirmed order with a ready delivery, a draft purchase order. */
  private void orders(FakeConfig config) {
    boolean v18 = db.version().major() >= 18;
    boolean v19 = db.version().major() >= 19;
    long demoPartner = db.ref("base.partner_demo");
    long units = db.ref("uom.product_uom_unit");
    long wood = db.ref("base.partner_wood_corner");
    long deco = db.ref("base.partner_deco_addict");
    long gemini = db.ref("base.partner_gemini");
    long desk = db.ref("product.product_desk");
    long chair = db.ref("product.product_chair");
    long lamp = db.ref("product.product_lamp");
    long delivery = db.ref("delivery.product_delivery");
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
}
