package io.github.odooconnector.reliability.spi;

/**
 * A registration for wake-up calls from a store (see {@link OutboxStore#subscribe(Runnable)}).
 * Closing it stops the calls and releases whatever the store holds for it (a listening thread, a
 * database connection) once no other subscription needs it.
 *
 * <p>Implementations must be thread-safe, and {@link #close()} idempotent.
 */
@FunctionalInterface
public interface StoreSubscription extends AutoCloseable {

  /** Stops the wake-up calls. Idempotent; never throws. */
  @Override
  void close();

  /**
   * A subscription that never calls: what a store that cannot signal returns.
   *
   * @return a subscription whose {@link #close()} does nothing
   */
  static StoreSubscription none() {
    return () -> {};
  }
}
