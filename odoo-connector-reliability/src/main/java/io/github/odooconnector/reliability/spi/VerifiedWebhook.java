package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook whose authenticity a {@link WebhookVerifier} has established.
 *
 * <p>Immutable and thread-safe (the body is copied on construction and on access).
 *
 * @param eventId the sender's unique message id, used to drop redeliveries
 * @param signedAt the timestamp the sender signed, if the scheme has one
 * @param body the exact body bytes
 */
public record VerifiedWebhook(String eventId, Instant signedAt, byte[] body) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the event id is blank or longer than 500 characters
   * @param eventId see the record description
   * @param signedAt see the record description
   * @param body see the record description
   */
  public VerifiedWebhook {
    Objects.requireNonNull(eventId, "eventId");
    body = Objects.requireNonNull(body, "body").clone();
    if (eventId.isBlank() || eventId.length() > 500) {
      throw new IllegalArgumentException(
          "eventId must be 1..500 characters, got length " + eventId.length());
    }
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
    return o instanceof VerifiedWebhook v
        && eventId.equals(v.eventId)
        && Objects.equals(signedAt, v.signedAt)
        && Arrays.equals(body, v.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventId, signedAt, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "VerifiedWebhook[eventId="
        + eventId
        + ", signedAt="
        + signedAt
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
}
