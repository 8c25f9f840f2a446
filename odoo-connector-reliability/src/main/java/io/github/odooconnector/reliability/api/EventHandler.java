package io.github.odooconnector.reliability.api;

import io.github.odooconnector.model.BusinessEvent;

/**
 * Receives events delivered from the outbox by an {@link OutboxWorker}.
 *
 * <p>Delivery is at-least-once: after a worker crash or a lost acknowledgement the same event (same
 * {@link BusinessEvent#eventId()}) can arrive again, so handlers should be idempotent — typically
 * by running their side effect through {@link Idempotent} keyed by {@link
 * BusinessEvent#idempotencyKey()}. Returning normally acknowledges the event; throwing schedules a
 * retry (and eventually a dead letter). The payload is the original payload type when the {@link
 * EventCodec} allows it, otherwise a Jackson {@code JsonNode}.
 *
 * <p>One handler instance is called concurrently by all workers it is given to, so it must be
 * thread-safe.
 */
@FunctionalInterface
public interface EventHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @throws Exception to signal failure; the event is retried with backoff
   */
  void handle(BusinessEvent<?> event) throws Exception;
}
