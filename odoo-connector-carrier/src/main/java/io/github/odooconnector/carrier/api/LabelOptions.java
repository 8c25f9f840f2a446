package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.model.ShipmentOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * How to buy a picking's label: which rate (default: the picking carrier's best rate by the
 * configured rule), under which idempotency key (default: the picking's current label key) and with
 * which typed {@link ShipmentOptions} (default: the integration's default options).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 *
 * @param rate the rate to buy, or {@code null} to rate the picking's carrier again
 * @param idempotencyKey the purchase's key, or {@code null} for the picking's current default key
 * @param shipmentOptions the options, or {@code null} for the integration's default
 */
public record LabelOptions(Rate rate, String idempotencyKey, ShipmentOptions shipmentOptions) {

  private static final LabelOptions DEFAULTS = new LabelOptions(null, null, null);

  /**
   * All defaults.
   *
   * @return the default options
   */
  public static LabelOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rate to buy.
   *
   * @return the rate, empty to rate the picking's carrier again
   */
  public Optional<Rate> optionalRate() {
    return Optional.ofNullable(rate);
  }

  /**
   * The idempotency key.
   *
   * @return the key, empty for the picking's default key
   */
  public Optional<String> optionalIdempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * The shipment options.
   *
   * @return the options, empty for the integration's default
   */
  public Optional<ShipmentOptions> optionalShipmentOptions() {
    return Optional.ofNullable(shipmentOptions);
  }

  /** Builds {@link LabelOptions}. Not thread-safe. */
  public static final class Builder {
    private Rate rate;
    private String idempotencyKey;
    private ShipmentOptions shipmentOptions;

    private Builder() {}

    /**
     * Buys this rate (for example {@link RateShoppingResult#chosen()}).
     *
     * @param value the rate
     * @return this builder
     */
    public Builder rate(Rate value) {
      this.rate = Objects.requireNonNull(value, "rate");
      return this;
    }

    /**
     * Buys under this idempotency key.
     *
     * @param value the key
     * @return this builder
     */
    public Builder idempotencyKey(String value) {
      this.idempotencyKey = Objects.requireNonNull(value, "idempotencyKey");
      return this;
    }

    /**
     * Asks for these options; the carrier must support each (else {@link
     * io.github.odooconnector.carrier.spi.UnsupportedShipmentOptionException} before anything is
     * bought).
     *
     * @param value the options
     * @return this builder
     */
    public Builder shipmentOptions(ShipmentOptions value) {
      this.shipmentOptions = Objects.requireNonNull(value, "shipmentOptions");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public LabelOptions build() {
      return new LabelOptions(rate, idempotencyKey, shipmentOptions);
    }
  }
}
