package io.github.odooconnector.reliability.spi;

/**
 * Delivery state of an outbox entry.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum OutboxStatus {
  /**
   * Waiting for delivery (first attempt, or a retry once {@link OutboxRecord#availableAt()} has
   * passed).
   */
  PENDING,
  /** Claimed by a worker under a lease; claimable by another worker once the lease expires. */
  IN_FLIGHT,
  /** Delivered to the handler and acknowledged. */
  DELIVERED,
  /** Gave up after the maximum number of attempts; kept with the last error until replayed. */
  DEAD
}
