/**
 * The contract a carrier or shipping-aggregator adapter implements ({@link
 * io.github.odooconnector.carrier.spi.CarrierAdapter}), the carrier-neutral request and result
 * types it exchanges with the workflows, and the typed {@link
 * io.github.odooconnector.carrier.spi.CarrierException} hierarchy adapters throw so callers can
 * tell a retryable failure from a permanent one.
 *
 * <p>Adapters are registered on {@code ShippingIntegration.builder()} or discovered through {@link
 * java.util.ServiceLoader} via {@link io.github.odooconnector.carrier.spi.CarrierAdapterProvider}.
 */
package io.github.odooconnector.carrier.spi;
