package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Snapshot of one idempotency key as stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the idempotency key
 * @param fingerprint hex SHA-256 of the canonical JSON of the payload the key was first claimed
 *     with
 * @param state current state
 * @param owner the owner that holds or last held the key
 * @param fencingToken monotonically increasing version, incremented by every successful claim;
 *     completions and failures carrying an older token are ignored
 * @param leaseExpiresAt when the current owner's lease ends (meaningful in {@link
 *     IdempotencyState#IN_PROGRESS})
 * @param resultJson the stored JSON result when {@link IdempotencyState#COMPLETED}
 * @param lastError a description of the last failure when {@link IdempotencyState#FAILED}
 * @param createdAt when the key was first claimed
 * @param updatedAt when the record last changed
 * @param expiresAt after this instant the record may be purged
 */
public record IdempotencyRecord(
    String key,
    String fingerprint,
    IdempotencyState state,
    String owner,
    long fencingToken,
    Instant leaseExpiresAt,
    String resultJson,
    String lastError,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param key see the record description
   * @param fingerprint see the record description
   * @param state see the record description
   * @param owner see the record description
   * @param fencingToken see the record description
   * @param leaseExpiresAt see the record description
   * @param resultJson see the record description
   * @param lastError see the record description
   * @param createdAt see the record description
   * @param updatedAt see the record description
   * @param expiresAt see the record description
   */
  public IdempotencyRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * The {@code resultJson} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<String> optionalResultJson() {
    return Optional.ofNullable(resultJson);
  }

  /**
   * The {@code lastError} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<String> optionalLastError() {
    return Optional.ofNullable(lastError);
  }
}
