/**
 * The supplier workflows' incidents as escalations: {@link
 * io.github.odooconnector.escalation.supplier.SupplierEscalation#listener} for {@code
 * SupplierIntegration.Builder.incidentListener(...)}. Needs {@code odoo-connector-supplier} on the
 * class path (an optional dependency of this module).
 */
package io.github.odooconnector.escalation.supplier;
