package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Snapshot of one stored webhook message.
 *
 * <p>Immutable and thread-safe (the body is copied on construction and on access).
 *
 * @param id store-assigned sequence number
 * @param source the sending system, for example {@code carrier:dhl}
 * @param eventId the sender's message id; unique together with {@code source}
 * @param signedAt the signed timestamp, if the scheme has one
 * @param body the exact body bytes
 * @param status processing state
 * @param attempts number of processing attempts so far
 * @param leaseToken incremented by every claim; acknowledgements carrying an older token are
 *     ignored
 * @param lastError the last processing error, if any; {@code null} when absent
 * @param receivedAt when the message was first stored
 * @param processedAt when processing succeeded, if it did
 */
public record InboxMessage(
    long id,
    String source,
    String eventId,
    Instant signedAt,
    byte[] body,
    InboxStatus status,
    int attempts,
    long leaseToken,
    String lastError,
    Instant receivedAt,
    Instant processedAt) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @param id see the record description
   * @param source see the record description
   * @param eventId see the record description
   * @param signedAt see the record description
   * @param body see the record description
   * @param status see the record description
   * @param attempts see the record description
   * @param leaseToken see the record description
   * @param lastError see the record description
   * @param receivedAt see the record description
   * @param processedAt see the record description
   */
  public InboxMessage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventId, "eventId");
    body = Objects.requireNonNull(body, "body").clone();
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the body
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InboxMessage m
        && id == m.id
        && source.equals(m.source)
        && eventId.equals(m.eventId)
        && Objects.equals(signedAt, m.signedAt)
        && Arrays.equals(body, m.body)
        && status == m.status
        && attempts == m.attempts
        && leaseToken == m.leaseToken
        && Objects.equals(lastError, m.lastError)
        && receivedAt.equals(m.receivedAt)
        && Objects.equals(processedAt, m.processedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, source, eventId, status, attempts, leaseToken);
  }

  @Override
  public String toString() {
    return "InboxMessage[id="
        + id
        + ", source="
        + source
        + ", eventId="
        + eventId
        + ", status="
        + status
        + ", attempts="
        + attempts
        + ", bodyBytes="
        + body.length
        + "]";
  }

  /**
   * The {@code signedAt} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<Instant> optionalSignedAt() {
    return Optional.ofNullable(signedAt);
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
   * The {@code processedAt} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<Instant> optionalProcessedAt() {
    return Optional.ofNullable(processedAt);
  }
}
