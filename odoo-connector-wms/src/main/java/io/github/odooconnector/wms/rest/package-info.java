/**
 * The reference WMS adapter, shipped with the module: {@link
 * io.github.odooconnector.wms.rest.RestWmsAdapter} speaks JSON over HTTP with HMAC-signed webhooks
 * and fits most WMSs with a REST API directly or behind a small proxy; {@link
 * io.github.odooconnector.wms.rest.RestWmsAdapterProvider} creates it by type {@code rest} through
 * {@link java.util.ServiceLoader}. Public and stable, like any adapter built on {@link
 * io.github.odooconnector.wms.spi}.
 */
package io.github.odooconnector.wms.rest;
