package io.github.odooconnector.reliability.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.EventHandler;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Delivery under load and crashes, payload round trips, validation and monitoring: the part of the
 * {@link OutboxStoreContract} about getting every event through exactly once in effect. Extend
 * {@link OutboxStoreContract} rather than this class, unless only this part applies.
 */
public abstract class OutboxDeliveryContract extends OutboxContractSupport {

  /** Creates the suite; called by the subclass. */
  protected OutboxDeliveryContract() {}

  /**
   * Four workers (each on {@link #workerStore}) deliver 20,000 events of 400 aggregates while
   * workers are killed before and after side effects: every event is delivered, every effect
   * (through {@code Idempotent}) is applied exactly once, per-aggregate order holds, and only
   * events whose worker was killed are delivered twice. Takes up to a few minutes on a slow
   * database. *
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void
      fourWorkersDeliverTwentyThousandEventsWithoutLossOrDuplicateEffectsWhileWorkersAreKilled()
          throws Exception {
    OutboxStore store = newStore();
    EventCodec codec = EventCodec.standard().allowPayloadType(ParcelBooked.class);
    Outbox outbox = Outbox.builder(store).codec(codec).clock(Clock.systemUTC()).build();
    int aggregates = 400;
    int perAggregate = 50;
    List<BusinessEvent<?>> events = new ArrayList<>();
    for (int seq = 0; seq < perAggregate; seq++) {
      for (int a = 0; a < aggregates; a++) {
        events.add(event("SO-" + a, seq));
      }
    }
    enqueueAll(outbox, events);
    int total = events.size();
    assertThat(store.count(OutboxStatus.PENDING)).isEqualTo(total);

    Idempotent effects =
        Idempotent.builder(InMemoryIdempotencyStore.create())
            .owner("test")
            .leaseDuration(Duration.ofMinutes(5))
            .clock(Clock.systemUTC())
            .build();
    Map<String, AtomicInteger> rawEffects = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> appliedEffects = new ConcurrentHashMap<>();
    Map<String, List<Integer>> firstEffectOrder = new ConcurrentHashMap<>();
    Set<String> killedDuring = ConcurrentHashMap.newKeySet();
    AtomicInteger killsBefore = new AtomicInteger();
    AtomicInteger killsAfter = new AtomicInteger();
    AtomicInteger restarts = new AtomicInteger();

    EventHandler handler =
        e -> {
          ParcelBooked p = (ParcelBooked) e.payload();
          double dice = ThreadLocalRandom.current().nextDouble();
          if (dice < 0.001) {
            killedDuring.add(e.eventId());
            killsBefore.incrementAndGet();
            throw new SimulatedCrash("before the side effect of " + e.eventId());
          }
          rawEffects.computeIfAbsent(e.eventId(), k -> new AtomicInteger()).incrementAndGet();
          effects.execute(
              e.idempotencyKey(),
              p,
              Boolean.class,
              () -> {
                appliedEffects
                    .computeIfAbsent(e.eventId(), k -> new AtomicInteger())
                    .incrementAndGet();
                firstEffectOrder
                    .computeIfAbsent(
                        e.correlationId(), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(p.parcel());
                return Boolean.TRUE;
              });
          if (dice > 0.999) {
            killedDuring.add(e.eventId());
            killsAfter.incrementAndGet();
            throw new SimulatedCrash(
                "after the side effect of " + e.eventId() + ", before the acknowledgement");
          }
        };

    AtomicBoolean done = new AtomicBoolean();
    ExecutorService slots = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    for (int slot = 0; slot < 4; slot++) {
      int s = slot;
      OutboxStore slotStore = workerStore(store, slot);
      running.add(
          slots.submit(
              () -> {
                int generation = 0;
                while (!done.get()) {
                  OutboxWorker worker =
                      OutboxWorker.builder(slotStore, handler)
                          .workerId("slot" + s + "-gen" + generation++)
                          .batchSize(25)
                          .leaseDuration(Duration.ofSeconds(4))
                          .codec(codec)
                          .retry(
                              new RetrySettings(
                                  50, Duration.ofMillis(1), Duration.ofMillis(10), 2.0, 0.0))
                          .build();
                  try {
                    while (!done.get()) {
                      if (worker.runOnce() == 0) {
                        Thread.sleep(2);
                      }
                    }
                  } catch (SimulatedCrash crash) {
                    restarts
                        .incrementAndGet(); // the worker "process" died; a new one starts with a
                    // new id
                  }
                }
                return null;
              }));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (store.count(OutboxStatus.DELIVERED) < total && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    done.set(true);
    for (Future<?> f : running) {
      f.get(30, TimeUnit.SECONDS);
    }
    slots.shutdown();

    int rawDuplicates =
        rawEffects.values().stream().mapToInt(AtomicInteger::get).sum() - rawEffects.size();
    System.out.printf(
        "%s: %d events, kills before effect=%d, after effect=%d, raw redeliveries absorbed=%d%n",
        getClass().getSimpleName(), total, killsBefore.get(), killsAfter.get(), rawDuplicates);
    assertThat(store.count(OutboxStatus.DELIVERED)).as("delivered").isEqualTo(total);
    assertThat(store.count(OutboxStatus.DEAD)).isZero();
    assertThat(killsBefore.get() + killsAfter.get()).as("workers were killed").isPositive();
    assertThat(restarts.get()).isEqualTo(killsBefore.get() + killsAfter.get());
    // zero lost: every event's effect was applied; zero duplicates: exactly once each
    assertThat(appliedEffects).hasSize(total);
    assertThat(appliedEffects.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    // raw redeliveries happen only for events whose worker was killed (at-least-once, absorbed by
    // Idempotent)
    rawEffects.forEach(
        (id, n) -> {
          if (!killedDuring.contains(id)) {
            assertThat(n).as("raw deliveries of never-killed event %s", id).hasValue(1);
          }
        });
    // per-aggregate order of first effects is the enqueue order
    assertThat(firstEffectOrder).hasSize(aggregates);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < perAggregate; i++) {
      expected.add(i);
    }
    firstEffectOrder.forEach(
        (agg, order) -> assertThat(order).as("order of %s", agg).isEqualTo(expected));
  }

  /**
   * Two background workers deliver 200 events and stop delivering once closed.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void backgroundWorkersDeliverEverythingAndStopOnClose() throws Exception {
    OutboxStore store = newStore();
    Outbox outbox = Outbox.builder(store).build();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger calls = new AtomicInteger();
    List<OutboxWorker> workers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      workers.add(
          OutboxWorker.builder(
                  store,
                  e -> {
                    calls.incrementAndGet();
                    seen.add(e.eventId());
                  })
              .workerId("bg-" + i)
              .pollInterval(Duration.ofMillis(10))
              .build());
    }
    workers.forEach(OutboxWorker::start);
    try {
      for (int i = 0; i < 200; i++) {
        outbox.enqueue(event("BG-" + (i % 7), i));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (store.count(OutboxStatus.DELIVERED) < 200 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(workers).allSatisfy(w -> assertThat(w.isRunning()).isTrue());
    } finally {
      workers.forEach(OutboxWorker::close);
    }
    assertThat(store.count(OutboxStatus.DELIVERED)).isEqualTo(200);
    assertThat(seen).hasSize(200);
    assertThat(calls).hasValue(200);
    assertThat(workers).noneSatisfy(w -> assertThat(w.isRunning()).isTrue());
    outbox.enqueue(event("BG-after-close", 0));
    Thread.sleep(100);
    assertThat(calls).as("closed workers deliver nothing").hasValue(200);
  }

  /**
   * A started worker whose poll interval is 30 s handles each of three events enqueued while it is
   * idle within 2 s: the store's signal wakes it (runs when {@link #storeSignalsAppends()}).
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void anIdleWorkerIsWokenByAnAppendInsteadOfWaitingForItsThirtySecondPoll()
      throws Exception {
    Assumptions.assumeTrue(storeSignalsAppends(), "the store does not signal appends");
    OutboxStore store = newStore();
    Outbox outbox = Outbox.builder(store).build();
    BlockingQueue<String> handled = new LinkedBlockingQueue<>();
    OutboxWorker worker =
        OutboxWorker.builder(store, e -> handled.add(e.eventId()))
            .workerId("sleepy")
            .pollInterval(Duration.ofSeconds(30))
            .build();
    worker.start();
    try {
      Thread.sleep(500); // the first claim found nothing: the worker now sleeps for 30 s
      for (int i = 0; i < 3; i++) {
        BusinessEvent<ParcelBooked> e = event("WAKE-" + i, 0);
        long t0 = System.nanoTime();
        outbox.enqueue(e);
        assertThat(handled.poll(10, TimeUnit.SECONDS)).as("handled event").isEqualTo(e.eventId());
        assertThat(Duration.ofNanos(System.nanoTime() - t0))
            .as("enqueue-to-handler latency of event %d", i)
            .isLessThan(Duration.ofSeconds(2));
        Thread.sleep(300); // idle again
      }
    } finally {
      worker.close();
    }
  }

  /**
   * {@code stats()} counts pending, in-flight and dead entries and reports the creation time of the
   * oldest of each (delivered entries are not part of it); an empty status has no oldest entry and
   * a zero age.
   */
  @Test
  public void statsCountEntriesPerStatusWithTheOldestOfEach() {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    Instant t0 = clock.instant();
    assertThat(store.stats())
        .isEqualTo(new OutboxStats(StatusStats.empty(), StatusStats.empty(), StatusStats.empty()));
    assertThat(store.stats().pending().oldestAge(t0)).isEqualTo(Duration.ZERO);

    Outbox outbox = Outbox.builder(store).clock(clock).build();
    outbox.enqueue(event("A", 0));
    clock.advance(Duration.ofMinutes(1));
    outbox.enqueue(event("A", 1));
    outbox.enqueue(event("B", 0));
    clock.advance(Duration.ofMinutes(1));
    outbox.enqueue(event("C", 0));
    assertThat(store.stats().pending()).isEqualTo(new StatusStats(4, t0));

    Instant t2 = clock.instant();
    List<OutboxRecord> batch = store.claim("w1", 10, t2, t2.plusSeconds(60));
    assertThat(batch).extracting(OutboxRecord::eventId).containsExactly("A#0", "B#0", "C#0");
    OutboxRecord c0 = batch.get(2);
    assertThat(store.markDead(c0.id(), c0.leaseToken(), "carrier rejected the address", t2))
        .isTrue();
    clock.advance(Duration.ofMinutes(3));

    OutboxStats stats = store.stats();
    assertThat(stats.pending()).isEqualTo(new StatusStats(1, t0.plus(Duration.ofMinutes(1))));
    assertThat(stats.inFlight()).isEqualTo(new StatusStats(2, t0));
    assertThat(stats.dead()).isEqualTo(new StatusStats(1, t2));
    assertThat(stats.pending().oldestAge(clock.instant())).isEqualTo(Duration.ofMinutes(4));
    assertThat(stats.dead().optionalOldest()).contains(t2);

    OutboxRecord a0 = batch.get(0);
    assertThat(store.markDelivered(a0.id(), a0.leaseToken(), clock.instant())).isTrue();
    assertThat(store.stats().inFlight())
        .isEqualTo(new StatusStats(1, t0.plus(Duration.ofMinutes(1))));
    assertThat(store.stats().pending()).isEqualTo(stats.pending());
  }

  /**
   * Enqueuing an event id twice stores it once; allowed payload types round-trip as their class,
   * others arrive as {@code JsonNode}; an explicit aggregate key is kept.
   */
  @Test
  public void enqueuingTheSameEventTwiceStoresItOnceAndPayloadsRoundTrip() {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    EventCodec codec = EventCodec.standard().allowPayloadType(ParcelBooked.class);
    Outbox outbox = Outbox.builder(store).codec(codec).clock(clock).build();
    BusinessEvent<ParcelBooked> typed = event("SO-1", 0);
    assertThat(outbox.enqueue(typed)).isTrue();
    assertThat(outbox.enqueue(typed)).isFalse();
    BusinessEvent<Map<String, Object>> untyped =
        new BusinessEvent<>(
            "raw-1",
            "order.released",
            typed.occurredAt(),
            "odoo",
            "SO-2",
            "raw-1",
            1,
            Map.of("name", "SO-2", "lines", List.of(1, 2)));
    assertThat(outbox.enqueue(untyped, "custom-aggregate")).isTrue();
    assertThat(store.find("raw-1"))
        .get()
        .extracting(OutboxRecord::aggregateKey)
        .isEqualTo("custom-aggregate");

    List<BusinessEvent<?>> seen = new ArrayList<>();
    OutboxWorker.builder(store, seen::add).clock(clock).codec(codec).build().runOnce();
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isEqualTo(typed);
    BusinessEvent<?> raw = seen.get(1);
    assertThat(raw.payload()).isInstanceOf(JsonNode.class);
    assertThat(((JsonNode) raw.payload()).path("lines").get(1).asInt()).isEqualTo(2);
    assertThat(raw.withCorrelationId("x").eventId()).isEqualTo("raw-1");

    // without allowing the host type, the payload arrives as JSON rather than an arbitrary class
    outbox.enqueue(event("SO-3", 0));
    List<BusinessEvent<?>> plain = new ArrayList<>();
    OutboxWorker.builder(store, plain::add).clock(clock).build().runOnce();
    assertThat(plain)
        .singleElement()
        .satisfies(e -> assertThat(e.payload()).isInstanceOf(JsonNode.class));
  }

  /**
   * Invalid events are rejected at enqueue with an {@code IllegalArgumentException} naming the
   * field; nothing is stored.
   */
  @Test
  public void invalidEventsAreRejectedAtEnqueueNamingTheField() {
    Outbox outbox = Outbox.builder(newStore()).build();
    BusinessEvent<String> badType =
        new BusinessEvent<>("id-1", "Shipment Dispatched", Instant.EPOCH, "wms", "c", "k", 1, "x");
    Assertions.assertThatThrownBy(() -> outbox.enqueue(badType))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'type'")
        .hasMessageContaining("Shipment Dispatched");
    BusinessEvent<String> blankAggregate =
        new BusinessEvent<>("id-2", "a.b", Instant.EPOCH, "wms", "c", "k", 1, "x");
    Assertions.assertThatThrownBy(() -> outbox.enqueue(blankAggregate, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aggregateKey");
    assertThat(outbox.store().count(OutboxStatus.PENDING)).isZero();
  }
}
