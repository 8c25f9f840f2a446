package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a carrier adapter can do: its services, label formats and optional operations. The workflows
 * read it to skip carriers that cannot serve a shipment (for example an international one) and to
 * decide whether a label purchase with an unknown outcome may be retried.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String)}; every flag defaults to false,
 * so an adapter written before a flag existed declares nothing it does not do.
 *
 * @param carrierCode stable lower-case code identifying the carrier, for example {@code dhl}; used
 *     in idempotency keys and tracking state, so never change it for a live carrier
 * @param displayName human-readable carrier name
 * @param services the services the carrier sells, in the carrier's order; at least one
 * @param labelFormats the label formats the carrier can produce; at least one
 * @param international whether the carrier ships across borders at all
 * @param idempotentCreate whether the carrier deduplicates label purchases by the request's
 *     idempotency key, so a purchase whose response was lost can be safely repeated with the same
 *     key
 * @param cancellation whether labels can be voided
 * @param addressValidation whether {@link CarrierAdapter#validateAddress} is implemented
 * @param pickupScheduling whether {@link CarrierAdapter#schedulePickup} is implemented
 * @param trackingWebhooks whether {@link CarrierAdapter#parseTrackingWebhook} is implemented
 * @param supportedOptions the {@link ShipmentOption}s the carrier honours; a purchase asking for
 *     another one is refused before anything is bought
 * @param oneParcelPerShipment whether the carrier takes one parcel per shipment (no multi-piece
 *     shipments): the workflows then buy one shipment per parcel, each under its own idempotency
 *     key, so a failure after some parcels can be completed or voided without duplicates
 * @param dimensionalDivisor the carrier's dimensional-weight divisor in cubic centimetres per
 *     kilogram (for example 5000), or {@code null} when it bills actual weight only; see {@link
 *     #billableWeight(Parcel)}
 * @param returnLabels whether return labels can be bought ({@link ShipmentRequest#returnDetails()})
 * @param manifests whether {@link CarrierAdapter#createManifest} is implemented
 * @param refundAfterManifest whether a label in a closed manifest can no longer be voided, so the
 *     workflows ask for a refund ({@link CarrierAdapter#requestRefund}) instead
 * @param pickupChanges whether {@link CarrierAdapter#updatePickup} and {@link
 *     CarrierAdapter#cancelPickup} are implemented
 * @param proofOfDelivery whether {@link CarrierAdapter#proofOfDelivery} returns evidence
 */
public record CarrierCapabilities(
    String carrierCode,
    String displayName,
    List<ServiceLevel> services,
    Set<LabelFormat> labelFormats,
    boolean international,
    boolean idempotentCreate,
    boolean cancellation,
    boolean addressValidation,
    boolean pickupScheduling,
    boolean trackingWebhooks,
    Set<ShipmentOption> supportedOptions,
    boolean oneParcelPerShipment,
    BigDecimal dimensionalDivisor,
    boolean returnLabels,
    boolean manifests,
    boolean refundAfterManifest,
    boolean pickupChanges,
    boolean proofOfDelivery) {

  /**
   * Validates and copies the components.
   *
   * @param carrierCode stable carrier code
   * @param displayName display name
   * @param services services; at least one, unique codes
   * @param labelFormats label formats; at least one
   * @param international ships across borders
   * @param idempotentCreate deduplicates creates by idempotency key
   * @param cancellation labels can be voided
   * @param addressValidation validates addresses
   * @param pickupScheduling schedules pickups
   * @param trackingWebhooks parses tracking webhooks
   * @param supportedOptions honoured shipment options
   * @param oneParcelPerShipment one parcel per shipment
   * @param dimensionalDivisor dimensional-weight divisor in cm3/kg, or {@code null}
   * @param returnLabels sells return labels
   * @param manifests closes manifests
   * @param refundAfterManifest manifested labels need a refund instead of a void
   * @param pickupChanges changes and cancels pickups
   * @param proofOfDelivery returns proof of delivery
   */
  public CarrierCapabilities {
    carrierCode = requireText(carrierCode, "carrierCode");
    displayName = requireText(displayName, "displayName");
    services = List.copyOf(services);
    if (services.isEmpty()) {
      throw new IllegalArgumentException(
          "carrier '" + carrierCode + "' must offer at least one service");
    }
    Map<String, ServiceLevel> byCode = new LinkedHashMap<>();
    for (ServiceLevel s : services) {
      if (byCode.put(s.code(), s) != null) {
        throw new IllegalArgumentException(
            "duplicate service code '" + s.code() + "' for carrier " + carrierCode);
      }
    }
    if (labelFormats.isEmpty()) {
      throw new IllegalArgumentException(
          "carrier '" + carrierCode + "' must support at least one label format");
    }
    labelFormats = Set.copyOf(EnumSet.copyOf(labelFormats));
    supportedOptions = supportedOptions == null ? Set.of() : Set.copyOf(supportedOptions);
    if (dimensionalDivisor != null && dimensionalDivisor.signum() <= 0) {
      throw new IllegalArgumentException(
          "dimensionalDivisor of carrier '" + carrierCode + "' must be positive");
    }
  }

  /**
   * Creates capabilities without the options and flags added later (none supported).
   *
   * @param carrierCode stable carrier code
   * @param displayName display name
   * @param services services; at least one, unique codes
   * @param labelFormats label formats; at least one
   * @param international ships across borders
   * @param idempotentCreate deduplicates creates by idempotency key
   * @param cancellation labels can be voided
   * @param addressValidation validates addresses
   * @param pickupScheduling schedules pickups
   * @param trackingWebhooks parses tracking webhooks
   */
  public CarrierCapabilities(
      String carrierCode,
      String displayName,
      List<ServiceLevel> services,
      Set<LabelFormat> labelFormats,
      boolean international,
      boolean idempotentCreate,
      boolean cancellation,
      boolean addressValidation,
      boolean pickupScheduling,
      boolean trackingWebhooks) {
    this(
        carrierCode,
        displayName,
        services,
        labelFormats,
        international,
        idempotentCreate,
        cancellation,
        addressValidation,
        pickupScheduling,
        trackingWebhooks,
        Set.of(),
        false,
        null,
        false,
        false,
        false,
        false,
        false);
  }

  /**
   * The dimensional-weight divisor.
   *
   * @return cubic centimetres per kilogram, empty when the carrier bills actual weight only
   */
  public Optional<BigDecimal> optionalDimensionalDivisor() {
    return Optional.ofNullable(dimensionalDivisor);
  }

  /**
   * Whether the carrier honours a shipment option.
   *
   * @param option the option
   * @return true when declared in {@link #supportedOptions()}
   */
  public boolean supports(ShipmentOption option) {
    return supportedOptions.contains(Objects.requireNonNull(option, "option"));
  }

  /**
   * The weight the carrier bills a parcel by: the greater of its actual weight and, when the
   * carrier has a {@link #dimensionalDivisor()} and the parcel has dimensions, its volume in cubic
   * centimetres divided by the divisor (rounded up to grams). In kilograms.
   *
   * @param parcel the parcel
   * @return the billable weight in kilograms, empty when the parcel has neither weight nor (with a
   *     divisor) dimensions
   */
  public Optional<Weight> billableWeight(Parcel parcel) {
    Objects.requireNonNull(parcel, "parcel");
    BigDecimal actual =
        parcel.weight() == null ? null : parcel.weight().to(UnitOfMeasure.KGM).value();
    BigDecimal dimensional = null;
    if (dimensionalDivisor != null && parcel.dimensions() != null) {
      BigDecimal cubicCentimetres =
          parcel.dimensions().volumeCubicMetres().multiply(BigDecimal.valueOf(1_000_000));
      dimensional = cubicCentimetres.divide(dimensionalDivisor, 3, RoundingMode.UP);
    }
    BigDecimal kg =
        actual == null ? dimensional : dimensional == null ? actual : actual.max(dimensional);
    return kg == null ? Optional.empty() : Optional.of(Weight.of(kg, UnitOfMeasure.KGM));
  }

  /**
   * Looks up a service by code.
   *
   * @param code the service code
   * @return the service, empty if the carrier does not sell it
   */
  public Optional<ServiceLevel> service(String code) {
    return services.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * The preferred label format: the requested one when supported, else PDF when supported, else any
   * supported one.
   *
   * @param requested the format the caller would like
   * @return a supported format
   */
  public LabelFormat labelFormatOr(LabelFormat requested) {
    if (labelFormats.contains(requested)) {
      return requested;
    }
    if (labelFormats.contains(LabelFormat.PDF)) {
      return LabelFormat.PDF;
    }
    return EnumSet.copyOf(labelFormats).iterator().next();
  }

  /**
   * Starts a builder.
   *
   * @param carrierCode stable carrier code
   * @return a new builder
   */
  public static Builder builder(String carrierCode) {
    return new Builder(carrierCode);
  }

  /** Builds {@link CarrierCapabilities}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final String carrierCode;
    private String displayName;
    private final List<ServiceLevel> services = new ArrayList<>();
    private final Set<LabelFormat> labelFormats = EnumSet.noneOf(LabelFormat.class);
    private boolean international;
    private boolean idempotentCreate;
    private boolean cancellation;
    private boolean addressValidation;
    private boolean pickupScheduling;
    private boolean trackingWebhooks;
    private final Set<ShipmentOption> supportedOptions = EnumSet.noneOf(ShipmentOption.class);
    private boolean oneParcelPerShipment;
    private BigDecimal dimensionalDivisor;
    private boolean returnLabels;
    private boolean manifests;
    private boolean refundAfterManifest;
    private boolean pickupChanges;
    private boolean proofOfDelivery;

    private Builder(String carrierCode) {
      this.carrierCode = Objects.requireNonNull(carrierCode, "carrierCode");
      this.displayName = carrierCode;
    }

    /**
     * Sets the display name (defaults to the carrier code).
     *
     * @param name the display name
     * @return this builder
     */
    public Builder displayName(String name) {
      this.displayName = Objects.requireNonNull(name, "displayName");
      return this;
    }

    /**
     * Adds a service.
     *
     * @param service the service
     * @return this builder
     */
    public Builder service(ServiceLevel service) {
      services.add(Objects.requireNonNull(service, "service"));
      return this;
    }

    /**
     * Adds label formats.
     *
     * @param formats the formats
     * @return this builder
     */
    public Builder labelFormats(LabelFormat... formats) {
      for (LabelFormat f : formats) {
        labelFormats.add(Objects.requireNonNull(f, "labelFormat"));
      }
      return this;
    }

    /**
     * Declares cross-border shipping support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder international(boolean value) {
      this.international = value;
      return this;
    }

    /**
     * Declares that the carrier deduplicates creates by idempotency key.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder idempotentCreate(boolean value) {
      this.idempotentCreate = value;
      return this;
    }

    /**
     * Declares label cancellation support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder cancellation(boolean value) {
      this.cancellation = value;
      return this;
    }

    /**
     * Declares address validation support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder addressValidation(boolean value) {
      this.addressValidation = value;
      return this;
    }

    /**
     * Declares pickup scheduling support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder pickupScheduling(boolean value) {
      this.pickupScheduling = value;
      return this;
    }

    /**
     * Declares tracking webhook support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder trackingWebhooks(boolean value) {
      this.trackingWebhooks = value;
      return this;
    }

    /**
     * Declares shipment options the carrier honours.
     *
     * @param options the options
     * @return this builder
     */
    public Builder supportedOptions(ShipmentOption... options) {
      for (ShipmentOption o : options) {
        supportedOptions.add(Objects.requireNonNull(o, "option"));
      }
      return this;
    }

    /**
     * Declares that the carrier takes one parcel per shipment.
     *
     * @param value whether so
     * @return this builder
     */
    public Builder oneParcelPerShipment(boolean value) {
      this.oneParcelPerShipment = value;
      return this;
    }

    /**
     * Sets the dimensional-weight divisor in cubic centimetres per kilogram (for example 5000).
     *
     * @param cubicCentimetresPerKilogram the divisor, positive
     * @return this builder
     */
    public Builder dimensionalDivisor(BigDecimal cubicCentimetresPerKilogram) {
      this.dimensionalDivisor =
          Objects.requireNonNull(cubicCentimetresPerKilogram, "dimensionalDivisor");
      return this;
    }

    /**
     * Declares return label support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder returnLabels(boolean value) {
      this.returnLabels = value;
      return this;
    }

    /**
     * Declares manifest (end-of-day close) support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder manifests(boolean value) {
      this.manifests = value;
      return this;
    }

    /**
     * Declares that manifested labels need a refund request instead of a void.
     *
     * @param value whether so
     * @return this builder
     */
    public Builder refundAfterManifest(boolean value) {
      this.refundAfterManifest = value;
      return this;
    }

    /**
     * Declares support for changing and cancelling pickups.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder pickupChanges(boolean value) {
      this.pickupChanges = value;
      return this;
    }

    /**
     * Declares proof-of-delivery support.
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder proofOfDelivery(boolean value) {
      this.proofOfDelivery = value;
      return this;
    }

    /**
     * Builds the capabilities.
     *
     * @return the immutable capabilities
     * @throws IllegalArgumentException if no service or label format was declared
     */
    public CarrierCapabilities build() {
      return new CarrierCapabilities(
          carrierCode,
          displayName,
          services,
          labelFormats,
          international,
          idempotentCreate,
          cancellation,
          addressValidation,
          pickupScheduling,
          trackingWebhooks,
          supportedOptions,
          oneParcelPerShipment,
          dimensionalDivisor,
          returnLabels,
          manifests,
          refundAfterManifest,
          pickupChanges,
          proofOfDelivery);
    }
  }
}
