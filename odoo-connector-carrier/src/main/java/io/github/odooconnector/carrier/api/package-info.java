/**
 * The shipping workflows between Odoo deliveries ({@code stock.picking}) and carriers: rate
 * shopping, label purchase and tracking, behind the {@link
 * io.github.odooconnector.carrier.api.ShippingIntegration} facade an application wires once.
 */
package io.github.odooconnector.carrier.api;
