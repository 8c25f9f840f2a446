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
 * What a WMS receives to pick, pack and ship: the lines, where they go, with which carrier service,
 * how urgently and by when (an outgoing Odoo {@code stock.picking}).
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param fulfillmentOrderId identifier, for example the Odoo picking name {@code WH/OUT/00012}
 * @param orderRef the sales order this fulfills, or null
 * @param warehouse code of the shipping warehouse
 * @param shipTo recipient, with an address
 * @param carrierService carrier and service to ship with, or null to let the WMS choose
 * @param priority processing priority; defaults to {@link OrderPriority#NORMAL}
 * @param requestedShipDate the date the goods should leave the warehouse, or null for as soon as
 *     possible
 * @param lines lines to ship, at least one
 * @param createdAt when the fulfillment order was released, or null
 * @param instructions packing or delivery instructions, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrder(
    @NotBlank @Size(max = 128) String fulfillmentOrderId,
    @Size(max = 128) String orderRef,
    @NotBlank @Size(max = 64) String warehouse,
    @NotNull @Valid @HasAddress Party shipTo,
    @Valid CarrierService carrierService,
    @NotNull OrderPriority priority,
    LocalDate requestedShipDate,
    @NotEmpty @UniqueBy("lineId") List<@NotNull @Valid FulfillmentLine> lines,
    Instant createdAt,
    @Size(max = 4000) String instructions) {

  /**
   * Normalizes null lists to empty immutable lists and applies defaults; never throws, so that
   * every problem is reported by the validator at once.
   *
   * @param fulfillmentOrderId see the record description
   * @param orderRef see the record description
   * @param warehouse see the record description
   * @param shipTo see the record description
   * @param carrierService see the record description
   * @param priority see the record description
   * @param requestedShipDate see the record description
   * @param lines see the record description
   * @param createdAt see the record description
   * @param instructions see the record description
   */
  public FulfillmentOrder {
    priority = priority == null ? OrderPriority.NORMAL : priority;
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
    b.fulfillmentOrderId = fulfillmentOrderId;
    b.orderRef = orderRef;
    b.warehouse = warehouse;
    b.shipTo = shipTo;
    b.carrierService = carrierService;
    b.priority = priority;
    b.requestedShipDate = requestedShipDate;
    b.lines.addAll(lines);
    b.createdAt = createdAt;
    b.instructions = instructions;
    return b;
  }

  /**
   * The carrier service if prescribed.
   *
   * @return the carrierService if present
   */
  public Optional<CarrierService> optionalCarrierService() {
    return Optional.ofNullable(carrierService);
  }

  /**
   * The requested ship date if any.
   *
   * @return the requestedShipDate if present
   */
  public Optional<LocalDate> optionalRequestedShipDate() {
    return Optional.ofNullable(requestedShipDate);
  }

  /**
   * The sales order this fulfills, if present.
   *
   * @return {@link #orderRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderRef() {
    return Optional.ofNullable(orderRef);
  }

  /**
   * When the fulfillment order was released, if present.
   *
   * @return {@link #createdAt()}, or empty when it is null
   */
  public Optional<Instant> optionalCreatedAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * Packing or delivery instructions, if present.
   *
   * @return {@link #instructions()}, or empty when it is null
   */
  public Optional<String> optionalInstructions() {
    return Optional.ofNullable(instructions);
  }

  /** Builder for {@link FulfillmentOrder}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String fulfillmentOrderId;
    private String orderRef;
    private String warehouse;
    private Party shipTo;
    private CarrierService carrierService;
    private OrderPriority priority;
    private LocalDate requestedShipDate;
    private final List<FulfillmentLine> lines = new ArrayList<>();
    private Instant createdAt;
    private String instructions;

    private Builder() {}

    /**
     * Sets the fulfillmentOrderId.
     *
     * @param fulfillmentOrderId identifier
     * @return this builder
     */
    public Builder fulfillmentOrderId(String fulfillmentOrderId) {
      this.fulfillmentOrderId = fulfillmentOrderId;
      return this;
    }

    /**
     * Sets the orderRef.
     *
     * @param orderRef the sales order this fulfills
     * @return this builder
     */
    public Builder orderRef(String orderRef) {
      this.orderRef = orderRef;
      return this;
    }

    /**
     * Sets the warehouse.
     *
     * @param warehouse code of the shipping warehouse
     * @return this builder
     */
    public Builder warehouse(String warehouse) {
      this.warehouse = warehouse;
      return this;
    }

    /**
     * Sets the shipTo.
     *
     * @param shipTo recipient
     * @return this builder
     */
    public Builder shipTo(Party shipTo) {
      this.shipTo = shipTo;
      return this;
    }

    /**
     * Sets the carrierService.
     *
     * @param carrierService carrier and service to ship with
     * @return this builder
     */
    public Builder carrierService(CarrierService carrierService) {
      this.carrierService = carrierService;
      return this;
    }

    /**
     * Sets the priority.
     *
     * @param priority processing priority
     * @return this builder
     */
    public Builder priority(OrderPriority priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets the requestedShipDate.
     *
     * @param requestedShipDate the date the goods should leave the warehouse
     * @return this builder
     */
    public Builder requestedShipDate(LocalDate requestedShipDate) {
      this.requestedShipDate = requestedShipDate;
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines lines to ship
     * @return this builder
     */
    public Builder lines(List<? extends FulfillmentLine> lines) {
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
    public Builder addLine(FulfillmentLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the createdAt.
     *
     * @param createdAt when the fulfillment order was released
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the instructions.
     *
     * @param instructions packing or delivery instructions
     * @return this builder
     */
    public Builder instructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    /**
     * Builds the {@link FulfillmentOrder} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public FulfillmentOrder build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link FulfillmentOrder} without validating it, for callers that collect
     * violations themselves (for example a mapper reporting every problem of a source record via
     * {@link CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public FulfillmentOrder buildUnvalidated() {
      return new FulfillmentOrder(
          fulfillmentOrderId,
          orderRef,
          warehouse,
          shipTo,
          carrierService,
          priority,
          requestedShipDate,
          lines,
          createdAt,
          instructions);
    }
  }
}
