package io.github.odooconnector.supplier.api;

import java.util.Objects;

/**
 * Something a buyer must look at, found by a supplier workflow on one Odoo record: an
 * acknowledgement raised for review (the supplier rejected or changed the order beyond the policy),
 * a ship notice announcing a delivery later than planned, or a ship notice that does not match the
 * order. Handed to the {@link SupplierIncidentListener} configured with {@link
 * SupplierIntegration.Builder#incidentListener(SupplierIncidentListener)} (for example the
 * escalation module's {@code SupplierEscalation.listener(escalations)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what happened
 * @param model the Odoo model of the record: {@code purchase.order} for acknowledgements, {@code
 *     stock.picking} (the incoming picking) for ship notices
 * @param recordId the record's id
 * @param recordReference the record's name ({@code P00017}, {@code WH/IN/00005})
 * @param reference what makes the incident unique on the record: the document that raised it,
 *     {@code acknowledgement/<order>/<acknowledgement id>} or {@code ship-notice/<order>/<notice
 *     id>}. The same kind and reference on the same record is the same incident (a redelivery, a
 *     corrected notice), and listeners must not turn it into a second activity
 * @param summary a one-line title for a person
 * @param details the explanation, plain text, one reason a line (may be empty)
 */
public record SupplierIncident(
    Kind kind,
    String model,
    long recordId,
    String recordReference,
    String reference,
    String summary,
    String details) {

  /** The kinds of supplier incident. Enum constants are immutable and thread-safe. */
  public enum Kind {
    /**
     * An acknowledgement needs a buyer's review: the supplier rejected the order (and the policy
     * does not cancel it) or changed it beyond the {@link AcknowledgementPolicy}. On the purchase
     * order.
     */
    ACKNOWLEDGEMENT_REVIEW,
    /**
     * A ship notice announces an arrival later than the order's planned date. On the incoming
     * picking.
     */
    LATE_DELIVERY,
    /**
     * A ship notice does not match the order: lines whose product is not on the receipt, or more
     * shipped than ordered. On the incoming picking.
     */
    SHIP_NOTICE_MISMATCH
  }

  /**
   * Validates.
   *
   * @param kind what happened
   * @param model the record's model, not blank
   * @param recordId the record's id, positive
   * @param recordReference the record's name, not blank
   * @param reference the incident's unique reference, not blank
   * @param summary the title, not blank
   * @param details the explanation; null is read as empty
   */
  public SupplierIncident {
    Objects.requireNonNull(kind, "kind");
    requireText(model, "model");
    if (recordId <= 0) {
      throw new IllegalArgumentException("recordId must be positive: " + recordId);
    }
    requireText(recordReference, "recordReference");
    requireText(reference, "reference");
    requireText(summary, "summary");
    details = details == null ? "" : details;
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
