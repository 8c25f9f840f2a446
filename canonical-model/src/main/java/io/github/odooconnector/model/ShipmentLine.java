package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity of one product that left in a {@link Shipment}, with lot and serial numbers and the
 * parcel it is in.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, Sku,
 * Quantity)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}). Lists are defensively copied, never null.
 *
 * @param orderLineRef the fulfillment or sales order line this ships, or null
 * @param sku the shipped product
 * @param quantity shipped quantity, greater than zero
 * @param lotNumber lot/batch number, or null when not lot-tracked
 * @param serialNumbers serial numbers of the individual units, empty when not serial-tracked
 * @param parcelId the {@link Parcel#parcelId()} this quantity is packed in, or null
 * @param expiryDate the lot's expiry date (GS1 AI 17), or null
 * @param bestBeforeDate the lot's best-before date (GS1 AI 15), or null
 * @param productionDate the lot's production date (GS1 AI 11), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShipmentLine(
    @Size(max = 128) String orderLineRef,
    @NotNull @Valid Sku sku,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Size(max = 128) String lotNumber,
    List<@NotBlank @Size(max = 128) String> serialNumbers,
    @Size(max = 128) String parcelId,
    LocalDate expiryDate,
    LocalDate bestBeforeDate,
    LocalDate productionDate) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param orderLineRef see the record description
   * @param sku see the record description
   * @param quantity see the record description
   * @param lotNumber see the record description
   * @param serialNumbers see the record description
   * @param parcelId see the record description
   * @param expiryDate see the record description
   * @param bestBeforeDate see the record description
   * @param productionDate see the record description
   */
  public ShipmentLine {
    serialNumbers = Lists.copy(serialNumbers);
  }

  /**
   * The line as it was before lot dates existed (no dates); kept for source compatibility.
   *
   * @param orderLineRef the order line this ships, or null
   * @param sku the shipped product
   * @param quantity shipped quantity
   * @param lotNumber lot/batch number, or null
   * @param serialNumbers serial numbers, possibly empty
   * @param parcelId the parcel, or null
   */
  public ShipmentLine(
      String orderLineRef,
      Sku sku,
      Quantity quantity,
      String lotNumber,
      List<String> serialNumbers,
      String parcelId) {
    this(orderLineRef, sku, quantity, lotNumber, serialNumbers, parcelId, null, null, null);
  }

  /**
   * Creates a line with only product and quantity.
   *
   * @param orderLineRef order line reference, may be null
   * @param sku product
   * @param quantity shipped quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static ShipmentLine of(String orderLineRef, Sku sku, Quantity quantity) {
    return Factories.requireValid(
        new ShipmentLine(orderLineRef, sku, quantity, null, List.of(), null));
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
    b.orderLineRef = orderLineRef;
    b.sku = sku;
    b.quantity = quantity;
    b.lotNumber = lotNumber;
    b.serialNumbers.addAll(serialNumbers);
    b.parcelId = parcelId;
    b.expiryDate = expiryDate;
    b.bestBeforeDate = bestBeforeDate;
    b.productionDate = productionDate;
    return b;
  }

  /**
   * The fulfillment or sales order line this ships, if present.
   *
   * @return {@link #orderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderLineRef() {
    return Optional.ofNullable(orderLineRef);
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
   * The {@link Parcel#parcelId()} of the parcel this quantity is packed in, if present.
   *
   * @return {@link #parcelId()}, or empty when it is null
   */
  public Optional<String> optionalParcelId() {
    return Optional.ofNullable(parcelId);
  }

  /**
   * The lot's expiry date (GS1 AI 17), if present.
   *
   * @return {@link #expiryDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpiryDate() {
    return Optional.ofNullable(expiryDate);
  }

  /**
   * The lot's best-before date (GS1 AI 15), if present.
   *
   * @return {@link #bestBeforeDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalBestBeforeDate() {
    return Optional.ofNullable(bestBeforeDate);
  }

  /**
   * The lot's production date (GS1 AI 11), if present.
   *
   * @return {@link #productionDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalProductionDate() {
    return Optional.ofNullable(productionDate);
  }

  /** Builder for {@link ShipmentLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String orderLineRef;
    private Sku sku;
    private Quantity quantity;
    private String lotNumber;
    private final List<String> serialNumbers = new ArrayList<>();
    private String parcelId;
    private LocalDate expiryDate;
    private LocalDate bestBeforeDate;
    private LocalDate productionDate;

    private Builder() {}

    /**
     * Sets the orderLineRef.
     *
     * @param orderLineRef the fulfillment or sales order line this ships
     * @return this builder
     */
    public Builder orderLineRef(String orderLineRef) {
      this.orderLineRef = orderLineRef;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the shipped product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity shipped quantity, greater than zero
     * @return this builder
     */
    public Builder quantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the lotNumber.
     *
     * @param lotNumber lot/batch number
     * @return this builder
     */
    public Builder lotNumber(String lotNumber) {
      this.lotNumber = lotNumber;
      return this;
    }

    /**
     * Replaces the serialNumbers.
     *
     * @param serialNumbers serial numbers of the individual units, empty when not serial-tracked
     * @return this builder
     */
    public Builder serialNumbers(List<? extends String> serialNumbers) {
      this.serialNumbers.clear();
      this.serialNumbers.addAll(Objects.requireNonNull(serialNumbers, "serialNumbers"));
      return this;
    }

    /**
     * Appends one element to the serialNumbers.
     *
     * @param serialNumber the element to add
     * @return this builder
     */
    public Builder addSerialNumber(String serialNumber) {
      this.serialNumbers.add(Objects.requireNonNull(serialNumber, "serialNumber"));
      return this;
    }

    /**
     * Sets the parcelId.
     *
     * @param parcelId the {@link Parcel#parcelId()} this quantity is packed in
     * @return this builder
     */
    public Builder parcelId(String parcelId) {
      this.parcelId = parcelId;
      return this;
    }

    /**
     * Sets the expiryDate.
     *
     * @param expiryDate the lot's expiry date (GS1 AI 17)
     * @return this builder
     */
    public Builder expiryDate(LocalDate expiryDate) {
      this.expiryDate = expiryDate;
      return this;
    }

    /**
     * Sets the bestBeforeDate.
     *
     * @param bestBeforeDate the lot's best-before date (GS1 AI 15)
     * @return this builder
     */
    public Builder bestBeforeDate(LocalDate bestBeforeDate) {
      this.bestBeforeDate = bestBeforeDate;
      return this;
    }

    /**
     * Sets the productionDate.
     *
     * @param productionDate the lot's production date (GS1 AI 11)
     * @return this builder
     */
    public Builder productionDate(LocalDate productionDate) {
      this.productionDate = productionDate;
      return this;
    }

    /**
     * Builds the {@link ShipmentLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code sku: must not be null (was null)})
     */
    public ShipmentLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link ShipmentLine} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public ShipmentLine buildUnvalidated() {
      return new ShipmentLine(
          orderLineRef,
          sku,
          quantity,
          lotNumber,
          serialNumbers,
          parcelId,
          expiryDate,
          bestBeforeDate,
          productionDate);
    }
  }
}
