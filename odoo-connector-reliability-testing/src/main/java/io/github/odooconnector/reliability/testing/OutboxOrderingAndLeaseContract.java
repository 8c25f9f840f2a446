package io.github.odooconnector.reliability.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import java.sql.Connection;
import java.time.Clock;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Per-aggregate order (also under concurrent producers), leases, their renewal while handlers run,
 * fencing and clock skew: the part of the {@link OutboxStoreContract} about who may deliver what,
 * when. Extend {@link OutboxStoreContract} rather than this class, unless only this part applies.
 */
public abstract class OutboxOrderingAndLeaseContract extends OutboxDeliveryContract {

  /** Creates the suite; called by the subclass. */
  protected OutboxOrderingAndLeaseContract() {}

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
   * Two producer transactions interleave on one aggregate: T1 appends A#1 and stays open, T2
   * appends A#2 and commits. Nothing of the aggregate may be claimed while T1 is open (A#2 would
   * overtake A#1); after T1 commits the delivery order is [A#1, A#2]. Runs for stores that join
   * host transactions ({@link #hostTransactions()}).
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void eventCommittedByALaterTransactionWaitsForTheEarlierOpenTransaction()
      throws Exception {
    Assumptions.assumeTrue(hostTransactions().isPresent(), "store joins no host transactions");
    DataSource ds = hostTransactions().orElseThrow();
    OutboxStore store = newStore();
    Outbox outbox = Outbox.builder(store).codec(EventCodec.standard()).build();
    List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    OutboxWorker worker =
        OutboxWorker.builder(store, e -> delivered.add(e.eventId())).workerId("w").build();
    try (Connection t1 = ds.getConnection();
        Connection t2 = ds.getConnection()) {
      t1.setAutoCommit(false);
      t2.setAutoCommit(false);
      outbox.enqueue(t1, event("A", 1));
      outbox.enqueue(t2, event("A", 2));
      t2.commit();
      outbox.enqueue(event("B", 1)); // an unrelated aggregate committed after T1 began
      Instant now = Instant.now();
      assertThat(store.claim("w", 10, now, now.plusSeconds(30)))
          .as("nothing may overtake A#1 while its transaction is open")
          .extracting(OutboxRecord::eventId)
          .doesNotContain("A#2");
      t1.commit();
    }
    for (int i = 0; i < 20 && !delivered.contains("A#2"); i++) {
      worker.runOnce();
    }
    assertThat(delivered).containsSubsequence("A#1", "A#2");
    assertThat(delivered.stream().filter(id -> id.startsWith("A#")).toList())
        .containsExactly("A#1", "A#2");
  }

  /**
   * An event whose lease expired is claimed by exactly one of 12 racing workers (attempt 2, a newer
   * lease token); the crashed worker's late acknowledgement and renewal are refused (fencing).
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
    List<OutboxRecord> first = store.claim("crashed-worker", 10, t0, t0.plusSeconds(1));
    assertThat(first).hasSize(1);
    assertThat(store.claim("early-bird", 10, t0.plusMillis(900), t0.plusSeconds(60))).isEmpty();
    elapse(clock, Duration.ofMillis(1100));
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
      assertThat(rescued.leaseOwner()).startsWith("rescuer-");

      assertThat(store.markDelivered(first.get(0).id(), first.get(0).leaseToken(), t1)).isFalse();
      assertThat(store.renew(first, t1, t1.plusSeconds(60)))
          .as("the stale worker cannot renew either")
          .isEmpty();
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
   * Events handled early in a batch are acknowledged with the batch, at its end; their leases are
   * renewed until then. When the batch's last handler runs three times the lease, a second worker
   * polling all the while claims none of the earlier (handled, not yet acknowledged) events, and
   * each event is handled exactly once. (Regression: the batched acknowledgement stopped renewing
   * an event once its handler returned, so it was delivered again by the second worker.)
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void eventsHandledEarlyInABatchKeepTheirLeaseUntilTheBatchIsAcknowledged()
      throws Exception {
    OutboxStore store = newStore();
    Outbox outbox = Outbox.builder(store).clock(Clock.systemUTC()).build();
    outbox.enqueue(event("FAST-A", 0));
    outbox.enqueue(event("FAST-B", 0));
    outbox.enqueue(event("SLOW-LAST", 0));
    Duration lease = Duration.ofSeconds(1);
    List<String> handled = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean claimedByWorker = new AtomicBoolean();
    OutboxWorker worker =
        OutboxWorker.builder(
                store,
                e -> {
                  claimedByWorker.set(true);
                  if (e.eventId().equals("SLOW-LAST#0")) {
                    Thread.sleep(lease.multipliedBy(3).toMillis());
                  }
                  handled.add(e.eventId());
                })
            .workerId("batch")
            .leaseDuration(lease)
            .clock(Clock.systemUTC())
            .build();
    AtomicBoolean stop = new AtomicBoolean();
    List<String> stolen = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> thief =
          pool.submit(
              () -> {
                while (!claimedByWorker.get() && !stop.get()) {
                  Waits.sleep(Duration.ofMillis(5));
                }
                while (!stop.get()) {
                  Instant now = Instant.now();
                  store.claim("thief", 10, now, now.plus(lease)).stream()
                      .map(OutboxRecord::eventId)
                      .forEach(stolen::add);
                  Waits.sleep(Duration.ofMillis(50));
                }
                return null;
              });
      assertThat(worker.runOnce()).isEqualTo(3);
      stop.set(true);
      thief.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stolen)
        .as("claimed by the second worker before the batch was acknowledged")
        .isEmpty();
    assertThat(handled).containsExactly("FAST-A#0", "FAST-B#0", "SLOW-LAST#0");
    assertThat(store.count(OutboxStatus.DELIVERED)).isEqualTo(3);
  }

  /**
   * A handler that runs three times its lease keeps the lease (the worker renews it): a second
   * worker polling all the while claims nothing, the event is handled once, the next event of the
   * same aggregate is handled only after the first handler finished, and a whole batch outliving
   * its lease is delivered exactly once.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void handlerRunningThreeTimesItsLeaseKeepsItAndIsNotOvertaken() throws Exception {
    OutboxStore store = newStore();
    Outbox outbox = Outbox.builder(store).clock(Clock.systemUTC()).build();
    outbox.enqueue(event("SLOW", 0));
    outbox.enqueue(event("SLOW", 1));
    outbox.enqueue(event("B", 0));
    outbox.enqueue(event("C", 0));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    List<String> handled = Collections.synchronizedList(new ArrayList<>());
    Duration lease = Duration.ofSeconds(1);
    OutboxWorker slow =
        OutboxWorker.builder(
                store,
                e -> {
                  if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                  }
                  try {
                    if (e.eventId().equals("SLOW#0")) {
                      Thread.sleep(lease.multipliedBy(3).toMillis());
                    }
                    handled.add(e.eventId());
                  } finally {
                    running.decrementAndGet();
                  }
                })
            .workerId("slow")
            .leaseDuration(lease)
            .clock(Clock.systemUTC())
            .build();
    AtomicBoolean stop = new AtomicBoolean();
    List<String> stolen = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // the thief starts polling once the slow worker has claimed its batch
      Future<?> thief =
          pool.submit(
              () -> {
                while (running.get() == 0 && handled.isEmpty() && !stop.get()) {
                  Waits.sleep(Duration.ofMillis(5));
                }
                while (!stop.get() && handled.size() < 3) { // after the batch SLOW#1 is fair game
                  Instant now = Instant.now();
                  store.claim("thief", 10, now, now.plus(lease)).stream()
                      .map(OutboxRecord::eventId)
                      .forEach(stolen::add);
                  Waits.sleep(Duration.ofMillis(50));
                }
                return null;
              });
      assertThat(slow.runOnce()).isEqualTo(3);
      stop.set(true);
      thief.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stolen).as("claimed by the second worker while leases were renewed").isEmpty();
    assertThat(overlaps).hasValue(0);
    assertThat(handled).containsExactly("SLOW#0", "B#0", "C#0");
    assertThat(store.count(OutboxStatus.DELIVERED)).isEqualTo(3);
    assertThat(slow.runOnce()).isEqualTo(1);
    assertThat(handled).containsExactly("SLOW#0", "B#0", "C#0", "SLOW#1");
  }

  /**
   * Leases are decided on the store's clock, not the callers': an instance whose clock runs five
   * minutes ahead cannot take over a fresh one-minute lease, an event it appends is claimable at
   * once by a correct instance, and the lease of its crashed work expires after the lease duration,
   * not five minutes later. Runs for stores that keep their own time.
   */
  @Test
  public void instanceWithASkewedClockCannotStealLeasesOrDelayItsEvents() {
    Assumptions.assumeTrue(storeKeepsItsOwnTime(), "store decides on the callers' clocks");
    OutboxStore store = newStore();
    Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
    Outbox.builder(store).clock(Clock.systemUTC()).build().enqueue(event("SKEW", 0));
    Instant now = Instant.now();
    assertThat(store.claim("correct", 10, now, now.plusSeconds(60))).hasSize(1);
    Instant ahead = skewed.instant();
    assertThat(store.claim("skewed", 10, ahead, ahead.plusSeconds(60)))
        .as("a fresh lease is not stolen by a clock five minutes ahead")
        .isEmpty();

    Outbox.builder(store).clock(skewed).build().enqueue(event("MADE-BY-SKEWED", 0));
    now = Instant.now();
    assertThat(store.claim("correct", 10, now, now.plusSeconds(60)))
        .as("an event appended by the skewed instance is due at once")
        .extracting(OutboxRecord::eventId)
        .containsExactly("MADE-BY-SKEWED#0");

    Outbox.builder(store).clock(Clock.systemUTC()).build().enqueue(event("CRASH", 0));
    ahead = skewed.instant();
    assertThat(store.claim("skewed", 10, ahead, ahead.plusSeconds(1))).hasSize(1);
    Waits.sleep(Duration.ofMillis(1200));
    now = Instant.now();
    assertThat(store.claim("correct", 10, now, now.plusSeconds(60)))
        .as("the skewed instance's crashed work is taken over after its one-second lease")
        .extracting(OutboxRecord::eventId)
        .containsExactly("CRASH#0");
  }
}
