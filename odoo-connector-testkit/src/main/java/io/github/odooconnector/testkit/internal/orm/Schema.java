package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.FakeOdooException;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.internal.orm.ModelDef.DemoAccess;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model definitions of the fake, using real Odoo field names for the posed version: one method
 * per Odoo app (base, product, mail here; stock in {@link StockSchema}; sale, purchase and delivery
 * in {@link OrderSchema}), then the float digits real Odoo reports and the caller's custom fields.
 */
final class Schema {
  private Schema() {}

  static Map<String, ModelDef> build(
      OdooVersion version, Map<String, Map<String, String>> customFields) {
    Map<String, ModelDef> m = new LinkedHashMap<>();
    base(m, version);
    product(m, version);
    StockSchema.stock(m, version);
    OrderSchema.sale(m, version);
    OrderSchema.purchase(m, version);
    OrderSchema.delivery(m, version);
    mail(m, version);
    StockSchema.wizards(m, version);
    digits(m, version.major() >= 19);
    ShippingModels.extend(m, version);
    AccountModels.extend(m, version);
    for (Map.Entry<String, Map<String, String>> e : customFields.entrySet()) {
      ModelDef model = m.get(e.getKey());
      if (model == null) {
        throw new FakeOdooException("custom field on unknown model: " + e.getKey());
      }
      e.getValue().forEach((name, type) -> model.simple(type, name, name));
    }
    return m;
  }

  /** base: companies, currencies, users, system parameters, partners, countries, units. */
  private static void base(Map<String, ModelDef> m, OdooVersion version) {
    boolean v18 = version.major() >= 18;
    boolean v19 = version.major() >= 19;
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
    // custom fields created as Studio / Settings > Technical > Fields do (see StockHooks)
    m.put(
        "ir.model.fields",
        new ModelDef("ir.model.fields", "Fields")
            .chr("name", "Field Name")
            .required()
            .chr("model", "Model Name")
            .m2o("model_id", "Model", "ir.model")
            .required()
            .chr("field_description", "Field Label")
            .required()
            .chr("ttype", "Field Type")
            .required()
            .chr("state", "Type")
            .def("manual")
            .bool("store", "Stored")
            .def(true)
            .recName("field_description")
            .demo(DemoAccess.NONE)
            .writeGroup(v19 ? "Role / Administrator" : "Administration/Settings"));
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
            .binary("image_1920", "Image")
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
            .bool("noupdate", "Non Updatable")
            .def(false)
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
  }

  /** product: categories, templates and their variants (delegated fields). */
  private static void product(Map<String, ModelDef> m, OdooVersion version) {
    boolean v18 = version.major() >= 18;
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
  }

  /** Documents and chatter: ir.attachment (base) and the mail app's messages and activities. */
  private static void mail(Map<String, ModelDef> m, OdooVersion version) {

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
  }

  /**
   * Float precision as real Odoo 17/18/19 report it in {@code fields_get} (the schema-fields_get-*
   * captures): prices, quantities and weights have 2 decimals, geo coordinates 7, unit ratios
   * {@code digits=0} (no rounding). Stored values are rounded to it on create and write.
   */
  private static void digits(Map<String, ModelDef> m, boolean v19) {
    Map<String, String[]> twoDecimals = new LinkedHashMap<>();
    String[] product = {
      "list_price",
      "standard_price",
      "weight",
      "volume",
      "qty_available",
      "virtual_available",
      "free_qty"
    };
    twoDecimals.put("product.template", Arrays.copyOf(product, 5));
    twoDecimals.put("product.product", product);
    twoDecimals.put(
        "sale.order.line",
        new String[] {
          "price_unit", "product_uom_qty", "discount", "qty_delivered", "qty_invoiced"
        });
    twoDecimals.put(
        "purchase.order.line", new String[] {"price_unit", "product_qty", "qty_received"});
    twoDecimals.put("stock.move", new String[] {"product_uom_qty", "quantity"});
    twoDecimals.put("stock.move.line", new String[] {"quantity"});
    twoDecimals.put(
        "stock.picking",
        v19 ? new String[] {"weight", "shipping_weight"} : new String[] {"weight"});
    twoDecimals.put(
        "stock.quant",
        new String[] {
          "quantity",
          "reserved_quantity",
          "available_quantity",
          "inventory_quantity",
          "inventory_diff_quantity"
        });
    twoDecimals.forEach(
        (model, fields) -> {
          for (String f : fields) {
            setDigits(m.get(model), f, List.of(16, 2));
          }
        });
    setDigits(m.get("res.partner"), "partner_latitude", List.of(10, 7));
    setDigits(m.get("res.partner"), "partner_longitude", List.of(10, 7));
    setDigits(m.get("uom.uom"), "factor", List.of());
    setDigits(m.get("uom.uom"), "rounding", List.of());
  }

  private static void setDigits(ModelDef model, String field, List<Integer> digits) {
    FieldDef f = model.field(field);
    if (f == null) {
      throw new IllegalStateException("no field " + model.name() + "." + field);
    }
    model.fields.put(field, f.withDigits(digits));
  }
}
