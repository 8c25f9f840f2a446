package io.github.odooconnector.reliability.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.api.PermanentFailureException;
import io.github.odooconnector.reliability.api.RetryLaterException;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Retries, backoff, permanent failures, retry-after hints, dead letters and audited replay: the
 * part of the {@link OutboxStoreContract} about events that fail. Extend {@link
 * OutboxStoreContract} rather than this class, unless only this part applies.
 */
public abstract class OutboxFailureContract extends OutboxOrderingAndLeaseContract {

  /** Creates the suite; called by the subclass. */
  protected OutboxFailureContract() {}

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
            .retry(new RetrySettings(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 2.0, 0.0))
            .build();

    assertThat(worker.runOnce()).isEqualTo(1); // attempt 1 fails; SO-5#1 waits behind it
    assertThat(calls).hasValue(1);
    assertThat(worker.runOnce()).as("backoff: not due yet").isZero();
    elapse(clock, Duration.ofSeconds(1));
    assertThat(worker.runOnce()).isEqualTo(1); // attempt 2 fails, next delay 2 s
    assertThat(worker.runOnce()).as("backoff doubled: not due yet").isZero();
    elapse(clock, Duration.ofSeconds(2));
    assertThat(worker.runOnce()).isEqualTo(1); // attempt 3 fails -> dead
    assertThat(calls).hasValue(3);
    OutboxRecord dead = store.find("SO-5#0").orElseThrow();
    assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(dead.lastError()).contains("carrier returned HTTP 503");
    assertThat(outbox.deadLetters(10)).extracting(OutboxRecord::eventId).containsExactly("SO-5#0");

    // the dead letter no longer blocks its successor
    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(delivered).containsExactly("SO-5#1");
    for (int i = 0; i < 3; i++) {
      elapse(clock, Duration.ofMillis(300));
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
    assertThat(audit.get(0).previousError()).contains("HTTP 503");
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
      assertThat(store.claim("doomed-" + crash, 1, clock.instant(), clock.instant().plusSeconds(1)))
          .hasSize(1);
      elapse(clock, Duration.ofMillis(1100));
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
    assertThat(dead.lastError()).contains("claimed 3 times without acknowledgement");
    Outbox outbox = Outbox.builder(store).codec(EventCodec.standard()).clock(clock).build();
    assertThat(outbox.replayDeadLetters(10, "ops", "handler fixed")).containsExactly("SO-P#0");
    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(handled).hasValue(1);
    assertThat(outbox.deadLetters(10)).isEmpty();
  }

  /**
   * A handler's permanent failure ({@link PermanentFailureException}, or any SDK exception whose
   * {@code isRetryable()} is false) dead-letters the event at once after one attempt, while a
   * {@link RetryLaterException} with a delay schedules the next attempt after that delay instead of
   * the configured backoff.
   */
  @Test
  public void permanentFailureIsDeadLetteredAtOnceAndRetryAfterHintIsHonoured() {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    Outbox outbox = Outbox.builder(store).codec(EventCodec.standard()).clock(clock).build();
    outbox.enqueue(event("GONE", 0));
    outbox.enqueue(event("BUSY", 0));
    AtomicInteger busyCalls = new AtomicInteger();
    OutboxWorker worker =
        OutboxWorker.builder(
                store,
                e -> {
                  if (e.eventId().equals("GONE#0")) {
                    throw new PermanentFailureException("order SO-404 no longer exists");
                  }
                  if (busyCalls.incrementAndGet() == 1) {
                    throw new RetryLaterException(
                        "carrier rate limit", Duration.ofSeconds(1), null);
                  }
                })
            .clock(clock)
            .retry(new RetrySettings(5, Duration.ofHours(1), Duration.ofHours(1), 1.0, 0.0))
            .build();
    assertThat(worker.runOnce()).isEqualTo(2);
    OutboxRecord gone = store.find("GONE#0").orElseThrow();
    assertThat(gone.status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(gone.attempts()).isEqualTo(1);
    assertThat(gone.lastError()).contains("SO-404");
    assertThat(store.find("BUSY#0").orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(worker.runOnce()).as("retry-after not yet passed").isZero();
    elapse(clock, Duration.ofMillis(1100));
    assertThat(worker.runOnce()).as("due after the hint, not the one-hour backoff").isEqualTo(1);
    assertThat(store.find("BUSY#0").orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
  }

  /**
   * Two operators replay the same 200 dead letters at once, in opposite orders, five rounds: no
   * deadlock, no failure, and each round replays every event exactly once between them.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void concurrentReplaysInOppositeOrderNeitherDeadlockNorReplayTwice() throws Exception {
    OutboxStore store = newStore();
    MutableClock clock = MutableClock.atEpoch();
    Outbox outbox = Outbox.builder(store).codec(EventCodec.standard()).clock(clock).build();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      outbox.enqueue(event("DL-" + i, 0));
      ids.add("DL-" + i + "#0");
    }
    List<String> reversed = new ArrayList<>(ids);
    Collections.reverse(reversed);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        killAll(store, clock);
        assertThat(store.count(OutboxStatus.DEAD)).isEqualTo(200);
        CountDownLatch go = new CountDownLatch(1);
        Future<List<String>> a =
            pool.submit(
                () -> {
                  go.await();
                  return outbox.replay(ids, "ops-a", "round");
                });
        Future<List<String>> b =
            pool.submit(
                () -> {
                  go.await();
                  return outbox.replay(reversed, "ops-b", "round");
                });
        go.countDown();
        List<String> all = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
        all.addAll(b.get(60, TimeUnit.SECONDS));
        assertThat(all).as("round %d", round).hasSize(200).doesNotHaveDuplicates();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(outbox.replayAudit("DL-7#0")).hasSize(5);
  }

  private static void killAll(OutboxStore store, MutableClock clock) {
    Instant t = clock.instant();
    List<OutboxRecord> batch = store.claim("killer", 1000, t, t.plusSeconds(60));
    assertThat(batch).hasSize(200);
    for (OutboxRecord r : batch) {
      assertThat(store.markDead(r.id(), r.leaseToken(), "poison", t)).isTrue();
    }
  }
}
