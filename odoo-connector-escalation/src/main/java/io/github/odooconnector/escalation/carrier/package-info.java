/**
 * The shipping workflows' incidents as escalations: {@link
 * io.github.odooconnector.escalation.carrier.CarrierEscalation#listener} for {@code
 * ShippingIntegrationBuilder.incidentListener(...)}. Needs {@code odoo-connector-carrier} on the
 * class path (an optional dependency of this module).
 */
package io.github.odooconnector.escalation.carrier;
