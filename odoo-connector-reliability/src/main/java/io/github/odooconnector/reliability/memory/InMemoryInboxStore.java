package io.github.odooconnector.reliability.memory;

import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.internal.Wakeups;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxReplayAudit;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link InboxStore} in the heap of one process, with the JDBC store's semantics. Messages are lost
 * when the process exits: acknowledge webhooks from it only where that is acceptable. Subscribers
 * ({@link #subscribe(Runnable)}) are woken by every new message and every replay that changed
 * something. Thread-safe (one lock).
 */
public final class InMemoryInboxStore implements InboxStore {

  private final Object lock = new Object();
  private final Wakeups wakeups = new Wakeups("inbox");
  private final TreeMap<Long, InboxMessage> byId = new TreeMap<>();
  private final Map<String, Long> idByKey = new HashMap<>();
  private final Map<Long, Instant> availableAt = new HashMap<>();
  private final Map<Long, Instant> leaseExpiresAt = new HashMap<>();
  private final Map<String, List<InboxReplayAudit>> audit = new HashMap<>();
  private long sequence;

  private InMemoryInboxStore() {}

  /**
   * Creates an empty store.
   *
   * @return the store
   */
  public static InMemoryInboxStore create() {
    return new InMemoryInboxStore();
  }

  private static String key(String source, String eventId) {
    return source + '\u0000' + eventId;
  }

  /**
   * Calls {@code wakeup} after every new message and every replay that changed something, on the
   * storing (replaying) thread, until the subscription is closed; never misses one.
   *
   * @param wakeup the call; must return quickly
   * @return the subscription
   */
  @Override
  public StoreSubscription subscribe(Runnable wakeup) {
    return wakeups.subscribe(wakeup);
  }

  @Override
  public boolean store(String source, VerifiedWebhook message, Instant now) {
    boolean stored = insert(source, message, now);
    if (stored) {
      wakeups.signal();
    }
    return stored;
  }

  private boolean insert(String source, VerifiedWebhook message, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    Instant t = Times.micros(now);
    synchronized (lock) {
      String k = key(source, message.eventId());
      if (idByKey.containsKey(k)) {
        return false;
      }
      long id = ++sequence;
      byId.put(
          id,
          new InboxMessage(
              id,
              source,
              message.eventId(),
              message.optionalSignedAt().map(Times::micros).orElse(null),
              message.body(),
              InboxStatus.RECEIVED,
              0,
              0L,
              null,
              t,
              null));
      idByKey.put(k, id);
      availableAt.put(id, t);
      return true;
    }
  }

  @Override
  public List<InboxMessage> claim(
      String processorId, Set<String> sources, int maxMessages, Instant now, Instant leaseUntil) {
    Objects.requireNonNull(processorId, "processorId");
    Set<String> wanted = Set.copyOf(Objects.requireNonNull(sources, "sources"));
    if (maxMessages < 1) {
      throw new IllegalArgumentException("maxMessages must be >= 1, got " + maxMessages);
    }
    Instant t = Times.micros(now);
    synchronized (lock) {
      List<InboxMessage> out = new ArrayList<>();
      for (InboxMessage m : byId.values()) {
        if (out.size() >= maxMessages) {
          break;
        }
        boolean claimable =
            (wanted.isEmpty() || wanted.contains(m.source()))
                && ((m.status() == InboxStatus.RECEIVED && !availableAt.get(m.id()).isAfter(t))
                    || (m.status() == InboxStatus.PROCESSING
                        && !leaseExpiresAt.get(m.id()).isAfter(t)));
        if (claimable) {
          InboxMessage c =
              with(
                  m,
                  InboxStatus.PROCESSING,
                  m.attempts() + 1,
                  m.leaseToken() + 1,
                  m.lastError(),
                  m.processedAt());
          out.add(c);
          leaseExpiresAt.put(m.id(), Times.micros(leaseUntil));
        }
      }
      out.forEach(c -> byId.put(c.id(), c));
      return out;
    }
  }

  private static InboxMessage with(
      InboxMessage m,
      InboxStatus status,
      int attempts,
      long token,
      String error,
      Instant processedAt) {
    return new InboxMessage(
        m.id(),
        m.source(),
        m.eventId(),
        m.signedAt(),
        m.body(),
        status,
        attempts,
        token,
        error,
        m.receivedAt(),
        processedAt);
  }

  @Override
  public boolean markProcessed(long id, long leaseToken, Instant now) {
    synchronized (lock) {
      InboxMessage m = byId.get(id);
      if (m == null || m.status() != InboxStatus.PROCESSING || m.leaseToken() != leaseToken) {
        return false;
      }
      byId.put(
          id,
          with(
              m,
              InboxStatus.PROCESSED,
              m.attempts(),
              m.leaseToken(),
              m.lastError(),
              Times.micros(now)));
      return true;
    }
  }

  @Override
  public boolean markFailed(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt, boolean giveUp) {
    Objects.requireNonNull(error, "error");
    synchronized (lock) {
      InboxMessage m = byId.get(id);
      if (m == null || m.status() != InboxStatus.PROCESSING || m.leaseToken() != leaseToken) {
        return false;
      }
      byId.put(
          id,
          with(
              m,
              giveUp ? InboxStatus.FAILED : InboxStatus.RECEIVED,
              m.attempts(),
              m.leaseToken(),
              Errors.truncate(error),
              null));
      availableAt.put(id, Times.micros(nextAttemptAt));
      return true;
    }
  }

  @Override
  public Set<Long> renew(Collection<InboxMessage> claimed, Instant now, Instant leaseUntil) {
    Objects.requireNonNull(claimed, "claimed");
    Instant lease = Times.micros(Objects.requireNonNull(leaseUntil, "leaseUntil"));
    synchronized (lock) {
      Set<Long> renewed = new HashSet<>();
      for (InboxMessage c : claimed) {
        InboxMessage m = byId.get(c.id());
        if (m != null && m.status() == InboxStatus.PROCESSING && m.leaseToken() == c.leaseToken()) {
          leaseExpiresAt.put(m.id(), lease);
          renewed.add(m.id());
        }
      }
      return renewed;
    }
  }

  @Override
  public List<String> replay(
      String source, Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(reason, "reason");
    List<String> replayed = replayLocked(source, eventIds, requestedBy, reason, now);
    if (!replayed.isEmpty()) {
      wakeups.signal();
    }
    return replayed;
  }

  private List<String> replayLocked(
      String source, Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    Instant t = Times.micros(now);
    synchronized (lock) {
      List<String> replayed = new ArrayList<>();
      for (String eventId : new LinkedHashSet<>(eventIds)) {
        Long id = idByKey.get(key(source, eventId));
        InboxMessage m = id == null ? null : byId.get(id);
        if (m == null
            || (m.status() != InboxStatus.FAILED && m.status() != InboxStatus.PROCESSED)) {
          continue;
        }
        byId.put(id, with(m, InboxStatus.RECEIVED, 0, m.leaseToken(), null, null));
        availableAt.put(id, t);
        audit
            .computeIfAbsent(key(source, eventId), k -> new ArrayList<>())
            .add(
                new InboxReplayAudit(
                    source,
                    eventId,
                    m.status(),
                    m.attempts(),
                    m.lastError(),
                    requestedBy,
                    reason,
                    t));
        replayed.add(eventId);
      }
      return replayed;
    }
  }

  @Override
  public List<InboxReplayAudit> replayAudit(String source, String eventId) {
    synchronized (lock) {
      return List.copyOf(
          audit.getOrDefault(
              key(
                  Objects.requireNonNull(source, "source"),
                  Objects.requireNonNull(eventId, "eventId")),
              List.of()));
    }
  }

  @Override
  public List<InboxMessage> list(InboxStatus status, int limit) {
    Objects.requireNonNull(status, "status");
    synchronized (lock) {
      return byId.values().stream()
          .filter(m -> m.status() == status)
          .limit(Math.max(0, limit))
          .toList();
    }
  }

  @Override
  public Optional<InboxMessage> find(String source, String eventId) {
    synchronized (lock) {
      Long id =
          idByKey.get(
              key(
                  Objects.requireNonNull(source, "source"),
                  Objects.requireNonNull(eventId, "eventId")));
      return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }
  }

  @Override
  public long count(InboxStatus status) {
    Objects.requireNonNull(status, "status");
    synchronized (lock) {
      return byId.values().stream().filter(m -> m.status() == status).count();
    }
  }

  @Override
  public InboxStats stats() {
    synchronized (lock) {
      return new InboxStats(
          stats(InboxStatus.RECEIVED), stats(InboxStatus.PROCESSING), stats(InboxStatus.FAILED));
    }
  }

  private StatusStats stats(InboxStatus status) {
    long count = 0;
    Instant oldest = null;
    for (InboxMessage m : byId.values()) {
      if (m.status() == status) {
        count++;
        oldest = oldest == null || m.receivedAt().isBefore(oldest) ? m.receivedAt() : oldest;
      }
    }
    return count == 0 ? StatusStats.empty() : new StatusStats(count, oldest);
  }

  @Override
  public int purgeProcessed(Instant processedBefore) {
    Objects.requireNonNull(processedBefore, "processedBefore");
    synchronized (lock) {
      List<InboxMessage> old =
          byId.values().stream()
              .filter(
                  m ->
                      m.status() == InboxStatus.PROCESSED
                          && m.processedAt().isBefore(processedBefore))
              .toList();
      for (InboxMessage m : old) {
        byId.remove(m.id());
        idByKey.remove(key(m.source(), m.eventId()));
        audit.remove(key(m.source(), m.eventId()));
        availableAt.remove(m.id());
        leaseExpiresAt.remove(m.id());
      }
      return old.size();
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "InMemoryInboxStore[messages=" + byId.size() + "]";
    }
  }
}
