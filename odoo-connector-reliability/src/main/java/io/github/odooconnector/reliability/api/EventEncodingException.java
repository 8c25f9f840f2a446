package io.github.odooconnector.reliability.api;

import io.github.odooconnector.reliability.spi.ReliabilityException;

/**
 * A value could not be converted to or from JSON (an event payload, an idempotency fingerprint
 * payload or result). Not retryable.
 *
 * <p>Standard {@link Throwable} thread-safety.
 */
public class EventEncodingException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what could not be converted
   * @param cause the underlying failure
   */
  public EventEncodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
