package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import io.github.odooconnector.reliability.spi.TransactionalOutboxStore;
import io.micrometer.core.instrument.Tags;
import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An outbox store that counts appends, claims, deliveries (with latency and attempts), retries,
 * dead letters and replays, and forwards every call unchanged. Thread-safe if the delegate is.
 */
class MeteredOutboxStore implements OutboxStore {

  private final StoreMeters m;
  private final Tags tags;
  private final OutboxStore delegate;
  private final Map<Long, OutboxRecord> claimed = new ConcurrentHashMap<>();

  MeteredOutboxStore(StoreMeters m, Tags tags, OutboxStore delegate) {
    this.m = m;
    this.tags = tags;
    this.delegate = delegate;
  }

  /** The metered form of a store that can also append within the caller's transaction. */
  static final class Transactional extends MeteredOutboxStore implements TransactionalOutboxStore {

    private final TransactionalOutboxStore tx;

    Transactional(StoreMeters m, Tags tags, TransactionalOutboxStore delegate) {
      super(m, tags, delegate);
      this.tx = delegate;
    }

    @Override
    public boolean append(Connection connection, NewOutboxEntry entry) {
      return appended(tx.append(connection, entry));
    }
  }

  final boolean appended(boolean result) {
    m.counter(
            "odoo.outbox.enqueued",
            "events appended to the outbox, by result",
            tags.and("result", result ? "appended" : "duplicate"))
        .increment();
    return result;
  }

  @Override
  public StoreSubscription subscribe(Runnable wakeup) {
    return delegate.subscribe(wakeup);
  }

  @Override
  public boolean append(NewOutboxEntry entry) {
    return appended(delegate.append(entry));
  }

  @Override
  public List<OutboxRecord> claim(
      String workerId, int maxEntries, Instant now, Instant leaseExpiresAt) {
    List<OutboxRecord> batch = delegate.claim(workerId, maxEntries, now, leaseExpiresAt);
    if (claimed.size() > StoreMeters.MAX_TRACKED) {
      claimed.clear();
    }
    batch.forEach(r -> claimed.put(r.id(), r));
    m.counter("odoo.outbox.claimed", "outbox entries claimed for delivery", tags)
        .increment(batch.size());
    return batch;
  }

  @Override
  public Set<Long> renew(Collection<OutboxRecord> entries, Instant now, Instant leaseExpiresAt) {
    return delegate.renew(entries, now, leaseExpiresAt);
  }

  @Override
  public boolean markDelivered(long id, long leaseToken, Instant now) {
    boolean result = delegate.markDelivered(id, leaseToken, now);
    OutboxRecord r = claimed.remove(id);
    if (result) {
      m.delivered(tags, r, now);
    }
    return result;
  }

  @Override
  public Set<Long> markDelivered(Collection<OutboxRecord> delivered, Instant now) {
    // the batched acknowledgement: the result holds the ids that kept their lease
    Set<Long> acknowledged = delegate.markDelivered(delivered, now);
    for (OutboxRecord r : delivered) {
      claimed.remove(r.id());
      if (acknowledged.contains(r.id())) {
        m.delivered(tags, r, now);
      }
    }
    return acknowledged;
  }

  @Override
  public boolean markRetry(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt) {
    boolean result = delegate.markRetry(id, leaseToken, error, now, nextAttemptAt);
    claimed.remove(id);
    if (result) {
      m.counter("odoo.outbox.retries", "outbox deliveries that failed and are retried", tags)
          .increment();
    }
    return result;
  }

  @Override
  public boolean markDead(long id, long leaseToken, String error, Instant now) {
    boolean result = delegate.markDead(id, leaseToken, error, now);
    OutboxRecord r = claimed.remove(id);
    if (result) {
      m.counter("odoo.outbox.dead.letters", "outbox entries moved to dead letters", tags)
          .increment();
      if (r != null) {
        m.attempts("odoo.outbox.attempts", tags.and("outcome", "dead"), r.attempts());
      }
    }
    return result;
  }

  @Override
  public List<String> replay(
      Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    List<String> replayed = delegate.replay(eventIds, requestedBy, reason, now);
    m.counter("odoo.outbox.replayed", "dead letters replayed", tags).increment(replayed.size());
    return replayed;
  }

  @Override
  public Optional<OutboxRecord> find(String eventId) {
    return delegate.find(eventId);
  }

  @Override
  public List<OutboxRecord> list(OutboxStatus status, int limit) {
    return delegate.list(status, limit);
  }

  @Override
  public long count(OutboxStatus status) {
    return delegate.count(status);
  }

  @Override
  public OutboxStats stats() {
    return delegate.stats();
  }

  @Override
  public List<ReplayAudit> replayAudit(String eventId) {
    return delegate.replayAudit(eventId);
  }

  @Override
  public int purgeDelivered(Instant deliveredBefore) {
    return delegate.purgeDelivered(deliveredBefore);
  }

  @Override
  public String toString() {
    return "Metered[" + delegate + "]";
  }
}
