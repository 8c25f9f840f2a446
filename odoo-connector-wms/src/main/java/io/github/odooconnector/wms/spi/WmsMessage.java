package io.github.odooconnector.wms.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One inbound message from the WMS, already authenticated: a verified webhook body or one polled
 * record.
 *
 * <p>Immutable and thread-safe (the body is copied on the way in and out).
 *
 * @param messageId the WMS's id of the message (webhook event id or polled record id), used for
 *     de-duplication
 * @param receivedAt when the connector received it
 * @param body the raw payload, typically UTF-8 JSON
 */
public record WmsMessage(String messageId, Instant receivedAt, byte[] body) {

  /**
   * Validates and copies.
   *
   * @param messageId the message id, not blank
   * @param receivedAt when it was received
   * @param body the payload
   */
  public WmsMessage {
    Objects.requireNonNull(messageId, "messageId");
    if (messageId.isBlank()) {
      throw new IllegalArgumentException("messageId must not be blank");
    }
    Objects.requireNonNull(receivedAt, "receivedAt");
    body = Objects.requireNonNull(body, "body").clone();
  }

  /**
   * The payload.
   *
   * @return a copy of the body
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WmsMessage m
        && messageId.equals(m.messageId)
        && receivedAt.equals(m.receivedAt)
        && Arrays.equals(body, m.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messageId, receivedAt, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "WmsMessage[id="
        + messageId
        + ", receivedAt="
        + receivedAt
        + ", bodyBytes="
        + body.length
        + "]";
  }
}
