package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a parcel is in its {@link TrackingStatus}, normalized from the carrier's detail codes (the
 * "sub-status" or "incident reason" of the shipping platforms). Carried on {@link
 * TrackingEvent#reason()}; {@link #usuallyRequiresAction()} suggests a default for {@link
 * TrackingEvent#actionRequired()}.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}; an unknown name reads as {@link #OTHER}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TrackingReason {
  /** The carrier is late (capacity, missed connection). */
  @JsonProperty("carrier_delay")
  CARRIER_DELAY(false),
  /** Weather or a natural event delays the parcel. */
  @JsonProperty("weather_delay")
  WEATHER_DELAY(false),
  /** Held by customs for inspection or processing. */
  @JsonProperty("customs_hold")
  CUSTOMS_HOLD(false),
  /** Customs needs documents (invoice, EORI, description) before releasing the parcel. */
  @JsonProperty("customs_documents_required")
  CUSTOMS_DOCUMENTS_REQUIRED(true),
  /** Import duties or taxes are unpaid. */
  @JsonProperty("duties_unpaid")
  DUTIES_UNPAID(true),
  /** The address is incomplete or wrong. */
  @JsonProperty("address_problem")
  ADDRESS_PROBLEM(true),
  /** Nobody was there to receive the parcel. */
  @JsonProperty("recipient_not_available")
  RECIPIENT_NOT_AVAILABLE(false),
  /** The recipient refused the parcel. */
  @JsonProperty("recipient_refused")
  RECIPIENT_REFUSED(true),
  /** Waiting at a pickup point or locker for the recipient. */
  @JsonProperty("awaiting_collection")
  AWAITING_COLLECTION(false),
  /** The parcel is damaged. */
  @JsonProperty("damaged")
  DAMAGED(true),
  /** The parcel is lost or being searched for. */
  @JsonProperty("lost")
  LOST(true),
  /** The carrier has reported nothing for a long time (see {@link TrackingStatus#STALE}). */
  @JsonProperty("no_recent_update")
  NO_RECENT_UPDATE(true),
  /** Any other reason; see the event's raw code and description. */
  @JsonProperty("other")
  @JsonEnumDefaultValue
  OTHER(false);

  private final boolean usuallyRequiresAction;

  TrackingReason(boolean usuallyRequiresAction) {
    this.usuallyRequiresAction = usuallyRequiresAction;
  }

  /**
   * Whether someone at the shipper usually has to act (send documents, contact the recipient, file
   * a claim) for this reason.
   *
   * @return the usual answer; the carrier's own flag on the event wins
   */
  public boolean usuallyRequiresAction() {
    return usuallyRequiresAction;
  }
}
