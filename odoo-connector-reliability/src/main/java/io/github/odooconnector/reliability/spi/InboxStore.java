package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Durable, de-duplicating store of verified webhook messages.
 *
 * <p>Contract: {@link #store} keeps exactly one message per {@code (source, eventId)} no matter how
 * many concurrent deliveries race; {@link #claim} hands each claimable message ({@code RECEIVED}
 * and available, or {@code PROCESSING} with an expired lease) to at most one processor at a time;
 * acknowledgements and renewals change a message only when the presented lease token is current
 * (fencing). A claim may be limited to some sources, so that the integrations sharing one store
 * each process only their own messages. Leases and availability follow the same time rule as {@link
 * OutboxStore}: a store with a clock of its own (JDBC: the database's) uses only the differences
 * between the instants callers pass and decides on its own clock. Implementations must be safe for
 * concurrent use by many threads (and processes, for shared databases).
 */
public interface InboxStore {

  /**
   * Asks the store to call {@code wakeup} soon after messages may have become claimable (a new
   * message was stored, or messages were replayed), so that an idle worker does not wait for its
   * next poll. The same rules as {@link OutboxStore#subscribe(Runnable)}: the calls are hints (they
   * may be spurious, merged or missing, so workers keep polling as the fallback), the store calls
   * once after its signal channel recovers from a break, and {@code wakeup} runs on a thread of the
   * store and must return quickly.
   *
   * <p>The default never calls: a store that cannot signal is polled. {@link
   * StoreSubscription#close() Closing} the subscription stops the calls.
   *
   * @param wakeup called when new messages may be waiting
   * @return the subscription; close it when the worker stops
   */
  default StoreSubscription subscribe(Runnable wakeup) {
    Objects.requireNonNull(wakeup, "wakeup");
    return StoreSubscription.none();
  }

  /**
   * Stores a verified message unless one with the same source and event id exists.
   *
   * @param source the sending system
   * @param message the verified message
   * @param now current time
   * @return {@code true} if stored, {@code false} if it was a duplicate
   */
  boolean store(String source, VerifiedWebhook message, Instant now);

  /**
   * Claims up to {@code maxMessages} messages of any source for processing, oldest first. The same
   * as {@link #claim(String, Set, int, Instant, Instant)} with no source filter.
   *
   * @param processorId the claiming processor
   * @param maxMessages maximum batch size, at least 1
   * @param now current time
   * @param leaseExpiresAt until when the claim holds
   * @return the claimed messages as updated (status {@code PROCESSING}); may be empty
   */
  default List<InboxMessage> claim(
      String processorId, int maxMessages, Instant now, Instant leaseExpiresAt) {
    return claim(processorId, Set.of(), maxMessages, now, leaseExpiresAt);
  }

  /**
   * Claims up to {@code maxMessages} messages of the given sources for processing, oldest first.
   * Several processors (for example a WMS and a carrier integration) can share one store this way,
   * each claiming only its own messages: a message whose source is not in {@code sources} is never
   * handed out by this call, whatever its state.
   *
   * @param processorId the claiming processor
   * @param sources the sources to claim from, exactly as passed to {@link #store}; empty for every
   *     source
   * @param maxMessages maximum batch size, at least 1
   * @param now current time
   * @param leaseExpiresAt until when the claim holds
   * @return the claimed messages as updated (status {@code PROCESSING}); may be empty
   */
  List<InboxMessage> claim(
      String processorId,
      Set<String> sources,
      int maxMessages,
      Instant now,
      Instant leaseExpiresAt);

  /**
   * Extends the leases of messages this processor still holds: a heartbeat while handlers run.
   *
   * @param claimed messages as returned by {@link #claim} (their ids and lease tokens count)
   * @param now current time
   * @param leaseExpiresAt the new end of the leases
   * @return the ids whose lease was extended; a message missing from it was taken over or finished
   */
  Set<Long> renew(Collection<InboxMessage> claimed, Instant now, Instant leaseExpiresAt);

  /**
   * Acknowledges successful processing.
   *
   * @param id message id
   * @param leaseToken the token of the claim
   * @param now current time
   * @return {@code true} if acknowledged, {@code false} if the lease was lost
   */
  boolean markProcessed(long id, long leaseToken, Instant now);

  /**
   * Records a failed processing attempt.
   *
   * @param id message id
   * @param leaseToken the token of the claim
   * @param error description of the failure
   * @param now current time
   * @param nextAttemptAt earliest next attempt; ignored when {@code giveUp}
   * @param giveUp {@code true} to mark the message {@code FAILED} for good
   * @return {@code true} if recorded, {@code false} if the lease was lost
   */
  boolean markFailed(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt, boolean giveUp);

  /**
   * Puts {@code FAILED} or {@code PROCESSED} messages of one source back to {@code RECEIVED} with
   * zero attempts, writing one audit entry per replayed message in the same transaction. Messages
   * in any other state (or unknown ids) are skipped, so concurrent replays of one message replay it
   * once; concurrent replays of overlapping sets in any order neither deadlock nor fail.
   *
   * @param source the sending system
   * @param eventIds the messages to replay
   * @param requestedBy who asks
   * @param reason why
   * @param now current time
   * @return the event ids actually replayed
   */
  List<String> replay(
      String source, Collection<String> eventIds, String requestedBy, String reason, Instant now);

  /**
   * Reads the replay audit trail of a message, oldest first.
   *
   * @param source the sending system
   * @param eventId the message id
   * @return the audit entries
   */
  List<InboxReplayAudit> replayAudit(String source, String eventId);

  /**
   * Lists messages in a status, oldest first (for example the failed ones, to replay them).
   *
   * @param status the status
   * @param limit maximum number of messages
   * @return the messages
   */
  List<InboxMessage> list(InboxStatus status, int limit);

  /**
   * Reads a message.
   *
   * @param source the sending system
   * @param eventId the sender's message id
   * @return the message, or empty
   */
  Optional<InboxMessage> find(String source, String eventId);

  /**
   * Counts messages in a status.
   *
   * @param status the status
   * @return the count
   */
  long count(InboxStatus status);

  /**
   * Counts the messages per status that needs watching and finds the oldest of each, in one
   * consistent snapshot where the store can (one statement for the JDBC store).
   *
   * @return received, processing and failed messages with the receipt time of the oldest of each
   */
  InboxStats stats();

  /**
   * Deletes {@code PROCESSED} messages processed before {@code processedBefore}. Keep them at least
   * as long as the senders may redeliver, or a late redelivery would be accepted as new.
   *
   * @param processedBefore cut-off
   * @return number of messages deleted
   */
  int purgeProcessed(Instant processedBefore);
}
