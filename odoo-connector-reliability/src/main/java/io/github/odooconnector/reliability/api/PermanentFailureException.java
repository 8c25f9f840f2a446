package io.github.odooconnector.reliability.api;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.reliability.spi.ReliabilityException;

/**
 * Thrown by a handler to say that a message can never be processed, so retrying is pointless: for
 * example a webhook naming an order that does not exist, or a body that is not the expected JSON.
 * {@link WebhookInbox#process} then marks the message {@code FAILED} at once with this exception as
 * its error, without spending the retry budget.
 *
 * <p>It is a convenience, not a separate classification: {@link WebhookInbox#process} parks every
 * failure that is an {@link OdooConnectorException} whose {@link #isRetryable()} is {@code false},
 * and this exception is simply one whose cause may be anything (an {@code IllegalArgumentException}
 * from a parser, say). Standard {@link Throwable} thread-safety.
 */
public class PermanentFailureException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message why the message cannot be processed (stored as its error; no secrets)
   */
  public PermanentFailureException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message why the message cannot be processed (stored as its error; no secrets)
   * @param cause the underlying failure
   */
  public PermanentFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
