package io.github.odooconnector.supplier.api;

/**
 * Receives the {@link SupplierIncident}s of the supplier workflows, for example to turn them into
 * assigned Odoo activities with a deadline (the escalation module's {@code
 * SupplierEscalation.listener(...)}) or to page someone. Configure it with {@link
 * SupplierIntegration.Builder#incidentListener(SupplierIncidentListener)}.
 *
 * <p>An incident is handed over once per document under the integration's idempotency store; a
 * listener that throws fails that document, which is then applied again with the same incident when
 * retried, so a listener must treat the same {@link SupplierIncident#kind()}, record and {@link
 * SupplierIncident#reference()} as one incident. Implementations must be thread-safe: workflows may
 * call them from several threads.
 */
@FunctionalInterface
public interface SupplierIncidentListener {

  /**
   * Handles one incident.
   *
   * @param incident what happened and where
   */
  void onIncident(SupplierIncident incident);
}
