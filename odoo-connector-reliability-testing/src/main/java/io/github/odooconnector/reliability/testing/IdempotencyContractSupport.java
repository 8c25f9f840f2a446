package io.github.odooconnector.reliability.testing;

import io.github.odooconnector.reliability.spi.ClaimRequest;
import io.github.odooconnector.reliability.spi.ClaimResult;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyStats;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hooks and fixtures the idempotency contract suites share; a store implementation extends
 * {@link IdempotencyStoreContract}, which runs them all.
 *
 * <p>An instance serves one test method at a time (JUnit's default lifecycle).
 */
public abstract class IdempotencyContractSupport {

  /** Creates the support; called by the subclass. */
  protected IdempotencyContractSupport() {}

  /**
   * Returns a fresh, empty store, called once per test.
   *
   * @param clock the test's clock; a store that expires keys by itself must measure time with it
   * @return the store under test
   */
  protected abstract IdempotencyStore newStore(Clock clock);

  /**
   * Returns two store instances sharing state, as two application instances would (separate
   * connection pools on one database; for in-memory stores the same instance twice, the only
   * sharing they support).
   *
   * @param clock the test's clock
   * @return exactly two stores
   */
  protected abstract List<IdempotencyStore> twoInstances(Clock clock);

  /**
   * Whether the store measures leases on a clock of its own (the JDBC store uses the database's)
   * rather than on the instants claimants pass; see {@link
   * OutboxContractSupport#storeKeepsItsOwnTime()}.
   *
   * @return {@code false} by default
   */
  protected boolean storeKeepsItsOwnTime() {
    return false;
  }

  /**
   * Lets {@code d} pass for the store: advances the test clock and, for a store that keeps its own
   * time, waits {@code d} of real time.
   *
   * @param clock the test clock
   * @param d how long
   */
  protected final void elapse(MutableClock clock, Duration d) {
    clock.advance(d);
    if (storeKeepsItsOwnTime()) {
      Waits.sleep(d);
    }
  }

  record Shipment(String order, int parcels) {}

  /** The store as seen by an owner whose lease renewals never arrive (a network partition). */
  static IdempotencyStore renewalsLost(IdempotencyStore store) {
    return new IdempotencyStore() {
      @Override
      public ClaimResult claim(ClaimRequest request) {
        return store.claim(request);
      }

      @Override
      public boolean renew(String key, long fencingToken, Instant now, Instant leaseExpiresAt) {
        return false;
      }

      @Override
      public boolean complete(String key, long fencingToken, String resultJson, Instant now) {
        return store.complete(key, fencingToken, resultJson, now);
      }

      @Override
      public boolean fail(String key, long fencingToken, String error, Instant now) {
        return store.fail(key, fencingToken, error, now);
      }

      @Override
      public Optional<IdempotencyRecord> find(String key) {
        return store.find(key);
      }

      @Override
      public int purgeExpired(Instant now) {
        return store.purgeExpired(now);
      }

      @Override
      public IdempotencyStats stats() {
        return store.stats();
      }
    };
  }
}
