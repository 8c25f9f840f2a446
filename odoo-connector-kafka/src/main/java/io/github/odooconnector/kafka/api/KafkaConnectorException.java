package io.github.odooconnector.kafka.api;

import io.github.odooconnector.reliability.spi.ReliabilityException;

/**
 * Root of the failures the Kafka module reports: a Kafka client exception translated into the SDK's
 * one hierarchy. {@link #isRetryable()} says whether the same operation may succeed later; the
 * Kafka exception is attached as the cause.
 *
 * <p>Messages name the operation (for example {@code relay.send} or {@code inbox.commit}) and the
 * Kafka exception type; they never contain client properties, so no credentials. Standard {@link
 * Throwable} thread-safety.
 */
public abstract class KafkaConnectorException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  private final String operation;

  /**
   * Creates an exception.
   *
   * @param operation the operation that failed, for example {@code relay.send}
   * @param message what went wrong
   * @param cause the Kafka exception, or {@code null}
   */
  protected KafkaConnectorException(String operation, String message, Throwable cause) {
    super(message, cause);
    this.operation = operation;
  }

  /**
   * The operation that failed.
   *
   * @return for example {@code relay.send}, {@code inbox.poll} or {@code inbox.commit}
   */
  public String operation() {
    return operation;
  }
}
