/**
 * The service provider interface for warehouse management systems: implement {@link
 * io.github.odooconnector.wms.spi.WmsAdapter} (and optionally a {@link
 * io.github.odooconnector.wms.spi.WmsAdapterProvider} for {@link java.util.ServiceLoader}) to
 * connect a WMS to the Odoo workflows in {@link io.github.odooconnector.wms.api}.
 */
package io.github.odooconnector.wms.spi;
