package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Party;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A request for the carrier to collect shipments.
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey identifies the booking so a retried request books one pickup
 * @param location where to collect and whom to ask for
 * @param date the pickup date
 * @param readyFrom earliest pickup time (local to the address)
 * @param closeAt latest pickup time (local to the address); after {@code readyFrom}
 * @param shipmentIds the carrier shipment ids to collect, possibly empty for a general pickup
 */
public record PickupRequest(
    String idempotencyKey,
    Party location,
    LocalDate date,
    LocalTime readyFrom,
    LocalTime closeAt,
    List<String> shipmentIds) {

  /**
   * Validates and copies the components.
   *
   * @param idempotencyKey idempotency key
   * @param location pickup location
   * @param date pickup date
   * @param readyFrom earliest time
   * @param closeAt latest time
   * @param shipmentIds shipments to collect
   */
  public PickupRequest {
    idempotencyKey = requireText(idempotencyKey, "idempotencyKey");
    Checks.requireAddressed(location, "location");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(readyFrom, "readyFrom");
    Objects.requireNonNull(closeAt, "closeAt");
    if (!closeAt.isAfter(readyFrom)) {
      throw new IllegalArgumentException(
          "closeAt " + closeAt + " must be after readyFrom " + readyFrom);
    }
    shipmentIds = List.copyOf(shipmentIds);
  }
}
