package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Durable queue of encoded business events awaiting delivery.
 *
 * <p><b>Claiming.</b> {@link #claim} hands each claimable entry to at most one worker at a time
 * (until its lease expires); an entry is claimable when it is {@code PENDING} and available, or
 * {@code IN_FLIGHT} with an expired lease, <em>and</em> it is the head of its aggregate: no other
 * entry with the same aggregate key that precedes it is {@code PENDING} or {@code IN_FLIGHT}
 * ({@code DEAD} entries do not block their successors).
 *
 * <p><b>Order.</b> Entries of one aggregate are delivered in append order, and an entry is never
 * handed out while an entry that precedes it can still appear. For appends that overlap in time
 * (two producing transactions open at once) a store defines precedence in a way that never changes
 * once an entry was handed out; the JDBC store uses the order in which PostgreSQL assigned the
 * producing transactions their ids (then insertion order within one transaction) and does not hand
 * out an entry while any older writing transaction is still open, so a transaction that commits
 * late can never slip an event in ahead of one already delivered.
 *
 * <p><b>Leases and fencing.</b> Every claim increments the entry's lease token; {@link #renew}
 * extends the leases of entries still held (a heartbeat while handlers run); {@link
 * #markDelivered}, {@link #markRetry} and {@link #markDead} change the entry only when the
 * presented token is current and the entry is {@code IN_FLIGHT}, so a worker whose lease was taken
 * over can neither acknowledge nor renew.
 *
 * <p><b>Time.</b> Callers pass their own clock's {@code now} together with the instants they want
 * (lease end, next attempt). A store with a clock of its own (the JDBC store: the database's) uses
 * only the <em>differences</em> ({@code leaseExpiresAt - now}, {@code nextAttemptAt - now}) and
 * measures them, and every expiry and availability decision, on its own clock, so application hosts
 * with skewed clocks cannot steal each other's leases. The in-memory store uses the instants as
 * given. Timestamps reported back ({@code createdAt}, {@code deliveredAt}) are the callers'.
 *
 * <p>Implementations must be safe for concurrent use by many threads (and processes, for shared
 * databases).
 */
public interface OutboxStore {

  /**
   * Asks the store to call {@code wakeup} soon after entries may have become claimable (an append
   * or a replay committed), so that an idle worker does not wait for its next poll. The calls are
   * hints: they may be spurious, several may be merged into one, and they may be missing (the
   * store's signal channel broke, or an entry was written by other means), so a worker keeps
   * polling as the fallback. After the signal channel recovers from a break the store calls once,
   * since entries may have arrived meanwhile. {@code wakeup} runs on a thread of the store and must
   * return quickly (set a flag, unpark a thread); an exception it throws is logged and ignored.
   *
   * <p>The default never calls: a store that cannot signal is polled. {@link
   * StoreSubscription#close() Closing} the subscription stops the calls.
   *
   * @param wakeup called when new work may be waiting
   * @return the subscription; close it when the worker stops
   */
  default StoreSubscription subscribe(Runnable wakeup) {
    Objects.requireNonNull(wakeup, "wakeup");
    return StoreSubscription.none();
  }

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
   * Extends the leases of entries this worker still holds: a heartbeat while their handlers run.
   *
   * @param claimed entries as returned by {@link #claim} (their ids and lease tokens count)
   * @param now current time
   * @param leaseExpiresAt the new end of the leases ({@code leaseExpiresAt - now} from the store's
   *     own clock, for stores that have one)
   * @return the ids whose lease was extended; an entry missing from it was taken over or finished
   *     (its lease is lost and its outcome must not be recorded)
   */
  Set<Long> renew(Collection<OutboxRecord> claimed, Instant now, Instant leaseExpiresAt);

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
   * Acknowledges several deliveries at once (one round trip where the store can).
   *
   * @param delivered entries as returned by {@link #claim} whose handlers returned normally
   * @param now current time
   * @return the ids acknowledged; an entry missing from it had lost its lease
   */
  default Set<Long> markDelivered(Collection<OutboxRecord> delivered, Instant now) {
    Set<Long> acknowledged = new HashSet<>();
    for (OutboxRecord r : delivered) {
      if (markDelivered(r.id(), r.leaseToken(), now)) {
        acknowledged.add(r.id());
      }
    }
    return acknowledged;
  }

  /**
   * Records a failed attempt and schedules the next one.
   *
   * @param id entry id
   * @param leaseToken the token of the claim
   * @param error description of the failure
   * @param now current time
   * @param nextAttemptAt earliest time of the next attempt
   * @return {@code true} if recorded, {@code false} if the lease was lost
   */
  boolean markRetry(long id, long leaseToken, String error, Instant now, Instant nextAttemptAt);

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
   * (or unknown ids) are skipped, so concurrent replays of one event replay it once; concurrent
   * replays of overlapping sets in any order neither deadlock nor fail. A replayed entry keeps its
   * place in its aggregate's order: it is delivered before later entries of its aggregate that have
   * not been claimed yet.
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
