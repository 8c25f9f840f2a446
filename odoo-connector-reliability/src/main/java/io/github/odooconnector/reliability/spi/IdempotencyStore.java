package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Optional;

/**
 * Durable record of which idempotency keys have been claimed, completed or failed.
 *
 * <p>Contract: {@link #claim} is atomic — of any number of concurrent claimants of a new, failed or
 * lease-expired key, exactly one gets {@link ClaimResult.Status#ACQUIRED}; every successful claim
 * increments the key's fencing token; {@link #complete} and {@link #fail} change the record only
 * when the presented token is still current and the key is {@link IdempotencyState#IN_PROGRESS} (so
 * a late "zombie" owner whose lease was taken over changes nothing); {@link #renew} extends the
 * lease of a key still held (a heartbeat while a long action runs). Leases follow the same time
 * rule as {@link OutboxStore}: a store with a clock of its own (JDBC: the database's) uses only the
 * difference {@code leaseExpiresAt - now} of the instants a claimant passes and decides expiry on
 * its own clock, so owners with skewed clocks cannot take over each other's fresh leases.
 * Implementations must be safe for concurrent use by many threads (and processes, for shared
 * databases).
 */
public interface IdempotencyStore {

  /**
   * Tries to claim a key.
   *
   * @param request the claim
   * @return the outcome, never null
   */
  ClaimResult claim(ClaimRequest request);

  /**
   * Extends the lease on a key, if {@code fencingToken} is still current and the key is {@link
   * IdempotencyState#IN_PROGRESS}.
   *
   * @param key the key
   * @param fencingToken the token returned by the claim
   * @param now current time
   * @param leaseExpiresAt the new end of the lease
   * @return {@code true} if extended, {@code false} if the claim was lost (fenced out) or finished
   */
  boolean renew(String key, long fencingToken, Instant now, Instant leaseExpiresAt);

  /**
   * Marks a key completed and stores its result, if {@code fencingToken} is still current.
   *
   * @param key the key
   * @param fencingToken the token returned by the claim
   * @param resultJson the result as JSON
   * @param now current time
   * @return {@code true} if the record was updated, {@code false} if the claim was lost (fenced
   *     out)
   */
  boolean complete(String key, long fencingToken, String resultJson, Instant now);

  /**
   * Marks a key failed (claimable again), if {@code fencingToken} is still current.
   *
   * @param key the key
   * @param fencingToken the token returned by the claim
   * @param error a description of the failure (must not contain secrets)
   * @param now current time
   * @return {@code true} if the record was updated, {@code false} if the claim was lost (fenced
   *     out)
   */
  boolean fail(String key, long fencingToken, String error, Instant now);

  /**
   * Reads a key.
   *
   * @param key the key
   * @return the record, or empty if the key is unknown (or purged)
   */
  Optional<IdempotencyRecord> find(String key);

  /**
   * Deletes completed and failed records whose retention ended before {@code now}; in-progress keys
   * are kept.
   *
   * @param now current time
   * @return the number of records deleted
   */
  int purgeExpired(Instant now);

  /**
   * Counts keys per state, with the oldest of each (for gauges and health checks such as "an action
   * has been running for an hour" or "outcomes are unknown after a crash"). Lease expiry is judged
   * by the store's own clock (JDBC: the database's).
   *
   * @return the snapshot
   */
  IdempotencyStats stats();
}
