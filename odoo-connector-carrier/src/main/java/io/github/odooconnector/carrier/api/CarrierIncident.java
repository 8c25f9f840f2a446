package io.github.odooconnector.carrier.api;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Objects;

/**
 * Something a person must look at, found by the shipping workflows on one Odoo picking: a label the
 * carrier refused, a label purchase whose outcome is unknown, or a parcel in trouble (an exception,
 * a failed delivery, a parcel returned to sender, or one the carrier has been silent about for too
 * long). Handed to the {@link CarrierIncidentListener} configured with {@link
 * ShippingIntegrationBuilder#incidentListener(CarrierIncidentListener)} (for example the escalation
 * module's {@code CarrierEscalation.listener(escalations)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what happened
 * @param pickingId the {@code stock.picking} the incident is about
 * @param pickingName the picking's name ({@code WH/OUT/00042})
 * @param reference what makes the incident unique on the picking (the label purchase's idempotency
 *     key, or the carrier, tracking number, status and time of a tracking event): the same kind and
 *     reference on the same picking is the same incident, and listeners must not turn it into a
 *     second activity
 * @param summary a one-line title for a person
 * @param details the explanation, plain text (may be empty)
 */
public record CarrierIncident(
    Kind kind,
    long pickingId,
    String pickingName,
    String reference,
    String summary,
    String details) {

  /** The kinds of carrier incident. Enum constants are immutable and thread-safe. */
  public enum Kind {
    /** The carrier refused to create the label (a permanent error: the data must be fixed). */
    LABEL_FAILURE,
    /** A label purchase may or may not have happened; someone must check the carrier account. */
    OUTCOME_UNKNOWN,
    /**
     * A parcel needs attention: an exception, a failed delivery, a return to sender, or no news
     * from the carrier for too long.
     */
    TRACKING_DELAY
  }

  /**
   * Validates.
   *
   * @param kind what happened
   * @param pickingId the picking id, positive
   * @param pickingName the picking name, not blank
   * @param reference the incident's unique reference, not blank
   * @param summary the title, not blank
   * @param details the explanation; null is read as empty
   */
  public CarrierIncident {
    Objects.requireNonNull(kind, "kind");
    if (pickingId <= 0) {
      throw new IllegalArgumentException("pickingId must be positive: " + pickingId);
    }
    requireText(pickingName, "pickingName");
    requireText(reference, "reference");
    requireText(summary, "summary");
    details = details == null ? "" : details;
  }
}
