/**
 * The WMS workflows' incidents as escalations: {@link
 * io.github.odooconnector.escalation.wms.WmsEscalation#listener} for {@code
 * WmsIntegration.Builder.incidentListener(...)}. Needs {@code odoo-connector-wms} on the class path
 * (an optional dependency of this module).
 */
package io.github.odooconnector.escalation.wms;
