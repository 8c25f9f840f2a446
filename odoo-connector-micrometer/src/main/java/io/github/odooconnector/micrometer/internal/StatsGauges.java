package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Backlog gauges from the stores' {@code stats()}: one query per store per refresh interval,
 * however many gauges and scrapes there are.
 */
public final class StatsGauges {

  private final MeterRegistry meters;
  private final Tags common;
  private final Clock clock;
  private final Duration maxAge;

  /**
   * Creates the binder.
   *
   * @param meters registry
   * @param common tags added to every meter
   * @param clock clock for ages and the cache
   * @param maxAge how long one {@code stats()} snapshot serves the gauges
   */
  public StatsGauges(MeterRegistry meters, Tags common, Clock clock, Duration maxAge) {
    this.meters = meters;
    this.common = common;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /**
   * Registers {@code odoo.outbox.entries} and {@code odoo.outbox.oldest.age} per status.
   *
   * @param name the store's name tag
   * @param store the store
   */
  public void bindOutbox(String name, OutboxStore store) {
    Snapshot<OutboxStats> snap = new Snapshot<>(store::stats, clock, maxAge);
    Map<String, Function<OutboxStats, StatusStats>> statuses =
        Map.of(
            "pending", OutboxStats::pending,
            "in_flight", OutboxStats::inFlight,
            "dead", OutboxStats::dead);
    statuses.forEach(
        (status, of) -> register("odoo.outbox", "outbox entries", name, status, snap, of));
  }

  /**
   * Registers {@code odoo.inbox.messages} and {@code odoo.inbox.oldest.age} per status.
   *
   * @param name the store's name tag
   * @param store the store
   */
  public void bindInbox(String name, InboxStore store) {
    Snapshot<InboxStats> snap = new Snapshot<>(store::stats, clock, maxAge);
    Map<String, Function<InboxStats, StatusStats>> statuses =
        Map.of(
            "pending", InboxStats::received,
            "in_flight", InboxStats::processing,
            "failed", InboxStats::failed);
    statuses.forEach(
        (status, of) -> register("odoo.inbox", "inbox messages", name, status, snap, of));
  }

  private <S> void register(
      String prefix,
      String what,
      String name,
      String status,
      Snapshot<S> snap,
      Function<S, StatusStats> of) {
    Tags tags = common.and("store", name, "status", status);
    String countName = prefix.equals("odoo.outbox") ? "odoo.outbox.entries" : "odoo.inbox.messages";
    Gauge.builder(
            countName,
            snap,
            s -> {
              S v = s.get();
              return v == null ? Double.NaN : of.apply(v).count();
            })
        .description(what + " by status")
        .strongReference(true)
        .tags(tags)
        .register(meters);
    TimeGauge.builder(
            prefix + ".oldest.age",
            snap,
            TimeUnit.MILLISECONDS,
            s -> {
              S v = s.get();
              return v == null ? Double.NaN : of.apply(v).oldestAge(clock.instant()).toMillis();
            })
        .description("age of the oldest of the " + what + " in the status")
        .strongReference(true)
        .tags(tags)
        .register(meters);
  }

  /** A cached {@code stats()} result; a failing store yields no value (NaN) until it recovers. */
  static final class Snapshot<S> {
    private final Supplier<S> source;
    private final Clock clock;
    private final Duration maxAge;
    private S value;
    private long takenAt = Long.MIN_VALUE;

    Snapshot(Supplier<S> source, Clock clock, Duration maxAge) {
      this.source = source;
      this.clock = clock;
      this.maxAge = maxAge;
    }

    synchronized S get() {
      long now = clock.millis();
      if (takenAt == Long.MIN_VALUE || now - takenAt >= maxAge.toMillis()) {
        takenAt = now;
        try {
          value = source.get();
        } catch (RuntimeException e) {
          value = null;
        }
      }
      return value;
    }
  }
}
