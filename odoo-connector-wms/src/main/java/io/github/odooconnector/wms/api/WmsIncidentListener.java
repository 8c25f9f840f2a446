package io.github.odooconnector.wms.api;

/**
 * Receives the {@link WmsIncident}s of the WMS workflows, for example to turn them into assigned
 * Odoo activities with a deadline (the escalation module's {@code WmsEscalation.listener(...)}) or
 * to page someone. Configure it with {@link
 * WmsIntegration.Builder#incidentListener(WmsIncidentListener)}.
 *
 * <p>An incident is handed over once per WMS event or Odoo change under the integration's
 * idempotency store; a listener that throws fails that event (or change), which is then retried
 * with the same incident, so a listener must treat the same {@link WmsIncident#kind()}, {@link
 * WmsIncident#pickingId()} and {@link WmsIncident#reference()} as one incident. Implementations
 * must be thread-safe: workflows may call them from several threads.
 */
@FunctionalInterface
public interface WmsIncidentListener {

  /**
   * Handles one incident.
   *
   * @param incident what happened and where
   */
  void onIncident(WmsIncident incident);
}
