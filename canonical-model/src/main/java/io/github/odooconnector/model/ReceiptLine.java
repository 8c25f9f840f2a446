package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.NonNegativeQuantity;
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
 * One line of a {@link Receipt}: what was expected and what was actually counted for a product (and
 * lot).
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, Sku, Quantity,
 * Quantity)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}). Lists are defensively copied, never null.
 *
 * @param lineId line identifier (for example the ASN line or Odoo move id), or null
 * @param sku the received product
 * @param expectedQuantity the announced/ordered quantity, or null when the item was not expected
 * @param receivedQuantity the counted quantity, zero or more
 * @param lotNumber lot/batch number, or null
 * @param serialNumbers serial numbers of the individual units, empty when not serial-tracked
 * @param expiryDate expiry date of the lot, or null
 * @param bestBeforeDate the lot's best-before date (GS1 AI 15), or null
 * @param productionDate the lot's production date (GS1 AI 11), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceiptLine(
    @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Valid @NonNegativeQuantity Quantity expectedQuantity,
    @NotNull @Valid @NonNegativeQuantity Quantity receivedQuantity,
    @Size(max = 128) String lotNumber,
    List<@NotBlank @Size(max = 128) String> serialNumbers,
    LocalDate expiryDate,
    LocalDate bestBeforeDate,
    LocalDate productionDate) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param lineId see the record description
   * @param sku see the record description
   * @param expectedQuantity see the record description
   * @param receivedQuantity see the record description
   * @param lotNumber see the record description
   * @param serialNumbers see the record description
   * @param expiryDate see the record description
   * @param bestBeforeDate see the record description
   * @param productionDate see the record description
   */
  public ReceiptLine {
    serialNumbers = Lists.copy(serialNumbers);
  }

  /**
   * The line as it was before lot dates existed (no dates); kept for source compatibility.
   *
   * @param lineId line identifier, or null
   * @param sku the received product
   * @param expectedQuantity expected quantity, or null
   * @param receivedQuantity received quantity
   * @param lotNumber lot/batch number, or null
   * @param serialNumbers serial numbers, possibly empty
   * @param expiryDate expiry date of the lot, or null
   */
  public ReceiptLine(
      String lineId,
      Sku sku,
      Quantity expectedQuantity,
      Quantity receivedQuantity,
      String lotNumber,
      List<String> serialNumbers,
      LocalDate expiryDate) {
    this(
        lineId,
        sku,
        expectedQuantity,
        receivedQuantity,
        lotNumber,
        serialNumbers,
        expiryDate,
        null,
        null);
  }

  /**
   * Creates a line with expected and received quantity only.
   *
   * @param lineId line identifier, may be null
   * @param sku product
   * @param expectedQuantity expected quantity, may be null
   * @param receivedQuantity received quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static ReceiptLine of(
      String lineId, Sku sku, Quantity expectedQuantity, Quantity receivedQuantity) {
    return Factories.requireValid(
        new ReceiptLine(lineId, sku, expectedQuantity, receivedQuantity, null, List.of(), null));
  }

  /**
   * Received minus expected quantity, in the received quantity's unit: negative for a shortage,
   * positive for an overage, zero when the count matches. Empty when nothing was expected.
   *
   * @return the variance, if an expected quantity is known
   * @throws IncompatibleUnitsException if expected and received quantities are in unrelated units
   */
  public Optional<Quantity> variance() {
    if (expectedQuantity == null || receivedQuantity == null) {
      return Optional.empty();
    }
    return Optional.of(receivedQuantity.minus(expectedQuantity));
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
    b.expectedQuantity = expectedQuantity;
    b.receivedQuantity = receivedQuantity;
    b.lotNumber = lotNumber;
    b.serialNumbers.addAll(serialNumbers);
    b.expiryDate = expiryDate;
    b.bestBeforeDate = bestBeforeDate;
    b.productionDate = productionDate;
    return b;
  }

  /**
   * Line identifier (for example the ASN line or Odoo move id), if present.
   *
   * @return {@link #lineId()}, or empty when it is null
   */
  public Optional<String> optionalLineId() {
    return Optional.ofNullable(lineId);
  }

  /**
   * The announced/ordered quantity, if present.
   *
   * @return {@link #expectedQuantity()}, or empty when it is null
   */
  public Optional<Quantity> optionalExpectedQuantity() {
    return Optional.ofNullable(expectedQuantity);
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
   * Expiry date of the lot, if present.
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

  /** Builder for {@link ReceiptLine}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String lineId;
    private Sku sku;
    private Quantity expectedQuantity;
    private Quantity receivedQuantity;
    private String lotNumber;
    private final List<String> serialNumbers = new ArrayList<>();
    private LocalDate expiryDate;
    private LocalDate bestBeforeDate;
    private LocalDate productionDate;

    private Builder() {}

    /**
     * Sets the lineId.
     *
     * @param lineId line identifier (for example the ASN line or Odoo move id)
     * @return this builder
     */
    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    /**
     * Sets the sku.
     *
     * @param sku the received product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the expectedQuantity.
     *
     * @param expectedQuantity the announced/ordered quantity
     * @return this builder
     */
    public Builder expectedQuantity(Quantity expectedQuantity) {
      this.expectedQuantity = expectedQuantity;
      return this;
    }

    /**
     * Sets the receivedQuantity.
     *
     * @param receivedQuantity the counted quantity, zero or more
     * @return this builder
     */
    public Builder receivedQuantity(Quantity receivedQuantity) {
      this.receivedQuantity = receivedQuantity;
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
     * Sets the expiryDate.
     *
     * @param expiryDate expiry date of the lot
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
     * Builds the {@link ReceiptLine} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code sku: must not be null (was null)})
     */
    public ReceiptLine build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link ReceiptLine} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public ReceiptLine buildUnvalidated() {
      return new ReceiptLine(
          lineId,
          sku,
          expectedQuantity,
          receivedQuantity,
          lotNumber,
          serialNumbers,
          expiryDate,
          bestBeforeDate,
          productionDate);
    }
  }
}
