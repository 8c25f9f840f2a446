package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.AtLeastOneOf;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity of one product that moved from one location to another, and why. A missing {@code
 * from} means the stock entered the warehouse (receipt, positive adjustment); a missing {@code to}
 * means it left (pick, scrap, negative adjustment); one of the two is required.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param movementId movement identifier (for example the Odoo {@code stock.move.line} id)
 * @param sku the moved product
 * @param quantity moved quantity, greater than zero
 * @param from source location, or null when stock entered from outside
 * @param to destination location, or null when stock left
 * @param reason why the stock moved
 * @param lotNumber lot/batch number, or null
 * @param serialNumbers serial numbers of the individual units, empty when not serial-tracked
 * @param occurredAt when the movement happened
 * @param reference the document that caused it (picking, count, scrap order), or null
 * @param expiryDate the lot's expiry date (GS1 AI 17), or null
 * @param bestBeforeDate the lot's best-before date (GS1 AI 15), or null
 * @param productionDate the lot's production date (GS1 AI 11), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@AtLeastOneOf({"from", "to"})
public record InventoryMovement(
    @NotBlank @Size(max = 128) String movementId,
    @NotNull @Valid Sku sku,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Valid LocationRef from,
    @Valid LocationRef to,
    @NotNull MovementReason reason,
    @Size(max = 128) String lotNumber,
    List<@NotBlank @Size(max = 128) String> serialNumbers,
    @NotNull Instant occurredAt,
    @Size(max = 200) String reference,
    LocalDate expiryDate,
    LocalDate bestBeforeDate,
    LocalDate productionDate) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param movementId see the record description
   * @param sku see the record description
   * @param quantity see the record description
   * @param from see the record description
   * @param to see the record description
   * @param reason see the record description
   * @param lotNumber see the record description
   * @param serialNumbers see the record description
   * @param occurredAt see the record description
   * @param reference see the record description
   * @param expiryDate see the record description
   * @param bestBeforeDate see the record description
   * @param productionDate see the record description
   */
  public InventoryMovement {
    serialNumbers = Lists.copy(serialNumbers);
  }

  /**
   * The line as it was before lot dates existed (no dates); kept for source compatibility.
   *
   * @param movementId movement identifier
   * @param sku the moved product
   * @param quantity moved quantity
   * @param from source location, or null
   * @param to destination location, or null
   * @param reason why the stock moved
   * @param lotNumber lot/batch number, or null
   * @param serialNumbers serial numbers, possibly empty
   * @param occurredAt when the movement happened
   * @param reference the causing document, or null
   */
  public InventoryMovement(
      String movementId,
      Sku sku,
      Quantity quantity,
      LocationRef from,
      LocationRef to,
      MovementReason reason,
      String lotNumber,
      List<String> serialNumbers,
      Instant occurredAt,
      String reference) {
    this(
        movementId,
        sku,
        quantity,
        from,
        to,
        reason,
        lotNumber,
        serialNumbers,
        occurredAt,
        reference,
        null,
        null,
        null);
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
    b.movementId = movementId;
    b.sku = sku;
    b.quantity = quantity;
    b.from = from;
    b.to = to;
    b.reason = reason;
    b.lotNumber = lotNumber;
    b.serialNumbers.addAll(serialNumbers);
    b.occurredAt = occurredAt;
    b.reference = reference;
    b.expiryDate = expiryDate;
    b.bestBeforeDate = bestBeforeDate;
    b.productionDate = productionDate;
    return b;
  }

  /**
   * The source location if the stock came from inside a warehouse.
   *
   * @return the from if present
   */
  public Optional<LocationRef> optionalFrom() {
    return Optional.ofNullable(from);
  }

  /**
   * The destination location if the stock stayed inside a warehouse.
   *
   * @return the to if present
   */
  public Optional<LocationRef> optionalTo() {
    return Optional.ofNullable(to);
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
   * The document that caused it (picking, count, scrap order), if present.
   *
   * @return {@link #reference()}, or empty when it is null
   */
  public Optional<String> optionalReference() {
    return Optional.ofNullable(reference);
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

  /** Builder for {@link InventoryMovement}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String movementId;
    private Sku sku;
    private Quantity quantity;
    private LocationRef from;
    private LocationRef to;
    private MovementReason reason;
    private String lotNumber;
    private final List<String> serialNumbers = new ArrayList<>();
    private Instant occurredAt;
    private String reference;
    private LocalDate expiryDate;
    private LocalDate bestBeforeDate;
    private LocalDate productionDate;

    private Builder() {}

    /**
     * Sets the movementId.
     *
     * @param movementId movement identifier (for example the Odoo {@code stock.move.line} id)
     * @return this builder
     */
    public Builder movementId(String movementId) {
      this.movementId = movementId;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the moved product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity moved quantity
     * @return this builder
     */
    public Builder quantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the from.
     *
     * @param from source location
     * @return this builder
     */
    public Builder from(LocationRef from) {
      this.from = from;
      return this;
    }

    /**
     * Sets the to.
     *
     * @param to destination location
     * @return this builder
     */
    public Builder to(LocationRef to) {
      this.to = to;
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason why the stock moved
     * @return this builder
     */
    public Builder reason(MovementReason reason) {
      this.reason = reason;
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
     * @param serialNumbers serial numbers of the individual units
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
     * Sets the occurredAt.
     *
     * @param occurredAt when the movement happened
     * @return this builder
     */
    public Builder occurredAt(Instant occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    /**
     * Sets the reference.
     *
     * @param reference the document that caused it (picking
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
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
     * Builds the {@link InventoryMovement} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public InventoryMovement build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link InventoryMovement} without validating it, for callers that collect
     * violations themselves (for example a mapper reporting every problem of a source record via
     * {@link CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public InventoryMovement buildUnvalidated() {
      return new InventoryMovement(
          movementId,
          sku,
          quantity,
          from,
          to,
          reason,
          lotNumber,
          serialNumbers,
          occurredAt,
          reference,
          expiryDate,
          bestBeforeDate,
          productionDate);
    }
  }
}
