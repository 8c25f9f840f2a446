package io.github.odooconnector.escalation.api;

import io.github.odooconnector.common.internal.Checks;
import java.util.Objects;

/**
 * One workflow exception on one Odoo record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what went wrong
 * @param model the Odoo model of the record people must look at, for example {@code stock.picking}
 * @param recordId the record's id
 * @param reference what makes this incident unique on the record (for example the WMS event id or
 *     the carrier's error reference): the same kind and reference on the same record is the same
 *     incident and gets no second activity
 * @param summary a one-line title, shown in Odoo's activity list
 * @param details the explanation, plain text (escaped into the activity's note)
 */
public record Incident(
    IncidentKind kind,
    String model,
    long recordId,
    String reference,
    String summary,
    String details) {

  /**
   * Checks the components.
   *
   * @param kind see the record description
   * @param model see the record description
   * @param recordId see the record description
   * @param reference see the record description
   * @param summary see the record description
   * @param details see the record description
   */
  public Incident {
    Objects.requireNonNull(kind, "kind");
    requireText(model, "model");
    if (recordId <= 0) {
      throw new IllegalArgumentException("recordId must be positive: " + recordId);
    }
    requireText(reference, "reference");
    requireText(summary, "summary");
    details = details == null ? "" : details;
  }

  private static void requireText(String value, String name) {
    Checks.requireText(value, () -> new IllegalArgumentException(name + " is required"));
  }
}
