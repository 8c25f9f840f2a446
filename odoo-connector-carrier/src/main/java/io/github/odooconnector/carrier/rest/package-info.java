/**
 * The reference REST adapter: {@link io.github.odooconnector.carrier.rest.RestCarrierAdapter}, a
 * {@link io.github.odooconnector.carrier.spi.CarrierAdapter} for carriers and aggregators with a
 * JSON-over-HTTPS API, configured by endpoint templates and JSON Pointers instead of code, and its
 * {@link java.util.ServiceLoader} provider {@link
 * io.github.odooconnector.carrier.rest.RestCarrierAdapterProvider} (type {@code rest-json}). Public
 * and stable; the HTTP client behind the adapter is package-private.
 */
package io.github.odooconnector.carrier.rest;
