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
 * An advance ship notice (ASN, EDI DESADV): the supplier's announcement of what is arriving, when,
 * and with which carrier, so the warehouse can plan the receipt.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param asnId notice identifier
 * @param purchaseOrderRef the purchase order, or null
 * @param supplier the shipping supplier
 * @param destination the receiving warehouse (and dock/bin)
 * @param expectedArrival when the goods are expected, or null
 * @param carrierService inbound carrier, or null
 * @param trackingNumbers inbound tracking numbers, possibly empty
 * @param lines announced lines, at least one
 * @param handlingUnits the pallets and cartons the lines arrive in, with their SSCCs, possibly
 *     empty (and then left out of the JSON form); their packed items name {@link AsnLine#lineId()}s
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@HandlingUnitsResolve
public record AdvanceShipNotice(
    @NotBlank @Size(max = 128) String asnId,
    @Size(max = 128) String purchaseOrderRef,
    @NotNull @Valid Party supplier,
    @NotNull @Valid LocationRef destination,
    Instant expectedArrival,
    @Valid CarrierService carrierService,
    List<@NotBlank @Size(max = 128) String> trackingNumbers,
    @NotEmpty @UniqueBy("lineId") List<@NotNull @Valid AsnLine> lines,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @UniqueBy("unitId")
        List<@NotNull @Valid HandlingUnit> handlingUnits) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param asnId see the record description
   * @param purchaseOrderRef see the record description
   * @param supplier see the record description
   * @param destination see the record description
   * @param expectedArrival see the record description
   * @param carrierService see the record description
   * @param trackingNumbers see the record description
   * @param lines see the record description
   * @param handlingUnits see the record description
   */
  public AdvanceShipNotice {
    trackingNumbers = Lists.copy(trackingNumbers);
    lines = Lists.copy(lines);
    handlingUnits = Lists.copy(handlingUnits);
  }

  /**
   * A notice without handling units, as before they existed; does not validate.
   *
   * @param asnId notice identifier
   * @param purchaseOrderRef the purchase order, or null
   * @param supplier the shipping supplier
   * @param destination the receiving warehouse (and dock/bin)
   * @param expectedArrival when the goods are expected, or null
   * @param carrierService inbound carrier, or null
   * @param trackingNumbers inbound tracking numbers, possibly empty
   * @param lines announced lines, at least one
   */
  public AdvanceShipNotice(
      String asnId,
      String purchaseOrderRef,
      Party supplier,
      LocationRef destination,
      Instant expectedArrival,
      CarrierService carrierService,
      List<String> trackingNumbers,
      List<AsnLine> lines) {
    this(
        asnId,
        purchaseOrderRef,
        supplier,
        destination,
        expectedArrival,
        carrierService,
        trackingNumbers,
        lines,
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
    b.asnId = asnId;
    b.purchaseOrderRef = purchaseOrderRef;
    b.supplier = supplier;
    b.destination = destination;
    b.expectedArrival = expectedArrival;
    b.carrierService = carrierService;
    b.trackingNumbers.addAll(trackingNumbers);
    b.lines.addAll(lines);
    b.handlingUnits.addAll(handlingUnits);
    return b;
  }

  /**
   * The purchase order, if present.
   *
   * @return {@link #purchaseOrderRef()}, or empty when it is null
   */
  public Optional<String> optionalPurchaseOrderRef() {
    return Optional.ofNullable(purchaseOrderRef);
  }

  /**
   * When the goods are expected, if present.
   *
   * @return {@link #expectedArrival()}, or empty when it is null
   */
  public Optional<Instant> optionalExpectedArrival() {
    return Optional.ofNullable(expectedArrival);
  }

  /**
   * Inbound carrier, if present.
   *
   * @return {@link #carrierService()}, or empty when it is null
   */
  public Optional<CarrierService> optionalCarrierService() {
    return Optional.ofNullable(carrierService);
  }

  /** Builder for {@link AdvanceShipNotice}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String asnId;
    private String purchaseOrderRef;
    private Party supplier;
    private LocationRef destination;
    private Instant expectedArrival;
    private CarrierService carrierService;
    private final List<String> trackingNumbers = new ArrayList<>();
    private final List<AsnLine> lines = new ArrayList<>();
    private final List<HandlingUnit> handlingUnits = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the asnId.
     *
     * @param asnId notice identifier
     * @return this builder
     */
    public Builder asnId(String asnId) {
      this.asnId = asnId;
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
     * Sets the supplier.
     *
     * @param supplier the shipping supplier
     * @return this builder
     */
    public Builder supplier(Party supplier) {
      this.supplier = supplier;
      return this;
    }

    /**
     * Sets the destination.
     *
     * @param destination the receiving warehouse (and dock/bin)
     * @return this builder
     */
    public Builder destination(LocationRef destination) {
      this.destination = destination;
      return this;
    }

    /**
     * Sets the expectedArrival.
     *
     * @param expectedArrival when the goods are expected
     * @return this builder
     */
    public Builder expectedArrival(Instant expectedArrival) {
      this.expectedArrival = expectedArrival;
      return this;
    }

    /**
     * Sets the carrierService.
     *
     * @param carrierService inbound carrier
     * @return this builder
     */
    public Builder carrierService(CarrierService carrierService) {
      this.carrierService = carrierService;
      return this;
    }

    /**
     * Replaces the trackingNumbers.
     *
     * @param trackingNumbers inbound tracking numbers
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
     * Replaces the lines.
     *
     * @param lines announced lines
     * @return this builder
     */
    public Builder lines(List<? extends AsnLine> lines) {
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
    public Builder addLine(AsnLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Replaces the handlingUnits.
     *
     * @param handlingUnits the pallets and cartons the lines arrive in
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
     * Builds the {@link AdvanceShipNotice} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public AdvanceShipNotice build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link AdvanceShipNotice} without validating it, for callers that collect
     * violations themselves (for example a mapper reporting every problem of a source record via
     * {@link CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public AdvanceShipNotice buildUnvalidated() {
      return new AdvanceShipNotice(
          asnId,
          purchaseOrderRef,
          supplier,
          destination,
          expectedArrival,
          carrierService,
          trackingNumbers,
          lines,
          handlingUnits);
    }
  }
}
