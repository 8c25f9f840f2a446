package io.github.odooconnector.carrier.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What the outcome-unknown reconciler did with one blocked label purchase.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the {@code stock.picking} the purchase was for
 * @param idempotencyKey the blocked purchase's key
 * @param carrierCode the carrier
 * @param outcome what was done
 * @param detail the carrier's answer, for the audit trail
 * @param activityId the {@code mail.activity} the reconciler opened for a person, or {@code null}
 *     (not escalated, or escalated to the configured {@link CarrierIncidentListener}, which owns
 *     the activity)
 */
public record Reconciliation(
    long pickingId,
    String idempotencyKey,
    String carrierCode,
    Outcome outcome,
    String detail,
    Long activityId) {

  /** What the reconciler did. */
  public enum Outcome {
    /** The carrier had the label: it was attached and recorded in Odoo. */
    COMPLETED,
    /** The carrier has no label: the key was released, the next purchase buys under a new key. */
    RELEASED,
    /**
     * The carrier could not answer: an activity with the evidence was opened in Odoo, or, with a
     * {@link CarrierIncidentListener} configured, the purchase's {@link
     * CarrierIncident.Kind#OUTCOME_UNKNOWN} incident was handed to it again with the evidence.
     */
    ESCALATED
  }

  /**
   * Validates the components.
   *
   * @param pickingId picking id
   * @param idempotencyKey blocked key
   * @param carrierCode carrier
   * @param outcome outcome
   * @param detail carrier's answer
   * @param activityId activity id, or {@code null}
   */
  public Reconciliation {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * The activity opened for a person.
   *
   * @return its id, empty unless {@link Outcome#ESCALATED} without an incident listener
   */
  public Optional<Long> optionalActivityId() {
    return Optional.ofNullable(activityId);
  }
}
