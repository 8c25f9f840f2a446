/**
 * The shipped {@link io.github.odooconnector.carrier.spi.TrackingStateStore} backends: {@link
 * io.github.odooconnector.carrier.store.InMemoryTrackingStateStore} (the default, one process) and
 * {@link io.github.odooconnector.carrier.store.JdbcTrackingStateStore} (PostgreSQL, shared by every
 * instance), whose table {@link io.github.odooconnector.carrier.store.CarrierSchema} creates.
 * Public and stable.
 */
package io.github.odooconnector.carrier.store;
