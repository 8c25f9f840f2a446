package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds remote calls (execute_kw positional/keyword or JSON-2 named arguments) to ORM and business
 * methods.
 */
public final class Rpc {
  private final Database db;
  private final MethodSignatures signatures;

  public Rpc(Database db) {
    this.db = db;
    this.signatures = new MethodSignatures(db);
  }

  /**
   * What Odoo 19's {@code /doc-bearer/<model>.json} answers for the methods the fake knows: {@code
   * signature}, {@code parameters} in order (keyword arguments of {@code **kwargs} methods as
   * {@code VAR_KEYWORD}), {@code api: ["model"]} for methods without ids.
   *
   * @param model the model
   * @return the document, or empty when the model does not exist
   */
  public Optional<Map<String, Object>> documentation(String model) {
    if (!db.hasModel(model)) {
      return Optional.empty();
    }
    Map<String, Object> methods = new LinkedHashMap<>();
    signatures
        .documented(model)
        .forEach(
            (name, sig) -> {
              Map<String, Object> params = new LinkedHashMap<>();
              List<String> shown = new ArrayList<>();
              for (MethodSignatures.Param p : sig.params()) {
                params.put(
                    p.name(), p.required() ? Map.of() : Collections.singletonMap("default", null));
                shown.add(p.required() ? p.name() : p.name() + "=None");
              }
              if (sig.varKw()) {
                params.put("kwargs", Map.of("kind", "VAR_KEYWORD"));
                shown.add("**kwargs");
              }
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("signature", "(" + String.join(", ", shown) + ")");
              m.put("parameters", params);
              if (!sig.recordMethod()) {
                m.put("api", List.of("model"));
              }
              m.put("model", sig.owner().startsWith("BaseModel") ? "core" : model);
              m.put("module", sig.owner().startsWith("BaseModel") ? "core" : "stock");
              methods.put(name, m);
            });
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("model", model);
    doc.put("name", model);
    doc.put("fields", Map.of());
    doc.put("methods", methods);
    return Optional.of(doc);
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
            throw signatures.privateMethod(model, method);
          }
          MethodSignatures.Sig sig = signatures.sig(model, method);
          if (sig == null) {
            throw signatures.noSuchMethod(model, method);
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
          for (MethodSignatures.Param p : sig.params()) {
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
          MethodSignatures.Sig sig = signatures.sig(model, method);
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
          for (MethodSignatures.Param p : sig.params()) {
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
        // Odoo 17-19 raise MissingError for an id that no longer exists, and delete nothing
        db.unlink(model, existing(model, ids));
        return true;
      case "exists":
        return ids.stream().filter(id -> db.exists(model, id)).toList();
      case "action_archive":
      case "action_unarchive":
        {
          if (db.model(model).field("active") == null) {
            throw signatures.noSuchMethod(model, method);
          }
          db.write(model, ids, Map.of("active", "action_unarchive".equals(method)));
          return null;
        }
      case "load":
        {
          if (!(a.get("data") instanceof List<?> data)) {
            throw OdooError.builtin("ValueError", "load() expects a list of rows");
          }
          return new Loader(db).load(model, strings(a.get("fields")), data);
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
      case "formatted_read_group":
        if (db.version().major() < 19) {
          break;
        }
        return db.formattedReadGroup(
            model,
            domain(a.get("domain")),
            strings(a.get("groupby")),
            a.get("aggregates") == null ? List.of() : strings(a.get("aggregates")),
            offset(a),
            longOrNull(a.get("limit")),
            a.get("order") instanceof String o ? o : null);
      case "read_group":
        {
          if (db.config().readGroupRemoved()) {
            break;
          }
          Object lazy = a.get("lazy");
          return db.readGroup(
              model,
              domain(a.get("domain")),
              strings(a.get("fields")),
              strings(a.get("groupby")),
              offset(a),
              longOrNull(a.get("limit")),
              a.get("orderby") instanceof String o ? o : null,
              lazy == null || Py.truthy(lazy));
        }
      case "check_object_reference":
        {
          String xmlId = a.get("module") + "." + a.get("xml_id");
          Long id = db.refOrNull(xmlId);
          if (id == null) {
            throw OdooError.builtin("ValueError", "External ID not found in the system: " + xmlId);
          }
          return List.of(db.xmlIdModel(xmlId), id);
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
          if ("stock.return.picking".equals(model)) {
            ShippingModels.returnWizardDefaults(db, strings(a.get("fields_list")), out);
          }
          return out;
        }
      case "message_post":
        return stock.messagePost(model, existing(model, ids), a);
      default:
        break;
    }
    existing(model, ids);
    // a business method reads its records first: record rules refuse other companies' records
    CompanyRules.check(db, model, ids, "read");
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
        if (AccountModels.hasMethod(model, method)) {
          return AccountModels.call(db, model, method, ids);
        }
        throw signatures.noSuchMethod(model, method);
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
