package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * One line of an {@link Invoice}: what was invoiced, how many, at what unit price.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, Sku, Quantity,
 * Money)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}).
 *
 * @param lineId line identifier, unique within the invoice
 * @param sku the invoiced product
 * @param description line description, or null
 * @param quantity invoiced quantity, greater than zero
 * @param unitPrice unit price
 * @param orderLineRef the order line invoiced, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Size(max = 1000) String description,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @NotNull @Valid Money unitPrice,
    @Size(max = 128) String orderLineRef) {

  /**
   * Creates a line without description or order line reference.
   *
   * @param lineId line identifier, unique within the invoice
   * @param sku the invoiced product
   * @param quantity invoiced quantity, greater than zero
   * @param unitPrice unit price
   * @return the validated instance
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static InvoiceLine of(String lineId, Sku sku, Quantity quantity, Money unitPrice) {
    return Factories.requireValid(new InvoiceLine(lineId, sku, null, quantity, unitPrice, null));
  }

  /**
   * The line amount: quantity times unit price.
   *
   * @return {@code quantity.value() * unitPrice}
   */
  public Money amount() {
    return unitPrice.times(quantity.value());
  }

  /**
   * Line description, if present.
   *
   * @return {@link #description()}, or empty when it is null
   */
  public Optional<String> optionalDescription() {
    return Optional.ofNullable(description);
  }

  /**
   * The order line invoiced, if present.
   *
   * @return {@link #orderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderLineRef() {
    return Optional.ofNullable(orderLineRef);
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
    b.description = description;
    b.quantity = quantity;
    b.unitPrice = unitPrice;
    b.orderLineRef = orderLineRef;
    return b;
  }

  /** Builder for {@link InvoiceLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String lineId;
    private Sku sku;
    private String description;
    private Quantity quantity;
    private Money unitPrice;
    private String orderLineRef;

    private Builder() {}

    /**
     * Sets the lineId.
     *
     * @param lineId line identifier, unique within the invoice
     * @return this builder
     */
    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the invoiced product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description line description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity invoiced quantity, greater than zero
     * @return this builder
     */
    public Builder quantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the unitPrice.
     *
     * @param unitPrice unit price
     * @return this builder
     */
    public Builder unitPrice(Money unitPrice) {
      this.unitPrice = unitPrice;
      return this;
    }

    /**
     * Sets the orderLineRef.
     *
     * @param orderLineRef the order line invoiced
     * @return this builder
     */
    public Builder orderLineRef(String orderLineRef) {
      this.orderLineRef = orderLineRef;
      return this;
    }

    /**
     * Builds the {@link InvoiceLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public InvoiceLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link InvoiceLine} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public InvoiceLine buildUnvalidated() {
      return new InvoiceLine(lineId, sku, description, quantity, unitPrice, orderLineRef);
    }
  }
}
