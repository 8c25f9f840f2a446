package io.github.odooconnector.reliability.api;

import java.util.Objects;

/**
 * What {@link WebhookInbox#receive} did with a verified webhook. Either way the HTTP layer should
 * answer 2xx, so the sender stops redelivering.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status whether the message was new
 * @param source the sending system
 * @param eventId the sender's message id
 */
public record InboxReceipt(Status status, String source, String eventId) {

  /** Whether a received message was new. */
  public enum Status {
    /** First delivery: stored for processing. */
    ACCEPTED,
    /** A redelivery of a message already stored: acknowledged and dropped. */
    DUPLICATE
  }

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param status see the record description
   * @param source see the record description
   * @param eventId see the record description
   */
  public InboxReceipt {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventId, "eventId");
  }

  /**
   * Whether this was a redelivery.
   *
   * @return {@code true} for {@link Status#DUPLICATE}
   */
  public boolean isDuplicate() {
    return status == Status.DUPLICATE;
  }
}
