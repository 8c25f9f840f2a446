package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import io.github.odooconnector.model.constraints.ParcelRefsResolve;
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
 * Goods that physically left a warehouse with a carrier: the parcels, what was in them (with
 * lots/serials), the carrier and its tracking numbers. Reported by a WMS after packing/dispatch and
 * applied to Odoo as a validated delivery.
 *
 * <p>Parcel identifiers are unique within the shipment and every line's {@code parcelId} must name
 * one of its parcels.
 *
 * <pre>{@code
 * Shipment shipment =
 *     Shipment.builder()
 *         .shipmentId("SHP-1")
 *         .fulfillmentOrderRef("WH/OUT/00012")
 *         .carrierService(CarrierService.of("dhl", "express"))
 *         .addParcel(Parcel.builder().parcelId("P1").weight(Weight.kilograms("12.25")).build())
 *         .addLine(
 *             ShipmentLine.builder()
 *                 .sku(Sku.of("FURN-0001"))
 *                 .quantity(Quantity.pieces(2))
 *                 .lotNumber("LOT-7")
 *                 .parcelId("P1")
 *                 .build())
 *         .shippedAt(Instant.now())
 *         .build(); // names every missing field: "shipmentId: must not be blank (was null)"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null. Optional components have {@code optionalX()} accessors.
 *
 * @param shipmentId identifier of the shipment in the reporting system
 * @param fulfillmentOrderRef the {@link FulfillmentOrder} this ships, or null
 * @param orderRef the sales order, or null
 * @param carrierService the carrier (and service) that took the goods
 * @param trackingNumbers the carrier's tracking numbers (master and/or per parcel), possibly empty
 * @param parcels the packages, possibly empty when not reported
 * @param lines what was shipped, at least one line
 * @param shipFrom where the goods left from, or null
 * @param shipTo recipient, or null when the fulfillment order's ship-to applies
 * @param shippedAt when the carrier took over the goods
 * @param handlingUnits the pallets and cartons the goods left in, with their SSCCs, possibly empty
 *     (and then left out of the JSON form); their packed items name {@link
 *     ShipmentLine#orderLineRef()}s
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@ParcelRefsResolve
@HandlingUnitsResolve
public record Shipment(
    @NotBlank @Size(max = 128) String shipmentId,
    @Size(max = 128) String fulfillmentOrderRef,
    @Size(max = 128) String orderRef,
    @NotNull @Valid CarrierService carrierService,
    List<@NotBlank @Size(max = 128) String> trackingNumbers,
    @UniqueBy("parcelId") List<@NotNull @Valid Parcel> parcels,
    @NotEmpty List<@NotNull @Valid ShipmentLine> lines,
    @Valid LocationRef shipFrom,
    @Valid Party shipTo,
    @NotNull Instant shippedAt,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @UniqueBy("unitId")
        List<@NotNull @Valid HandlingUnit> handlingUnits) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param shipmentId see the record description
   * @param fulfillmentOrderRef see the record description
   * @param orderRef see the record description
   * @param carrierService see the record description
   * @param trackingNumbers see the record description
   * @param parcels see the record description
   * @param lines see the record description
   * @param shipFrom see the record description
   * @param shipTo see the record description
   * @param shippedAt see the record description
   * @param handlingUnits see the record description
   */
  public Shipment {
    trackingNumbers = Lists.copy(trackingNumbers);
    parcels = Lists.copy(parcels);
    lines = Lists.copy(lines);
    handlingUnits = Lists.copy(handlingUnits);
  }

  /**
   * A shipment without handling units, as before they existed; does not validate.
   *
   * @param shipmentId identifier of the shipment in the reporting system
   * @param fulfillmentOrderRef the {@link FulfillmentOrder} this ships, or null
   * @param orderRef the sales order, or null
   * @param carrierService the carrier (and service) that took the goods
   * @param trackingNumbers the carrier's tracking numbers, possibly empty
   * @param parcels the packages, possibly empty when not reported
   * @param lines what was shipped, at least one line
   * @param shipFrom where the goods left from, or null
   * @param shipTo recipient, or null when the fulfillment order's ship-to applies
   * @param shippedAt when the carrier took over the goods
   */
  public Shipment(
      String shipmentId,
      String fulfillmentOrderRef,
      String orderRef,
      CarrierService carrierService,
      List<String> trackingNumbers,
      List<Parcel> parcels,
      List<ShipmentLine> lines,
      LocationRef shipFrom,
      Party shipTo,
      Instant shippedAt) {
    this(
        shipmentId,
        fulfillmentOrderRef,
        orderRef,
        carrierService,
        trackingNumbers,
        parcels,
        lines,
        shipFrom,
        shipTo,
        shippedAt,
        List.of());
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
    b.shipmentId = shipmentId;
    b.fulfillmentOrderRef = fulfillmentOrderRef;
    b.orderRef = orderRef;
    b.carrierService = carrierService;
    b.trackingNumbers.addAll(trackingNumbers);
    b.parcels.addAll(parcels);
    b.lines.addAll(lines);
    b.shipFrom = shipFrom;
    b.shipTo = shipTo;
    b.shippedAt = shippedAt;
    b.handlingUnits.addAll(handlingUnits);
    return b;
  }

  /**
   * Finds a parcel by its identifier.
   *
   * @param parcelId the parcel identifier
   * @return the parcel, or empty
   */
  public Optional<Parcel> parcel(String parcelId) {
    Objects.requireNonNull(parcelId, "parcelId");
    return parcels.stream().filter(p -> p != null && parcelId.equals(p.parcelId())).findFirst();
  }

  /**
   * The lines packed in the given parcel.
   *
   * @param parcelId the parcel identifier
   * @return the lines, possibly empty
   */
  public List<ShipmentLine> linesInParcel(String parcelId) {
    Objects.requireNonNull(parcelId, "parcelId");
    return lines.stream().filter(l -> l != null && parcelId.equals(l.parcelId())).toList();
  }

  /**
   * The reference of the {@link FulfillmentOrder} this ships, if present.
   *
   * @return {@link #fulfillmentOrderRef()}, or empty when it is null
   */
  public Optional<String> optionalFulfillmentOrderRef() {
    return Optional.ofNullable(fulfillmentOrderRef);
  }

  /**
   * The sales order, if present.
   *
   * @return {@link #orderRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderRef() {
    return Optional.ofNullable(orderRef);
  }

  /**
   * Where the goods left from, if present.
   *
   * @return {@link #shipFrom()}, or empty when it is null
   */
  public Optional<LocationRef> optionalShipFrom() {
    return Optional.ofNullable(shipFrom);
  }

  /**
   * Recipient, if present.
   *
   * @return {@link #shipTo()}, or empty when it is null
   */
  public Optional<Party> optionalShipTo() {
    return Optional.ofNullable(shipTo);
  }

  /** Builder for {@link Shipment}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String shipmentId;
    private String fulfillmentOrderRef;
    private String orderRef;
    private CarrierService carrierService;
    private final List<String> trackingNumbers = new ArrayList<>();
    private final List<Parcel> parcels = new ArrayList<>();
    private final List<ShipmentLine> lines = new ArrayList<>();
    private LocationRef shipFrom;
    private Party shipTo;
    private Instant shippedAt;
    private final List<HandlingUnit> handlingUnits = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the shipmentId.
     *
     * @param shipmentId identifier of the shipment in the reporting system
     * @return this builder
     */
    public Builder shipmentId(String shipmentId) {
      this.shipmentId = shipmentId;
      return this;
    }

    /**
     * Sets the fulfillmentOrderRef.
     *
     * @param fulfillmentOrderRef the {@link FulfillmentOrder} this ships
     * @return this builder
     */
    public Builder fulfillmentOrderRef(String fulfillmentOrderRef) {
      this.fulfillmentOrderRef = fulfillmentOrderRef;
      return this;
    }

    /**
     * Sets the orderRef.
     *
     * @param orderRef the sales order
     * @return this builder
     */
    public Builder orderRef(String orderRef) {
      this.orderRef = orderRef;
      return this;
    }

    /**
     * Sets the carrierService.
     *
     * @param carrierService the carrier (and service) that took the goods
     * @return this builder
     */
    public Builder carrierService(CarrierService carrierService) {
      this.carrierService = carrierService;
      return this;
    }

    /**
     * Replaces the trackingNumbers.
     *
     * @param trackingNumbers the carrier's tracking numbers (master and/or per parcel)
     * @return this builder
     */
    public Builder trackingNumbers(List<? extends String> trackingNumbers) {
      this.trackingNumbers.clear();
      this.trackingNumbers.addAll(Objects.requireNonNull(trackingNumbers, "trackingNumbers"));
      return this;
    }

    /**
     * Appends one element to the trackingNumbers.
     *
     * @param trackingNumber the element to add
     * @return this builder
     */
    public Builder addTrackingNumber(String trackingNumber) {
      this.trackingNumbers.add(Objects.requireNonNull(trackingNumber, "trackingNumber"));
      return this;
    }

    /**
     * Replaces the parcels.
     *
     * @param parcels the packages
     * @return this builder
     */
    public Builder parcels(List<? extends Parcel> parcels) {
      this.parcels.clear();
      this.parcels.addAll(Objects.requireNonNull(parcels, "parcels"));
      return this;
    }

    /**
     * Appends one element to the parcels.
     *
     * @param parcel the element to add
     * @return this builder
     */
    public Builder addParcel(Parcel parcel) {
      this.parcels.add(Objects.requireNonNull(parcel, "parcel"));
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines what was shipped
     * @return this builder
     */
    public Builder lines(List<? extends ShipmentLine> lines) {
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
    public Builder addLine(ShipmentLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the shipFrom.
     *
     * @param shipFrom where the goods left from
     * @return this builder
     */
    public Builder shipFrom(LocationRef shipFrom) {
      this.shipFrom = shipFrom;
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
     * Sets the shippedAt.
     *
     * @param shippedAt when the carrier took over the goods
     * @return this builder
     */
    public Builder shippedAt(Instant shippedAt) {
      this.shippedAt = shippedAt;
      return this;
    }

    /**
     * Replaces the handlingUnits.
     *
     * @param handlingUnits the pallets and cartons the goods left in
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
     * Builds the {@link Shipment} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public Shipment build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link Shipment} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public Shipment buildUnvalidated() {
      return new Shipment(
          shipmentId,
          fulfillmentOrderRef,
          orderRef,
          carrierService,
          trackingNumbers,
          parcels,
          lines,
          shipFrom,
          shipTo,
          shippedAt,
          handlingUnits);
    }
  }
}
