package io.github.odooconnector.carrier.spi;

import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request for shipping rates: where from, where to, what parcels, and carrier-neutral options.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(Party, Party)}.
 *
 * @param reference the caller's reference for the shipment, for example the picking name {@code
 *     WH/OUT/00042}
 * @param shipFrom the shipper (name, contact and address)
 * @param shipTo the recipient (name, contact and address)
 * @param parcels the parcels, at least one
 * @param shipDate the planned hand-over date, or {@code null} for "as soon as possible"
 * @param serviceCodes restricts the quote to these service codes; empty means every service
 * @param options carrier-specific options as strings; adapters ignore options they do not know
 * @param shipmentOptions typed options to price in (insurance, signature, ...); {@code null} means
 *     none
 */
public record RateRequest(
    String reference,
    Party shipFrom,
    Party shipTo,
    List<Parcel> parcels,
    LocalDate shipDate,
    Set<String> serviceCodes,
    Map<String, String> options,
    ShipmentOptions shipmentOptions) {

  /**
   * Validates and copies the components.
   *
   * @param reference caller reference
   * @param shipFrom origin
   * @param shipTo destination
   * @param parcels parcels, at least one
   * @param shipDate planned hand-over date, or {@code null}
   * @param serviceCodes service filter
   * @param options options
   * @param shipmentOptions typed options; {@code null} means none
   */
  public RateRequest {
    Objects.requireNonNull(reference, "reference");
    Checks.requireAddressed(shipFrom, "shipFrom");
    Checks.requireAddressed(shipTo, "shipTo");
    parcels = List.copyOf(parcels);
    if (parcels.isEmpty()) {
      throw new IllegalArgumentException("parcels must not be empty (reference " + reference + ")");
    }
    serviceCodes = Set.copyOf(serviceCodes);
    options = Map.copyOf(options);
    shipmentOptions = shipmentOptions == null ? ShipmentOptions.none() : shipmentOptions;
  }

  /**
   * Creates a request without typed options.
   *
   * @param reference caller reference
   * @param shipFrom origin
   * @param shipTo destination
   * @param parcels parcels, at least one
   * @param shipDate planned hand-over date, or {@code null}
   * @param serviceCodes service filter
   * @param options options
   */
  public RateRequest(
      String reference,
      Party shipFrom,
      Party shipTo,
      List<Parcel> parcels,
      LocalDate shipDate,
      Set<String> serviceCodes,
      Map<String, String> options) {
    this(reference, shipFrom, shipTo, parcels, shipDate, serviceCodes, options, null);
  }

  /**
   * The planned hand-over date.
   *
   * @return the date, empty for "as soon as possible"
   */
  public Optional<LocalDate> optionalShipDate() {
    return Optional.ofNullable(shipDate);
  }

  /**
   * Creates a rate request for a canonical {@link Shipment}: its ship-to party, parcels and id as
   * reference. The shipment's own {@code shipFrom} is a location reference without an address, so
   * the shipper is passed in.
   *
   * @param shipment the shipment; its ship-to party must have an address and every parcel a weight
   * @param shipFrom the shipper with address
   * @return the request
   * @throws IllegalArgumentException if the shipment has no ship-to address or no parcels
   */
  public static RateRequest forShipment(Shipment shipment, Party shipFrom) {
    Objects.requireNonNull(shipment, "shipment");
    if (shipment.shipTo() == null) {
      throw new IllegalArgumentException("shipment " + shipment.shipmentId() + " has no shipTo");
    }
    return builder(shipFrom, shipment.shipTo())
        .reference(shipment.shipmentId())
        .parcels(shipment.parcels())
        .build();
  }

  /**
   * Starts a builder.
   *
   * @param shipFrom origin address
   * @param shipTo destination address
   * @return a new builder
   */
  public static Builder builder(Party shipFrom, Party shipTo) {
    return new Builder(shipFrom, shipTo);
  }

  /** Builds a {@link RateRequest}. Not thread-safe. */
  public static final class Builder {
    private final Party shipFrom;
    private final Party shipTo;
    private String reference = "";
    private final List<Parcel> parcels = new ArrayList<>();
    private LocalDate shipDate;
    private final Set<String> serviceCodes = new LinkedHashSet<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private ShipmentOptions shipmentOptions;

    private Builder(Party shipFrom, Party shipTo) {
      this.shipFrom = Objects.requireNonNull(shipFrom, "shipFrom");
      this.shipTo = Objects.requireNonNull(shipTo, "shipTo");
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
     * Adds a parcel.
     *
     * @param value the parcel
     * @return this builder
     */
    public Builder parcel(Parcel value) {
      parcels.add(Objects.requireNonNull(value, "parcel"));
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
     * Restricts quoting to a service.
     *
     * @param code the service code
     * @return this builder
     */
    public Builder serviceCode(String code) {
      serviceCodes.add(Objects.requireNonNull(code, "serviceCode"));
      return this;
    }

    /**
     * Sets an option.
     *
     * @param key option name
     * @param value option value
     * @return this builder
     */
    public Builder option(String key, String value) {
      options.put(
          Objects.requireNonNull(key, "option key"), Objects.requireNonNull(value, "option value"));
      return this;
    }

    /**
     * Sets options.
     *
     * @param values the options
     * @return this builder
     */
    public Builder options(Map<String, String> values) {
      values.forEach(this::option);
      return this;
    }

    /**
     * Sets the typed options to price in.
     *
     * @param value the options
     * @return this builder
     */
    public Builder shipmentOptions(ShipmentOptions value) {
      this.shipmentOptions = Objects.requireNonNull(value, "shipmentOptions");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public RateRequest build() {
      return new RateRequest(
          reference, shipFrom, shipTo, parcels, shipDate, serviceCodes, options, shipmentOptions);
    }
  }
}
