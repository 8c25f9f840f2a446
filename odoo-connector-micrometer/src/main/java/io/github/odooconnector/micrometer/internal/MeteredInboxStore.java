package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxReplayAudit;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.micrometer.core.instrument.Tags;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An inbox store that counts received messages (by source and result), claims, processing (with
 * latency and attempts), failures and replays, and forwards every call unchanged. Thread-safe if
 * the delegate is.
 */
final class MeteredInboxStore implements InboxStore {

  private final StoreMeters m;
  private final Tags tags;
  private final InboxStore delegate;
  private final Map<Long, InboxMessage> claimed = new ConcurrentHashMap<>();

  MeteredInboxStore(StoreMeters m, Tags tags, InboxStore delegate) {
    this.m = m;
    this.tags = tags;
    this.delegate = delegate;
  }

  @Override
  public StoreSubscription subscribe(Runnable wakeup) {
    return delegate.subscribe(wakeup);
  }

  @Override
  public boolean store(String source, VerifiedWebhook message, Instant now) {
    boolean result = delegate.store(source, message, now);
    m.counter(
            "odoo.inbox.received",
            "webhook messages received, by source and result",
            tags.and("source", String.valueOf(source))
                .and("result", result ? "stored" : "duplicate"))
        .increment();
    return result;
  }

  @Override
  public List<InboxMessage> claim(
      String processorId, int maxMessages, Instant now, Instant leaseExpiresAt) {
    return claim(processorId, Set.of(), maxMessages, now, leaseExpiresAt);
  }

  @Override
  public List<InboxMessage> claim(
      String processorId,
      Set<String> sources,
      int maxMessages,
      Instant now,
      Instant leaseExpiresAt) {
    List<InboxMessage> batch =
        delegate.claim(processorId, sources, maxMessages, now, leaseExpiresAt);
    if (claimed.size() > StoreMeters.MAX_TRACKED) {
      claimed.clear();
    }
    batch.forEach(msg -> claimed.put(msg.id(), msg));
    m.counter("odoo.inbox.claimed", "inbox messages claimed for processing", tags)
        .increment(batch.size());
    return batch;
  }

  @Override
  public Set<Long> renew(Collection<InboxMessage> messages, Instant now, Instant leaseExpiresAt) {
    return delegate.renew(messages, now, leaseExpiresAt);
  }

  @Override
  public boolean markProcessed(long id, long leaseToken, Instant now) {
    boolean result = delegate.markProcessed(id, leaseToken, now);
    InboxMessage msg = claimed.remove(id);
    if (result) {
      m.counter("odoo.inbox.processed", "inbox messages processed", tags).increment();
      if (msg != null) {
        m.latency("odoo.inbox.processing.latency", tags, msg.receivedAt(), now);
        m.attempts("odoo.inbox.attempts", tags.and("outcome", "processed"), msg.attempts());
      }
    }
    return result;
  }

  @Override
  public boolean markFailed(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt, boolean giveUp) {
    boolean result = delegate.markFailed(id, leaseToken, error, now, nextAttemptAt, giveUp);
    InboxMessage msg = claimed.remove(id);
    if (result) {
      m.counter(
              "odoo.inbox.failures",
              "inbox processing failures; final=true when parked as FAILED",
              tags.and("final", Boolean.toString(giveUp)))
          .increment();
      if (msg != null && giveUp) {
        m.attempts("odoo.inbox.attempts", tags.and("outcome", "failed"), msg.attempts());
      }
    }
    return result;
  }

  @Override
  public List<String> replay(
      String source, Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    List<String> replayed = delegate.replay(source, eventIds, requestedBy, reason, now);
    m.counter("odoo.inbox.replayed", "failed inbox messages replayed", tags)
        .increment(replayed.size());
    return replayed;
  }

  @Override
  public List<InboxReplayAudit> replayAudit(String source, String eventId) {
    return delegate.replayAudit(source, eventId);
  }

  @Override
  public List<InboxMessage> list(InboxStatus status, int limit) {
    return delegate.list(status, limit);
  }

  @Override
  public Optional<InboxMessage> find(String source, String eventId) {
    return delegate.find(source, eventId);
  }

  @Override
  public long count(InboxStatus status) {
    return delegate.count(status);
  }

  @Override
  public InboxStats stats() {
    return delegate.stats();
  }

  @Override
  public int purgeProcessed(Instant processedBefore) {
    return delegate.purgeProcessed(processedBefore);
  }

  @Override
  public String toString() {
    return "Metered[" + delegate + "]";
  }
}
