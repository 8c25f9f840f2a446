package io.github.odooconnector.kafka.api;

/**
 * Kafka could not be reached or did not answer in time: a broker is down or restarting, a partition
 * has no leader or too few in-sync replicas, a request timed out, or a consumer group was
 * rebalancing. Retryable: nothing was lost, the operation may succeed later unchanged.
 *
 * <p>For the outbox relay this means the event stays in the outbox (it is retried with the
 * configured backoff and may reach the topic more than once, always with the same event id); for
 * the inbox consumer it means the offsets were not committed and the records are read again.
 * Standard {@link Throwable} thread-safety.
 */
public class KafkaUnavailableException extends KafkaConnectorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operation the operation that failed, for example {@code relay.send}
   * @param message what went wrong
   * @param cause the Kafka exception, or {@code null}
   */
  public KafkaUnavailableException(String operation, String message, Throwable cause) {
    super(operation, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
