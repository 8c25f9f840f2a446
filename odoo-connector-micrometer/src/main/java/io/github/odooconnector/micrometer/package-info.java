/**
 * Observability for odoo-connector without Spring: Micrometer meters and Observation API tracing
 * for Odoo calls, the outbox, the inbox, idempotency and the WMS and carrier workflows ({@link
 * io.github.odooconnector.micrometer.OdooConnectorMetrics}); logging through {@link
 * java.lang.System.Logger} ({@link io.github.odooconnector.micrometer.LoggingCallListener}) and a
 * redacting wire log of the Odoo HTTP exchanges ({@link
 * io.github.odooconnector.micrometer.WireLog}). Meter names, tags and the correlation key are
 * listed in {@code docs/observability.md}.
 */
package io.github.odooconnector.micrometer;
