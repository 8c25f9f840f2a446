package io.github.odooconnector.reliability.spi;

/**
 * Lifecycle state of an idempotency key.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum IdempotencyState {
  /** An owner has claimed the key and is running the action under a lease. */
  IN_PROGRESS,
  /** The action finished; its stored result is replayed to every repeat. */
  COMPLETED,
  /** The action failed; the key may be claimed again (a retry). */
  FAILED
}
