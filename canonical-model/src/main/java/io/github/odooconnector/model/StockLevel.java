package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.NonNegativeQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Stock of one product (and lot) in one status bucket at one location at a point in time.
 *
 * <p>Serial-tracked stock is reported one level per serial number, the serial in {@code lotNumber}
 * (as Odoo keeps serials in {@code stock.lot}).
 *
 * <p>Immutable and thread-safe. Create with {@link #of(Sku, LocationRef, Quantity)} or {@link
 * #builder()} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}).
 *
 * @param sku the product
 * @param location where the stock is
 * @param lotNumber lot/batch (or serial) number, or null for untracked or all lots
 * @param onHand physical quantity; may be negative when the source system allows negative stock
 * @param reserved quantity reserved for open orders, or null when unknown
 * @param status the stock status bucket, or null for {@link StockStatus#AVAILABLE} (the form used
 *     before buckets existed)
 * @param expiryDate the lot's expiry date (GS1 AI 17), or null
 * @param bestBeforeDate the lot's best-before date (GS1 AI 15), or null
 * @param productionDate the lot's production date (GS1 AI 11), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StockLevel(
    @NotNull @Valid Sku sku,
    @NotNull @Valid LocationRef location,
    @Size(max = 128) String lotNumber,
    @NotNull @Valid Quantity onHand,
    @Valid @NonNegativeQuantity Quantity reserved,
    StockStatus status,
    LocalDate expiryDate,
    LocalDate bestBeforeDate,
    LocalDate productionDate) {

  /**
   * The level as it was before status buckets and lot dates existed: available stock, no dates.
   *
   * @param sku the product
   * @param location where the stock is
   * @param lotNumber lot/batch number, or null
   * @param onHand physical quantity
   * @param reserved reserved quantity, or null
   */
  public StockLevel(
      Sku sku, LocationRef location, String lotNumber, Quantity onHand, Quantity reserved) {
    this(sku, location, lotNumber, onHand, reserved, null, null, null, null);
  }

  /**
   * Creates a level without lot and reservation.
   *
   * @param sku product
   * @param location location
   * @param onHand on-hand quantity
   * @return the level
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static StockLevel of(Sku sku, LocationRef location, Quantity onHand) {
    return Factories.requireValid(new StockLevel(sku, location, null, onHand, null));
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
    b.sku = sku;
    b.location = location;
    b.lotNumber = lotNumber;
    b.onHand = onHand;
    b.reserved = reserved;
    b.status = status;
    b.expiryDate = expiryDate;
    b.bestBeforeDate = bestBeforeDate;
    b.productionDate = productionDate;
    return b;
  }

  /**
   * On-hand minus reserved quantity (on-hand when nothing is reserved), in the on-hand unit.
   *
   * @return the available quantity
   * @throws IncompatibleUnitsException if reserved and on-hand units are unrelated
   */
  public Quantity available() {
    return reserved == null ? onHand : onHand.minus(reserved);
  }

  /**
   * The status bucket, {@link StockStatus#AVAILABLE} when none is given.
   *
   * @return the bucket, never null
   */
  public StockStatus statusOrAvailable() {
    return status == null ? StockStatus.AVAILABLE : status;
  }

  /**
   * Lot/batch number, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }

  /**
   * Quantity reserved for open orders, if present.
   *
   * @return {@link #reserved()}, or empty when it is null
   */
  public Optional<Quantity> optionalReserved() {
    return Optional.ofNullable(reserved);
  }

  /**
   * The stock status bucket, if given.
   *
   * @return {@link #status()}, or empty when it is null
   */
  public Optional<StockStatus> optionalStatus() {
    return Optional.ofNullable(status);
  }

  /**
   * The lot's expiry date, if present.
   *
   * @return {@link #expiryDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpiryDate() {
    return Optional.ofNullable(expiryDate);
  }

  /**
   * The lot's best-before date, if present.
   *
   * @return {@link #bestBeforeDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalBestBeforeDate() {
    return Optional.ofNullable(bestBeforeDate);
  }

  /**
   * The lot's production date, if present.
   *
   * @return {@link #productionDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalProductionDate() {
    return Optional.ofNullable(productionDate);
  }

  /** Builder for {@link StockLevel}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private Sku sku;
    private LocationRef location;
    private String lotNumber;
    private Quantity onHand;
    private Quantity reserved;
    private StockStatus status;
    private LocalDate expiryDate;
    private LocalDate bestBeforeDate;
    private LocalDate productionDate;

    private Builder() {}

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
     * Sets the location.
     *
     * @param location where the stock is
     * @return this builder
     */
    public Builder location(LocationRef location) {
      this.location = location;
      return this;
    }

    /**
     * Sets the lotNumber.
     *
     * @param lotNumber lot/batch (or serial) number
     * @return this builder
     */
    public Builder lotNumber(String lotNumber) {
      this.lotNumber = lotNumber;
      return this;
    }

    /**
     * Sets the onHand quantity.
     *
     * @param onHand physical quantity
     * @return this builder
     */
    public Builder onHand(Quantity onHand) {
      this.onHand = onHand;
      return this;
    }

    /**
     * Sets the reserved quantity.
     *
     * @param reserved quantity reserved for open orders
     * @return this builder
     */
    public Builder reserved(Quantity reserved) {
      this.reserved = reserved;
      return this;
    }

    /**
     * Sets the status bucket.
     *
     * @param status the stock status bucket
     * @return this builder
     */
    public Builder status(StockStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the expiryDate.
     *
     * @param expiryDate the lot's expiry date
     * @return this builder
     */
    public Builder expiryDate(LocalDate expiryDate) {
      this.expiryDate = expiryDate;
      return this;
    }

    /**
     * Sets the bestBeforeDate.
     *
     * @param bestBeforeDate the lot's best-before date
     * @return this builder
     */
    public Builder bestBeforeDate(LocalDate bestBeforeDate) {
      this.bestBeforeDate = bestBeforeDate;
      return this;
    }

    /**
     * Sets the productionDate.
     *
     * @param productionDate the lot's production date
     * @return this builder
     */
    public Builder productionDate(LocalDate productionDate) {
      this.productionDate = productionDate;
      return this;
    }

    /**
     * Builds the {@link StockLevel} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public StockLevel build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link StockLevel} without validating it.
     *
     * @return the instance, possibly invalid
     */
    public StockLevel buildUnvalidated() {
      return new StockLevel(
          sku,
          location,
          lotNumber,
          onHand,
          reserved,
          status,
          expiryDate,
          bestBeforeDate,
          productionDate);
    }
  }
}
