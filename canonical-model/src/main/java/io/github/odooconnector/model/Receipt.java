package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import io.github.odooconnector.model.constraints.UniqueBy;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Goods received at a warehouse (an incoming Odoo {@code stock.picking} validated by the WMS):
 * expected versus received quantities per line and the discrepancies found.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param receiptId receipt identifier in the reporting system
 * @param asnRef the advance ship notice received against, or null
 * @param purchaseOrderRef the purchase order, or null
 * @param location where the goods were received
 * @param receivedAt when receiving was completed
 * @param lines received lines, at least one
 * @param discrepancies discrepancies reported by the warehouse, possibly empty
 * @param handlingUnits the pallets and cartons the goods were received in, with their SSCCs,
 *     possibly empty (and then left out of the JSON form); their packed items name {@link
 *     ReceiptLine#lineId()}s
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@HandlingUnitsResolve
public record Receipt(
    @NotBlank @Size(max = 128) String receiptId,
    @Size(max = 128) String asnRef,
    @Size(max = 128) String purchaseOrderRef,
    @NotNull @Valid LocationRef location,
    @NotNull Instant receivedAt,
    @NotEmpty @UniqueBy("lineId") List<@NotNull @Valid ReceiptLine> lines,
    List<@NotNull @Valid Discrepancy> discrepancies,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @UniqueBy("unitId")
        List<@NotNull @Valid HandlingUnit> handlingUnits) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param receiptId see the record description
   * @param asnRef see the record description
   * @param purchaseOrderRef see the record description
   * @param location see the record description
   * @param receivedAt see the record description
   * @param lines see the record description
   * @param discrepancies see the record description
   * @param handlingUnits see the record description
   */
  public Receipt {
    lines = Lists.copy(lines);
    discrepancies = Lists.copy(discrepancies);
    handlingUnits = Lists.copy(handlingUnits);
  }

  /**
   * A receipt without handling units, as before they existed; does not validate.
   *
   * @param receiptId receipt identifier in the reporting system
   * @param asnRef the advance ship notice received against, or null
   * @param purchaseOrderRef the purchase order, or null
   * @param location where the goods were received
   * @param receivedAt when receiving was completed
   * @param lines received lines, at least one
   * @param discrepancies discrepancies reported by the warehouse, possibly empty
   */
  public Receipt(
      String receiptId,
      String asnRef,
      String purchaseOrderRef,
      LocationRef location,
      Instant receivedAt,
      List<ReceiptLine> lines,
      List<Discrepancy> discrepancies) {
    this(
        receiptId, asnRef, purchaseOrderRef, location, receivedAt, lines, discrepancies, List.of());
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
    b.receiptId = receiptId;
    b.asnRef = asnRef;
    b.purchaseOrderRef = purchaseOrderRef;
    b.location = location;
    b.receivedAt = receivedAt;
    b.lines.addAll(lines);
    b.discrepancies.addAll(discrepancies);
    b.handlingUnits.addAll(handlingUnits);
    return b;
  }

  /**
   * Derives shortage and overage discrepancies from the lines whose received quantity differs from
   * the expected one (lines without an expected quantity are reported as {@link
   * DiscrepancyType#UNEXPECTED_ITEM}). The explicitly reported {@link #discrepancies()} (damage,
   * wrong item) are not included.
   *
   * @return the derived discrepancies, in line order
   * @throws IncompatibleUnitsException if a line's expected and received units are unrelated
   */
  public List<Discrepancy> quantityDiscrepancies() {
    List<Discrepancy> result = new ArrayList<>();
    for (ReceiptLine line : lines) {
      if (line == null || line.receivedQuantity() == null) {
        continue;
      }
      if (line.expectedQuantity() == null) {
        if (line.receivedQuantity().signum() > 0) {
          result.add(
              new Discrepancy(
                  line.sku(),
                  DiscrepancyType.UNEXPECTED_ITEM,
                  null,
                  line.receivedQuantity(),
                  line.lineId(),
                  null));
        }
        continue;
      }
      int sign = line.variance().orElseThrow().signum();
      if (sign != 0) {
        result.add(
            new Discrepancy(
                line.sku(),
                sign < 0 ? DiscrepancyType.SHORTAGE : DiscrepancyType.OVERAGE,
                line.expectedQuantity(),
                line.receivedQuantity(),
                line.lineId(),
                null));
      }
    }
    return List.copyOf(result);
  }

  /**
   * The advance ship notice received against, if present.
   *
   * @return {@link #asnRef()}, or empty when it is null
   */
  public Optional<String> optionalAsnRef() {
    return Optional.ofNullable(asnRef);
  }

  /**
   * The purchase order, if present.
   *
   * @return {@link #purchaseOrderRef()}, or empty when it is null
   */
  public Optional<String> optionalPurchaseOrderRef() {
    return Optional.ofNullable(purchaseOrderRef);
  }

  /** Builder for {@link Receipt}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String receiptId;
    private String asnRef;
    private String purchaseOrderRef;
    private LocationRef location;
    private Instant receivedAt;
    private final List<ReceiptLine> lines = new ArrayList<>();
    private final List<Discrepancy> discrepancies = new ArrayList<>();
    private final List<HandlingUnit> handlingUnits = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the receiptId.
     *
     * @param receiptId receipt identifier in the reporting system
     * @return this builder
     */
    public Builder receiptId(String receiptId) {
      this.receiptId = receiptId;
      return this;
    }

    /**
     * Sets the asnRef.
     *
     * @param asnRef the advance ship notice received against
     * @return this builder
     */
    public Builder asnRef(String asnRef) {
      this.asnRef = asnRef;
      return this;
    }

    /**
     * Sets the purchaseOrderRef.
     *
     * @param purchaseOrderRef the purchase order
     * @return this builder
     */
    public Builder purchaseOrderRef(String purchaseOrderRef) {
      this.purchaseOrderRef = purchaseOrderRef;
      return this;
    }

    /**
     * Sets the location.
     *
     * @param location where the goods were received
     * @return this builder
     */
    public Builder location(LocationRef location) {
      this.location = location;
      return this;
    }

    /**
     * Sets the receivedAt.
     *
     * @param receivedAt when receiving was completed
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines received lines
     * @return this builder
     */
    public Builder lines(List<? extends ReceiptLine> lines) {
      this.lines.clear();
      this.lines.addAll(Objects.requireNonNull(lines, "lines"));
      return this;
    }

    /**
     * Appends one element to the lines.
     *
     * @param line the element to add
     * @return this builder
     */
    public Builder addLine(ReceiptLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Replaces the discrepancies.
     *
     * @param discrepancies discrepancies reported by the warehouse
     * @return this builder
     */
    public Builder discrepancies(List<? extends Discrepancy> discrepancies) {
      this.discrepancies.clear();
      this.discrepancies.addAll(Objects.requireNonNull(discrepancies, "discrepancies"));
      return this;
    }

    /**
     * Appends one element to the discrepancies.
     *
     * @param discrepancy the element to add
     * @return this builder
     */
    public Builder addDiscrepancy(Discrepancy discrepancy) {
      this.discrepancies.add(Objects.requireNonNull(discrepancy, "discrepancy"));
      return this;
    }

    /**
     * Replaces the handlingUnits.
     *
     * @param handlingUnits the pallets and cartons the goods were received in
     * @return this builder
     */
    public Builder handlingUnits(List<? extends HandlingUnit> handlingUnits) {
      this.handlingUnits.clear();
      this.handlingUnits.addAll(Objects.requireNonNull(handlingUnits, "handlingUnits"));
      return this;
    }

    /**
     * Appends one element to the handlingUnits.
     *
     * @param handlingUnit the element to add
     * @return this builder
     */
    public Builder addHandlingUnit(HandlingUnit handlingUnit) {
      this.handlingUnits.add(Objects.requireNonNull(handlingUnit, "handlingUnit"));
      return this;
    }

    /**
     * Builds the {@link Receipt} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public Receipt build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link Receipt} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public Receipt buildUnvalidated() {
      return new Receipt(
          receiptId,
          asnRef,
          purchaseOrderRef,
          location,
          receivedAt,
          lines,
          discrepancies,
          handlingUnits);
    }
  }
}
