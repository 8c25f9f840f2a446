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
import io.github.odooconnector.reliability.spi.ReplayAudit;
import io.github.odooconnector.reliability.spi.StatusStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link OutboxStore} must show, exercised through {@link Outbox} and {@link
 * OutboxWorker} the way a host uses them: at-least-once delivery with exactly-once effects,
 * per-aggregate order, leases and fencing, retries, dead letters and audited replay. A store
 * implementation proves itself by extending this class in its own tests:
 *
 * <pre>{@code
 * class MySqlOutboxStoreTest extends OutboxStoreContract {
 *   protected OutboxStore newStore() {
 *     return new MySqlOutboxStore(dataSource());
 *   }
 *
 *   protected OutboxStore workerStore(OutboxStore shared, int slot) {
 *     return new MySqlOutboxStore(newPool(4)); // each worker as its own application instance
 *   }
 * }
 * }</pre>
 *
 * <p>Empty the backing database before each test. JUnit 5 runs every public test method of this
 * class for the subclass. An instance serves one test method at a time (JUnit's default lifecycle);
 * the tests themselves call the store from many threads.
 */
public abstract class OutboxStoreContract {

  /** Creates the suite; called by the subclass. */
  protected OutboxStoreContract() {}

  /**
   * Returns a fresh, empty store, called once or more per test.
   *
   * @return the store under test
   */
  protected abstract OutboxStore newStore();

  /**
   * Enqueues many events quickly; by default one {@code outbox.enqueue(event)} each. Override to
   * batch them (the JDBC test enqueues 1,000 per host transaction).
   *
   * @param outbox the outbox to enqueue through
   * @param events the events, in order
   */
  protected void enqueueAll(Outbox outbox, List<BusinessEvent<?>> events) {
    events.forEach(outbox::enqueue);
  }

  /**
   * Returns the store worker slot {@code slot} uses: by default the shared one. Override to give
   * every slot its own store instance on the same database (own connection pool), as separate
   * application instances would have; the JDBC test does.
   *
   * @param shared the store {@link #newStore()} returned for this test
   * @param slot 0..3
   * @return the store the slot's workers claim from
   */
  protected OutboxStore workerStore(OutboxStore shared, int slot) {
    return shared;
  }

  /**
   * A host payload type the tests register with {@code EventCodec.allowPayloadType}.
   *
   * @param order the order
   * @param parcel the parcel's sequence number within the order
   * @param carrier the carrier code
   */
  public record ParcelBooked(String order, int parcel, String carrier) {}

  /** Thrown by test handlers to simulate the worker process dying mid-delivery. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
      super("simulated worker crash " + where);
    }
  }

  static BusinessEvent<ParcelBooked> event(String aggregate, int seq) {
    String id = aggregate + "#" + seq;
    return new BusinessEvent<>(
        id,
        "parcel.booked",
        Instant.parse("2026-01-15T09:00:00Z"),
        "wms:test",
        aggregate,
        "idem-" + id,
        1,
        new ParcelBooked(aggregate, seq, "dhl"));
  }

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
   * An event whose lease expired is claimed by exactly one of 12 racing workers (attempt 2, a newer
   * lease token); the crashed worker's late acknowledgement is ignored.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void expiredLeaseIsTakenOverByExactlyOneWorkerAndTheLateAcknowledgementIsIgnored()
      throws Exception {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    Outbox.builder(store)
        .codec(EventCodec.standard())
        .clock(clock)
        .build()
        .enqueue(event("SO-9", 0));
    Instant t0 = clock.instant();
    List<OutboxRecord> first = store.claim("crashed-worker", 10, t0, t0.plusSeconds(30));
    assertThat(first).hasSize(1);
    assertThat(store.claim("early-bird", 10, t0.plusSeconds(29), t0.plusSeconds(60))).isEmpty();
    clock.advance(Duration.ofSeconds(31));
    Instant t1 = clock.instant();

    int workers = 12;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<List<OutboxRecord>>> claims = new ArrayList<>();
    try {
      for (int i = 0; i < workers; i++) {
        String id = "rescuer-" + i;
        claims.add(
            pool.submit(
                () -> {
                  go.await();
                  return store.claim(id, 10, t1, t1.plusSeconds(30));
                }));
      }
      go.countDown();
      List<OutboxRecord> taken = new ArrayList<>();
      for (Future<List<OutboxRecord>> f : claims) {
        taken.addAll(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(taken).hasSize(1);
      OutboxRecord rescued = taken.get(0);
      assertThat(rescued.attempts()).isEqualTo(2);
      assertThat(rescued.leaseToken()).isGreaterThan(first.get(0).leaseToken());
      assertThat(rescued.leaseOwner()).get().asString().startsWith("rescuer-");

      assertThat(store.markDelivered(first.get(0).id(), first.get(0).leaseToken(), t1)).isFalse();
      assertThat(store.find("SO-9#0"))
          .get()
          .extracting(OutboxRecord::status)
          .isEqualTo(OutboxStatus.IN_FLIGHT);
      assertThat(store.markDelivered(rescued.id(), rescued.leaseToken(), t1)).isTrue();
      assertThat(store.find("SO-9#0"))
          .get()
          .extracting(OutboxRecord::status)
          .isEqualTo(OutboxStatus.DELIVERED);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A failing event is retried with backoff while its successor waits, dead-lettered after {@code
   * maxAttempts} with its last error (no longer blocking the successor), replayed exactly once by
   * eight concurrent operators with an audit entry, then delivered.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void failingEventIsRetriedWithBackoffDeadLetteredOnceAndReplayedExactlyOnce()
      throws Exception {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    Outbox outbox = Outbox.builder(store).codec(EventCodec.standard()).clock(clock).build();
    outbox.enqueue(event("SO-5", 0));
    outbox.enqueue(event("SO-5", 1));
    AtomicInteger calls = new AtomicInteger();
    AtomicBoolean carrierUp = new AtomicBoolean(false);
    List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    OutboxWorker worker =
        OutboxWorker.builder(
                store,
                e -> {
                  if (e.eventId().equals("SO-5#0")) {
                    calls.incrementAndGet();
                    if (!carrierUp.get()) {
                      throw new IllegalStateException("carrier returned HTTP 503");
                    }
                  }
                  delivered.add(e.eventId());
                })
            .clock(clock)
            .retry(new RetrySettings(3, Duration.ofSeconds(10), Duration.ofMinutes(1), 2.0, 0.0))
            .build();

    assertThat(worker.runOnce()).isEqualTo(1); // attempt 1 fails; SO-5#1 waits behind it
    assertThat(calls).hasValue(1);
    assertThat(worker.runOnce()).as("backoff: not due yet").isZero();
    clock.advance(Duration.ofSeconds(10));
    assertThat(worker.runOnce()).isEqualTo(1); // attempt 2 fails, next delay 20 s
    clock.advance(Duration.ofSeconds(19));
    assertThat(worker.runOnce()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(worker.runOnce()).isEqualTo(1); // attempt 3 fails -> dead
    assertThat(calls).hasValue(3);
    OutboxRecord dead = store.find("SO-5#0").orElseThrow();
    assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(dead.lastError()).get().asString().contains("carrier returned HTTP 503");
    assertThat(outbox.deadLetters(10)).extracting(OutboxRecord::eventId).containsExactly("SO-5#0");

    // the dead letter no longer blocks its successor
    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(delivered).containsExactly("SO-5#1");
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofMinutes(5));
      worker.runOnce();
    }
    assertThat(calls).as("dead letters are not retried").hasValue(3);

    carrierUp.set(true);
    int operators = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(operators);
    List<Future<List<String>>> replays = new ArrayList<>();
    try {
      for (int i = 0; i < operators; i++) {
        String who = "operator-" + i;
        replays.add(
            pool.submit(
                () -> {
                  go.await();
                  return outbox.replay(List.of("SO-5#0"), who, "carrier back up");
                }));
      }
      go.countDown();
      int replayed = 0;
      for (Future<List<String>> f : replays) {
        replayed += f.get(30, TimeUnit.SECONDS).size();
      }
      assertThat(replayed).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    List<ReplayAudit> audit = outbox.replayAudit("SO-5#0");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).previousStatus()).isEqualTo(OutboxStatus.DEAD);
    assertThat(audit.get(0).previousAttempts()).isEqualTo(3);
    assertThat(audit.get(0).previousError()).get().asString().contains("HTTP 503");
    assertThat(audit.get(0).reason()).isEqualTo("carrier back up");

    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(worker.runOnce()).isZero();
    assertThat(calls).hasValue(4);
    assertThat(delivered).containsExactly("SO-5#1", "SO-5#0");
    assertThat(store.find("SO-5#0").orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    // a delivered event can be replayed on request too, again exactly once per request
    assertThat(outbox.replay(List.of("SO-5#0", "SO-5#0", "unknown"), "ops", "downstream lost it"))
        .containsExactly("SO-5#0");
    assertThat(outbox.replayAudit("SO-5#0")).hasSize(2);
    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(delivered).containsExactly("SO-5#1", "SO-5#0", "SO-5#0");
  }

  /**
   * An event claimed more than {@code maxAttempts} times without an outcome (its workers crashed)
   * is dead-lettered without reaching the handler, and can be replayed.
   */
  @Test
  public void eventThatKeepsCrashingWorkersIsDeadLetteredWithoutBeingHandedOutAgain() {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    Outbox.builder(store)
        .codec(EventCodec.standard())
        .clock(clock)
        .build()
        .enqueue(event("SO-P", 0));
    for (int crash = 0; crash < 2; crash++) { // two workers claim it and die without any outcome
      assertThat(
              store.claim("doomed-" + crash, 1, clock.instant(), clock.instant().plusSeconds(60)))
          .hasSize(1);
      clock.advance(Duration.ofSeconds(61));
    }
    AtomicInteger handled = new AtomicInteger();
    OutboxWorker worker =
        OutboxWorker.builder(store, e -> handled.incrementAndGet())
            .clock(clock)
            .retry(new RetrySettings(2, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0.0))
            .build();
    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(handled).hasValue(0);
    OutboxRecord dead = store.find("SO-P#0").orElseThrow();
    assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(dead.lastError())
        .get()
        .asString()
        .contains("claimed 3 times without acknowledgement");
    Outbox outbox = Outbox.builder(store).codec(EventCodec.standard()).clock(clock).build();
    assertThat(outbox.replayDeadLetters(10, "ops", "handler fixed")).containsExactly("SO-P#0");
    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(handled).hasValue(1);
    assertThat(outbox.deadLetters(10)).isEmpty();
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
   * A batch holds at most one event per aggregate; the next event of an aggregate becomes claimable
   * only once the earlier one is delivered.
   */
  @Test
  public void laterEventOfAnAggregateWaitsUntilTheEarlierOneIsDelivered() {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    Outbox outbox = Outbox.builder(store).codec(EventCodec.standard()).clock(clock).build();
    outbox.enqueue(event("A", 0));
    outbox.enqueue(event("A", 1));
    outbox.enqueue(event("B", 0));
    Instant t = clock.instant();
    List<OutboxRecord> batch = store.claim("w1", 10, t, t.plusSeconds(30));
    assertThat(batch).extracting(OutboxRecord::eventId).containsExactly("A#0", "B#0");
    assertThat(store.claim("w2", 10, t, t.plusSeconds(30))).isEmpty();
    assertThat(store.markDelivered(batch.get(0).id(), batch.get(0).leaseToken(), t)).isTrue();
    assertThat(store.claim("w2", 10, t, t.plusSeconds(30)))
        .extracting(OutboxRecord::eventId)
        .containsExactly("A#1");
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
}
