package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a {@link PurchaseOrderAcknowledgement}: the supplier's answer for one purchase order
 * line (EDI 855 PO1/ACK, ORDRSP LIN).
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, Sku,
 * LineAcknowledgementStatus)} (which validate) or the canonical constructor (which does not; use
 * {@link CanonicalValidator}).
 *
 * @param lineId the acknowledged {@link PurchaseOrderLine#lineId()}
 * @param sku the product
 * @param status the supplier's answer for the line
 * @param quantity the quantity the supplier confirms, or null when unchanged or rejected
 * @param unitPrice the unit price the supplier confirms, or null when unchanged
 * @param promisedDate when the supplier promises to deliver the line, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcknowledgementLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @NotNull LineAcknowledgementStatus status,
    @Valid Quantity quantity,
    @Valid Money unitPrice,
    LocalDate promisedDate) {

  /**
   * Creates a line answer without quantity, price or date.
   *
   * @param lineId the acknowledged {@link PurchaseOrderLine#lineId()}
   * @param sku the product
   * @param status the supplier's answer for the line
   * @return the validated instance
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static AcknowledgementLine of(String lineId, Sku sku, LineAcknowledgementStatus status) {
    return Factories.requireValid(new AcknowledgementLine(lineId, sku, status, null, null, null));
  }

  /**
   * The quantity the supplier confirms when unchanged or rejected, if present.
   *
   * @return {@link #quantity()}, or empty when it is null
   */
  public Optional<Quantity> optionalQuantity() {
    return Optional.ofNullable(quantity);
  }

  /**
   * The unit price the supplier confirms when unchanged, if present.
   *
   * @return {@link #unitPrice()}, or empty when it is null
   */
  public Optional<Money> optionalUnitPrice() {
    return Optional.ofNullable(unitPrice);
  }

  /**
   * When the supplier promises to deliver the line, if present.
   *
   * @return {@link #promisedDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalPromisedDate() {
    return Optional.ofNullable(promisedDate);
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
    b.status = status;
    b.quantity = quantity;
    b.unitPrice = unitPrice;
    b.promisedDate = promisedDate;
    return b;
  }

  /** Builder for {@link AcknowledgementLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String lineId;
    private Sku sku;
    private LineAcknowledgementStatus status;
    private Quantity quantity;
    private Money unitPrice;
    private LocalDate promisedDate;

    private Builder() {}

    /**
     * Sets the lineId.
     *
     * @param lineId the acknowledged {@link PurchaseOrderLine#lineId()}
     * @return this builder
     */
    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the supplier's answer for the line
     * @return this builder
     */
    public Builder status(LineAcknowledgementStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity the quantity the supplier confirms when unchanged or rejected
     * @return this builder
     */
    public Builder quantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the unitPrice.
     *
     * @param unitPrice the unit price the supplier confirms when unchanged
     * @return this builder
     */
    public Builder unitPrice(Money unitPrice) {
      this.unitPrice = unitPrice;
      return this;
    }

    /**
     * Sets the promisedDate.
     *
     * @param promisedDate when the supplier promises to deliver the line
     * @return this builder
     */
    public Builder promisedDate(LocalDate promisedDate) {
      this.promisedDate = promisedDate;
      return this;
    }

    /**
     * Builds the {@link AcknowledgementLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public AcknowledgementLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link AcknowledgementLine} without validating it, for callers that collect
     * violations themselves (for example a mapper reporting every problem of a source record via
     * {@link CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public AcknowledgementLine buildUnvalidated() {
      return new AcknowledgementLine(lineId, sku, status, quantity, unitPrice, promisedDate);
    }
  }
}
