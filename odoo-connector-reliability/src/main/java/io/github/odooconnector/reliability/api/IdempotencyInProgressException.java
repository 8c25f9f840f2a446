package io.github.odooconnector.reliability.api;

import io.github.odooconnector.reliability.spi.ReliabilityException;
import java.time.Instant;

/**
 * Another owner is running the action for this idempotency key right now. Retryable: try again
 * after {@link #leaseExpiresAt()} at the latest, when either the result is stored or the lease can
 * be taken over.
 *
 * <p>Standard {@link Throwable} thread-safety.
 */
public class IdempotencyInProgressException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final String owner;
  private final Instant leaseExpiresAt;

  /**
   * Creates an exception.
   *
   * @param key the key
   * @param owner the current owner
   * @param leaseExpiresAt when the owner's lease ends
   */
  public IdempotencyInProgressException(String key, String owner, Instant leaseExpiresAt) {
    super(
        "idempotency key '"
            + key
            + "' is in progress at owner '"
            + owner
            + "' (lease until "
            + leaseExpiresAt
            + ")");
    this.key = key;
    this.owner = owner;
    this.leaseExpiresAt = leaseExpiresAt;
  }

  /**
   * The key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The owner running the action.
   *
   * @return the owner
   */
  public String owner() {
    return owner;
  }

  /**
   * When the owner's lease ends.
   *
   * @return the instant
   */
  public Instant leaseExpiresAt() {
    return leaseExpiresAt;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
