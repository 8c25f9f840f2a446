package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.internal.FakeConfig;
import java.util.List;

/**
 * Who may call and what: admin and demo credentials (passwords and API keys) and the demo user's
 * access rights, with the AccessError texts real Odoo gives.
 */
final class AccessRules {
  private final Database db;

  AccessRules(Database db) {
    this.db = db;
  }

  /**
   * Whether a user/password (or API key) pair is valid.
   *
   * @param login login
   * @param password password or API key
   * @return uid or 0
   */
  public long login(String login, String password) {
    if (db.config().adminLogin().equals(login)
        && (db.config().adminPassword().equals(password)
            || db.config().adminApiKey().equals(password))) {
      return FakeConfig.ADMIN_UID;
    }
    if (db.config().demoLogin().equals(login)
        && (db.config().demoPassword().equals(password)
            || db.config().demoApiKey().equals(password))) {
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
    if (checkUid == FakeConfig.ADMIN_UID) {
      if (db.config().adminPassword().equals(password)
          || db.config().adminApiKey().equals(password)) {
        return;
      }
      throw OdooError.accessDenied();
    }
    if (checkUid == db.config().demoUid()) {
      if (db.config().demoPassword().equals(password)
          || db.config().demoApiKey().equals(password)) {
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
    if (db.config().adminApiKey().equals(key)) {
      return FakeConfig.ADMIN_UID;
    }
    if (db.config().demoApiKey().equals(key)) {
      return db.config().demoUid();
    }
    return 0;
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
