/**
 * The WMS workflows users wire once: {@link io.github.odooconnector.wms.api.WmsIntegration} (order
 * release, shipment confirmation, inbound ASN and receipts, inventory reconciliation, returns),
 * their configuration and results, the inbound event payloads ({@link
 * io.github.odooconnector.wms.api.WmsEventTypes}) and the {@link
 * io.github.odooconnector.wms.api.WmsException} hierarchy.
 */
package io.github.odooconnector.wms.api;
