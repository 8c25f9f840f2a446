package io.github.odooconnector.carrier.api;

import io.github.odooconnector.model.ShipmentOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * How to buy a return label: the RMA reference printed on it (default: the return picking's name,
 * or {@code RMA/<delivery name>} for a delivery), whether to e-mail it to the customer through the
 * picking's chatter, the options and the idempotency key.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 *
 * @param rmaReference the RMA reference, or {@code null} for the default
 * @param emailCustomer whether to send the label to the customer (a chatter message with the
 *     customer as recipient, so Odoo e-mails it)
 * @param shipmentOptions the options, or {@code null} for none
 * @param idempotencyKey the purchase's key, or {@code null} for the picking's return-label key
 */
public record ReturnLabelOptions(
    String rmaReference,
    boolean emailCustomer,
    ShipmentOptions shipmentOptions,
    String idempotencyKey) {

  /**
   * All defaults: no e-mail.
   *
   * @return the default options
   */
  public static ReturnLabelOptions defaults() {
    return new ReturnLabelOptions(null, false, null, null);
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
   * The RMA reference.
   *
   * @return the reference, empty for the default
   */
  public Optional<String> optionalRmaReference() {
    return Optional.ofNullable(rmaReference);
  }

  /**
   * The options.
   *
   * @return the options, empty for none
   */
  public Optional<ShipmentOptions> optionalShipmentOptions() {
    return Optional.ofNullable(shipmentOptions);
  }

  /**
   * The idempotency key.
   *
   * @return the key, empty for the default
   */
  public Optional<String> optionalIdempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Builds {@link ReturnLabelOptions}. Not thread-safe. */
  public static final class Builder {
    private String rmaReference;
    private boolean emailCustomer;
    private ShipmentOptions shipmentOptions;
    private String idempotencyKey;

    private Builder() {}

    /**
     * Sets the RMA reference.
     *
     * @param value the reference
     * @return this builder
     */
    public Builder rmaReference(String value) {
      this.rmaReference = Objects.requireNonNull(value, "rmaReference");
      return this;
    }

    /**
     * E-mails the label to the customer through the chatter.
     *
     * @param value whether to
     * @return this builder
     */
    public Builder emailCustomer(boolean value) {
      this.emailCustomer = value;
      return this;
    }

    /**
     * Sets the options.
     *
     * @param value the options
     * @return this builder
     */
    public Builder shipmentOptions(ShipmentOptions value) {
      this.shipmentOptions = Objects.requireNonNull(value, "shipmentOptions");
      return this;
    }

    /**
     * Sets the idempotency key.
     *
     * @param value the key
     * @return this builder
     */
    public Builder idempotencyKey(String value) {
      this.idempotencyKey = Objects.requireNonNull(value, "idempotencyKey");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ReturnLabelOptions build() {
      return new ReturnLabelOptions(rmaReference, emailCustomer, shipmentOptions, idempotencyKey);
    }
  }
}
