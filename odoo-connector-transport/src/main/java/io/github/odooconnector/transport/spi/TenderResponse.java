package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier's answer to a load tender (EDI 990 style): accepted, rejected or a counter-offer. Use
 * the factories; the constructor checks that each status has what it needs (an accepted tender
 * names its load and carrier, a counter-offer its id and carrier).
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the answer
 * @param loadId the TMS's load (shipment) id; null only for a rejection
 * @param carrier the carrier answering; null only for a rejection the TMS does not attribute
 * @param trackingReference the PRO or bill of lading number to track the load by, or null when the
 *     carrier assigns it later
 * @param rate the agreed rate (accepted) or the rate asked for (counter-offer), or null
 * @param pickupAt the planned pickup (accepted) or the pickup proposed (counter-offer), or null
 * @param estimatedDelivery the estimated delivery, or null
 * @param counterOfferId the TMS's id of the counter-offer; set only for a counter-offer
 * @param reason why the carrier rejected or countered, or null
 */
public record TenderResponse(
    TenderStatus status,
    String loadId,
    TransportCarrier carrier,
    String trackingReference,
    Money rate,
    Instant pickupAt,
    Instant estimatedDelivery,
    String counterOfferId,
    String reason) {

  /**
   * Checks that the status has what it needs.
   *
   * @param status see the record description
   * @param loadId see the record description
   * @param carrier see the record description
   * @param trackingReference see the record description
   * @param rate see the record description
   * @param pickupAt see the record description
   * @param estimatedDelivery see the record description
   * @param counterOfferId see the record description
   * @param reason see the record description
   */
  public TenderResponse {
    Objects.requireNonNull(status, "status");
    if (status != TenderStatus.REJECTED) {
      requireText(loadId, "loadId");
      Objects.requireNonNull(carrier, "carrier");
    }
    if (status == TenderStatus.COUNTER_OFFERED) {
      requireText(counterOfferId, "counterOfferId");
    } else if (counterOfferId != null) {
      throw new IllegalArgumentException(
          "counterOfferId is only for a counter-offer, not for status " + status);
    }
  }

  /**
   * The carrier accepted the load.
   *
   * @param loadId the TMS's load id
   * @param carrier the carrier
   * @param trackingReference the PRO or bill of lading number, or null
   * @param rate the agreed rate, or null
   * @param pickupAt the planned pickup, or null
   * @param estimatedDelivery the estimated delivery, or null
   * @return the response
   */
  public static TenderResponse accepted(
      String loadId,
      TransportCarrier carrier,
      String trackingReference,
      Money rate,
      Instant pickupAt,
      Instant estimatedDelivery) {
    return new TenderResponse(
        TenderStatus.ACCEPTED,
        loadId,
        carrier,
        trackingReference,
        rate,
        pickupAt,
        estimatedDelivery,
        null,
        null);
  }

  /**
   * The carrier refused the load.
   *
   * @param carrier the carrier, or null
   * @param reason why, or null
   * @return the response
   */
  public static TenderResponse rejected(TransportCarrier carrier, String reason) {
    return new TenderResponse(
        TenderStatus.REJECTED, null, carrier, null, null, null, null, null, reason);
  }

  /**
   * The carrier would take the load on other terms.
   *
   * @param loadId the TMS's load id
   * @param counterOfferId the TMS's id of the counter-offer, used to accept it
   * @param carrier the carrier
   * @param rate the rate asked for, or null if unchanged
   * @param pickupAt the pickup proposed, or null if unchanged
   * @param reason why, or null
   * @return the response
   */
  public static TenderResponse counterOffer(
      String loadId,
      String counterOfferId,
      TransportCarrier carrier,
      Money rate,
      Instant pickupAt,
      String reason) {
    return new TenderResponse(
        TenderStatus.COUNTER_OFFERED,
        loadId,
        carrier,
        null,
        rate,
        pickupAt,
        null,
        counterOfferId,
        reason);
  }

  /**
   * The load id, if the TMS gave one.
   *
   * @return the id
   */
  public Optional<String> optionalLoadId() {
    return Optional.ofNullable(loadId);
  }

  /**
   * The carrier, if named.
   *
   * @return the carrier
   */
  public Optional<TransportCarrier> optionalCarrier() {
    return Optional.ofNullable(carrier);
  }

  /**
   * The tracking reference, if assigned.
   *
   * @return the PRO or bill of lading number
   */
  public Optional<String> optionalTrackingReference() {
    return Optional.ofNullable(trackingReference);
  }

  /**
   * The rate, if given.
   *
   * @return the rate
   */
  public Optional<Money> optionalRate() {
    return Optional.ofNullable(rate);
  }

  /**
   * The pickup time, if given.
   *
   * @return the instant
   */
  public Optional<Instant> optionalPickupAt() {
    return Optional.ofNullable(pickupAt);
  }

  /**
   * The estimated delivery, if given.
   *
   * @return the instant
   */
  public Optional<Instant> optionalEstimatedDelivery() {
    return Optional.ofNullable(estimatedDelivery);
  }

  /**
   * The counter-offer's id, for a counter-offer.
   *
   * @return the id
   */
  public Optional<String> optionalCounterOfferId() {
    return Optional.ofNullable(counterOfferId);
  }

  /**
   * Why the carrier rejected or countered, if said.
   *
   * @return the reason
   */
  public Optional<String> optionalReason() {
    return Optional.ofNullable(reason);
  }
}
