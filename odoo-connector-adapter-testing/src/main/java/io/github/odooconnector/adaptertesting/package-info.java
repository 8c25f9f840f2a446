/**
 * Conformance kit for adapter authors, published as {@code odoo-connector-adapter-testing} (use it
 * in test scope).
 *
 * <p>{@link io.github.odooconnector.adaptertesting.WmsAdapterContract} and {@link
 * io.github.odooconnector.adaptertesting.CarrierAdapterContract} are abstract JUnit 5 classes: a
 * new {@code WmsAdapter} or {@code CarrierAdapter} proves it keeps the SPI's promises (idempotency
 * keys both ways, lost responses, duplicate and out-of-order webhooks, paging, unknown statuses,
 * typed and correctly retryable failures) by extending them in its own tests and supplying a
 * harness ({@link io.github.odooconnector.adaptertesting.WmsAdapterHarness}, {@link
 * io.github.odooconnector.adaptertesting.CarrierAdapterHarness}) that drives the far side: a
 * loopback fake of the vendor's API, a sandbox or a simulator. The shipped REST reference adapters
 * and the testkit simulators run exactly these suites.
 *
 * <p>Public and stable: the suites may gain test methods in later versions (an adapter passing them
 * is then held to the new guarantee), hooks and class names do not change.
 */
package io.github.odooconnector.adaptertesting;
