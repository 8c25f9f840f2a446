package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.odooconnector.model.constraints.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One tracking scan/event of a parcel, normalized to a {@link TrackingStatus} and keeping the
 * carrier's raw code and text for audit and for mapping improvements. See {@link TrackingStatus}
 * for how late and out-of-order events are handled, and {@link #supersedes(TrackingEvent)}.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param trackingNumber the carrier tracking number
 * @param carrier carrier code, for example {@code dhl}
 * @param status normalized status
 * @param rawCode the carrier's own status/event code, or null when the carrier sends none
 * @param rawDescription the carrier's event text, or null
 * @param occurredAt when the event happened according to the carrier
 * @param location where it happened (free text such as {@code Leipzig Hub}), or null
 * @param countryCode ISO 3166-1 alpha-2 country of the event, or null
 * @param shipmentRef the {@link Shipment} the parcel belongs to, or null
 * @param signedBy name of the person who signed for a delivery, or null
 * @param estimatedDeliveryAt the carrier's current delivery estimate, or null
 * @param reason why the parcel is in this status (normalized from the carrier's detail code), or
 *     null when the carrier gave no detail
 * @param actionRequired whether someone at the shipper has to act (send documents, contact the
 *     recipient, file a claim); workflows schedule an Odoo activity for such events
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackingEvent(
    @NotBlank @Size(max = 128) String trackingNumber,
    @NotBlank @Size(max = 64) String carrier,
    @NotNull TrackingStatus status,
    @Size(max = 128) String rawCode,
    @Size(max = 1000) String rawDescription,
    @NotNull Instant occurredAt,
    @Size(max = 200) String location,
    @CountryCode String countryCode,
    @Size(max = 128) String shipmentRef,
    @Size(max = 200) String signedBy,
    Instant estimatedDeliveryAt,
    TrackingReason reason,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean actionRequired) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param trackingNumber see the record description
   * @param carrier see the record description
   * @param status see the record description
   * @param rawCode see the record description
   * @param rawDescription see the record description
   * @param occurredAt see the record description
   * @param location see the record description
   * @param countryCode see the record description
   * @param shipmentRef see the record description
   * @param signedBy see the record description
   * @param estimatedDeliveryAt see the record description
   * @param reason see the record description
   * @param actionRequired see the record description
   */
  public TrackingEvent {
    countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Creates an event without reason and action flag (the components before they existed); never
   * throws.
   *
   * @param trackingNumber see the record description
   * @param carrier see the record description
   * @param status see the record description
   * @param rawCode see the record description
   * @param rawDescription see the record description
   * @param occurredAt see the record description
   * @param location see the record description
   * @param countryCode see the record description
   * @param shipmentRef see the record description
   * @param signedBy see the record description
   * @param estimatedDeliveryAt see the record description
   */
  public TrackingEvent(
      String trackingNumber,
      String carrier,
      TrackingStatus status,
      String rawCode,
      String rawDescription,
      Instant occurredAt,
      String location,
      String countryCode,
      String shipmentRef,
      String signedBy,
      Instant estimatedDeliveryAt) {
    this(
        trackingNumber,
        carrier,
        status,
        rawCode,
        rawDescription,
        occurredAt,
        location,
        countryCode,
        shipmentRef,
        signedBy,
        estimatedDeliveryAt,
        null,
        false);
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
    b.trackingNumber = trackingNumber;
    b.carrier = carrier;
    b.status = status;
    b.rawCode = rawCode;
    b.rawDescription = rawDescription;
    b.occurredAt = occurredAt;
    b.location = location;
    b.countryCode = countryCode;
    b.shipmentRef = shipmentRef;
    b.signedBy = signedBy;
    b.estimatedDeliveryAt = estimatedDeliveryAt;
    b.reason = reason;
    b.actionRequired = actionRequired;
    return b;
  }

  /**
   * Returns whether this event should replace {@code current} as the parcel's latest known state:
   * never when {@code current} is terminal (a late {@code in_transit} never overrides {@code
   * delivered}); never when this status is {@link TrackingStatus#UNKNOWN} and the current one is
   * known; otherwise when this event is newer, or equally old with a higher {@link
   * TrackingStatus#precedence()}.
   *
   * @param current the event currently applied, may be null (then this event always applies); a
   *     current event without status or timestamp counts as unknown
   * @return true when this event should be applied
   * @throws NullPointerException if this event has no status or timestamp
   */
  public boolean supersedes(TrackingEvent current) {
    if (current == null) {
      return true;
    }
    Objects.requireNonNull(status, "status of the incoming event");
    Objects.requireNonNull(occurredAt, "occurredAt of the incoming event");
    TrackingStatus currentStatus =
        current.status() == null ? TrackingStatus.UNKNOWN : current.status();
    if (!currentStatus.mayBeFollowedBy(status)) {
      return false;
    }
    if (current.occurredAt() == null) {
      return true;
    }
    if (status == TrackingStatus.STALE) { // the marker of "nothing since current"
      return currentStatus != TrackingStatus.STALE && !occurredAt.isBefore(current.occurredAt());
    }
    if (currentStatus == TrackingStatus.STALE) { // anything newer than the marked event
      return occurredAt.isAfter(current.occurredAt());
    }
    int byTime = occurredAt.compareTo(current.occurredAt());
    if (byTime != 0) {
      return byTime > 0;
    }
    return status.precedence() > currentStatus.precedence();
  }

  /**
   * The carrier's raw code if sent.
   *
   * @return the rawCode if present
   */
  public Optional<String> optionalRawCode() {
    return Optional.ofNullable(rawCode);
  }

  /**
   * The delivery estimate if known.
   *
   * @return the estimatedDeliveryAt if present
   */
  public Optional<Instant> optionalEstimatedDeliveryAt() {
    return Optional.ofNullable(estimatedDeliveryAt);
  }

  /**
   * The carrier's event text, if present.
   *
   * @return {@link #rawDescription()}, or empty when it is null
   */
  public Optional<String> optionalRawDescription() {
    return Optional.ofNullable(rawDescription);
  }

  /**
   * Where it happened (free text such as {@code Leipzig Hub}), if present.
   *
   * @return {@link #location()}, or empty when it is null
   */
  public Optional<String> optionalLocation() {
    return Optional.ofNullable(location);
  }

  /**
   * ISO 3166-1 alpha-2 country of the event, if present.
   *
   * @return {@link #countryCode()}, or empty when it is null
   */
  public Optional<String> optionalCountryCode() {
    return Optional.ofNullable(countryCode);
  }

  /**
   * The reference of the {@link Shipment} the parcel belongs to, if present.
   *
   * @return {@link #shipmentRef()}, or empty when it is null
   */
  public Optional<String> optionalShipmentRef() {
    return Optional.ofNullable(shipmentRef);
  }

  /**
   * Name of the person who signed for a delivery, if present.
   *
   * @return {@link #signedBy()}, or empty when it is null
   */
  public Optional<String> optionalSignedBy() {
    return Optional.ofNullable(signedBy);
  }

  /**
   * The normalized reason, if the carrier gave one.
   *
   * @return the reason
   */
  public Optional<TrackingReason> optionalReason() {
    return Optional.ofNullable(reason);
  }

  /** Builder for {@link TrackingEvent}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String trackingNumber;
    private String carrier;
    private TrackingStatus status;
    private String rawCode;
    private String rawDescription;
    private Instant occurredAt;
    private String location;
    private String countryCode;
    private String shipmentRef;
    private String signedBy;
    private Instant estimatedDeliveryAt;
    private TrackingReason reason;
    private Boolean actionRequired;

    private Builder() {}

    /**
     * Sets the normalized reason. Unless {@link #actionRequired(boolean)} is called, the event's
     * action flag follows {@link TrackingReason#usuallyRequiresAction()}.
     *
     * @param reason why the parcel is in this status
     * @return this builder
     */
    public Builder reason(TrackingReason reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets whether someone at the shipper has to act.
     *
     * @param actionRequired the flag
     * @return this builder
     */
    public Builder actionRequired(boolean actionRequired) {
      this.actionRequired = actionRequired;
      return this;
    }

    /**
     * Sets the trackingNumber.
     *
     * @param trackingNumber the carrier tracking number
     * @return this builder
     */
    public Builder trackingNumber(String trackingNumber) {
      this.trackingNumber = trackingNumber;
      return this;
    }

    /**
     * Sets the carrier.
     *
     * @param carrier carrier code
     * @return this builder
     */
    public Builder carrier(String carrier) {
      this.carrier = carrier;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status normalized status
     * @return this builder
     */
    public Builder status(TrackingStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the rawCode.
     *
     * @param rawCode the carrier's own status/event code
     * @return this builder
     */
    public Builder rawCode(String rawCode) {
      this.rawCode = rawCode;
      return this;
    }

    /**
     * Sets the rawDescription.
     *
     * @param rawDescription the carrier's event text
     * @return this builder
     */
    public Builder rawDescription(String rawDescription) {
      this.rawDescription = rawDescription;
      return this;
    }

    /**
     * Sets the occurredAt.
     *
     * @param occurredAt when the event happened according to the carrier
     * @return this builder
     */
    public Builder occurredAt(Instant occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    /**
     * Sets the location.
     *
     * @param location where it happened (free text such as {@code Leipzig Hub})
     * @return this builder
     */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /**
     * Sets the countryCode.
     *
     * @param countryCode ISO 3166-1 alpha-2 country of the event
     * @return this builder
     */
    public Builder countryCode(String countryCode) {
      this.countryCode = countryCode;
      return this;
    }

    /**
     * Sets the shipmentRef.
     *
     * @param shipmentRef the {@link Shipment} the parcel belongs to
     * @return this builder
     */
    public Builder shipmentRef(String shipmentRef) {
      this.shipmentRef = shipmentRef;
      return this;
    }

    /**
     * Sets the signedBy.
     *
     * @param signedBy name of the person who signed for a delivery
     * @return this builder
     */
    public Builder signedBy(String signedBy) {
      this.signedBy = signedBy;
      return this;
    }

    /**
     * Sets the estimatedDeliveryAt.
     *
     * @param estimatedDeliveryAt the carrier's current delivery estimate
     * @return this builder
     */
    public Builder estimatedDeliveryAt(Instant estimatedDeliveryAt) {
      this.estimatedDeliveryAt = estimatedDeliveryAt;
      return this;
    }

    /**
     * Builds the {@link TrackingEvent} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public TrackingEvent build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link TrackingEvent} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public TrackingEvent buildUnvalidated() {
      return new TrackingEvent(
          trackingNumber,
          carrier,
          status,
          rawCode,
          rawDescription,
          occurredAt,
          location,
          countryCode,
          shipmentRef,
          signedBy,
          estimatedDeliveryAt,
          reason,
          actionRequired != null
              ? actionRequired
              : reason != null && reason.usuallyRequiresAction());
    }
  }
}
