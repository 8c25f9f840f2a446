package io.github.odooconnector.testkit.internal.orm;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Python signatures of the methods the fake serves (ORM methods, business methods, per version
 * and model), used to bind positional and keyword arguments as Odoo would, and the errors Odoo
 * gives for a method that does not exist or is private.
 */
final class MethodSignatures {
  private final Database db;

  MethodSignatures(Database db) {
    this.db = db;
  }

  record Param(String name, boolean required) {}

  record Sig(boolean recordMethod, String owner, List<Param> params, boolean varKw) {}

  private static Param req(String n) {
    return new Param(n, true);
  }

  private static Param opt(String n) {
    return new Param(n, false);
  }

  private static final Set<String> MAIL_THREAD =
      Set.of(
          "stock.picking",
          "sale.order",
          "purchase.order",
          "res.partner",
          "product.template",
          "product.product",
          "stock.lot");

  Sig sig(String model, String method) {
    boolean v18 = db.version().major() >= 18;
    switch (method) {
      case "search":
        return new Sig(
            false,
            "BaseModel.search",
            List.of(req("domain"), opt("offset"), opt("limit"), opt("order")),
            false);
      case "search_read":
        return new Sig(
            false,
            "BaseModel._read_format",
            List.of(opt("domain"), opt("fields"), opt("offset"), opt("limit"), opt("order")),
            false);
      case "search_count":
        return new Sig(
            false, "BaseModel.search_count", List.of(req("domain"), opt("limit")), false);
      case "read":
        return new Sig(true, "BaseModel.read", List.of(opt("fields"), opt("load")), false);
      case "create":
        return new Sig(false, "BaseModel.create", List.of(req("vals_list")), false);
      case "write":
        return new Sig(true, "BaseModel.write", List.of(req("vals")), false);
      case "unlink":
      case "action_archive":
      case "action_unarchive":
        return new Sig(true, "BaseModel." + method, List.of(), false);
      case "exists":
        return db.version().major() >= 19
            ? null
            : new Sig(true, "BaseModel.exists", List.of(), false);
      case "fields_get":
        return new Sig(
            false, "BaseModel.fields_get", List.of(opt("allfields"), opt("attributes")), false);
      case "load":
        return new Sig(false, "BaseModel.load", List.of(req("fields"), req("data")), false);
      case "name_search":
        return new Sig(
            false,
            "BaseModel.name_search",
            List.of(opt("name"), opt(v18 ? "domain" : "args"), opt("operator"), opt("limit")),
            false);
      case "read_group":
        return db.config().readGroupRemoved()
            ? null
            : new Sig(
                false,
                "BaseModel.read_group",
                List.of(
                    req("domain"),
                    req("fields"),
                    req("groupby"),
                    opt("offset"),
                    opt("limit"),
                    opt("orderby"),
                    opt("lazy")),
                false);
      case "formatted_read_group":
        return db.version().major() < 19
            ? null
            : new Sig(
                false,
                "BaseModel.formatted_read_group",
                List.of(
                    opt("domain"),
                    opt("groupby"),
                    opt("aggregates"),
                    opt("having"),
                    opt("offset"),
                    opt("limit"),
                    opt("order")),
                false);
      case "default_get":
        return new Sig(false, "BaseModel.default_get", List.of(req("fields_list")), false);
      case "check_object_reference":
        return "ir.model.data".equals(model)
            ? new Sig(
                false,
                "IrModelData.check_object_reference",
                List.of(req("module"), req("xml_id"), opt("raise_on_access_error")),
                false)
            : null;
      case "message_post":
        return MAIL_THREAD.contains(model)
            ? new Sig(true, "MailThread.message_post", List.of(), true)
            : null;
      default:
        break;
    }
    boolean business =
        switch (model + "." + method) {
          case "sale.order.action_confirm",
              "sale.order.action_cancel",
              "sale.order.action_draft",
              "purchase.order.button_confirm",
              "purchase.order.button_cancel",
              "purchase.order.button_draft",
              "stock.picking.action_confirm",
              "stock.picking.action_assign",
              "stock.picking.button_validate",
              "stock.picking.action_cancel",
              "stock.backorder.confirmation.process",
              "stock.quant.action_apply_inventory",
              "stock.backorder.confirmation.process_cancel_backorder" ->
              true;
          default -> false;
        };
    business |= ShippingModels.hasMethod(db.version(), model, method);
    business |= AccountModels.hasMethod(model, method);
    return business ? new Sig(true, model + "." + method, List.of(), false) : null;
  }

  /** Every method name {@link #sig} may know, for {@code /doc-bearer}. */
  private static final List<String> DOCUMENTABLE =
      List.of(
          "search",
          "search_read",
          "search_count",
          "read",
          "create",
          "write",
          "unlink",
          "action_archive",
          "action_unarchive",
          "exists",
          "fields_get",
          "load",
          "name_search",
          "read_group",
          "formatted_read_group",
          "default_get",
          "check_object_reference",
          "message_post",
          "action_confirm",
          "action_cancel",
          "action_draft",
          "button_confirm",
          "button_cancel",
          "button_draft",
          "action_assign",
          "button_validate",
          "process",
          "process_cancel_backorder",
          "action_apply_inventory",
          "action_put_in_pack",
          "create_returns",
          "action_create_returns");

  /** The methods of a model with their signatures, in the order {@code /doc-bearer} lists them. */
  Map<String, Sig> documented(String model) {
    Map<String, Sig> out = new TreeMap<>();
    for (String name : DOCUMENTABLE) {
      Sig sig = sig(model, name);
      if (sig != null) {
        out.put(name, sig);
      }
    }
    return out;
  }

  OdooError noSuchMethod(String model, String method) {
    if (db.version().major() >= 18) {
      return OdooError.builtin(
          "AttributeError", "The method '" + model + "." + method + "' does not exist");
    }
    return OdooError.builtin(
        "AttributeError",
        "The method '" + method + "' does not exist on the model '" + model + "'");
  }

  /**
   * Private methods that exist in Odoo 18. Odoo 17 and 19 refuse any name starting with an
   * underscore before looking the method up (AccessError); Odoo 18 looks it up first, so a private
   * name that does not exist there (such as {@code _read}, removed in 18) is an AttributeError
   * while an existing one ({@code _compute_display_name}, {@code _xmlid_to_res_id}) is the
   * AccessError (the error-private-method and xmlid-*-private captures).
   */
  private static final Set<String> PRIVATE_METHODS_18 =
      Set.of(
          "_compute_display_name",
          "_read_group",
          "_search",
          "_fetch_field",
          "_check_company",
          "_read_format",
          "_validate_fields",
          "_where_calc",
          "_apply_ir_rules",
          "_compute_field_value",
          "_rec_name_fallback",
          "_name_search",
          "_xmlid_to_res_id",
          "_xmlid_lookup",
          "_load_xmlid",
          "_update_xmlids");

  OdooError privateMethod(String model, String method) {
    int major = db.version().major();
    if (major == 18 && !PRIVATE_METHODS_18.contains(method)) {
      return noSuchMethod(model, method);
    }
    return OdooError.accessError(
        major >= 18
            ? "Private methods (such as '" + model + "." + method + "') cannot be called remotely."
            : "Private methods (such as " + method + ") cannot be called remotely.");
  }
}
