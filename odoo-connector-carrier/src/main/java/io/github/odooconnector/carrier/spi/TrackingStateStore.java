package io.github.odooconnector.carrier.spi;

import java.util.Optional;

/**
 * Where the tracking workflow remembers, per carrier and tracking number, the last status it
 * applied to Odoo, so late, duplicate and out-of-order events are recognised (a late {@code
 * in_transit} never overrides {@code delivered}).
 *
 * <p>Odoo has no field for a parcel's carrier status, so this state lives outside Odoo. The shipped
 * implementations are in {@code io.github.odooconnector.carrier.store}: the default, {@code
 * InMemoryTrackingStateStore}, is per process and forgotten on restart (after a restart a replayed
 * old event is applied once more: one more chatter message); {@code JdbcTrackingStateStore} keeps
 * one row per {@code (carrierCode, trackingNumber)} with a version column in PostgreSQL, for
 * deployments with several instances or webhook replays across restarts.
 *
 * <p>To keep the state elsewhere, implement this interface and run the contract suite {@code
 * io.github.odooconnector.carrier.contract.TrackingStateStoreContract} (in the carrier module's
 * test jar) against it.
 *
 * <p>Implementations must be thread-safe and make {@link #compareAndSet} atomic.
 */
public interface TrackingStateStore {

  /**
   * Reads the state of a parcel.
   *
   * @param carrierCode the carrier
   * @param trackingNumber the tracking number
   * @return the state, empty if no event was applied yet
   */
  Optional<TrackingState> find(String carrierCode, String trackingNumber);

  /**
   * Stores {@code next} if the current version is still {@code expectedVersion} (0 meaning "no
   * state yet").
   *
   * @param expectedVersion the version read before deciding
   * @param next the new state; its version must be {@code expectedVersion + 1}
   * @return true if stored, false if another writer got there first (re-read and decide again)
   */
  boolean compareAndSet(long expectedVersion, TrackingState next);
}
