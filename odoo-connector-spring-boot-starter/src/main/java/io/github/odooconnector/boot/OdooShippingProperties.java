package io.github.odooconnector.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code odoo.shipping.*}: a {@code ShippingIntegration} built from configuration, one adapter per
 * entry of {@link #getCarriers() carriers}, each created by the {@code CarrierAdapterProvider} of
 * its type (for example {@code rest-json}, {@code RestCarrierAdapterProvider}).
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooShippingProperties {
  /** The carriers; no shipping integration is built without one. */
  private List<Carrier> carriers = new ArrayList<>();

  /**
   * The configured carriers.
   *
   * @return the carriers, in registration order
   */
  public List<Carrier> getCarriers() {
    return carriers;
  }

  /**
   * Sets the carriers.
   *
   * @param carriers the carriers
   */
  public void setCarriers(List<Carrier> carriers) {
    this.carriers = carriers;
  }

  /**
   * One carrier adapter: {@code odoo.shipping.carriers[0].*}.
   *
   * <p>Bound once at start-up; not thread-safe while being bound.
   */
  public static class Carrier {
    /** Carrier adapter provider type, for example rest-json. */
    private String type;

    /** Name of the Odoo delivery.carrier the adapter stands for (exactly one active one). */
    private String deliveryCarrier;

    /** The adapter's settings, for example settings[carrier-code]=ACME. */
    private Map<String, String> settings = new LinkedHashMap<>();

    /**
     * The adapter provider type.
     *
     * @return the type
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
     * The Odoo {@code delivery.carrier} name.
     *
     * @return the name
     */
    public String getDeliveryCarrier() {
      return deliveryCarrier;
    }

    /**
     * Sets the Odoo {@code delivery.carrier} name.
     *
     * @param deliveryCarrier the name
     */
    public void setDeliveryCarrier(String deliveryCarrier) {
      this.deliveryCarrier = deliveryCarrier;
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
}
