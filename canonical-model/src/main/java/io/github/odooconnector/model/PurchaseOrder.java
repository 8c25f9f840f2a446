package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.UniqueBy;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order placed with a supplier (Odoo {@code purchase.order}); the source of expected receipts
 * and advance ship notices.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param orderId order identifier, for example the Odoo order name {@code P00017}
 * @param externalRef the supplier's reference (Odoo {@code partner_ref}), or null
 * @param status life-cycle state; defaults to {@link OrderStatus#CONFIRMED}
 * @param supplier the supplier
 * @param lines order lines, at least one
 * @param orderedAt when the order was confirmed
 * @param expectedDeliveryDate when the goods are expected, or null
 * @param deliverTo where the goods are to be received, or null for the default warehouse
 * @param notes free-text notes, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PurchaseOrder(
    @NotBlank @Size(max = 128) String orderId,
    @Size(max = 128) String externalRef,
    @NotNull OrderStatus status,
    @NotNull @Valid Party supplier,
    @NotEmpty @UniqueBy("lineId") List<@NotNull @Valid PurchaseOrderLine> lines,
    @NotNull Instant orderedAt,
    LocalDate expectedDeliveryDate,
    @Valid LocationRef deliverTo,
    @Size(max = 4000) String notes) {

  /**
   * Normalizes null lists to empty immutable lists and applies defaults; never throws, so that
   * every problem is reported by the validator at once.
   *
   * @param orderId see the record description
   * @param externalRef see the record description
   * @param status see the record description
   * @param supplier see the record description
   * @param lines see the record description
   * @param orderedAt see the record description
   * @param expectedDeliveryDate see the record description
   * @param deliverTo see the record description
   * @param notes see the record description
   */
  public PurchaseOrder {
    status = status == null ? OrderStatus.CONFIRMED : status;
    lines = Lists.copy(lines);
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
    b.orderId = orderId;
    b.externalRef = externalRef;
    b.status = status;
    b.supplier = supplier;
    b.lines.addAll(lines);
    b.orderedAt = orderedAt;
    b.expectedDeliveryDate = expectedDeliveryDate;
    b.deliverTo = deliverTo;
    b.notes = notes;
    return b;
  }

  /**
   * The supplier's reference (Odoo {@code partner_ref}), if present.
   *
   * @return {@link #externalRef()}, or empty when it is null
   */
  public Optional<String> optionalExternalRef() {
    return Optional.ofNullable(externalRef);
  }

  /**
   * When the goods are expected, if present.
   *
   * @return {@link #expectedDeliveryDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpectedDeliveryDate() {
    return Optional.ofNullable(expectedDeliveryDate);
  }

  /**
   * Where the goods are to be received, if present.
   *
   * @return {@link #deliverTo()}, or empty when it is null
   */
  public Optional<LocationRef> optionalDeliverTo() {
    return Optional.ofNullable(deliverTo);
  }

  /**
   * Free-text notes, if present.
   *
   * @return {@link #notes()}, or empty when it is null
   */
  public Optional<String> optionalNotes() {
    return Optional.ofNullable(notes);
  }

  /** Builder for {@link PurchaseOrder}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String orderId;
    private String externalRef;
    private OrderStatus status;
    private Party supplier;
    private final List<PurchaseOrderLine> lines = new ArrayList<>();
    private Instant orderedAt;
    private LocalDate expectedDeliveryDate;
    private LocationRef deliverTo;
    private String notes;

    private Builder() {}

    /**
     * Sets the orderId.
     *
     * @param orderId order identifier
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Sets the externalRef.
     *
     * @param externalRef the supplier's reference (Odoo {@code partner_ref})
     * @return this builder
     */
    public Builder externalRef(String externalRef) {
      this.externalRef = externalRef;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status life-cycle state
     * @return this builder
     */
    public Builder status(OrderStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the supplier.
     *
     * @param supplier the supplier
     * @return this builder
     */
    public Builder supplier(Party supplier) {
      this.supplier = supplier;
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines order lines
     * @return this builder
     */
    public Builder lines(List<? extends PurchaseOrderLine> lines) {
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
    public Builder addLine(PurchaseOrderLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the orderedAt.
     *
     * @param orderedAt when the order was confirmed
     * @return this builder
     */
    public Builder orderedAt(Instant orderedAt) {
      this.orderedAt = orderedAt;
      return this;
    }

    /**
     * Sets the expectedDeliveryDate.
     *
     * @param expectedDeliveryDate when the goods are expected
     * @return this builder
     */
    public Builder expectedDeliveryDate(LocalDate expectedDeliveryDate) {
      this.expectedDeliveryDate = expectedDeliveryDate;
      return this;
    }

    /**
     * Sets the deliverTo.
     *
     * @param deliverTo where the goods are to be received
     * @return this builder
     */
    public Builder deliverTo(LocationRef deliverTo) {
      this.deliverTo = deliverTo;
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes free-text notes
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Builds the {@link PurchaseOrder} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public PurchaseOrder build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link PurchaseOrder} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public PurchaseOrder buildUnvalidated() {
      return new PurchaseOrder(
          orderId,
          externalRef,
          status,
          supplier,
          lines,
          orderedAt,
          expectedDeliveryDate,
          deliverTo,
          notes);
    }
  }
}
