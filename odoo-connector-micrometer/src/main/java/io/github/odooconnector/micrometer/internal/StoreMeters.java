package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.TransactionalOutboxStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * Metering decorators of the reliability stores: they count what the workers and facades do through
 * the store (claims, deliveries and their latency, retries, dead letters, replays, idempotency
 * claims by result) without any change to the facades. The decorators are plain classes
 * implementing the store SPIs, so a method added to an SPI is a compile error here rather than a
 * silently unmetered call.
 */
public final class StoreMeters {

  /** At most this many claimed entries are remembered for latency; older ones are forgotten. */
  static final int MAX_TRACKED = 10_000;

  private final MeterRegistry meters;
  private final Tags common;

  /**
   * Creates the decorator factory.
   *
   * @param meters registry
   * @param common tags added to every meter
   */
  public StoreMeters(MeterRegistry meters, Tags common) {
    this.meters = meters;
    this.common = common;
  }

  Counter counter(String name, String description, Tags tags) {
    return Counter.builder(name).description(description).tags(common).tags(tags).register(meters);
  }

  /**
   * Decorates an outbox store.
   *
   * @param name the store's name tag
   * @param store the store
   * @return the metered store (also a {@code TransactionalOutboxStore} when the store is one)
   */
  public OutboxStore outbox(String name, OutboxStore store) {
    return store instanceof TransactionalOutboxStore tx
        ? new MeteredOutboxStore.Transactional(this, Tags.of("store", name), tx)
        : new MeteredOutboxStore(this, Tags.of("store", name), store);
  }

  /**
   * Decorates an inbox store.
   *
   * @param name the store's name tag
   * @param store the store
   * @return the metered store
   */
  public InboxStore inbox(String name, InboxStore store) {
    return new MeteredInboxStore(this, Tags.of("store", name), store);
  }

  /**
   * Decorates an idempotency store.
   *
   * @param name the store's name tag
   * @param store the store
   * @return the metered store
   */
  public IdempotencyStore idempotency(String name, IdempotencyStore store) {
    return new MeteredIdempotencyStore(this, Tags.of("store", name), store);
  }

  void latency(String name, Tags tags, Instant from, Instant to) {
    if (from == null || to == null) {
      return;
    }
    Duration d = Duration.between(from, to);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    Timer.builder(name)
        .description("time from arrival in the store to successful handling")
        .tags(common)
        .tags(tags)
        .register(meters)
        .record(d);
  }

  void attempts(String name, Tags tags, int attempts) {
    DistributionSummary.builder(name)
        .description("attempts an entry needed, by final outcome")
        .tags(common)
        .tags(tags)
        .register(meters)
        .record(attempts);
  }

  void delivered(Tags tags, OutboxRecord r, Instant now) {
    counter("odoo.outbox.delivered", "outbox entries delivered", tags).increment();
    if (r != null) {
      latency("odoo.outbox.delivery.latency", tags, r.createdAt(), now);
      attempts("odoo.outbox.attempts", tags.and("outcome", "delivered"), r.attempts());
    }
  }
}
