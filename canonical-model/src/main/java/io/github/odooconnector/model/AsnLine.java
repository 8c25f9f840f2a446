package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One announced line of an {@link AdvanceShipNotice}: a product and quantity the supplier says is
 * on its way.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, Sku,
 * Quantity)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}).
 *
 * @param lineId line identifier, unique within the notice
 * @param sku the announced product
 * @param gtin the product's GTIN, or null
 * @param expectedQuantity announced quantity, greater than zero
 * @param lotNumber announced lot, or null
 * @param expiryDate best-before/expiry date of the lot, or null
 * @param purchaseOrderLineRef the purchase order line, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AsnLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Valid Gtin gtin,
    @NotNull @Valid @PositiveQuantity Quantity expectedQuantity,
    @Size(max = 128) String lotNumber,
    LocalDate expiryDate,
    @Size(max = 128) String purchaseOrderLineRef) {

  /**
   * Creates a line with only product and quantity.
   *
   * @param lineId line identifier
   * @param sku product
   * @param expectedQuantity announced quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static AsnLine of(String lineId, Sku sku, Quantity expectedQuantity) {
    return Factories.requireValid(
        new AsnLine(lineId, sku, null, expectedQuantity, null, null, null));
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
    b.expectedQuantity = expectedQuantity;
    b.lotNumber = lotNumber;
    b.expiryDate = expiryDate;
    b.purchaseOrderLineRef = purchaseOrderLineRef;
    return b;
  }

  /**
   * The product's GTIN, if present.
   *
   * @return {@link #gtin()}, or empty when it is null
   */
  public Optional<Gtin> optionalGtin() {
    return Optional.ofNullable(gtin);
  }

  /**
   * Announced lot, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }

  /**
   * Best-before/expiry date of the lot, if present.
   *
   * @return {@link #expiryDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpiryDate() {
    return Optional.ofNullable(expiryDate);
  }

  /**
   * The purchase order line, if present.
   *
   * @return {@link #purchaseOrderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalPurchaseOrderLineRef() {
    return Optional.ofNullable(purchaseOrderLineRef);
  }

  /** Builder for {@link AsnLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String lineId;
    private Sku sku;
    private Gtin gtin;
    private Quantity expectedQuantity;
    private String lotNumber;
    private LocalDate expiryDate;
    private String purchaseOrderLineRef;

    private Builder() {}

    /**
     * Sets the lineId.
     *
     * @param lineId line identifier, unique within the notice
     * @return this builder
     */
    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the announced product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the gtin.
     *
     * @param gtin the product's GTIN
     * @return this builder
     */
    public Builder gtin(Gtin gtin) {
      this.gtin = gtin;
      return this;
    }

    /**
     * Sets the expectedQuantity.
     *
     * @param expectedQuantity announced quantity, greater than zero
     * @return this builder
     */
    public Builder expectedQuantity(Quantity expectedQuantity) {
      this.expectedQuantity = expectedQuantity;
      return this;
    }

    /**
     * Sets the lotNumber.
     *
     * @param lotNumber announced lot
     * @return this builder
     */
    public Builder lotNumber(String lotNumber) {
      this.lotNumber = lotNumber;
      return this;
    }

    /**
     * Sets the expiryDate.
     *
     * @param expiryDate best-before/expiry date of the lot
     * @return this builder
     */
    public Builder expiryDate(LocalDate expiryDate) {
      this.expiryDate = expiryDate;
      return this;
    }

    /**
     * Sets the purchaseOrderLineRef.
     *
     * @param purchaseOrderLineRef the purchase order line
     * @return this builder
     */
    public Builder purchaseOrderLineRef(String purchaseOrderLineRef) {
      this.purchaseOrderLineRef = purchaseOrderLineRef;
      return this;
    }

    /**
     * Builds the {@link AsnLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code sku: must not be null (was null)})
     */
    public AsnLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link AsnLine} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public AsnLine buildUnvalidated() {
      return new AsnLine(
          lineId, sku, gtin, expectedQuantity, lotNumber, expiryDate, purchaseOrderLineRef);
    }
  }
}
