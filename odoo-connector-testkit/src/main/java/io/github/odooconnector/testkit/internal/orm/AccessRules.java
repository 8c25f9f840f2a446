package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.internal.FakeConfig;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may call and what: admin and demo credentials (passwords and API keys) and the demo user's
 * access rights, with the AccessError texts real Odoo gives.
 */
final class AccessRules {
  private final Database db;

  /** Extra API keys (created at runtime) by key: uid and expiry (null = never). */
  private final Map<String, Object[]> extraKeys = new ConcurrentHashMap<>();

  /** Revoked keys, including revoked configured keys. */
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();

  AccessRules(Database db) {
    this.db = db;
  }

  String createApiKey(long uid, Instant expiresAt) {
    byte[] bytes = new byte[20];
    new SecureRandom().nextBytes(bytes);
    String key = HexFormat.of().formatHex(bytes);
    extraKeys.put(key, new Object[] {uid, expiresAt});
    return key;
  }

  void revokeApiKey(String key) {
    revoked.add(key);
    extraKeys.remove(key);
  }

  private boolean isKey(String configured, String given) {
    return configured.equals(given) && !revoked.contains(given);
  }

  private long extraKeyUid(String key) {
    Object[] k = key == null ? null : extraKeys.get(key);
    if (k == null) {
      return 0;
    }
    Instant expires = (Instant) k[1];
    if (expires != null && !Instant.now(db.config().clock()).isBefore(expires)) {
      return 0;
    }
    return (Long) k[0];
  }

  /**
   * Whether a user/password (or API key) pair is valid.
   *
   * @param login login
   * @param password password or API key
   * @return uid or 0
   */
  public long login(String login, String password) {
    long extra = extraKeyUid(password);
    if (db.config().adminLogin().equals(login)
        && (db.config().adminPassword().equals(password)
            || isKey(db.config().adminApiKey(), password)
            || extra == FakeConfig.ADMIN_UID)) {
      return FakeConfig.ADMIN_UID;
    }
    if (db.config().demoLogin().equals(login)
        && (db.config().demoPassword().equals(password)
            || isKey(db.config().demoApiKey(), password)
            || extra == db.config().demoUid())) {
      return db.config().demoUid();
    }
    return 0;
  }

  /**
   * Checks a uid/password pair as execute_kw does.
   *
   * @param checkUid claimed uid
   * @param password password or key
   * @throws OdooError AccessDenied or MissingError (unknown uid)
   */
  public void checkUid(long checkUid, String password) {
    long extra = extraKeyUid(password);
    if (checkUid == FakeConfig.ADMIN_UID) {
      if (db.config().adminPassword().equals(password)
          || isKey(db.config().adminApiKey(), password)
          || extra == FakeConfig.ADMIN_UID) {
        return;
      }
      throw OdooError.accessDenied();
    }
    if (checkUid == db.config().demoUid()) {
      if (db.config().demoPassword().equals(password)
          || isKey(db.config().demoApiKey(), password)
          || extra == db.config().demoUid()) {
        return;
      }
      throw OdooError.accessDenied();
    }
    throw OdooError.missingError("res.users", List.of(checkUid), checkUid);
  }

  /**
   * The uid owning an API key.
   *
   * @param key the bearer token
   * @return the uid or 0
   */
  public long uidForApiKey(String key) {
    if (isKey(db.config().adminApiKey(), key)) {
      return FakeConfig.ADMIN_UID;
    }
    if (isKey(db.config().demoApiKey(), key)) {
      return db.config().demoUid();
    }
    return extraKeyUid(key);
  }

  // ------------------------------------------------------------------ access rights

  void checkAccess(String model, String operation) {
    if (db.uid() == FakeConfig.ADMIN_UID) {
      return;
    }
    ModelDef def = db.model(model);
    boolean ok =
        switch (def.demoAccess) {
          case FULL -> true;
          case READ -> "read".equals(operation);
          case NONE -> false;
        };
    if ("res.users".equals(model) && !"read".equals(operation)) {
      ok = false;
    }
    if (!ok) {
      String verb =
          switch (operation) {
            case "read" -> "access";
            case "write" -> "modify";
            case "unlink" -> "delete";
            default -> "create";
          };
      String group = def.writeGroup;
      if ("ir.config_parameter".equals(model)) {
        group = db.version().major() >= 19 ? "Role / Administrator" : "Administration/Settings";
      }
      throw OdooError.accessError(
          "You are not allowed to "
              + verb
              + " '"
              + def.description
              + "' ("
              + model
              + ") records.\n\nThis operation is allowed for the following groups:\n\t- "
              + group
              + "\n\nContact your administrator to request access if necessary.");
    }
  }
}
