/**
 * The service provider interface for warehouse management systems: implement {@link
 * io.github.odooconnector.wms.spi.WmsAdapter} (and optionally a {@link
 * io.github.odooconnector.wms.spi.WmsAdapterProvider} for {@link java.util.ServiceLoader}) to
 * connect a WMS to the Odoo workflows of this module.
 *
 * <p>This package stands alone: everything an adapter needs is here, and it depends on nothing of
 * the workflows' {@code api} package. It holds the values an adapter returns ({@link
 * io.github.odooconnector.wms.spi.ReleaseConfirmation}, {@link
 * io.github.odooconnector.wms.spi.InventoryPage}, ...), the WMS-specific event payloads ({@link
 * io.github.odooconnector.wms.spi.OrderAcknowledgement}, {@link
 * io.github.odooconnector.wms.spi.PickConfirmation}, {@link
 * io.github.odooconnector.wms.spi.PackConfirmation}), the event types ({@link
 * io.github.odooconnector.wms.spi.WmsEventTypes}) and the exceptions an adapter throws, rooted at
 * {@link io.github.odooconnector.wms.spi.WmsException}.
 */
package io.github.odooconnector.wms.spi;
