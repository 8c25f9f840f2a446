package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * One line of a {@link FulfillmentOrder}: a product and quantity to pick and ship.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, Sku,
 * Quantity)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}).
 *
 * @param lineId line identifier, unique within the fulfillment order (for example the Odoo {@code
 *     stock.move} id)
 * @param sku the product to pick
 * @param gtin the product's GTIN for scan verification, or null
 * @param description description for the packing list, or null
 * @param quantity quantity to ship, greater than zero
 * @param lotNumber a specific lot to pick, or null for any lot
 * @param orderLineRef the sales order line this fulfills, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Valid Gtin gtin,
    @Size(max = 1000) String description,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Size(max = 128) String lotNumber,
    @Size(max = 128) String orderLineRef) {

  /**
   * Creates a line with only product and quantity.
   *
   * @param lineId line identifier
   * @param sku product
   * @param quantity quantity to ship
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static FulfillmentLine of(String lineId, Sku sku, Quantity quantity) {
    return Factories.requireValid(
        new FulfillmentLine(lineId, sku, null, null, quantity, null, null));
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder pre-filled with this instance's values, to derive a modified copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.lineId = lineId;
    b.sku = sku;
    b.gtin = gtin;
    b.description = description;
    b.quantity = quantity;
    b.lotNumber = lotNumber;
    b.orderLineRef = orderLineRef;
    return b;
  }

  /**
   * The product's GTIN for scan verification, if present.
   *
   * @return {@link #gtin()}, or empty when it is null
   */
  public Optional<Gtin> optionalGtin() {
    return Optional.ofNullable(gtin);
  }

  /**
   * Description for the packing list, if present.
   *
   * @return {@link #description()}, or empty when it is null
   */
  public Optional<String> optionalDescription() {
    return Optional.ofNullable(description);
  }

  /**
   * A specific lot to pick, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }

  /**
   * The sales order line this fulfills, if present.
   *
   * @return {@link #orderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderLineRef() {
    return Optional.ofNullable(orderLineRef);
  }

  /** Builder for {@link FulfillmentLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String lineId;
    private Sku sku;
    private Gtin gtin;
    private String description;
    private Quantity quantity;
    private String lotNumber;
    private String orderLineRef;

    private Builder() {}

    /**
     * Sets the lineId.
     *
     * @param lineId line identifier, unique within the fulfillment order (for example the Odoo
     *     {@code stock.move} id)
     * @return this builder
     */
    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the product to pick
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the gtin.
     *
     * @param gtin the product's GTIN for scan verification
     * @return this builder
     */
    public Builder gtin(Gtin gtin) {
      this.gtin = gtin;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description description for the packing list
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity quantity to ship, greater than zero
     * @return this builder
     */
    public Builder quantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the lotNumber.
     *
     * @param lotNumber a specific lot to pick
     * @return this builder
     */
    public Builder lotNumber(String lotNumber) {
      this.lotNumber = lotNumber;
      return this;
    }

    /**
     * Sets the orderLineRef.
     *
     * @param orderLineRef the sales order line this fulfills
     * @return this builder
     */
    public Builder orderLineRef(String orderLineRef) {
      this.orderLineRef = orderLineRef;
      return this;
    }

    /**
     * Builds the {@link FulfillmentLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code sku: must not be null (was null)})
     */
    public FulfillmentLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link FulfillmentLine} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public FulfillmentLine buildUnvalidated() {
      return new FulfillmentLine(lineId, sku, gtin, description, quantity, lotNumber, orderLineRef);
    }
  }
}
