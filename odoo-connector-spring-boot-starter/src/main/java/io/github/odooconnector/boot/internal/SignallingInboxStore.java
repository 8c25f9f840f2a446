package io.github.odooconnector.boot.internal;

import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxReplayAudit;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An inbox store decorator (the metered one) with {@link #subscribe(Runnable)} answered by the
 * store it decorates, for decorators that do not pass the wake-up subscription on. Every other call
 * goes to the decorator. Thread-safe when both are.
 */
public final class SignallingInboxStore implements InboxStore {

  private final InboxStore decorated;
  private final InboxStore signals;

  /**
   * Creates the store.
   *
   * @param decorated handles every call but {@code subscribe}
   * @param signals handles {@code subscribe}: the undecorated store
   */
  public SignallingInboxStore(InboxStore decorated, InboxStore signals) {
    this.decorated = Objects.requireNonNull(decorated, "decorated");
    this.signals = Objects.requireNonNull(signals, "signals");
  }

  @Override
  public StoreSubscription subscribe(Runnable wakeup) {
    return signals.subscribe(wakeup);
  }

  @Override
  public boolean store(String source, VerifiedWebhook message, Instant now) {
    return decorated.store(source, message, now);
  }

  @Override
  public List<InboxMessage> claim(
      String processorId,
      Set<String> sources,
      int maxMessages,
      Instant now,
      Instant leaseExpiresAt) {
    return decorated.claim(processorId, sources, maxMessages, now, leaseExpiresAt);
  }

  @Override
  public Set<Long> renew(Collection<InboxMessage> claimed, Instant now, Instant leaseExpiresAt) {
    return decorated.renew(claimed, now, leaseExpiresAt);
  }

  @Override
  public boolean markProcessed(long id, long leaseToken, Instant now) {
    return decorated.markProcessed(id, leaseToken, now);
  }

  @Override
  public boolean markFailed(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt, boolean giveUp) {
    return decorated.markFailed(id, leaseToken, error, now, nextAttemptAt, giveUp);
  }

  @Override
  public List<String> replay(
      String source, Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    return decorated.replay(source, eventIds, requestedBy, reason, now);
  }

  @Override
  public List<InboxReplayAudit> replayAudit(String source, String eventId) {
    return decorated.replayAudit(source, eventId);
  }

  @Override
  public List<InboxMessage> list(InboxStatus status, int limit) {
    return decorated.list(status, limit);
  }

  @Override
  public Optional<InboxMessage> find(String source, String eventId) {
    return decorated.find(source, eventId);
  }

  @Override
  public long count(InboxStatus status) {
    return decorated.count(status);
  }

  @Override
  public InboxStats stats() {
    return decorated.stats();
  }

  @Override
  public int purgeProcessed(Instant processedBefore) {
    return decorated.purgeProcessed(processedBefore);
  }

  @Override
  public String toString() {
    return decorated.toString();
  }
}
