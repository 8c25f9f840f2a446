package io.github.odooconnector.reliability.api;

import io.github.odooconnector.reliability.spi.ReliabilityException;

/**
 * An idempotency key was reused with a different payload: the caller is trying to perform a
 * different operation under a key that already names another one. Not retryable; this is a bug in
 * the caller's key derivation.
 *
 * <p>Standard {@link Throwable} thread-safety.
 */
public class IdempotencyConflictException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates an exception.
   *
   * @param key the key
   * @param storedFingerprint fingerprint of the payload the key was first used with
   * @param givenFingerprint fingerprint of the payload of this call
   */
  public IdempotencyConflictException(
      String key, String storedFingerprint, String givenFingerprint) {
    super(
        "idempotency key '"
            + key
            + "' was first used with payload fingerprint "
            + abbreviate(storedFingerprint)
            + " but this call's payload has fingerprint "
            + abbreviate(givenFingerprint));
    this.key = key;
  }

  private static String abbreviate(String fingerprint) {
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) + "…" : fingerprint;
  }

  /**
   * The conflicting key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }
}
