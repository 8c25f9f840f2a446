package io.github.odooconnector.wms.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import java.time.Clock;
import java.time.Instant;

/**
 * Publishes the facts the host application should know about to the outbox, as events of source
 * {@code wms:<adapter>} whose id is also their idempotency key. Thread-safe.
 */
final class EventPublisher {

  private final Outbox outbox;
  private final Clock clock;
  private final String source;

  EventPublisher(Outbox outbox, Clock clock, String source) {
    this.outbox = outbox;
    this.clock = clock;
    this.source = source;
  }

  /** Publishes a new fact; a second publication under the same id is a no-op. */
  void publish(String eventId, String type, String correlationId, Object payload) {
    outbox.enqueue(
        new BusinessEvent<>(
            eventId,
            type,
            Instant.now(clock),
            source,
            correlationId,
            eventId,
            BusinessEvent.CURRENT_SCHEMA_VERSION,
            payload));
  }

  /**
   * Forwards an inbound event unchanged.
   *
   * @return false when it had been forwarded before
   */
  boolean forward(BusinessEvent<?> event) {
    return outbox.enqueue(event);
  }

  Outbox outbox() {
    return outbox;
  }
}
