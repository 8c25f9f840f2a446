/**
 * The WMS workflows users wire once: {@link io.github.odooconnector.wms.api.WmsIntegration} (order
 * release, shipment confirmation, inbound ASN and receipts, inventory reconciliation, returns),
 * their configuration and results, and {@link
 * io.github.odooconnector.wms.api.WmsWorkflowException}. The event types, payloads and the rest of
 * the exception hierarchy are shared with adapters and live in {@link
 * io.github.odooconnector.wms.spi}.
 */
package io.github.odooconnector.wms.api;
