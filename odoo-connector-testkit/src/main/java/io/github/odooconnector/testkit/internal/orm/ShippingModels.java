package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.OdooVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fake needs for shipping, kept apart from the core schema and flows: packages ({@code
 * stock.quant.package} on 17/18, {@code stock.package} on 19) with package types and {@code
 * action_put_in_pack} as each version answers it; the customs fields of products ({@code hs_code},
 * {@code country_of_origin}) and product tags; the delivery method rules and margins of {@code
 * delivery.carrier} (18+ adds weight/volume limits and tag rules); {@code
 * stock.move.line.sale_price}; sale order delivery lines; and the return wizard ({@code
 * stock.return.picking}: {@code create_returns} on 17, {@code action_create_returns} on 18/19).
 * Field names follow the captured {@code fields_get} of each version.
 */
final class ShippingModels {

  private ShippingModels() {}

  /** The package model of a version. */
  static String packageModel(OdooVersion version) {
    return version.major() >= 19 ? "stock.package" : "stock.quant.package";
  }

  static void extend(Map<String, ModelDef> m, OdooVersion version) {
    boolean v18 = version.major() >= 18;
    boolean v19 = version.major() >= 19;
    String pkg = packageModel(version);
    String inventoryUser = v19 ? "Inventory / User" : "Inventory/User";

    ModelDef type =
        new ModelDef("stock.package.type", "Stock package type")
            .chr("name", "Package Type")
            .required()
            .integer("sequence", "Sequence")
            .def(1L)
            .chr("barcode", "Barcode")
            .flt("height", "Height")
            .flt("width", "Width")
            .flt("packaging_length", "Length")
            .flt("base_weight", "Weight")
            .flt("max_weight", "Max Weight")
            .chr("shipper_package_code", "Carrier Code")
            .sel("package_carrier_type", "Carrier", "none", "No carrier integration")
            .def("none")
            .chr("length_uom_name", "Length unit of measure label")
            .compute((db, r) -> "mm")
            .chr("weight_uom_name", "Weight unit of measure label")
            .compute((db, r) -> "kg")
            .m2o("company_id", "Company", "res.company")
            .writeGroup(inventoryUser);
    if (v19) {
      type.sel("package_use", "Package Use", "disposable", "Disposable", "reusable", "Reusable")
          .def("disposable");
    }
    m.put("stock.package.type", type);

    ModelDef p =
        new ModelDef(pkg, v19 ? "Package" : "Packages")
            .chr("name", "Package Reference")
            .def(db -> String.format("PACK%07d", db.nextSequence("stock.package")))
            .m2o("package_type_id", "Package Type", "stock.package.type")
            .flt("shipping_weight", "Shipping Weight")
            .flt("weight", "Weight")
            .compute((db, r) -> packageWeight(db, r))
            .chr("weight_uom_name", "Weight unit of measure label")
            .compute((db, r) -> "kg")
            .o2m("quant_ids", "Bulk Content", "stock.quant", "package_id")
            .m2o("location_id", "Location", "stock.location")
            .m2o("company_id", "Company", "res.company")
            .date("pack_date", "Pack Date")
            .def(Database::todayString)
            .writeGroup(inventoryUser);
    if (v19) {
      p.m2o("parent_package_id", "Container", pkg)
          .m2o("package_dest_id", "Destination Container", pkg)
          .m2m("picking_ids", "Transfers", "stock.picking")
          .compute((db, r) -> pickingsOfPackage(db, (Long) r.get("id")));
    } else {
      p.sel(
              "package_use",
              "Package Use",
              "disposable",
              "Disposable Box",
              "reusable",
              "Reusable Box")
          .def("disposable");
    }
    m.put(pkg, p);

    m.get("stock.quant").m2o("package_id", "Package", pkg);
    m.get("stock.move.line")
        .m2o("package_id", "Source Package", pkg)
        .m2o("result_package_id", "Destination Package", pkg)
        .flt("sale_price", "Sale price")
        .compute((db, r) -> salePrice(db, r));

    m.put(
        "product.tag",
        new ModelDef("product.tag", "Product Tag")
            .chr("name", "Name")
            .required()
            .writeGroup("Inventory/Administrator"));
    m.put(
        "delivery.zip.prefix",
        new ModelDef("delivery.zip.prefix", "Delivery Zip Prefix")
            .chr("name", "Prefix")
            .required()
            .writeGroup(v19 ? "Role / Administrator" : "Administration/Settings"));

    ModelDef tmpl = m.get("product.template");
    ModelDef prod = m.get("product.product");
    tmpl.chr("hs_code", "HS Code")
        .m2o("country_of_origin", "Origin of Goods", "res.country")
        .m2m("product_tag_ids", "Tags", "product.tag");
    for (String f : List.of("hs_code", "country_of_origin", "product_tag_ids")) {
      prod.fields.put(f, tmpl.fields.get(f).owner("product.template"));
    }

    ModelDef carrier = m.get("delivery.carrier");
    carrier
        .m2m("country_ids", "Countries", "res.country")
        .m2m("state_ids", "States", "res.country.state")
        .m2m("zip_prefix_ids", "Zip Prefixes", "delivery.zip.prefix")
        .flt("margin", "Margin")
        .def(0.0)
        .flt("fixed_margin", "Fixed Margin")
        .def(0.0)
        .bool("free_over", "Free if order amount is above")
        .def(false)
        .flt("amount", "Amount")
        .def(0.0)
        .sel(
            "invoice_policy",
            "Invoicing Policy",
            "estimated",
            "Estimated cost",
            "real",
            "Real cost")
        .def("estimated")
        .integer("shipping_insurance", "Insurance Percentage")
        .def(0L)
        .bool("can_generate_return", "Can Generate Return")
        .compute((db, r) -> false)
        .bool("return_label_on_delivery", "Generate Return Label")
        .def(false);
    if (v18) {
      carrier
          .flt("max_weight", "Max Weight")
          .flt("max_volume", "Max Volume")
          .m2m("must_have_tag_ids", "Must Have Tags", "product.tag")
          .m2m("excluded_tag_ids", "Excluded Tags", "product.tag")
          .chr("weight_uom_name", "Weight unit of measure label")
          .compute((db, r) -> "kg")
          .chr("volume_uom_name", "Volume unit of measure label")
          .compute((db, r) -> "m³");
    }
    if (v19) {
      carrier.bool("allow_cash_on_delivery", "Cash on Delivery").def(false);
    }
    m.get("sale.order.line").bool("is_delivery", "Is a Delivery").def(false);

    ModelDef wizard =
        new ModelDef("stock.return.picking", "Return Picking")
            .m2o("picking_id", "Picking", "stock.picking")
            .o2m("product_return_moves", "Moves", "stock.return.picking.line", "wizard_id")
            .m2o("company_id", "Company", "res.company")
            .compute((db, r) -> db.related(r, "picking_id", "stock.picking", "company_id"))
            .demo(ModelDef.DemoAccess.NONE)
            .writeGroup(inventoryUser);
    if (!v18) {
      // 17 lets the user pick the destination of the return on the wizard
      wizard
          .m2o("location_id", "Return Location", "stock.location")
          .m2o("original_location_id", "Original Location", "stock.location")
          .m2o("parent_location_id", "Parent Location", "stock.location")
          .bool("move_dest_exists", "Chained Move Exists");
    }
    if (v19) {
      wizard
          .sel(
              "picking_type_code",
              "Type of Operation",
              "incoming",
              "Receipt",
              "outgoing",
              "Delivery",
              "internal",
              "Internal Transfer")
          .compute((db, r) -> db.related(r, "picking_id", "stock.picking", "picking_type_code"));
    }
    m.put("stock.return.picking", wizard);
    m.get("stock.picking")
        .integer("return_count", "# Returns")
        .compute(
            (db, r) ->
                (long) db.inverseIds("stock.picking", "return_id", (Long) r.get("id")).size());
    // what a return move remembers of the move it returns
    m.get("stock.move")
        .m2o("origin_returned_move_id", "Origin return move", "stock.move")
        .bool("to_refund", "Update quantities on SO/PO")
        .def(false);
    ModelDef line =
        new ModelDef("stock.return.picking.line", "Return Picking Line")
            .m2o("product_id", "Product", "product.product")
            .required()
            .flt("quantity", "Quantity")
            .def(0.0)
            .m2o("uom_id", "Unit of Measure", "uom.uom")
            .m2o("wizard_id", "Wizard", "stock.return.picking")
            .m2o("move_id", "Move", "stock.move")
            .bool("to_refund", "Update quantities on SO/PO")
            .def(true)
            .demo(ModelDef.DemoAccess.NONE)
            .writeGroup(inventoryUser);
    if (v18) {
      line.flt("move_quantity", "Move Quantity")
          .compute(
              (db, r) ->
                  r.get("move_id") instanceof Long mv ? db.get("stock.move", mv, "quantity") : 0.0);
    }
    m.put("stock.return.picking.line", line);
  }

  private static Object packageWeight(Database db, Map<String, Object> pkg) {
    long id = (Long) pkg.get("id");
    double weight = 0;
    if (pkg.get("package_type_id") instanceof Long t && db.exists("stock.package.type", t)) {
      weight += Stock.num(db.row("stock.package.type", t).get("base_weight"));
    }
    for (long l : db.inverseIds("stock.move.line", "result_package_id", id)) {
      Map<String, Object> ml = db.row("stock.move.line", l);
      if (ml.get("product_id") instanceof Long prod) {
        weight +=
            Stock.num(ml.get("quantity")) * Stock.num(db.get("product.product", prod, "weight"));
      }
    }
    return weight;
  }

  private static List<Long> pickingsOfPackage(Database db, long packageId) {
    Set<Long> out = new LinkedHashSet<>();
    for (long l : db.inverseIds("stock.move.line", "result_package_id", packageId)) {
      if (db.row("stock.move.line", l).get("picking_id") instanceof Long p) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * As stock_delivery: the sale line's unit price, else the product's list price, times quantity.
   */
  private static Object salePrice(Database db, Map<String, Object> moveLine) {
    double qty = Stock.num(moveLine.get("quantity"));
    if (moveLine.get("move_id") instanceof Long mv
        && db.row("stock.move", mv).get("sale_line_id") instanceof Long sl
        && db.exists("sale.order.line", sl)) {
      return qty * Stock.num(db.row("sale.order.line", sl).get("price_unit"));
    }
    if (moveLine.get("product_id") instanceof Long prod) {
      return qty * Stock.num(db.get("product.product", prod, "list_price"));
    }
    return 0.0;
  }

  /** Whether this version has the shipping method (for the RPC signature check). */
  static boolean hasMethod(OdooVersion version, String model, String method) {
    switch (model + "." + method) {
      case "stock.picking.action_put_in_pack":
        return true;
      case "stock.return.picking.create_returns":
        return version.major() < 18;
      case "stock.return.picking.action_create_returns":
        return version.major() >= 18;
      default:
        return false;
    }
  }

  /** Runs a shipping method {@link #hasMethod} accepted. */
  static Object call(Database db, String model, String method, List<Long> ids) {
    if ("stock.picking".equals(model)) {
      return putInPack(db, ids);
    }
    return createReturns(db, ids);
  }

  // ------------------------------------------------------------------ put in pack

  /**
   * {@code stock.picking.action_put_in_pack}: puts the picking's unpacked move lines with a
   * quantity into a new package. 17/18 answer the package recordset (a repr over JSON-RPC), 19 its
   * ids; with a carrier set, 17/18 open the {@code choose.delivery.package} wizard and 19 the
   * {@code stock.put.in.pack} wizard instead. Nothing left to pack is a UserError on 17/18; 19
   * creates an outer package around the picking's packages.
   */
  static Object putInPack(Database db, List<Long> pickingIds) {
    boolean v19 = db.version().major() >= 19;
    String pkgModel = packageModel(db.version());
    List<Long> lines = new ArrayList<>();
    Set<Long> existing = new LinkedHashSet<>();
    for (long picking : pickingIds) {
      for (long l : db.inverseIds("stock.move.line", "picking_id", picking)) {
        Map<String, Object> ml = db.row("stock.move.line", l);
        if (ml.get("result_package_id") instanceof Long pk) {
          existing.add(pk);
        } else if (Stock.num(ml.get("quantity")) > 0) {
          lines.add(l);
        }
      }
    }
    Map<String, Object> first = db.row("stock.picking", pickingIds.get(0));
    if (first.get("carrier_id") instanceof Long) {
      Map<String, Object> ctx = new LinkedHashMap<>();
      if (v19) {
        ctx.put("all_move_line_ids", lines);
        ctx.put("default_move_line_ids", lines);
        ctx.put("picking_ids", pickingIds);
        ctx.put("default_package_carrier_type", "none");
        return action("Put in Pack", "stock.put.in.pack", ctx);
      }
      ctx.put("current_package_carrier_type", "none");
      ctx.put("default_picking_id", pickingIds.get(0));
      ctx.put("batch_pack", false);
      return action("Package Details", "choose.delivery.package", ctx);
    }
    if (lines.isEmpty()) {
      if (!v19 || existing.isEmpty()) {
        throw OdooError.userError(
            "There is nothing eligible to put in a pack. Either there are no quantities to put in"
                + " a pack or all products are already in a pack.");
      }
      long outer = db.createOne(pkgModel, new LinkedHashMap<>());
      for (long inner : existing) {
        db.setRaw(pkgModel, inner, "parent_package_id", outer);
      }
      return List.of(outer);
    }
    long pack = db.createOne(pkgModel, new LinkedHashMap<>());
    for (long l : lines) {
      db.setRaw("stock.move.line", l, "result_package_id", pack);
    }
    return v19 ? List.of(pack) : new Recordset(pkgModel, List.of(pack));
  }

  private static Map<String, Object> action(String name, String model, Map<String, Object> ctx) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("name", name);
    a.put("type", "ir.actions.act_window");
    a.put("view_mode", "form");
    a.put("res_model", model);
    a.put("target", "new");
    a.put("context", ctx);
    return a;
  }

  // ------------------------------------------------------------------ return wizard

  /** What {@code default_get} of the wizard answers: the picking in the context. */
  static void returnWizardDefaults(Database db, List<String> fields, Map<String, Object> out) {
    Object active = db.context().get("active_id");
    if (fields.contains("picking_id")
        && "stock.picking".equals(db.context().get("active_model"))
        && active instanceof Number n) {
      out.put("picking_id", n.longValue());
    }
  }

  /** Fills a new return wizard from the picking in the context, as Odoo's default_get does. */
  static void afterCreateReturnWizard(Database db, long wizardId) {
    Map<String, Object> wizard = db.row("stock.return.picking", wizardId);
    Object picking = wizard.get("picking_id");
    if (!(picking instanceof Long)) {
      Object active = db.context().get("active_id");
      if (!(active instanceof Number n) || !db.exists("stock.picking", n.longValue())) {
        throw OdooError.userError("Please specify the transfer to return (active_id).");
      }
      picking = n.longValue();
      db.setRaw("stock.return.picking", wizardId, "picking_id", picking);
    }
    long pickingId = (Long) picking;
    if (!"done".equals(db.row("stock.picking", pickingId).get("state"))) {
      throw OdooError.userError("You may only return Done pickings.");
    }
    if (db.version().major() < 18 && wizard.get("location_id") == null) {
      // 17: the return goes back where the delivery came from, unless the user picks another
      Object source = db.row("stock.picking", pickingId).get("location_id");
      db.setRaw("stock.return.picking", wizardId, "original_location_id", source);
      db.setRaw("stock.return.picking", wizardId, "location_id", source);
      db.setRaw("stock.return.picking", wizardId, "move_dest_exists", false);
      if (source instanceof Long src) {
        db.setRaw(
            "stock.return.picking",
            wizardId,
            "parent_location_id",
            db.row("stock.location", src).get("location_id"));
      }
    }
    if (!db.inverseIds("stock.return.picking.line", "wizard_id", wizardId).isEmpty()) {
      return;
    }
    boolean prefill = db.version().major() < 18;
    for (long mv : db.inverseIds("stock.move", "picking_id", pickingId)) {
      Map<String, Object> move = db.row("stock.move", mv);
      if ("cancel".equals(move.get("state"))) {
        continue;
      }
      Map<String, Object> vals = new LinkedHashMap<>();
      vals.put("wizard_id", wizardId);
      vals.put("move_id", mv);
      vals.put("product_id", move.get("product_id"));
      vals.put("uom_id", move.get("product_uom"));
      vals.put(
          "quantity",
          prefill
              ? Math.max(0, Stock.num(db.get("stock.move", mv, "quantity")) - returned(db, mv))
              : 0.0);
      db.createOne("stock.return.picking.line", vals);
    }
  }

  private static double returned(Database db, long moveId) {
    Map<String, Object> move = db.row("stock.move", moveId);
    Object picking = move.get("picking_id");
    double qty = 0;
    if (picking instanceof Long p) {
      for (long ret : db.inverseIds("stock.picking", "return_id", p)) {
        for (long rm : db.inverseIds("stock.move", "picking_id", ret)) {
          Map<String, Object> r = db.row("stock.move", rm);
          if (move.get("product_id").equals(r.get("product_id"))
              && !"cancel".equals(r.get("state"))) {
            qty += Stock.num(r.get("product_uom_qty"));
          }
        }
      }
    }
    return qty;
  }

  /**
   * {@code create_returns} (17) / {@code action_create_returns} (18/19): an incoming return picking
   * of the lines with a quantity, linked to the delivery ({@code return_id}) and its moves ({@code
   * origin_returned_move_id}); refunded lines keep the sale line, so validating the return lowers
   * its delivered quantity.
   */
  static Object createReturns(Database db, List<Long> wizardIds) {
    long wizardId = wizardIds.get(0);
    Map<String, Object> wizard = db.row("stock.return.picking", wizardId);
    long pickingId = (Long) wizard.get("picking_id");
    Map<String, Object> original = db.row("stock.picking", pickingId);
    boolean v17 = db.version().major() < 18;
    // 17: the wizard's location; 18/19: where the delivery came from
    Object destination =
        v17 && wizard.get("location_id") != null
            ? wizard.get("location_id")
            : original.get("location_id");
    List<Map<String, Object>> moves = new ArrayList<>();
    for (long l : db.inverseIds("stock.return.picking.line", "wizard_id", wizardId)) {
      Map<String, Object> line = db.row("stock.return.picking.line", l);
      double qty = Stock.num(line.get("quantity"));
      if (qty <= 0) {
        continue;
      }
      Map<String, Object> mv = new LinkedHashMap<>();
      mv.put("name", db.displayName("product.product", (Long) line.get("product_id")));
      mv.put("product_id", line.get("product_id"));
      mv.put("product_uom_qty", qty);
      mv.put("product_uom", line.get("uom_id"));
      mv.put("location_id", original.get("location_dest_id"));
      mv.put("location_dest_id", destination);
      boolean refund = Boolean.TRUE.equals(line.get("to_refund"));
      mv.put("to_refund", refund);
      if (line.get("move_id") instanceof Long returned && db.exists("stock.move", returned)) {
        mv.put("origin_returned_move_id", returned);
        Object saleLine = db.row("stock.move", returned).get("sale_line_id");
        if (refund && saleLine != null) {
          // sale_stock: a refunded return lowers the sale line's delivered quantity
          mv.put("sale_line_id", saleLine);
        }
      }
      moves.add(mv);
    }
    if (moves.isEmpty()) {
      throw OdooError.userError("Please specify at least one non-zero quantity.");
    }
    Object type = original.get("picking_type_id");
    Object returnType =
        type instanceof Long t
            ? db.row("stock.picking.type", t).get("return_picking_type_id")
            : null;
    Map<String, Object> vals = new LinkedHashMap<>();
    vals.put("picking_type_id", returnType != null ? returnType : type);
    vals.put("partner_id", original.get("partner_id"));
    vals.put("location_id", original.get("location_dest_id"));
    vals.put("location_dest_id", destination);
    vals.put("return_id", pickingId);
    vals.put("origin", "Return of " + original.get("name"));
    List<Object> commands = new ArrayList<>();
    for (Map<String, Object> mv : moves) {
      commands.add(List.of(0, 0, mv));
    }
    vals.put("move_ids", commands);
    long returnPicking = db.createOne("stock.picking", vals);
    db.stock().pickingConfirm(List.of(returnPicking));
    db.stock().assign(List.of(returnPicking), false);
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("active_id", pickingId);
    ctx.put("active_ids", List.of(pickingId));
    ctx.put("active_model", "stock.picking");
    if (v17) {
      // 17 opens the list of the return type's pickings with these defaults (returns-* captures)
      ctx.put("default_partner_id", original.get("partner_id"));
      ctx.put("search_default_picking_type_id", vals.get("picking_type_id"));
      for (String f :
          List.of("draft", "assigned", "confirmed", "ready", "planning_issues", "available")) {
        ctx.put("search_default_" + f, false);
      }
    }
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("name", "Returned Picking");
    a.put("view_mode", v17 ? "form,tree,calendar" : "form");
    a.put("res_model", "stock.picking");
    a.put("res_id", returnPicking);
    a.put("type", "ir.actions.act_window");
    a.put("context", ctx);
    return a;
  }
}
