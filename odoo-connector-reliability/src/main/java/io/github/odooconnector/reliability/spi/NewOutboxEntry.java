package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An encoded event about to be appended to the outbox.
 *
 * <p>Immutable and thread-safe.
 *
 * @param eventId the event's unique id; appending an id twice stores it once
 * @param aggregateKey events with the same key are delivered in append order
 * @param eventType the event type, for example {@code shipment.dispatched}
 * @param source the producing system
 * @param payloadType Java class name of the payload as encoded
 * @param envelopeJson the whole {@code BusinessEvent} as JSON
 * @param createdAt when it was appended
 */
public record NewOutboxEntry(
    String eventId,
    String aggregateKey,
    String eventType,
    String source,
    String payloadType,
    String envelopeJson,
    Instant createdAt) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param eventId see the record description
   * @param aggregateKey see the record description
   * @param eventType see the record description
   * @param source see the record description
   * @param payloadType see the record description
   * @param envelopeJson see the record description
   * @param createdAt see the record description
   */
  public NewOutboxEntry {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(aggregateKey, "aggregateKey");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(payloadType, "payloadType");
    Objects.requireNonNull(envelopeJson, "envelopeJson");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
