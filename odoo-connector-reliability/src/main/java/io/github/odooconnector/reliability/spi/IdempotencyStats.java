package io.github.odooconnector.reliability.spi;

import java.util.Objects;

/**
 * A snapshot of an idempotency store's keys per state, as returned by {@link
 * IdempotencyStore#stats()}: how many actions are running, how many were left with an unknown
 * outcome (their owner's lease ran out before it recorded one: it crashed, or lost the database,
 * while the side effect may or may not have happened), how many completed or failed, and how old
 * the oldest of each is. The "oldest" instant is when the key entered its current state (for
 * in-progress keys: when the current claim was taken), so {@code inProgress().oldestAge(now)} is
 * how long the longest-running action has been running.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inProgress {@link IdempotencyState#IN_PROGRESS} keys whose lease is still running, by the
 *     store's clock
 * @param outcomeUnknown {@link IdempotencyState#IN_PROGRESS} keys whose lease has expired: the next
 *     claimant takes them over and runs the action again
 * @param completed {@link IdempotencyState#COMPLETED} keys not yet purged
 * @param failed {@link IdempotencyState#FAILED} keys not yet purged (claimable again)
 */
public record IdempotencyStats(
    StatusStats inProgress, StatusStats outcomeUnknown, StatusStats completed, StatusStats failed) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param inProgress see the record description
   * @param outcomeUnknown see the record description
   * @param completed see the record description
   * @param failed see the record description
   */
  public IdempotencyStats {
    Objects.requireNonNull(inProgress, "inProgress");
    Objects.requireNonNull(outcomeUnknown, "outcomeUnknown");
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(failed, "failed");
  }
}
