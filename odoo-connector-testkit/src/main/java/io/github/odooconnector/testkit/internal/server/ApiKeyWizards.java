package io.github.odooconnector.testkit.internal.server;

import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.orm.Database;
import io.github.odooconnector.testkit.internal.orm.OdooError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web client's API-key wizard as the {@code apikey-*} captures show it: {@code
 * res.users.api_key_wizard}, {@code res.users.apikeys.description.make_key} and {@code
 * res.users.apikeys.remove} are guarded by the identity check ({@code res.users.identitycheck}: the
 * password written on the wizard on 17/18, in {@code context.password} on 19; a passed check lasts
 * ten minutes per session); keys of 18/19 get an {@code expiration_date} (default: the next
 * midnight), users who are not administrators must give one of at most 90 days there. Only over
 * {@code /web/dataset/call_kw} with a session, as in Odoo. Thread-safe (synchronized).
 */
final class ApiKeyWizards {

  static final Set<String> MODELS =
      Set.of("res.users.identitycheck", "res.users.apikeys.description", "res.users.apikeys");

  private static final DateTimeFormatter ODOO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Duration CHECK_VALIDITY = Duration.ofMinutes(10);

  private record Pending(String sid, long uid, String method, long target) {}

  private record Description(long uid, String name, Instant expires) {}

  private record Key(
      long id, long uid, String name, String key, Instant created, Instant expires) {}

  private final FakeConfig config;
  private final Database db;
  private final AtomicLong ids = new AtomicLong(3);
  private final Map<String, Instant> checked = new LinkedHashMap<>();
  private final Map<Long, Pending> checks = new LinkedHashMap<>();
  private final Map<Long, String> written = new LinkedHashMap<>();
  private final Map<Long, Description> descriptions = new LinkedHashMap<>();
  private final Map<Long, Key> keys = new LinkedHashMap<>();

  ApiKeyWizards(FakeConfig config, Database db) {
    this.config = config;
    this.db = db;
  }

  static boolean handles(String model, String method) {
    return MODELS.contains(model) || "res.users".equals(model) && "api_key_wizard".equals(method);
  }

  synchronized Object call(
      String sid, long uid, String model, String method, List<Object> args, Map<String, ?> kw) {
    String call = model + "." + method;
    switch (call) {
      case "res.users.api_key_wizard":
        return guarded(sid, uid, method, 0);
      case "res.users.identitycheck.write":
        if (config.version().major() < 19
            && args.size() > 1
            && args.get(1) instanceof Map<?, ?> v) {
          written.put(first(args), String.valueOf(v.get("password")));
        }
        return true;
      case "res.users.identitycheck.run_check":
        return runCheck(sid, uid, first(args), kw);
      case "res.users.apikeys.description.create":
        return createDescription(uid, args);
      case "res.users.apikeys.description.make_key":
        return guarded(sid, uid, "make_key", first(args));
      case "res.users.apikeys.remove":
        return guarded(sid, uid, "remove", first(args));
      case "res.users.apikeys.search_read":
        return searchRead(uid, args);
      default:
        throw OdooError.builtin(
            "AttributeError", "type object '" + model + "' has no attribute '" + method + "'");
    }
  }

  private Object guarded(String sid, long uid, String method, long target) {
    Instant last = checked.get(sid);
    Instant now = config.clock().instant();
    if (last != null && last.plus(CHECK_VALIDITY).isAfter(now)) {
      return run(uid, method, target);
    }
    long id = ids.incrementAndGet();
    checks.put(id, new Pending(sid, uid, method, target));
    Map<String, Object> action = action("res.users.identitycheck");
    action.put("res_id", id);
    action.put("name", config.version().major() >= 19 ? "Access Control" : "Security Control");
    if (config.version().major() >= 19) {
      action.put("context", Map.of("dialog_size", "medium"));
    }
    return action;
  }

  private Object runCheck(String sid, long uid, long id, Map<String, ?> kw) {
    Pending p = checks.get(id);
    if (p == null || p.uid() != uid) {
      throw OdooError.missingError("res.users.identitycheck", List.of(id), uid);
    }
    String password =
        config.version().major() >= 19
            ? kw.get("context") instanceof Map<?, ?> c ? String.valueOf(c.get("password")) : null
            : written.get(id);
    String expected = uid == FakeConfig.ADMIN_UID ? config.adminPassword() : config.demoPassword();
    if (!expected.equals(password)) {
      throw OdooError.userError(
          "Incorrect Password, try again or click on Forgot Password to reset your password.");
    }
    checks.remove(id);
    written.remove(id);
    checked.put(sid, config.clock().instant());
    return run(uid, p.method(), p.target());
  }

  private Object run(long uid, String method, long target) {
    switch (method) {
      case "api_key_wizard":
        Map<String, Object> wizard = action("res.users.apikeys.description");
        wizard.put("name", "New API Key");
        return wizard;
      case "make_key":
        return makeKey(uid, target);
      default:
        Key k = keys.get(target);
        if (k == null || k.uid() != uid) {
          throw OdooError.missingError("res.users.apikeys", List.of(target), uid);
        }
        keys.remove(target);
        db.revokeApiKey(k.key());
        return Map.of("type", "ir.actions.act_window_close");
    }
  }

  private long createDescription(long uid, List<Object> args) {
    Map<?, ?> vals = args.isEmpty() || !(args.get(0) instanceof Map<?, ?> m) ? Map.of() : m;
    Object name = vals.get("name");
    if (!(name instanceof String s) || s.isBlank()) {
      throw OdooError.validationError("The operation cannot be completed: Description is required");
    }
    Instant expires = null;
    if (config.version().major() >= 18) {
      expires =
          vals.get("expiration_date") instanceof String d && !d.isBlank()
              ? LocalDateTime.parse(d, ODOO).toInstant(ZoneOffset.UTC)
              : LocalDate.ofInstant(config.clock().instant(), ZoneOffset.UTC)
                  .plusDays(1)
                  .atStartOfDay()
                  .toInstant(ZoneOffset.UTC);
    }
    long id = ids.incrementAndGet();
    descriptions.put(id, new Description(uid, s, expires));
    return id;
  }

  private Object makeKey(long uid, long descriptionId) {
    Description d = descriptions.get(descriptionId);
    if (d == null || d.uid() != uid) {
      throw OdooError.missingError("res.users.apikeys.description", List.of(descriptionId), uid);
    }
    Instant now = config.clock().instant();
    if (d.expires() != null && uid != FakeConfig.ADMIN_UID) {
      if (d.expires().isAfter(now.plus(Duration.ofDays(90)))) {
        throw OdooError.userError("You cannot exceed 90 days.");
      }
    }
    String key = db.createApiKey(uid, d.expires());
    long id = ids.incrementAndGet();
    keys.put(id, new Key(id, uid, d.name(), key, now, d.expires()));
    Map<String, Object> shown = action("res.users.apikeys.show");
    shown.put("name", "API Key Ready");
    shown.put("context", Map.of("default_key", key));
    return shown;
  }

  private List<Map<String, Object>> searchRead(long uid, List<Object> args) {
    String name = null;
    long user = uid;
    if (!args.isEmpty() && args.get(0) instanceof List<?> domain) {
      for (Object leaf : domain) {
        if (leaf instanceof List<?> l && l.size() == 3 && "=".equals(l.get(1))) {
          if ("name".equals(l.get(0))) {
            name = String.valueOf(l.get(2));
          } else if ("user_id".equals(l.get(0)) && l.get(2) instanceof Number n) {
            user = n.longValue();
          }
        }
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Key k : keys.values()) {
      if (k.uid() == user && k.uid() == uid && (name == null || name.equals(k.name()))) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", k.id());
        row.put("name", k.name());
        row.put("scope", false);
        row.put("create_date", fmt(k.created()));
        if (config.version().major() >= 18) {
          row.put("expiration_date", k.expires() == null ? false : fmt(k.expires()));
        }
        row.put(
            "user_id",
            List.of(k.uid(), uid == FakeConfig.ADMIN_UID ? "Mitchell Admin" : "Marc Demo"));
        rows.add(0, row); // newest first, as the client asks with order 'id desc'
      }
    }
    return rows;
  }

  private static String fmt(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(ODOO);
  }

  private static Map<String, Object> action(String resModel) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("type", "ir.actions.act_window");
    a.put("res_model", resModel);
    a.put("target", "new");
    a.put("views", List.of(Arrays.asList(false, "form")));
    return a;
  }

  private static long first(List<Object> args) {
    if (!args.isEmpty()
        && args.get(0) instanceof List<?> l
        && !l.isEmpty()
        && l.get(0) instanceof Number n) {
      return n.longValue();
    }
    if (!args.isEmpty() && args.get(0) instanceof Number n) {
      return n.longValue();
    }
    throw OdooError.builtin("IndexError", "list index out of range");
  }
}
