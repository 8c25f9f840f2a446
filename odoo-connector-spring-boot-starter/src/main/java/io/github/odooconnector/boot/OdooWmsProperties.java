package io.github.odooconnector.boot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code odoo.wms.*}: a {@code WmsIntegration} built from configuration, with the adapter created
 * by the {@code WmsAdapterProvider} of {@link #getType() type} (for example {@code rest}, {@code
 * RestWmsAdapterProvider}) from {@link #getSettings() settings}.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooWmsProperties {
  /** WMS adapter provider type, for example rest; no WMS integration is built without it. */
  private String type;

  /** The adapter's settings, for example odoo.wms.settings[baseUrl]=https://wms.example.com. */
  private Map<String, String> settings = new LinkedHashMap<>();

  /**
   * The adapter provider type.
   *
   * @return the type, or null when none is configured
   */
  public String getType() {
    return type;
  }

  /**
   * Sets the adapter provider type.
   *
   * @param type the type
   */
  public void setType(String type) {
    this.type = type;
  }

  /**
   * The adapter settings.
   *
   * @return the settings, by the provider's names
   */
  public Map<String, String> getSettings() {
    return settings;
  }

  /**
   * Sets the adapter settings.
   *
   * @param settings the settings
   */
  public void setSettings(Map<String, String> settings) {
    this.settings = settings;
  }
}
