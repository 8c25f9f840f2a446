package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.CustomsDeclaration;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.ShipmentOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to create a shipment at the carrier and buy its labels.
 *
 * <p>The {@link #idempotencyKey()} identifies the purchase: adapters whose carrier supports it pass
 * the key through (an {@code Idempotency-Key} header, a customer reference the carrier deduplicates
 * on, ...) so that repeating a request whose response was lost never buys a second label. The
 * workflows additionally run every purchase through the reliability kit's {@code Idempotent}, so a
 * purchase that completed is never sent again.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String, String)}.
 *
 * @param idempotencyKey the key identifying this purchase; the same key must mean the same shipment
 * @param reference the caller's reference printed on the label, for example the picking name
 * @param serviceCode the service to ship with
 * @param rateId the carrier's quote id when the carrier wants it referenced, else {@code null}
 * @param shipFrom origin
 * @param shipTo destination
 * @param parcels the parcels, at least one; the result holds one tracking number per parcel
 * @param labelFormat the label format wanted
 * @param shipDate planned hand-over date, or {@code null} for today
 * @param options carrier-specific options as strings (use {@code shipmentOptions} for the
 *     carrier-neutral ones)
 * @param shipmentOptions typed options (insurance, signature, ...); every requested option is in
 *     the carrier's {@link CarrierCapabilities#supportedOptions()} when the workflows send it
 * @param customs the customs declaration of a cross-border shipment (built from the picking and
 *     checked by the workflows), or {@code null} when none is needed
 * @param returnDetails set for a return label (the parcel travels from {@code shipFrom}, the
 *     customer, back to {@code shipTo}), else {@code null}
 */
public record ShipmentRequest(
    String idempotencyKey,
    String reference,
    String serviceCode,
    String rateId,
    Party shipFrom,
    Party shipTo,
    List<Parcel> parcels,
    LabelFormat labelFormat,
    LocalDate shipDate,
    Map<String, String> options,
    ShipmentOptions shipmentOptions,
    CustomsDeclaration customs,
    ReturnDetails returnDetails) {

  /**
   * Validates and copies the components.
   *
   * @param idempotencyKey idempotency key
   * @param reference caller reference
   * @param serviceCode service code
   * @param rateId quote id, or {@code null}
   * @param shipFrom origin
   * @param shipTo destination
   * @param parcels parcels
   * @param labelFormat label format
   * @param shipDate hand-over date, or {@code null}
   * @param options options
   * @param shipmentOptions typed options; {@code null} means none
   * @param customs customs declaration, or {@code null}
   * @param returnDetails return details, or {@code null}
   */
  public ShipmentRequest {
    idempotencyKey = requireText(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(reference, "reference");
    serviceCode = requireText(serviceCode, "serviceCode");
    Checks.requireAddressed(shipFrom, "shipFrom");
    Checks.requireAddressed(shipTo, "shipTo");
    parcels = List.copyOf(parcels);
    if (parcels.isEmpty()) {
      throw new IllegalArgumentException("parcels must not be empty (reference " + reference + ")");
    }
    Objects.requireNonNull(labelFormat, "labelFormat");
    options = Map.copyOf(options);
    shipmentOptions = shipmentOptions == null ? ShipmentOptions.none() : shipmentOptions;
  }

  /**
   * Creates a request without typed options, customs or return details.
   *
   * @param idempotencyKey idempotency key
   * @param reference caller reference
   * @param serviceCode service code
   * @param rateId quote id, or {@code null}
   * @param shipFrom origin
   * @param shipTo destination
   * @param parcels parcels
   * @param labelFormat label format
   * @param shipDate hand-over date, or {@code null}
   * @param options options
   */
  public ShipmentRequest(
      String idempotencyKey,
      String reference,
      String serviceCode,
      String rateId,
      Party shipFrom,
      Party shipTo,
      List<Parcel> parcels,
      LabelFormat labelFormat,
      LocalDate shipDate,
      Map<String, String> options) {
    this(
        idempotencyKey,
        reference,
        serviceCode,
        rateId,
        shipFrom,
        shipTo,
        parcels,
        labelFormat,
        shipDate,
        options,
        null,
        null,
        null);
  }

  /**
   * The customs declaration.
   *
   * @return the declaration, empty for a shipment that needs none
   */
  public Optional<CustomsDeclaration> optionalCustoms() {
    return Optional.ofNullable(customs);
  }

  /**
   * The return details.
   *
   * @return the details, empty for an outbound shipment
   */
  public Optional<ReturnDetails> optionalReturnDetails() {
    return Optional.ofNullable(returnDetails);
  }

  /**
   * Whether this is a return label.
   *
   * @return true when {@link #returnDetails()} is set
   */
  public boolean isReturn() {
    return returnDetails != null;
  }

  /**
   * Starts a builder pre-filled with this request, to derive a modified copy (for example one
   * parcel of a multi-parcel request).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(idempotencyKey, serviceCode);
    b.reference = reference;
    b.rateId = rateId;
    b.shipFrom = shipFrom;
    b.shipTo = shipTo;
    b.parcels.addAll(parcels);
    b.labelFormat = labelFormat;
    b.shipDate = shipDate;
    b.options.putAll(options);
    b.shipmentOptions = shipmentOptions;
    b.customs = customs;
    b.returnDetails = returnDetails;
    return b;
  }

  /**
   * The carrier's quote id to reference.
   *
   * @return the id, empty when the purchase references no quote
   */
  public Optional<String> optionalRateId() {
    return Optional.ofNullable(rateId);
  }

  /**
   * The planned hand-over date.
   *
   * @return the date, empty for today
   */
  public Optional<LocalDate> optionalShipDate() {
    return Optional.ofNullable(shipDate);
  }

  /**
   * Starts a builder.
   *
   * @param idempotencyKey the purchase's idempotency key
   * @param serviceCode the service to ship with
   * @return a new builder
   */
  public static Builder builder(String idempotencyKey, String serviceCode) {
    return new Builder(idempotencyKey, serviceCode);
  }

  /** Builds a {@link ShipmentRequest}. Not thread-safe. */
  public static final class Builder {
    private String idempotencyKey;
    private String serviceCode;
    private String reference = "";
    private String rateId;
    private Party shipFrom;
    private Party shipTo;
    private final List<Parcel> parcels = new ArrayList<>();
    private LabelFormat labelFormat = LabelFormat.PDF;
    private LocalDate shipDate;
    private final Map<String, String> options = new LinkedHashMap<>();
    private ShipmentOptions shipmentOptions;
    private CustomsDeclaration customs;
    private ReturnDetails returnDetails;

    private Builder(String idempotencyKey, String serviceCode) {
      this.idempotencyKey = idempotencyKey;
      this.serviceCode = serviceCode;
    }

    /**
     * Sets the caller reference.
     *
     * @param value the reference
     * @return this builder
     */
    public Builder reference(String value) {
      this.reference = Objects.requireNonNull(value, "reference");
      return this;
    }

    /**
     * Sets the carrier quote id.
     *
     * @param value the quote id
     * @return this builder
     */
    public Builder rateId(String value) {
      this.rateId = Objects.requireNonNull(value, "rateId");
      return this;
    }

    /**
     * Sets origin and destination.
     *
     * @param from origin
     * @param to destination
     * @return this builder
     */
    public Builder route(Party from, Party to) {
      this.shipFrom = Objects.requireNonNull(from, "shipFrom");
      this.shipTo = Objects.requireNonNull(to, "shipTo");
      return this;
    }

    /**
     * Adds parcels.
     *
     * @param values the parcels
     * @return this builder
     */
    public Builder parcels(List<Parcel> values) {
      values.forEach(p -> parcels.add(Objects.requireNonNull(p, "parcel")));
      return this;
    }

    /**
     * Sets the label format (default PDF).
     *
     * @param value the format
     * @return this builder
     */
    public Builder labelFormat(LabelFormat value) {
      this.labelFormat = Objects.requireNonNull(value, "labelFormat");
      return this;
    }

    /**
     * Sets the planned hand-over date.
     *
     * @param value the date
     * @return this builder
     */
    public Builder shipDate(LocalDate value) {
      this.shipDate = Objects.requireNonNull(value, "shipDate");
      return this;
    }

    /**
     * Sets options.
     *
     * @param values the options
     * @return this builder
     */
    public Builder options(Map<String, String> values) {
      values.forEach(
          (k, v) ->
              options.put(
                  Objects.requireNonNull(k, "option key"),
                  Objects.requireNonNull(v, "option value")));
      return this;
    }

    /**
     * Replaces the idempotency key.
     *
     * @param value the key
     * @return this builder
     */
    public Builder idempotencyKey(String value) {
      this.idempotencyKey = Objects.requireNonNull(value, "idempotencyKey");
      return this;
    }

    /**
     * Replaces the parcels.
     *
     * @param values the parcels
     * @return this builder
     */
    public Builder replaceParcels(List<Parcel> values) {
      parcels.clear();
      return parcels(values);
    }

    /**
     * Sets the ship-to party (for example after an address correction).
     *
     * @param value the recipient
     * @return this builder
     */
    public Builder shipTo(Party value) {
      this.shipTo = Objects.requireNonNull(value, "shipTo");
      return this;
    }

    /**
     * Sets the typed options.
     *
     * @param value the options
     * @return this builder
     */
    public Builder shipmentOptions(ShipmentOptions value) {
      this.shipmentOptions = Objects.requireNonNull(value, "shipmentOptions");
      return this;
    }

    /**
     * Sets the customs declaration.
     *
     * @param value the declaration, or {@code null} to remove it
     * @return this builder
     */
    public Builder customs(CustomsDeclaration value) {
      this.customs = value;
      return this;
    }

    /**
     * Marks the request as a return label.
     *
     * @param value the return details
     * @return this builder
     */
    public Builder returnDetails(ReturnDetails value) {
      this.returnDetails = Objects.requireNonNull(value, "returnDetails");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public ShipmentRequest build() {
      return new ShipmentRequest(
          idempotencyKey,
          reference,
          serviceCode,
          rateId,
          shipFrom,
          shipTo,
          parcels,
          labelFormat,
          shipDate,
          options,
          shipmentOptions,
          customs,
          returnDetails);
    }
  }
}
