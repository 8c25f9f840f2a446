package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.HasAddress;
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
 * A confirmed (or draft) customer order as the ERP knows it: the commercial source of fulfillment
 * orders (Odoo {@code sale.order}).
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param orderId order identifier, for example the Odoo order name {@code S00042}
 * @param externalRef the customer's own reference (Odoo {@code client_order_ref}), or null
 * @param status life-cycle state; defaults to {@link OrderStatus#CONFIRMED}
 * @param customer the ordering customer
 * @param shipTo delivery party, or null to ship to the customer
 * @param billTo invoice party, or null to bill the customer
 * @param lines order lines, at least one
 * @param orderedAt when the order was placed or confirmed
 * @param requestedDeliveryDate the date the customer wants the goods, or null
 * @param warehouse code of the warehouse that should ship the order, or null
 * @param carrierService requested carrier and service, or null
 * @param notes free-text notes, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SalesOrder(
    @NotBlank @Size(max = 128) String orderId,
    @Size(max = 128) String externalRef,
    @NotNull OrderStatus status,
    @NotNull @Valid Party customer,
    @Valid @HasAddress Party shipTo,
    @Valid Party billTo,
    @NotEmpty @UniqueBy("lineId") List<@NotNull @Valid OrderLine> lines,
    @NotNull Instant orderedAt,
    LocalDate requestedDeliveryDate,
    @Size(max = 64) String warehouse,
    @Valid CarrierService carrierService,
    @Size(max = 4000) String notes) {

  /**
   * Normalizes null lists to empty immutable lists and applies defaults; never throws, so that
   * every problem is reported by the validator at once.
   *
   * @param orderId see the record description
   * @param externalRef see the record description
   * @param status see the record description
   * @param customer see the record description
   * @param shipTo see the record description
   * @param billTo see the record description
   * @param lines see the record description
   * @param orderedAt see the record description
   * @param requestedDeliveryDate see the record description
   * @param warehouse see the record description
   * @param carrierService see the record description
   * @param notes see the record description
   */
  public SalesOrder {
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
    b.customer = customer;
    b.shipTo = shipTo;
    b.billTo = billTo;
    b.lines.addAll(lines);
    b.orderedAt = orderedAt;
    b.requestedDeliveryDate = requestedDeliveryDate;
    b.warehouse = warehouse;
    b.carrierService = carrierService;
    b.notes = notes;
    return b;
  }

  /**
   * The party the goods go to: {@link #shipTo()} when set, otherwise the customer.
   *
   * @return the effective ship-to party
   */
  public Party effectiveShipTo() {
    return shipTo != null ? shipTo : customer;
  }

  /**
   * The requested delivery date if any.
   *
   * @return the requestedDeliveryDate if present
   */
  public Optional<LocalDate> optionalRequestedDeliveryDate() {
    return Optional.ofNullable(requestedDeliveryDate);
  }

  /**
   * The requested carrier service if any.
   *
   * @return the carrierService if present
   */
  public Optional<CarrierService> optionalCarrierService() {
    return Optional.ofNullable(carrierService);
  }

  /**
   * The customer's own reference (Odoo {@code client_order_ref}), if present.
   *
   * @return {@link #externalRef()}, or empty when it is null
   */
  public Optional<String> optionalExternalRef() {
    return Optional.ofNullable(externalRef);
  }

  /**
   * Delivery party, if present.
   *
   * @return {@link #shipTo()}, or empty when it is null
   */
  public Optional<Party> optionalShipTo() {
    return Optional.ofNullable(shipTo);
  }

  /**
   * Invoice party, if present.
   *
   * @return {@link #billTo()}, or empty when it is null
   */
  public Optional<Party> optionalBillTo() {
    return Optional.ofNullable(billTo);
  }

  /**
   * Code of the warehouse that should ship the order, if present.
   *
   * @return {@link #warehouse()}, or empty when it is null
   */
  public Optional<String> optionalWarehouse() {
    return Optional.ofNullable(warehouse);
  }

  /**
   * Free-text notes, if present.
   *
   * @return {@link #notes()}, or empty when it is null
   */
  public Optional<String> optionalNotes() {
    return Optional.ofNullable(notes);
  }

  /** Builder for {@link SalesOrder}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String orderId;
    private String externalRef;
    private OrderStatus status;
    private Party customer;
    private Party shipTo;
    private Party billTo;
    private final List<OrderLine> lines = new ArrayList<>();
    private Instant orderedAt;
    private LocalDate requestedDeliveryDate;
    private String warehouse;
    private CarrierService carrierService;
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
     * @param externalRef the customer's own reference (Odoo {@code client_order_ref})
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
     * Sets the customer.
     *
     * @param customer the ordering customer
     * @return this builder
     */
    public Builder customer(Party customer) {
      this.customer = customer;
      return this;
    }

    /**
     * Sets the shipTo.
     *
     * @param shipTo delivery party
     * @return this builder
     */
    public Builder shipTo(Party shipTo) {
      this.shipTo = shipTo;
      return this;
    }

    /**
     * Sets the billTo.
     *
     * @param billTo invoice party
     * @return this builder
     */
    public Builder billTo(Party billTo) {
      this.billTo = billTo;
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines order lines
     * @return this builder
     */
    public Builder lines(List<? extends OrderLine> lines) {
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
    public Builder addLine(OrderLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the orderedAt.
     *
     * @param orderedAt when the order was placed or confirmed
     * @return this builder
     */
    public Builder orderedAt(Instant orderedAt) {
      this.orderedAt = orderedAt;
      return this;
    }

    /**
     * Sets the requestedDeliveryDate.
     *
     * @param requestedDeliveryDate the date the customer wants the goods
     * @return this builder
     */
    public Builder requestedDeliveryDate(LocalDate requestedDeliveryDate) {
      this.requestedDeliveryDate = requestedDeliveryDate;
      return this;
    }

    /**
     * Sets the warehouse.
     *
     * @param warehouse code of the warehouse that should ship the order
     * @return this builder
     */
    public Builder warehouse(String warehouse) {
      this.warehouse = warehouse;
      return this;
    }

    /**
     * Sets the carrierService.
     *
     * @param carrierService requested carrier and service
     * @return this builder
     */
    public Builder carrierService(CarrierService carrierService) {
      this.carrierService = carrierService;
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
     * Builds the {@link SalesOrder} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public SalesOrder build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link SalesOrder} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public SalesOrder buildUnvalidated() {
      return new SalesOrder(
          orderId,
          externalRef,
          status,
          customer,
          shipTo,
          billTo,
          lines,
          orderedAt,
          requestedDeliveryDate,
          warehouse,
          carrierService,
          notes);
    }
  }
}
