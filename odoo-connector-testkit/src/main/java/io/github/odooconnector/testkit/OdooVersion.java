package io.github.odooconnector.testkit;

/**
 * The Odoo major version a {@link FakeOdoo} poses as.
 *
 * <p>The version decides the {@code server_version} the fake reports, version-specific error
 * messages and codes (for example JSON-RPC error {@code code} 200 up to 18, 0 on 19), and whether
 * the JSON-2 API ({@code /json/2/<model>/<method>}) is served (19 only). Immutable and thread-safe.
 */
public enum OdooVersion {
  /** Odoo 17.0 (Community). */
  V17(17, "17.0-20240709"),
  /** Odoo 18.0. */
  V18(18, "18.0+e-20250520"),
  /** Odoo 19.0, the first version with the JSON-2 API. */
  V19(19, "19.0+e-20251227");

  private final int major;
  private final String serverVersion;

  OdooVersion(int major, String serverVersion) {
    this.major = major;
    this.serverVersion = serverVersion;
  }

  /**
   * The major version number.
   *
   * @return 17, 18 or 19
   */
  public int major() {
    return major;
  }

  /**
   * The {@code server_version} string reported by {@code version} / {@code version_info}.
   *
   * @return for example {@code "19.0+e-20251227"}
   */
  public String serverVersion() {
    return serverVersion;
  }

  /**
   * The {@code server_serie} string, for example {@code "19.0"}.
   *
   * @return the series
   */
  public String serverSerie() {
    return major + ".0";
  }

  /**
   * Whether this version serves the JSON-2 API.
   *
   * @return {@code true} for 19
   */
  public boolean supportsJson2() {
    return major >= 19;
  }
}
