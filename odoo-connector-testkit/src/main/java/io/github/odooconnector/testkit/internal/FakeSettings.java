package io.github.odooconnector.testkit.internal;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.testkit.OdooVersion;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code FakeOdoo.Builder} collects, with the defaults and the validation of each setting, and
 * the immutable {@link FakeConfig} made from it. Not thread-safe (one builder, one thread).
 */
public final class FakeSettings {
  private static final Pattern CUSTOM_FIELD = Pattern.compile("x_[a-z0-9_]+");
  private static final Set<String> CUSTOM_TYPES =
      Set.of("char", "text", "html", "integer", "float", "monetary", "boolean", "date", "datetime");

  private OdooVersion version = OdooVersion.V19;
  private String database = "odoo";
  private String adminLogin = "admin";
  private String adminPassword = "admin";
  private String adminApiKey;
  private String demoApiKey;
  private Clock clock = Clock.systemUTC();
  private boolean seed = true;
  private int seriesMinor;
  private boolean productExpiry = true;
  private final Map<String, Map<String, String>> customFields = new LinkedHashMap<>();

  public void version(OdooVersion value) {
    this.version = Objects.requireNonNull(value, "version");
  }

  public void database(String value) {
    this.database = requireText(value, "database");
  }

  public void adminLogin(String value) {
    this.adminLogin = requireText(value, "adminLogin");
  }

  public void adminPassword(String value) {
    this.adminPassword = requireText(value, "adminPassword");
  }

  public void adminApiKey(String value) {
    this.adminApiKey = requireText(value, "adminApiKey");
  }

  public void demoApiKey(String value) {
    this.demoApiKey = requireText(value, "demoApiKey");
  }

  public void clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
  }

  public void productExpiry(boolean installed) {
    this.productExpiry = installed;
  }

  public void seriesMinor(int minor) {
    if (minor < 0 || minor > 9) {
      throw new IllegalArgumentException("seriesMinor must be within 0..9, got " + minor);
    }
    this.seriesMinor = minor;
  }

  public void seed(boolean value) {
    this.seed = value;
  }

  public void customField(String model, String name, String type) {
    requireText(model, "model");
    if (name == null || !CUSTOM_FIELD.matcher(name).matches()) {
      throw new IllegalArgumentException("custom field name must match x_[a-z0-9_]+: " + name);
    }
    if (type == null || !CUSTOM_TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "custom field type must be one of " + CUSTOM_TYPES + ": " + type);
    }
    customFields.computeIfAbsent(model, m -> new LinkedHashMap<>()).put(name, type);
  }

  /** The configuration of one fake: random 40-hex-character API keys where none was given. */
  public FakeConfig toConfig() {
    Map<String, Map<String, String>> fields = new LinkedHashMap<>();
    customFields.forEach((m, f) -> fields.put(m, Map.copyOf(f)));
    return new FakeConfig(
        version,
        database,
        adminLogin,
        adminPassword,
        adminApiKey != null ? adminApiKey : randomKey(),
        "demo",
        "demo",
        demoApiKey != null ? demoApiKey : randomKey(),
        clock,
        seed,
        Map.copyOf(fields),
        seriesMinor,
        productExpiry);
  }

  private static String randomKey() {
    byte[] bytes = new byte[20];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
