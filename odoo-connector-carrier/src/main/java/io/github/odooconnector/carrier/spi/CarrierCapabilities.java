package io.github.odooconnector.carrier.spi;

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
 * <p>Immutable and thread-safe. Build with {@link #builder(String)}.
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
    boolean trackingWebhooks) {

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
   */
  public CarrierCapabilities {
    carrierCode = Checks.requireText(carrierCode, "carrierCode");
    displayName = Checks.requireText(displayName, "displayName");
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
          trackingWebhooks);
    }
  }
}
