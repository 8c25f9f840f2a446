package io.github.odooconnector.carrier.api;

/**
 * Receives the {@link CarrierIncident}s of the shipping workflows, for example to turn them into
 * assigned Odoo activities with a deadline (the escalation module's {@code
 * CarrierEscalation.listener(...)}). Configure it with {@link
 * ShippingIntegrationBuilder#incidentListener(CarrierIncidentListener)}; the workflows then leave
 * tracking problems to it instead of scheduling their own activity.
 *
 * <p>The same incident (kind, picking and reference) may be handed over again when a workflow step
 * is retried, so a listener must treat it as one. A listener that throws fails the step that raised
 * the incident. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CarrierIncidentListener {

  /**
   * Handles one incident.
   *
   * @param incident what happened and where
   */
  void onIncident(CarrierIncident incident);
}
