package io.github.odooconnector.kafka.api;

/**
 * What one {@link KafkaInboxConsumer#pollOnce()} did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param records records read from Kafka
 * @param accepted records stored in the inbox as new messages
 * @param duplicates records whose event id the inbox already held (redeliveries, or copies a relay
 *     wrote twice); they were dropped
 * @param committed whether the offsets of all these records were committed (always after the inbox
 *     rows were durable); {@code false} when the commit failed or the consumer was closing, so the
 *     records will be read again and dropped as duplicates
 */
public record InboxPollResult(int records, int accepted, int duplicates, boolean committed) {

  /**
   * Validates the counts.
   *
   * @param records see the record description
   * @param accepted see the record description
   * @param duplicates see the record description
   * @param committed see the record description
   * @throws IllegalArgumentException if a count is negative or they do not add up
   */
  public InboxPollResult {
    if (records < 0 || accepted < 0 || duplicates < 0 || accepted + duplicates != records) {
      throw new IllegalArgumentException(
          "records ("
              + records
              + ") must equal accepted ("
              + accepted
              + ") + duplicates ("
              + duplicates
              + ")");
    }
  }

  /**
   * A poll that read nothing.
   *
   * @return a result with zero records
   */
  public static InboxPollResult empty() {
    return new InboxPollResult(0, 0, 0, true);
  }
}
