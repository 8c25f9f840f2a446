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
 * @param seriesMinor the minor of the series posed as ({@code 1} for {@code saas~19.1}), 0 for a
 *     major release
 * @param productExpiry whether the module {@code product_expiry} is installed (the lot date fields
 *     of {@code stock.lot} exist)
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
    Map<String, Map<String, String>> customFields,
    int seriesMinor,
    boolean productExpiry) {

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

  /** The {@code server_version} string, {@code saas~19.1+e} for a minor series. */
  public String serverVersion() {
    return seriesMinor == 0
        ? version.serverVersion()
        : "saas~" + version.major() + "." + seriesMinor + "+e";
  }

  /** The {@code server_serie} string. */
  public String serverSerie() {
    return seriesMinor == 0 ? version.serverSerie() : "saas~" + version.major() + "." + seriesMinor;
  }

  /** Whether {@code read_group} is gone from the public API (removed in saas~19.1). */
  public boolean readGroupRemoved() {
    return version.major() > 19 || version.major() == 19 && seriesMinor >= 1;
  }

  @Override
  public String toString() {
    return "FakeConfig[" + version + ", db=" + database + ", admin=" + adminLogin + "]";
  }
}
