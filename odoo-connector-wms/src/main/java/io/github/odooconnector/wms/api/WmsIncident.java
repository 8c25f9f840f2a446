package io.github.odooconnector.wms.api;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Objects;

/**
 * Something a person must look at, found by a WMS workflow on one Odoo picking: a short pick, a
 * receipt discrepancy, an order the WMS held, stopped or cancelled, or a change made in Odoo after
 * release that could not reach the WMS. Handed to the {@link WmsIncidentListener} configured with
 * {@link WmsIntegration.Builder#incidentListener(WmsIncidentListener)} (for example the escalation
 * module's {@code WmsEscalation.listener(escalations)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what happened
 * @param pickingId the {@code stock.picking} the incident is about
 * @param pickingReference the picking's reference ({@code WH/OUT/00042})
 * @param reference what makes the incident unique on the picking: the idempotency key of the WMS
 *     event that reported it, or of the Odoo change that could not be sent. The same kind and
 *     reference on the same picking is the same incident (a redelivery), and listeners must not
 *     turn it into a second activity
 * @param summary a one-line title for a person
 * @param details the explanation, plain text (may be empty)
 */
public record WmsIncident(
    Kind kind,
    long pickingId,
    String pickingReference,
    String reference,
    String summary,
    String details) {

  /** The kinds of WMS incident. Enum constants are immutable and thread-safe. */
  public enum Kind {
    /** The WMS picked less than ordered on at least one line. */
    SHORT_PICK,
    /** A receipt differs from what was announced (shortage, overage, damage, unexpected item). */
    RECEIPT_DISCREPANCY,
    /** The WMS put a released order on hold. */
    ORDER_HELD,
    /** The WMS reported an exception that stops a released order. */
    ORDER_EXCEPTION,
    /** The WMS cancelled a released order on its side. */
    ORDER_CANCELLED,
    /**
     * A change made in Odoo after release (a cancellation, changed quantities or address) could not
     * be sent: the WMS cannot take it or refused it, and the WMS order must be changed by hand.
     */
    CHANGE_NOT_SENT
  }

  /**
   * Validates.
   *
   * @param kind what happened
   * @param pickingId the picking id, positive
   * @param pickingReference the picking reference, not blank
   * @param reference the incident's unique reference, not blank
   * @param summary the title, not blank
   * @param details the explanation; null is read as empty
   */
  public WmsIncident {
    Objects.requireNonNull(kind, "kind");
    if (pickingId <= 0) {
      throw new IllegalArgumentException("pickingId must be positive: " + pickingId);
    }
    requireText(pickingReference, "pickingReference");
    requireText(reference, "reference");
    requireText(summary, "summary");
    details = details == null ? "" : details;
  }
}
