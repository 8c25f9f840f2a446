package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.UniqueBy;
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
 * A supplier's acknowledgement of a {@link PurchaseOrder} (EDI 855, ORDRSP): accepted as sent,
 * accepted with changed quantities, prices or dates, or rejected.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validate) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param acknowledgementId the supplier's acknowledgement or order number
 * @param purchaseOrderRef the acknowledged purchase order ({@link PurchaseOrder#orderId()})
 * @param status the answer for the order as a whole
 * @param acknowledgedOn the date of the acknowledgement
 * @param supplier the acknowledging supplier, or null
 * @param lines per-line answers, possibly empty (an order rejected as a whole)
 * @param notes free-text remarks, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PurchaseOrderAcknowledgement(
    @NotBlank @Size(max = 128) String acknowledgementId,
    @NotBlank @Size(max = 128) String purchaseOrderRef,
    @NotNull AcknowledgementStatus status,
    @NotNull LocalDate acknowledgedOn,
    @Valid Party supplier,
    @UniqueBy("lineId") List<@NotNull @Valid AcknowledgementLine> lines,
    @Size(max = 4000) String notes) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param acknowledgementId see the record description
   * @param purchaseOrderRef see the record description
   * @param status see the record description
   * @param acknowledgedOn see the record description
   * @param supplier see the record description
   * @param lines see the record description
   * @param notes see the record description
   */
  public PurchaseOrderAcknowledgement {
    lines = Lists.copy(lines);
  }

  /**
   * The acknowledging supplier, if present.
   *
   * @return {@link #supplier()}, or empty when it is null
   */
  public Optional<Party> optionalSupplier() {
    return Optional.ofNullable(supplier);
  }

  /**
   * Free-text remarks, if present.
   *
   * @return {@link #notes()}, or empty when it is null
   */
  public Optional<String> optionalNotes() {
    return Optional.ofNullable(notes);
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
    b.acknowledgementId = acknowledgementId;
    b.purchaseOrderRef = purchaseOrderRef;
    b.status = status;
    b.acknowledgedOn = acknowledgedOn;
    b.supplier = supplier;
    b.lines.addAll(lines);
    b.notes = notes;
    return b;
  }

  /**
   * Builder for {@link PurchaseOrderAcknowledgement}. Not thread-safe; use one builder per thread.
   */
  public static final class Builder {
    private String acknowledgementId;
    private String purchaseOrderRef;
    private AcknowledgementStatus status;
    private LocalDate acknowledgedOn;
    private Party supplier;
    private final List<AcknowledgementLine> lines = new ArrayList<>();
    private String notes;

    private Builder() {}

    /**
     * Sets the acknowledgementId.
     *
     * @param acknowledgementId the supplier's acknowledgement or order number
     * @return this builder
     */
    public Builder acknowledgementId(String acknowledgementId) {
      this.acknowledgementId = acknowledgementId;
      return this;
    }

    /**
     * Sets the purchaseOrderRef.
     *
     * @param purchaseOrderRef the acknowledged purchase order ({@link PurchaseOrder#orderId()})
     * @return this builder
     */
    public Builder purchaseOrderRef(String purchaseOrderRef) {
      this.purchaseOrderRef = purchaseOrderRef;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the answer for the order as a whole
     * @return this builder
     */
    public Builder status(AcknowledgementStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the acknowledgedOn.
     *
     * @param acknowledgedOn the date of the acknowledgement
     * @return this builder
     */
    public Builder acknowledgedOn(LocalDate acknowledgedOn) {
      this.acknowledgedOn = acknowledgedOn;
      return this;
    }

    /**
     * Sets the supplier.
     *
     * @param supplier the acknowledging supplier
     * @return this builder
     */
    public Builder supplier(Party supplier) {
      this.supplier = supplier;
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines per-line answers, possibly empty (an order rejected as a whole)
     * @return this builder
     */
    public Builder lines(List<? extends AcknowledgementLine> lines) {
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
    public Builder addLine(AcknowledgementLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes free-text remarks
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Builds the {@link PurchaseOrderAcknowledgement} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public PurchaseOrderAcknowledgement build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link PurchaseOrderAcknowledgement} without validating it, for callers that
     * collect violations themselves (for example a mapper reporting every problem of a source
     * record via {@link CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public PurchaseOrderAcknowledgement buildUnvalidated() {
      return new PurchaseOrderAcknowledgement(
          acknowledgementId, purchaseOrderRef, status, acknowledgedOn, supplier, lines, notes);
    }
  }
}
