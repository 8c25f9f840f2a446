package io.github.odooconnector.kafka.api;

import java.util.Objects;

/**
 * Kafka refused the operation and repeating it unchanged will not help. {@link #reason()} says what
 * is at fault: the record itself (the outbox relay moves that event to the dead letters, where it
 * can be replayed once fixed), or the setup (credentials, ACLs, configuration, a client that Kafka
 * fenced), which the operator must fix (the relay keeps such events in the outbox).
 *
 * <p>Not retryable. Standard {@link Throwable} thread-safety.
 */
public class KafkaRejectedException extends KafkaConnectorException {

  private static final long serialVersionUID = 1L;

  /** What Kafka rejected. Enum constants are immutable and thread-safe. */
  public enum Reason {
    /** This record cannot be written, for example it is larger than the topic accepts. */
    RECORD,
    /** Authentication failed or an ACL denies the topic, group or cluster operation. */
    SECURITY,
    /** A client or topic setting is invalid, or the broker does not support a needed feature. */
    CONFIGURATION,
    /**
     * The client is in a state it cannot leave (fenced, closed, sequence lost); the SDK replaces
     * the client before the next batch.
     */
    CLIENT
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param operation the operation that failed, for example {@code relay.send}
   * @param reason what is at fault
   * @param message what went wrong
   * @param cause the Kafka exception, or {@code null}
   */
  public KafkaRejectedException(String operation, Reason reason, String message, Throwable cause) {
    super(operation, message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * What Kafka rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
