package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One in-transit milestone or ETA change of a load (EDI 214 style), polled from the TMS or pushed
 * by it to the host application.
 *
 * <p>Immutable and thread-safe.
 *
 * @param updateId the TMS's id of this update; a redelivered update has the same id and is applied
 *     once
 * @param shipperReference the load's shipper reference (the Odoo picking's name)
 * @param loadId the TMS's load id, or null
 * @param type what happened
 * @param occurredAt when it happened
 * @param estimatedArrival the (new) estimated arrival, or null
 * @param location where it happened (a city, a terminal), or null
 * @param reason why (for a delay or an exception), or null
 */
public record TransitUpdate(
    String updateId,
    String shipperReference,
    String loadId,
    TransitEventType type,
    Instant occurredAt,
    Instant estimatedArrival,
    String location,
    String reason) {

  /**
   * Checks the components.
   *
   * @param updateId see the record description
   * @param shipperReference see the record description
   * @param loadId see the record description
   * @param type see the record description
   * @param occurredAt see the record description
   * @param estimatedArrival see the record description
   * @param location see the record description
   * @param reason see the record description
   */
  public TransitUpdate {
    requireText(updateId, "updateId");
    requireText(shipperReference, "shipperReference");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (type == TransitEventType.ETA_CHANGED && estimatedArrival == null) {
      throw new IllegalArgumentException(
          "update " + updateId + " is ETA_CHANGED but has no estimatedArrival");
    }
  }

  /**
   * The load id, if given.
   *
   * @return the id
   */
  public Optional<String> optionalLoadId() {
    return Optional.ofNullable(loadId);
  }

  /**
   * The estimated arrival, if given.
   *
   * @return the instant
   */
  public Optional<Instant> optionalEstimatedArrival() {
    return Optional.ofNullable(estimatedArrival);
  }

  /**
   * Where it happened, if said.
   *
   * @return the location
   */
  public Optional<String> optionalLocation() {
    return Optional.ofNullable(location);
  }

  /**
   * Why, if said.
   *
   * @return the reason
   */
  public Optional<String> optionalReason() {
    return Optional.ofNullable(reason);
  }
}
