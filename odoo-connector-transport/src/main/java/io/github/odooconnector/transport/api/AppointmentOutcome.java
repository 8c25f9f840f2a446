package io.github.odooconnector.transport.api;

import io.github.odooconnector.transport.spi.DockAppointment;
import java.util.Objects;

/**
 * What booking a dock appointment did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the Odoo picking's id
 * @param picking the picking's name
 * @param appointment the booked slot
 * @param scheduledDateWritten whether the slot's start was written to the picking's {@code
 *     scheduled_date} (not when the picking is already done or cancelled)
 */
public record AppointmentOutcome(
    long pickingId, String picking, DockAppointment appointment, boolean scheduledDateWritten) {

  /**
   * Checks the components.
   *
   * @param pickingId see the record description
   * @param picking see the record description
   * @param appointment see the record description
   * @param scheduledDateWritten see the record description
   */
  public AppointmentOutcome {
    Objects.requireNonNull(picking, "picking");
    Objects.requireNonNull(appointment, "appointment");
  }
}
