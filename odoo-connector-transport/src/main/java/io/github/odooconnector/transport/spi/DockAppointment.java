package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.time.Instant;
import java.util.Objects;

/**
 * A booked dock appointment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointmentId the TMS's (or dock scheduler's) id of the booking
 * @param loadId the load it is for
 * @param dock the dock or door booked
 * @param start when the slot starts; written to the picking's scheduled date
 * @param end when the slot ends
 */
public record DockAppointment(
    String appointmentId, String loadId, String dock, Instant start, Instant end) {

  /**
   * Checks the components.
   *
   * @param appointmentId see the record description
   * @param loadId see the record description
   * @param dock see the record description
   * @param start see the record description
   * @param end see the record description
   */
  public DockAppointment {
    requireText(appointmentId, "appointmentId");
    requireText(loadId, "loadId");
    requireText(dock, "dock");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }
}
