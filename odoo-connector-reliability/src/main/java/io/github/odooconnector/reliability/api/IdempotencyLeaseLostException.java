package io.github.odooconnector.reliability.api;

import io.github.odooconnector.reliability.spi.ReliabilityException;

/**
 * The action ran, but by the time it finished its lease had expired and another owner had taken the
 * key over, so this result was not recorded (the fencing token was stale). The side effect may
 * therefore have happened twice; choose a lease longer than the action's worst-case duration. Not
 * retryable.
 *
 * <p>Standard {@link Throwable} thread-safety.
 */
public class IdempotencyLeaseLostException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates an exception.
   *
   * @param key the key
   * @param fencingToken the stale token this owner held
   */
  public IdempotencyLeaseLostException(String key, long fencingToken) {
    super(
        "lease on idempotency key '"
            + key
            + "' (fencing token "
            + fencingToken
            + ") was taken over by another owner before the action finished; its result was not"
            + " recorded");
    this.key = key;
  }

  /**
   * The key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }
}
