package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds remote calls (execute_kw positional/keyword or JSON-2 named arguments) to ORM and business
 * methods.
 */
public final class Rpc {

  private record Param(String name, boolean required) {}

  private record Sig(boolean recordMethod, String owner, List<Param> params, boolean varKw) {}

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

  private final Database db;

  public Rpc(Database db) {
    this.db = db;
  }

  private Sig sig(String model, String method) {
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
      case "name_search":
        return new Sig(
            false,
            "BaseModel.name_search",
            List.of(opt("name"), opt(v18 ? "domain" : "args"), opt("operator"), opt("limit")),
            false);
      case "read_group":
        return new Sig(
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
      case "default_get":
        return new Sig(false, "BaseModel.default_get", List.of(req("fields_list")), false);
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
    return business ? new Sig(true, model + "." + method, List.of(), false) : null;
  }

  private OdooError noSuchMethod(String model, String method) {
    if (db.version().major() >= 18) {
      return OdooError.builtin(
          "AttributeError", "The method '" + model + "." + method + "' does not exist");
    }
    return OdooError.builtin(
        "AttributeError",
        "The method '" + method + "' does not exist on the model '" + model + "'");
  }

  private OdooError privateMethod(String model, String method) {
    int major = db.version().major();
    if (major == 18) {
      return noSuchMethod(model, method);
    }
    return OdooError.accessError(
        major >= 19
            ? "Private methods (such as '" + model + "." + method + "') cannot be called remotely."
            : "Private methods (such as " + method + ") cannot be called remotely.");
  }

  /**
   * execute_kw semantics.
   *
   * @param uid authenticated user
   * @param model model
   * @param method method
   * @param args positional arguments
   * @param kwargs keyword arguments (may contain context)
   * @return the raw result (null for None)
   */
  public Object executeKw(
      long uid, String model, String method, List<?> args, Map<String, Object> kwargs) {
    Map<String, Object> kw = new LinkedHashMap<>(kwargs == null ? Map.of() : kwargs);
    Map<String, Object> ctx = asContext(kw.remove("context"));
    return db.transaction(
        uid,
        ctx,
        () -> {
          if (!db.hasModel(model)) {
            throw OdooError.userError("Object " + model + " doesn't exist");
          }
          checkLang(ctx);
          if (method.startsWith("_") || "exists".equals(method) && db.version().major() >= 19) {
            throw privateMethod(model, method);
          }
          Sig sig = sig(model, method);
          if (sig == null) {
            throw noSuchMethod(model, method);
          }
          List<Object> positional = new ArrayList<>(args == null ? List.of() : args);
          List<Long> ids = List.of();
          if (sig.recordMethod()) {
            if (positional.isEmpty()) {
              throw OdooError.builtin(
                  "TypeError",
                  "Method " + method + " of " + model + " is a record method and requires ids");
            }
            ids = toIds(positional.remove(0));
          }
          Map<String, Object> bound = new LinkedHashMap<>();
          if (positional.size() > sig.params().size() && !sig.varKw()) {
            throw OdooError.builtin(
                "TypeError",
                sig.owner()
                    + "() takes from 1 to "
                    + (sig.params().size() + 1)
                    + " positional arguments but "
                    + (positional.size() + 1)
                    + " were given");
          }
          for (int i = 0; i < positional.size() && i < sig.params().size(); i++) {
            bound.put(sig.params().get(i).name(), positional.get(i));
          }
          for (var e : kw.entrySet()) {
            if (!sig.varKw() && sig.params().stream().noneMatch(p -> p.name().equals(e.getKey()))) {
              throw OdooError.builtin(
                  "TypeError",
                  sig.owner() + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            bound.put(e.getKey(), e.getValue());
          }
          for (Param p : sig.params()) {
            if (p.required() && !bound.containsKey(p.name())) {
              throw OdooError.builtin(
                  "TypeError",
                  sig.owner() + "() missing 1 required positional argument: '" + p.name() + "'");
            }
          }
          return run(model, method, ids, bound);
        });
  }

  /**
   * JSON-2 semantics: named arguments, {@code ids} and {@code context} in the body.
   *
   * @param uid authenticated user
   * @param model model
   * @param method method
   * @param body the JSON object body
   * @return the raw result (null for None)
   */
  public Object executeJson2(long uid, String model, String method, Map<String, Object> body) {
    Map<String, Object> kw = new LinkedHashMap<>(body);
    Map<String, Object> ctx = asContext(kw.remove("context"));
    Object idsRaw = kw.remove("ids");
    return db.transaction(
        uid,
        ctx,
        () -> {
          if (!db.hasModel(model)) {
            throw OdooError.http(404, "the model '" + model + "' does not exist");
          }
          if (method.startsWith("_") || "exists".equals(method)) {
            throw OdooError.accessError(
                "Private methods (such as '"
                    + model
                    + "."
                    + method
                    + "') cannot be called remotely.");
          }
          Sig sig = sig(model, method);
          if (sig == null) {
            throw OdooError.http(404, "The method '" + model + "." + method + "' does not exist");
          }
          checkLang(ctx);
          List<Long> ids = List.of();
          if (sig.recordMethod()) {
            ids = idsRaw == null ? List.of() : toIds(idsRaw);
          } else if (idsRaw != null) {
            throw OdooError.http(422, "cannot call " + model + "." + method + " with ids");
          }
          for (Param p : sig.params()) {
            if (p.required() && !kw.containsKey(p.name())) {
              throw OdooError.http(422, "missing a required argument: '" + p.name() + "'");
            }
          }
          for (String k : kw.keySet()) {
            if (!sig.varKw() && sig.params().stream().noneMatch(p -> p.name().equals(k))) {
              throw OdooError.builtin(
                  "TypeError", sig.owner() + "() got an unexpected keyword argument '" + k + "'");
            }
          }
          return run(model, method, ids, kw);
        });
  }

  private void checkLang(Map<String, Object> ctx) {
    Object lang = ctx.get("lang");
    if (db.version().major() >= 18 && lang instanceof String s && !"en_US".equals(s)) {
      throw OdooError.userError("Invalid language code: " + s);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asContext(Object o) {
    return o instanceof Map<?, ?> m ? Map.copyOf(nonNull((Map<String, Object>) m)) : Map.of();
  }

  private static Map<String, Object> nonNull(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v == null ? Boolean.FALSE : v));
    return out;
  }

  static List<Long> toIds(Object o) {
    List<Long> ids = new ArrayList<>();
    if (o instanceof Number n) {
      ids.add(n.longValue());
    } else if (o instanceof List<?> l) {
      for (Object x : l) {
        if (!(x instanceof Number n)) {
          throw OdooError.builtin("TypeError", "ids must be integers: " + Py.repr(o));
        }
        ids.add(n.longValue());
      }
    } else if (o != null && !Boolean.FALSE.equals(o)) {
      throw OdooError.builtin("TypeError", "ids must be integers: " + Py.repr(o));
    }
    return ids;
  }

  private static Long longOrNull(Object o) {
    return o instanceof Number n ? n.longValue() : null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    if (o instanceof List<?> l) {
      List<String> out = new ArrayList<>();
      for (Object x : l) {
        out.add(String.valueOf(x));
      }
      return out;
    }
    if (o instanceof String s) {
      return List.of(s);
    }
    return (List<String>) (List<?>) List.of();
  }

  private static List<?> domain(Object o) {
    if (o == null || Boolean.FALSE.equals(o)) {
      return List.of();
    }
    if (o instanceof List<?> l) {
      return l;
    }
    throw OdooError.builtin("ValueError", "Invalid domain: " + Py.repr(o));
  }

  private List<Long> existing(String model, List<Long> ids) {
    List<Long> missing = ids.stream().filter(id -> !db.exists(model, id)).toList();
    if (!missing.isEmpty()) {
      throw OdooError.missingError(model, missing, db.uid());
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  private Object run(String model, String method, List<Long> ids, Map<String, Object> a) {
    Stock stock = db.stock();
    switch (method) {
      case "search":
        return db.search(
            model, domain(a.get("domain")), offset(a), longOrNull(a.get("limit")), order(a));
      case "search_read":
        {
          List<Long> found =
              db.search(
                  model, domain(a.get("domain")), offset(a), longOrNull(a.get("limit")), order(a));
          return db.read(model, found, strings(a.get("fields")));
        }
      case "search_count":
        {
          List<Long> found =
              db.search(model, domain(a.get("domain")), 0, longOrNull(a.get("limit")), null);
          return (long) found.size();
        }
      case "read":
        return db.read(model, ids, strings(a.get("fields")));
      case "create":
        {
          Object v = a.get("vals_list");
          if (v instanceof Map<?, ?> m) {
            return db.create(model, List.of((Map<String, Object>) m)).get(0);
          }
          if (v instanceof List<?> l) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Object x : l) {
              if (!(x instanceof Map<?, ?> m)) {
                throw OdooError.builtin("ValueError", "create() expects dicts: " + Py.repr(x));
              }
              list.add((Map<String, Object>) m);
            }
            return db.create(model, list);
          }
          throw OdooError.builtin("ValueError", "create() expects a dict or a list of dicts");
        }
      case "write":
        {
          existing(model, ids);
          if (!(a.get("vals") instanceof Map<?, ?> vals)) {
            throw OdooError.builtin("ValueError", "write() expects a dict");
          }
          db.write(model, ids, (Map<String, Object>) vals);
          return true;
        }
      case "unlink":
        db.unlink(model, ids);
        return true;
      case "exists":
        return ids.stream().filter(id -> db.exists(model, id)).toList();
      case "action_archive":
      case "action_unarchive":
        {
          if (db.model(model).field("active") == null) {
            throw noSuchMethod(model, method);
          }
          db.write(model, ids, Map.of("active", "action_unarchive".equals(method)));
          return null;
        }
      case "fields_get":
        return db.fieldsGet(
            model,
            a.get("allfields") == null ? null : strings(a.get("allfields")),
            a.get("attributes") == null ? null : strings(a.get("attributes")));
      case "name_search":
        {
          Object dom = a.containsKey("domain") ? a.get("domain") : a.get("args");
          Object op = a.get("operator");
          return db.nameSearch(
              model,
              a.get("name") instanceof String s ? s : "",
              domain(dom),
              op instanceof String s ? s : "ilike",
              a.containsKey("limit") ? longOrNull(a.get("limit")) : Long.valueOf(100));
        }
      case "read_group":
        {
          Object lazy = a.get("lazy");
          return db.readGroup(
              model,
              domain(a.get("domain")),
              strings(a.get("fields")),
              strings(a.get("groupby")),
              offset(a),
              longOrNull(a.get("limit")),
              lazy == null || Py.truthy(lazy));
        }
      case "default_get":
        {
          Map<String, Object> out = new LinkedHashMap<>();
          ModelDef def = db.model(model);
          for (String f : strings(a.get("fields_list"))) {
            var d = def.defaults.get(f);
            if (d != null && def.field(f) != null) {
              out.put(f, db.external(def.field(f), d.apply(db)));
            }
          }
          return out;
        }
      case "message_post":
        return stock.messagePost(model, existing(model, ids), a);
      default:
        break;
    }
    existing(model, ids);
    switch (model + "." + method) {
      case "sale.order.action_confirm":
        return stock.saleConfirm(ids);
      case "sale.order.action_cancel":
        return stock.orderCancel(model, ids);
      case "sale.order.action_draft":
      case "purchase.order.button_draft":
        return stock.orderDraft(model, ids);
      case "purchase.order.button_confirm":
        return stock.purchaseConfirm(ids);
      case "purchase.order.button_cancel":
        return stock.orderCancel(model, ids);
      case "stock.picking.action_confirm":
        return stock.pickingConfirm(ids);
      case "stock.picking.action_assign":
        return stock.assign(ids, true);
      case "stock.picking.button_validate":
        return stock.validate(ids);
      case "stock.picking.action_cancel":
        return stock.pickingCancel(ids);
      case "stock.quant.action_apply_inventory":
        return stock.applyInventory(ids);
      case "stock.backorder.confirmation.process":
        return stock.backorderWizard(ids, true);
      case "stock.backorder.confirmation.process_cancel_backorder":
        return stock.backorderWizard(ids, false);
      default:
        if (ShippingModels.hasMethod(db.version(), model, method)) {
          return ShippingModels.call(db, model, method, ids);
        }
        throw noSuchMethod(model, method);
    }
  }

  private static long offset(Map<String, Object> a) {
    Long o = longOrNull(a.get("offset"));
    return o == null ? 0 : o;
  }

  private static String order(Map<String, Object> a) {
    return a.get("order") instanceof String s ? s : null;
  }
}
