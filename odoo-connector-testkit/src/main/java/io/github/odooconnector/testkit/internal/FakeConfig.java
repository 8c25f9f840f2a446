package io.github.odooconnector.testkit.internal;

import io.github.odooconnector.testkit.OdooVersion;
import java.time.Clock;
import java.util.Map;

/**
 * Immutable settings of one fake server. Never printed with its secrets.
 *
 * @param version the version posed as
 * @param database the database name
 * @param adminLogin admin login
 * @param adminPassword admin password
 * @param adminApiKey admin API key
 * @param demoLogin demo login
 * @param demoPassword demo password
 * @param demoApiKey demo API key
 * @param clock clock for timestamps
 * @param seed whether to load seed data
 * @param customFields model -> (x_ field -> type)
 */
public record FakeConfig(
    OdooVersion version,
    String database,
    String adminLogin,
    String adminPassword,
    String adminApiKey,
    String demoLogin,
    String demoPassword,
    String demoApiKey,
    Clock clock,
    boolean seed,
    Map<String, Map<String, String>> customFields) {

  /** The administrator's uid, as in every Odoo database. */
  public static final long ADMIN_UID = 2;

  /**
   * The demo user's uid as in the captured demo databases.
   *
   * @return 5 on 19, 6 before
   */
  public long demoUid() {
    return version.major() >= 19 ? 5 : 6;
  }

  @Override
  public String toString() {
    return "FakeConfig[" + version + ", db=" + database + ", admin=" + adminLogin + "]";
  }
}
