package io.github.odooconnector.reliability.api;

import io.github.odooconnector.reliability.spi.InboxMessage;

/**
 * Processes stored webhook messages handed out by {@link WebhookInbox#process}.
 *
 * <p>Processing is at-least-once (a crash before the acknowledgement means the message is processed
 * again after its lease expires). Must be thread-safe if several processors share it.
 */
@FunctionalInterface
public interface InboxHandler {

  /**
   * Processes one message.
   *
   * @param message the stored message
   * @throws Exception to signal failure: a {@link PermanentFailureException} (or any other {@code
   *     OdooConnectorException} whose {@code isRetryable()} is {@code false}) marks the message
   *     {@code FAILED} at once; anything else is retried with backoff
   */
  void handle(InboxMessage message) throws Exception;
}
