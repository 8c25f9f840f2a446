package io.github.odooconnector.carrier.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A pickup of a day's parcels booked with a carrier, as it stands after a book, change or cancel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrierCode the carrier
 * @param date the pickup date
 * @param readyFrom earliest pickup time
 * @param closeAt latest pickup time
 * @param confirmationNumber the carrier's confirmation number
 * @param shipmentIds the shipments to collect
 * @param pickingIds the pickings they belong to
 * @param status whether the pickup is booked, changed or cancelled
 */
public record PickupBooking(
    String carrierCode,
    LocalDate date,
    LocalTime readyFrom,
    LocalTime closeAt,
    String confirmationNumber,
    List<String> shipmentIds,
    List<Long> pickingIds,
    Status status) {

  /** The state of a pickup booking. */
  public enum Status {
    /** Booked as first requested. */
    BOOKED,
    /** Booked and then changed. */
    CHANGED,
    /** Cancelled. */
    CANCELLED
  }

  /**
   * Validates and copies the components.
   *
   * @param carrierCode carrier code
   * @param date pickup date
   * @param readyFrom earliest time
   * @param closeAt latest time
   * @param confirmationNumber confirmation number
   * @param shipmentIds shipments
   * @param pickingIds pickings
   * @param status status
   */
  public PickupBooking {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(readyFrom, "readyFrom");
    Objects.requireNonNull(closeAt, "closeAt");
    Objects.requireNonNull(confirmationNumber, "confirmationNumber");
    shipmentIds = List.copyOf(shipmentIds);
    pickingIds = List.copyOf(pickingIds);
    Objects.requireNonNull(status, "status");
  }
}
