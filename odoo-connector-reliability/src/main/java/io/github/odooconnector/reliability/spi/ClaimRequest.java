package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to claim an idempotency key for running an action.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the idempotency key (at most 512 characters)
 * @param fingerprint hex SHA-256 of the canonical JSON of the payload
 * @param owner who claims the key, for example {@code host-1/worker-3}
 * @param now the claimant's current time
 * @param leaseExpiresAt until when the claim holds if the claimant stops responding
 * @param expiresAt when the record may be purged (retention of the result)
 */
public record ClaimRequest(
    String key,
    String fingerprint,
    String owner,
    Instant now,
    Instant leaseExpiresAt,
    Instant expiresAt) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the key is blank or longer than 512 characters, or the
   *     lease ends before now
   * @param key see the record description
   * @param fingerprint see the record description
   * @param owner see the record description
   * @param now see the record description
   * @param leaseExpiresAt see the record description
   * @param expiresAt see the record description
   */
  public ClaimRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (key.isBlank() || key.length() > 512) {
      throw new IllegalArgumentException(
          "key must be 1..512 characters, got length " + key.length());
    }
    if (leaseExpiresAt.isBefore(now)) {
      throw new IllegalArgumentException(
          "leaseExpiresAt " + leaseExpiresAt + " is before now " + now);
    }
  }
}
