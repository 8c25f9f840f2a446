package io.github.odooconnector.reliability.spi;

import java.util.Objects;

/**
 * Outcome of {@link IdempotencyStore#claim(ClaimRequest)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status what happened
 * @param record the key's record after the claim attempt; for {@link Status#ACQUIRED} it carries
 *     the fencing token the claimant must present to complete or fail the key
 */
public record ClaimResult(Status status, IdempotencyRecord record) {

  /** What a claim attempt found. */
  public enum Status {
    /** The caller now owns the key (new key, failed key retried, or expired lease taken over). */
    ACQUIRED,
    /** The key is already completed; {@link IdempotencyRecord#resultJson()} holds the result. */
    COMPLETED,
    /** Another owner holds an unexpired lease on the key. */
    IN_PROGRESS,
    /** The key exists with a different payload fingerprint. */
    FINGERPRINT_MISMATCH
  }

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param status see the record description
   * @param record see the record description
   */
  public ClaimResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(record, "record");
  }
}
