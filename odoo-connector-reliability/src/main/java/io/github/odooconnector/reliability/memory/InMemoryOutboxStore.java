package io.github.odooconnector.reliability.memory;

import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.internal.Wakeups;
import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link OutboxStore} in the heap of one process: the embedded default and a test double with
 * exactly the JDBC store's semantics. Events are lost when the process exits, so use it only where
 * that is acceptable (tests, demos, or an outbox fed from a durable source). Subscribed workers
 * ({@link #subscribe(Runnable)}) are woken by every append. Thread-safe: every operation holds one
 * lock.
 */
public final class InMemoryOutboxStore implements OutboxStore {

  private final Object lock = new Object();
  private final Wakeups wakeups = new Wakeups("outbox");
  private final TreeMap<Long, OutboxRecord> byId = new TreeMap<>();
  private final TreeSet<Long> openIds = new TreeSet<>(); // PENDING or IN_FLIGHT
  private final Map<String, Long> idByEvent = new HashMap<>();
  private final Map<String, List<ReplayAudit>> audit = new HashMap<>();
  private long sequence;

  private InMemoryOutboxStore() {}

  /**
   * Creates an empty store.
   *
   * @return the store
   */
  public static InMemoryOutboxStore create() {
    return new InMemoryOutboxStore();
  }

  @Override
  public boolean append(NewOutboxEntry e) {
    Objects.requireNonNull(e, "entry");
    synchronized (lock) {
      if (idByEvent.containsKey(e.eventId())) {
        return false;
      }
      long id = ++sequence;
      Instant created = Times.micros(e.createdAt());
      byId.put(
          id,
          new OutboxRecord(
              id,
              e.eventId(),
              e.aggregateKey(),
              e.eventType(),
              e.source(),
              e.payloadType(),
              e.envelopeJson(),
              OutboxStatus.PENDING,
              0,
              created,
              null,
              0L,
              null,
              null,
              created,
              null));
      idByEvent.put(e.eventId(), id);
      openIds.add(id);
    }
    wakeAll();
    return true;
  }

  /**
   * Calls {@code wakeup} after every append and every replay that changed something, on the
   * appending (replaying) thread, until the subscription is closed; never misses one.
   *
   * @param wakeup the call; must return quickly
   * @return the subscription
   */
  @Override
  public StoreSubscription subscribe(Runnable wakeup) {
    return wakeups.subscribe(wakeup);
  }

  private void wakeAll() {
    wakeups.signal();
  }

  @Override
  public List<OutboxRecord> claim(
      String workerId, int maxEntries, Instant now, Instant leaseExpiresAt) {
    Objects.requireNonNull(workerId, "workerId");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
    }
    Instant t = Times.micros(now);
    Instant lease = Times.micros(leaseExpiresAt);
    synchronized (lock) {
      List<OutboxRecord> claimed = new ArrayList<>();
      Set<String> blockedAggregates = new HashSet<>();
      for (Long openId : openIds) {
        if (claimed.size() >= maxEntries) {
          break;
        }
        OutboxRecord r = byId.get(openId);
        boolean claimable =
            blockedAggregates.add(r.aggregateKey())
                && (r.status() == OutboxStatus.PENDING
                    ? !r.availableAt().isAfter(t)
                    : !r.leaseExpiresAt().isAfter(t));
        if (claimable) {
          OutboxRecord c =
              copy(
                  r,
                  OutboxStatus.IN_FLIGHT,
                  r.attempts() + 1,
                  r.availableAt(),
                  workerId,
                  r.leaseToken() + 1,
                  lease,
                  r.lastError(),
                  r.deliveredAt());
          byId.put(r.id(), c);
          claimed.add(c);
        }
      }
      return claimed;
    }
  }

  private static OutboxRecord copy(
      OutboxRecord r,
      OutboxStatus status,
      int attempts,
      Instant availableAt,
      String leaseOwner,
      long leaseToken,
      Instant leaseExpiresAt,
      String lastError,
      Instant deliveredAt) {
    return new OutboxRecord(
        r.id(),
        r.eventId(),
        r.aggregateKey(),
        r.eventType(),
        r.source(),
        r.payloadType(),
        r.envelopeJson(),
        status,
        attempts,
        availableAt,
        leaseOwner,
        leaseToken,
        leaseExpiresAt,
        lastError,
        r.createdAt(),
        deliveredAt);
  }

  @Override
  public Set<Long> renew(Collection<OutboxRecord> claimed, Instant now, Instant leaseExpiresAt) {
    Objects.requireNonNull(claimed, "claimed");
    Instant lease = Times.micros(Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt"));
    synchronized (lock) {
      Set<Long> renewed = new HashSet<>();
      for (OutboxRecord c : claimed) {
        OutboxRecord r = current(c.id(), c.leaseToken());
        if (r != null) {
          byId.put(
              r.id(),
              copy(
                  r,
                  r.status(),
                  r.attempts(),
                  r.availableAt(),
                  r.leaseOwner(),
                  r.leaseToken(),
                  lease,
                  r.lastError(),
                  r.deliveredAt()));
          renewed.add(r.id());
        }
      }
      return renewed;
    }
  }

  private OutboxRecord current(long id, long leaseToken) {
    OutboxRecord r = byId.get(id);
    return r != null && r.status() == OutboxStatus.IN_FLIGHT && r.leaseToken() == leaseToken
        ? r
        : null;
  }

  @Override
  public boolean markDelivered(long id, long leaseToken, Instant now) {
    synchronized (lock) {
      OutboxRecord r = current(id, leaseToken);
      if (r == null) {
        return false;
      }
      byId.put(
          id,
          copy(
              r,
              OutboxStatus.DELIVERED,
              r.attempts(),
              r.availableAt(),
              r.leaseOwner(),
              r.leaseToken(),
              null,
              r.lastError(),
              Times.micros(now)));
      openIds.remove(id);
      return true;
    }
  }

  @Override
  public boolean markRetry(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt) {
    Objects.requireNonNull(error, "error");
    synchronized (lock) {
      OutboxRecord r = current(id, leaseToken);
      if (r == null) {
        return false;
      }
      byId.put(
          id,
          copy(
              r,
              OutboxStatus.PENDING,
              r.attempts(),
              Times.micros(nextAttemptAt),
              r.leaseOwner(),
              r.leaseToken(),
              null,
              Errors.truncate(error),
              null));
      return true;
    }
  }

  @Override
  public boolean markDead(long id, long leaseToken, String error, Instant now) {
    Objects.requireNonNull(error, "error");
    synchronized (lock) {
      OutboxRecord r = current(id, leaseToken);
      if (r == null) {
        return false;
      }
      byId.put(
          id,
          copy(
              r,
              OutboxStatus.DEAD,
              r.attempts(),
              r.availableAt(),
              r.leaseOwner(),
              r.leaseToken(),
              null,
              Errors.truncate(error),
              null));
      openIds.remove(id);
      return true;
    }
  }

  @Override
  public List<String> replay(
      Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(reason, "reason");
    Instant t = Times.micros(now);
    List<String> replayed = new ArrayList<>();
    synchronized (lock) {
      for (String eventId : new LinkedHashSet<>(eventIds)) {
        Long id = idByEvent.get(eventId);
        OutboxRecord r = id == null ? null : byId.get(id);
        if (r == null
            || (r.status() != OutboxStatus.DEAD && r.status() != OutboxStatus.DELIVERED)) {
          continue;
        }
        byId.put(id, copy(r, OutboxStatus.PENDING, 0, t, null, r.leaseToken(), null, null, null));
        openIds.add(id);
        audit
            .computeIfAbsent(eventId, k -> new ArrayList<>())
            .add(
                new ReplayAudit(
                    eventId, r.status(), r.attempts(), r.lastError(), requestedBy, reason, t));
        replayed.add(eventId);
      }
    }
    if (!replayed.isEmpty()) {
      wakeAll();
    }
    return replayed;
  }

  @Override
  public Optional<OutboxRecord> find(String eventId) {
    synchronized (lock) {
      Long id = idByEvent.get(Objects.requireNonNull(eventId, "eventId"));
      return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
  }

  @Override
  public List<OutboxRecord> list(OutboxStatus status, int limit) {
    Objects.requireNonNull(status, "status");
    synchronized (lock) {
      return byId.values().stream()
          .filter(r -> r.status() == status)
          .limit(Math.max(0, limit))
          .toList();
    }
  }

  @Override
  public long count(OutboxStatus status) {
    Objects.requireNonNull(status, "status");
    synchronized (lock) {
      return byId.values().stream().filter(r -> r.status() == status).count();
    }
  }

  @Override
  public OutboxStats stats() {
    synchronized (lock) {
      return new OutboxStats(
          stats(OutboxStatus.PENDING), stats(OutboxStatus.IN_FLIGHT), stats(OutboxStatus.DEAD));
    }
  }

  private StatusStats stats(OutboxStatus status) {
    long count = 0;
    Instant oldest = null;
    for (OutboxRecord r : byId.values()) {
      if (r.status() == status) {
        count++;
        oldest = oldest == null || r.createdAt().isBefore(oldest) ? r.createdAt() : oldest;
      }
    }
    return count == 0 ? StatusStats.empty() : new StatusStats(count, oldest);
  }

  @Override
  public List<ReplayAudit> replayAudit(String eventId) {
    synchronized (lock) {
      return List.copyOf(audit.getOrDefault(Objects.requireNonNull(eventId, "eventId"), List.of()));
    }
  }

  @Override
  public int purgeDelivered(Instant deliveredBefore) {
    Objects.requireNonNull(deliveredBefore, "deliveredBefore");
    synchronized (lock) {
      int n = 0;
      for (Iterator<OutboxRecord> it = byId.values().iterator(); it.hasNext(); ) {
        OutboxRecord r = it.next();
        if (r.status() == OutboxStatus.DELIVERED && r.deliveredAt().isBefore(deliveredBefore)) {
          it.remove();
          idByEvent.remove(r.eventId());
          audit.remove(r.eventId());
          n++;
        }
      }
      return n;
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "InMemoryOutboxStore[entries=" + byId.size() + "]";
    }
  }
}
