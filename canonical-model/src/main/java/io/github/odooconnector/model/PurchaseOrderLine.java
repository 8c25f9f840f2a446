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
 * One line of a {@link PurchaseOrder}: what is bought from the supplier, how many, at what price,
 * by when.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, Sku,
 * Quantity)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}).
 *
 * @param lineId line identifier, unique within the order (for example the Odoo {@code
 *     purchase.order.line} id)
 * @param sku our product code
 * @param supplierSku the supplier's product code, or null
 * @param description line description, or null
 * @param quantity ordered quantity, greater than zero
 * @param unitPrice unit price, or null
 * @param expectedDate when this line is expected to arrive, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PurchaseOrderLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Size(max = 128) String supplierSku,
    @Size(max = 1000) String description,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Valid Money unitPrice,
    LocalDate expectedDate) {

  /**
   * Creates a line with only product and quantity.
   *
   * @param lineId line identifier
   * @param sku product
   * @param quantity ordered quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static PurchaseOrderLine of(String lineId, Sku sku, Quantity quantity) {
    return Factories.requireValid(
        new PurchaseOrderLine(lineId, sku, null, null, quantity, null, null));
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
    b.supplierSku = supplierSku;
    b.description = description;
    b.quantity = quantity;
    b.unitPrice = unitPrice;
    b.expectedDate = expectedDate;
    return b;
  }

  /**
   * The supplier's product code, if present.
   *
   * @return {@link #supplierSku()}, or empty when it is null
   */
  public Optional<String> optionalSupplierSku() {
    return Optional.ofNullable(supplierSku);
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
   * Unit price, if present.
   *
   * @return {@link #unitPrice()}, or empty when it is null
   */
  public Optional<Money> optionalUnitPrice() {
    return Optional.ofNullable(unitPrice);
  }

  /**
   * When this line is expected to arrive, if present.
   *
   * @return {@link #expectedDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpectedDate() {
    return Optional.ofNullable(expectedDate);
  }

  /** Builder for {@link PurchaseOrderLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String lineId;
    private Sku sku;
    private String supplierSku;
    private String description;
    private Quantity quantity;
    private Money unitPrice;
    private LocalDate expectedDate;

    private Builder() {}

    /**
     * Sets the lineId.
     *
     * @param lineId line identifier, unique within the order (for example the Odoo {@code
     *     purchase.order.line} id)
     * @return this builder
     */
    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku our product code
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the supplierSku.
     *
     * @param supplierSku the supplier's product code
     * @return this builder
     */
    public Builder supplierSku(String supplierSku) {
      this.supplierSku = supplierSku;
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
     * @param quantity ordered quantity, greater than zero
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
     * Sets the expectedDate.
     *
     * @param expectedDate when this line is expected to arrive
     * @return this builder
     */
    public Builder expectedDate(LocalDate expectedDate) {
      this.expectedDate = expectedDate;
      return this;
    }

    /**
     * Builds the {@link PurchaseOrderLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code sku: must not be null (was null)})
     */
    public PurchaseOrderLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link PurchaseOrderLine} without validating it, for callers that collect
     * violations themselves (for example a mapper reporting every problem of a source record via
     * {@link CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public PurchaseOrderLine buildUnvalidated() {
      return new PurchaseOrderLine(
          lineId, sku, supplierSku, description, quantity, unitPrice, expectedDate);
    }
  }
}
