package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Snapshot of one outbox entry as stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id store-assigned sequence number; increases in append order
 * @param eventId the event's unique id
 * @param aggregateKey ordering key; entries with the same key are delivered in {@code id} order
 * @param eventType the event type
 * @param source the producing system
 * @param payloadType Java class name of the payload as encoded
 * @param envelopeJson the whole {@code BusinessEvent} as JSON
 * @param status delivery state
 * @param attempts number of times the entry was claimed for delivery
 * @param availableAt earliest time of the next attempt
 * @param leaseOwner worker holding (or last holding) the lease, if any; {@code null} when absent
 * @param leaseToken incremented by every claim; acknowledgements carrying an older token are
 *     ignored
 * @param leaseExpiresAt when the current lease ends, if any; {@code null} when absent
 * @param lastError the last delivery error, if any; {@code null} when absent
 * @param createdAt when the entry was appended
 * @param deliveredAt when the entry was acknowledged, if delivered
 */
public record OutboxRecord(
    long id,
    String eventId,
    String aggregateKey,
    String eventType,
    String source,
    String payloadType,
    String envelopeJson,
    OutboxStatus status,
    int attempts,
    Instant availableAt,
    String leaseOwner,
    long leaseToken,
    Instant leaseExpiresAt,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param id see the record description
   * @param eventId see the record description
   * @param aggregateKey see the record description
   * @param eventType see the record description
   * @param source see the record description
   * @param payloadType see the record description
   * @param envelopeJson see the record description
   * @param status see the record description
   * @param attempts see the record description
   * @param availableAt see the record description
   * @param leaseOwner see the record description
   * @param leaseToken see the record description
   * @param leaseExpiresAt see the record description
   * @param lastError see the record description
   * @param createdAt see the record description
   * @param deliveredAt see the record description
   */
  public OutboxRecord {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(aggregateKey, "aggregateKey");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(payloadType, "payloadType");
    Objects.requireNonNull(envelopeJson, "envelopeJson");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(availableAt, "availableAt");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * The {@code leaseOwner} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<String> optionalLeaseOwner() {
    return Optional.ofNullable(leaseOwner);
  }

  /**
   * The {@code leaseExpiresAt} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<Instant> optionalLeaseExpiresAt() {
    return Optional.ofNullable(leaseExpiresAt);
  }

  /**
   * The {@code lastError} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<String> optionalLastError() {
    return Optional.ofNullable(lastError);
  }

  /**
   * The {@code deliveredAt} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<Instant> optionalDeliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }
}
