package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.time.Instant;
import java.util.Objects;

/**
 * A request for a dock appointment for a tendered load: a time slot at a dock door for the truck to
 * load (outbound) or unload (inbound).
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipperReference the load's shipper reference (the Odoo picking's name)
 * @param loadId the TMS's load id from the accepted tender
 * @param dock the dock or facility as the TMS knows it, for example {@code WH-DOCK}
 * @param earliest the earliest start acceptable
 * @param latest the latest start acceptable
 */
public record AppointmentRequest(
    String shipperReference, String loadId, String dock, Instant earliest, Instant latest) {

  /**
   * Checks the components.
   *
   * @param shipperReference see the record description
   * @param loadId see the record description
   * @param dock see the record description
   * @param earliest see the record description
   * @param latest see the record description
   */
  public AppointmentRequest {
    requireText(shipperReference, "shipperReference");
    requireText(loadId, "loadId");
    requireText(dock, "dock");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "latest " + latest + " is before earliest " + earliest + " for " + shipperReference);
    }
  }
}
