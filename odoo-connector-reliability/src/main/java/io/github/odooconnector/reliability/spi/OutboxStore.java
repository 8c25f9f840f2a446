package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Durable queue of encoded business events awaiting delivery.
 *
 * <p>Contract: {@link #claim} hands each claimable entry to at most one worker at a time (until its
 * lease expires); an entry is claimable when it is {@code PENDING} and available, or {@code
 * IN_FLIGHT} with an expired lease, <em>and</em> no entry with the same aggregate key and a smaller
 * id is {@code PENDING} or {@code IN_FLIGHT} (per-aggregate order; {@code DEAD} entries do not
 * block their successors). Every claim increments the entry's lease token; {@link #markDelivered},
 * {@link #markRetry} and {@link #markDead} change the entry only when the presented token is
 * current and the entry is {@code IN_FLIGHT}. Implementations must be safe for concurrent use by
 * many threads (and processes, for shared databases).
 */
public interface OutboxStore {

  /**
   * Appends an entry in its own transaction.
   *
   * @param entry the entry
   * @return {@code true} if stored, {@code false} if an entry with the same event id already exists
   */
  boolean append(NewOutboxEntry entry);

  /**
   * Claims up to {@code maxEntries} claimable entries, oldest first, incrementing their attempts
   * and lease tokens.
   *
   * @param workerId the claiming worker
   * @param maxEntries maximum batch size, at least 1
   * @param now current time
   * @param leaseExpiresAt until when the claim holds
   * @return the claimed entries as updated (status {@code IN_FLIGHT}), oldest first; may be empty
   */
  List<OutboxRecord> claim(String workerId, int maxEntries, Instant now, Instant leaseExpiresAt);

  /**
   * Acknowledges a delivery.
   *
   * @param id entry id
   * @param leaseToken the token of the claim
   * @param now current time
   * @return {@code true} if acknowledged, {@code false} if the lease was lost
   */
  boolean markDelivered(long id, long leaseToken, Instant now);

  /**
   * Records a failed attempt and schedules the next one.
   *
   * @param id entry id
   * @param leaseToken the token of the claim
   * @param error description of the failure
   * @param nextAttemptAt earliest time of the next attempt
   * @return {@code true} if recorded, {@code false} if the lease was lost
   */
  boolean markRetry(long id, long leaseToken, String error, Instant nextAttemptAt);

  /**
   * Moves an entry to the dead letters.
   *
   * @param id entry id
   * @param leaseToken the token of the claim
   * @param error the last error
   * @param now current time
   * @return {@code true} if moved, {@code false} if the lease was lost
   */
  boolean markDead(long id, long leaseToken, String error, Instant now);

  /**
   * Puts {@code DEAD} or {@code DELIVERED} entries back to {@code PENDING} with zero attempts,
   * writing one audit entry per replayed event in the same transaction. Entries in any other state
   * (or unknown ids) are skipped, so concurrent replays of one event replay it once.
   *
   * @param eventIds the events to replay
   * @param requestedBy who asks
   * @param reason why
   * @param now current time
   * @return the ids of the events actually replayed
   */
  List<String> replay(Collection<String> eventIds, String requestedBy, String reason, Instant now);

  /**
   * Reads an entry by event id.
   *
   * @param eventId the event id
   * @return the entry, or empty
   */
  Optional<OutboxRecord> find(String eventId);

  /**
   * Lists entries in a status, oldest first.
   *
   * @param status the status
   * @param limit maximum number of entries
   * @return the entries
   */
  List<OutboxRecord> list(OutboxStatus status, int limit);

  /**
   * Counts entries in a status.
   *
   * @param status the status
   * @return the count
   */
  long count(OutboxStatus status);

  /**
   * Counts the entries per status that needs watching and finds the oldest of each, in one
   * consistent snapshot where the store can (one statement for the JDBC store).
   *
   * @return pending, in-flight and dead entries with the creation time of the oldest of each
   */
  OutboxStats stats();

  /**
   * Reads the replay audit trail of an event, oldest first.
   *
   * @param eventId the event id
   * @return the audit entries
   */
  List<ReplayAudit> replayAudit(String eventId);

  /**
   * Deletes {@code DELIVERED} entries acknowledged before {@code deliveredBefore} (with their audit
   * trail).
   *
   * @param deliveredBefore cut-off
   * @return number of entries deleted
   */
  int purgeDelivered(Instant deliveredBefore);
}
