/**
 * {@link io.github.odooconnector.testkit.carrier.SimulatedCarrier}: an in-memory carrier adapter
 * with deterministic rates, small but valid label documents, a scriptable tracking timeline and
 * fault injection (lost responses, outages), for testing shipping workflows without a carrier
 * account.
 */
package io.github.odooconnector.testkit.carrier;
