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
 * One line of a {@link ReturnAuthorization}: a product and quantity the customer may send back, and
 * why.
 *
 * <p>Immutable and thread-safe. Create with {@link #of(String, Sku, Quantity, ReturnReason)} or
 * {@link #builder()} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}). Lists are defensively copied, never null.
 *
 * @param orderLineRef the sales order line being returned, or null
 * @param sku the returned product
 * @param quantity authorized quantity, greater than zero
 * @param reason why it is returned
 * @param serialNumbers serial numbers of the individual units, empty when not serial-tracked
 * @param note free-text comment, or null
 * @param lotNumber lot/batch number of the returned units, or null
 * @param expiryDate the lot's expiry date (GS1 AI 17), or null
 * @param bestBeforeDate the lot's best-before date (GS1 AI 15), or null
 * @param productionDate the lot's production date (GS1 AI 11), or null
 * @param disposition what the warehouse did with the returned units (restock, quarantine, scrap),
 *     or null for {@link ReturnDisposition#RESTOCK}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReturnLine(
    @Size(max = 128) String orderLineRef,
    @NotNull @Valid Sku sku,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @NotNull ReturnReason reason,
    List<@NotBlank @Size(max = 128) String> serialNumbers,
    @Size(max = 2000) String note,
    @Size(max = 128) String lotNumber,
    LocalDate expiryDate,
    LocalDate bestBeforeDate,
    LocalDate productionDate,
    ReturnDisposition disposition) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param orderLineRef see the record description
   * @param sku see the record description
   * @param quantity see the record description
   * @param reason see the record description
   * @param serialNumbers see the record description
   * @param note see the record description
   * @param lotNumber see the record description
   * @param expiryDate see the record description
   * @param bestBeforeDate see the record description
   * @param productionDate see the record description
   * @param disposition see the record description
   */
  public ReturnLine {
    serialNumbers = Lists.copy(serialNumbers);
  }

  /**
   * The line as it was before dispositions existed (no disposition, which means {@link
   * ReturnDisposition#RESTOCK}); kept for source compatibility.
   *
   * @param orderLineRef the sales order line being returned, or null
   * @param sku the returned product
   * @param quantity authorized quantity
   * @param reason why it is returned
   * @param serialNumbers serial numbers, possibly empty
   * @param note free-text comment, or null
   * @param lotNumber lot/batch number, or null
   * @param expiryDate the lot's expiry date, or null
   * @param bestBeforeDate the lot's best-before date, or null
   * @param productionDate the lot's production date, or null
   */
  public ReturnLine(
      String orderLineRef,
      Sku sku,
      Quantity quantity,
      ReturnReason reason,
      List<String> serialNumbers,
      String note,
      String lotNumber,
      LocalDate expiryDate,
      LocalDate bestBeforeDate,
      LocalDate productionDate) {
    this(
        orderLineRef,
        sku,
        quantity,
        reason,
        serialNumbers,
        note,
        lotNumber,
        expiryDate,
        bestBeforeDate,
        productionDate,
        null);
  }

  /**
   * The line as it was before lot dates existed (no dates); kept for source compatibility.
   *
   * @param orderLineRef the sales order line being returned, or null
   * @param sku the returned product
   * @param quantity authorized quantity
   * @param reason why it is returned
   * @param serialNumbers serial numbers, possibly empty
   * @param note free-text comment, or null
   */
  public ReturnLine(
      String orderLineRef,
      Sku sku,
      Quantity quantity,
      ReturnReason reason,
      List<String> serialNumbers,
      String note) {
    this(orderLineRef, sku, quantity, reason, serialNumbers, note, null, null, null, null, null);
  }

  /**
   * Creates a line without serial numbers and note.
   *
   * @param orderLineRef the sales order line being returned, or null
   * @param sku product
   * @param quantity authorized quantity
   * @param reason why it is returned
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static ReturnLine of(
      String orderLineRef, Sku sku, Quantity quantity, ReturnReason reason) {
    return Factories.requireValid(
        new ReturnLine(orderLineRef, sku, quantity, reason, List.of(), null));
  }

  /**
   * The sales order line being returned, if present.
   *
   * @return {@link #orderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderLineRef() {
    return Optional.ofNullable(orderLineRef);
  }

  /**
   * Free-text comment, if present.
   *
   * @return {@link #note()}, or empty when it is null
   */
  public Optional<String> optionalNote() {
    return Optional.ofNullable(note);
  }

  /**
   * Lot/batch number of the returned units, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
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

  /**
   * What the warehouse did with the returned units, if it said.
   *
   * @return {@link #disposition()}, or empty when it is null
   */
  public Optional<ReturnDisposition> optionalDisposition() {
    return Optional.ofNullable(disposition);
  }

  /**
   * The disposition, {@link ReturnDisposition#RESTOCK} when none was given.
   *
   * @return the disposition, never null
   */
  public ReturnDisposition dispositionOrRestock() {
    return disposition == null ? ReturnDisposition.RESTOCK : disposition;
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
    b.reason = reason;
    b.serialNumbers.addAll(serialNumbers);
    b.note = note;
    b.lotNumber = lotNumber;
    b.expiryDate = expiryDate;
    b.bestBeforeDate = bestBeforeDate;
    b.productionDate = productionDate;
    b.disposition = disposition;
    return b;
  }

  /** Builder for {@link ReturnLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String orderLineRef;
    private Sku sku;
    private Quantity quantity;
    private ReturnReason reason;
    private final List<String> serialNumbers = new ArrayList<>();
    private String note;
    private String lotNumber;
    private LocalDate expiryDate;
    private LocalDate bestBeforeDate;
    private LocalDate productionDate;
    private ReturnDisposition disposition;

    private Builder() {}

    /**
     * Sets the orderLineRef.
     *
     * @param orderLineRef the sales order line being returned
     * @return this builder
     */
    public Builder orderLineRef(String orderLineRef) {
      this.orderLineRef = orderLineRef;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the returned product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity authorized quantity, greater than zero
     * @return this builder
     */
    public Builder quantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason why it is returned
     * @return this builder
     */
    public Builder reason(ReturnReason reason) {
      this.reason = reason;
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
     * Sets the note.
     *
     * @param note free-text comment
     * @return this builder
     */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * Sets the lotNumber.
     *
     * @param lotNumber lot/batch number of the returned units
     * @return this builder
     */
    public Builder lotNumber(String lotNumber) {
      this.lotNumber = lotNumber;
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
     * Sets the disposition.
     *
     * @param disposition what the warehouse did with the returned units
     * @return this builder
     */
    public Builder disposition(ReturnDisposition disposition) {
      this.disposition = disposition;
      return this;
    }

    /**
     * Builds the {@link ReturnLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public ReturnLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link ReturnLine} without validating it.
     *
     * @return the instance, possibly invalid
     */
    public ReturnLine buildUnvalidated() {
      return new ReturnLine(
          orderLineRef,
          sku,
          quantity,
          reason,
          serialNumbers,
          note,
          lotNumber,
          expiryDate,
          bestBeforeDate,
          productionDate,
          disposition);
    }
  }
}
