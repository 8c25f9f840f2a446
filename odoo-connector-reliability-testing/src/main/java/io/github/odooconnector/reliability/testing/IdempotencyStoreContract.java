package io.github.odooconnector.reliability.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.odooconnector.reliability.api.IdempotencyInProgressException;
import io.github.odooconnector.reliability.api.IdempotencyLeaseLostException;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.spi.ClaimRequest;
import io.github.odooconnector.reliability.spi.ClaimResult;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.IdempotencyStats;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link IdempotencyStore} must show, exercised through {@link Idempotent} the
 * way the workflows use it. A store implementation proves itself by extending this class in its own
 * tests and returning fresh stores:
 *
 * <pre>{@code
 * class RedisIdempotencyStoreTest extends IdempotencyStoreContract {
 *   protected IdempotencyStore newStore(Clock clock) {
 *     return new RedisIdempotencyStore(redis());
 *   }
 *
 *   protected List<IdempotencyStore> twoInstances(Clock clock) {
 *     return List.of(new RedisIdempotencyStore(redis()), new RedisIdempotencyStore(redis()));
 *   }
 * }
 * }</pre>
 *
 * <p>This class holds the lease tests (in progress elsewhere, takeover, fencing, renewal while a
 * long action runs, clock skew); the result tests are in {@link IdempotencyResultsContract}, which
 * it extends, and the hooks in {@link IdempotencyContractSupport}. Empty the backing database
 * before each test (for example in a {@code BeforeEach} method of the subclass): the tests reuse
 * key names. JUnit 5 runs every public test method of the hierarchy for the subclass. An instance
 * serves one test method at a time (JUnit's default lifecycle); the tests themselves call the store
 * from many threads.
 */
public abstract class IdempotencyStoreContract extends IdempotencyResultsContract {

  /** Creates the suite; called by the subclass. */
  protected IdempotencyStoreContract() {}

  /**
   * A key held by another owner's unexpired lease gives a retryable {@code
   * IdempotencyInProgressException} naming the owner and the lease end.
   */
  @Test
  public void keyInProgressElsewhereIsReportedWithOwnerAndIsRetryable() {
    MutableClock clock = MutableClock.atEpoch();
    IdempotencyStore store = newStore(clock);
    Idempotent a =
        Idempotent.builder(store)
            .owner("host-a")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(clock)
            .build();
    Idempotent b =
        Idempotent.builder(store)
            .owner("host-b")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(clock)
            .build();
    a.execute(
        "outer",
        "p",
        String.class,
        () -> {
          assertThatThrownBy(() -> b.execute("outer", "p", String.class, () -> "b"))
              .isInstanceOfSatisfying(
                  IdempotencyInProgressException.class,
                  e -> {
                    assertThat(e.owner()).isEqualTo("host-a");
                    assertThat(e.isRetryable()).isTrue();
                    if (storeKeepsItsOwnTime()) {
                      assertThat(e.leaseExpiresAt())
                          .isCloseTo(
                              Instant.now().plus(Duration.ofMinutes(1)),
                              within(30, ChronoUnit.SECONDS));
                    } else {
                      assertThat(e.leaseExpiresAt())
                          .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
                    }
                  });
          return "a";
        });
  }

  /**
   * Of 16 claimants of a key whose lease expired exactly one takes it over (token 2); completing or
   * failing with the old owner's token changes nothing.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void expiredLeaseIsTakenOverByExactlyOneClaimantAndTheZombieCompletionChangesNothing()
      throws Exception {
    MutableClock clock = MutableClock.atEpoch();
    IdempotencyStore store = newStore(clock);
    Instant t0 = clock.instant();
    ClaimResult zombie =
        store.claim(
            new ClaimRequest(
                "k-lease",
                "f".repeat(64),
                "zombie",
                t0,
                t0.plusSeconds(1),
                t0.plus(Duration.ofDays(1))));
    assertThat(zombie.status()).isEqualTo(ClaimResult.Status.ACQUIRED);
    elapse(clock, Duration.ofMillis(1100));
    Instant t1 = clock.instant();

    int claimants = 16;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(claimants);
    Map<String, ClaimResult> outcomes = new ConcurrentHashMap<>();
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < claimants; i++) {
        String owner = "rescuer-" + i;
        fs.add(
            pool.submit(
                () -> {
                  go.await();
                  outcomes.put(
                      owner,
                      store.claim(
                          new ClaimRequest(
                              "k-lease",
                              "f".repeat(64),
                              owner,
                              t1,
                              t1.plusSeconds(10),
                              t1.plus(Duration.ofDays(1)))));
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : fs) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<Map.Entry<String, ClaimResult>> winners =
        outcomes.entrySet().stream()
            .filter(e -> e.getValue().status() == ClaimResult.Status.ACQUIRED)
            .toList();
    assertThat(winners).hasSize(1);
    assertThat(outcomes.values())
        .filteredOn(r -> r.status() == ClaimResult.Status.IN_PROGRESS)
        .hasSize(claimants - 1);
    IdempotencyRecord won = winners.get(0).getValue().record();
    assertThat(won.fencingToken()).isEqualTo(2L);
    assertThat(won.owner()).isEqualTo(winners.get(0).getKey());

    assertThat(
            store.complete(
                "k-lease", zombie.record().fencingToken(), "\"zombie\"", clock.instant()))
        .isFalse();
    assertThat(
            store.renew(
                "k-lease",
                zombie.record().fencingToken(),
                clock.instant(),
                clock.instant().plusSeconds(60)))
        .as("the zombie cannot renew either")
        .isFalse();
    assertThat(
            store.fail("k-lease", zombie.record().fencingToken(), "zombie failed", clock.instant()))
        .isFalse();
    assertThat(store.find("k-lease"))
        .get()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo(IdempotencyState.IN_PROGRESS);
              assertThat(r.owner()).isEqualTo(winners.get(0).getKey());
            });
    assertThat(store.complete("k-lease", 2L, "\"rescued\"", clock.instant())).isTrue();
    assertThat(store.find("k-lease").orElseThrow().resultJson()).contains("\"rescued\"");
  }

  /**
   * An owner whose lease renewals cannot reach the store and that finishes after its lease was
   * taken over gets {@code IdempotencyLeaseLostException}; the new owner's result stays.
   */
  @Test
  public void ownerWhoseLeaseWasTakenOverLearnsThatItsResultWasNotRecorded() {
    MutableClock clock = MutableClock.atEpoch();
    IdempotencyStore store = newStore(clock);
    Idempotent slow =
        Idempotent.builder(renewalsLost(store)) // cut off from the store: its lease runs out
            .owner("slow")
            .leaseDuration(Duration.ofSeconds(1))
            .clock(clock)
            .build();
    Idempotent fast =
        Idempotent.builder(store)
            .owner("fast")
            .leaseDuration(Duration.ofSeconds(5))
            .clock(clock)
            .build();
    assertThatThrownBy(
            () ->
                slow.execute(
                    "k-zombie",
                    "p",
                    String.class,
                    () -> {
                      elapse(clock, Duration.ofMillis(1500)); // stalls past its lease
                      assertThat(fast.execute("k-zombie", "p", String.class, () -> "fast"))
                          .isEqualTo("fast");
                      return "slow";
                    }))
        .isInstanceOf(IdempotencyLeaseLostException.class);
    assertThat(fast.execute("k-zombie", "p", String.class, () -> "again")).isEqualTo("fast");
  }

  /**
   * An action that runs three times its lease keeps the key (the lease is renewed while it runs):
   * another owner trying all the while is told the key is in progress, the action runs once and its
   * result is recorded.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void actionRunningThreeTimesItsLeaseIsNotRunTwice() throws Exception {
    List<IdempotencyStore> stores = twoInstances(Clock.systemUTC());
    Duration lease = Duration.ofSeconds(1);
    Idempotent slow =
        Idempotent.builder(stores.get(0))
            .owner("slow")
            .leaseDuration(lease)
            .clock(Clock.systemUTC())
            .build();
    Idempotent other =
        Idempotent.builder(stores.get(1))
            .owner("other")
            .leaseDuration(lease)
            .clock(Clock.systemUTC())
            .build();
    AtomicInteger runs = new AtomicInteger();
    AtomicBoolean started = new AtomicBoolean();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    List<String> otherOutcomes = new ArrayList<>();
    try {
      Future<String> first =
          pool.submit(
              () ->
                  slow.execute(
                      "k-long",
                      "p",
                      String.class,
                      () -> {
                        runs.incrementAndGet();
                        started.set(true);
                        Waits.sleep(lease.multipliedBy(3));
                        return "slow";
                      }));
      while (!started.get()) {
        Waits.sleep(Duration.ofMillis(10));
      }
      while (!first.isDone()) {
        try {
          otherOutcomes.add(
              other.execute(
                  "k-long",
                  "p",
                  String.class,
                  () -> {
                    runs.incrementAndGet();
                    return "other";
                  }));
        } catch (IdempotencyInProgressException expected) {
          otherOutcomes.add("in-progress");
        }
        Waits.sleep(Duration.ofMillis(100));
      }
      assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("slow");
      done.set(true);
    } finally {
      pool.shutdownNow();
    }
    assertThat(runs).hasValue(1);
    assertThat(otherOutcomes).isNotEmpty().doesNotContain("other");
    assertThat(other.execute("k-long", "p", String.class, () -> "late")).isEqualTo("slow");
  }

  /**
   * Leases are decided on the store's clock: an owner whose clock runs five minutes ahead cannot
   * take over a key another owner claimed a moment ago with a one-minute lease, so the side effect
   * runs once. Runs for stores that keep their own time.
   */
  @Test
  public void ownerWithASkewedClockCannotTakeOverAFreshLease() {
    Assumptions.assumeTrue(storeKeepsItsOwnTime(), "store decides on the claimants' clocks");
    List<IdempotencyStore> stores = twoInstances(Clock.systemUTC());
    Instant now = Instant.now();
    ClaimResult first =
        stores
            .get(0)
            .claim(
                new ClaimRequest(
                    "k-skew",
                    "f".repeat(64),
                    "correct",
                    now,
                    now.plusSeconds(60),
                    now.plus(Duration.ofDays(1))));
    assertThat(first.status()).isEqualTo(ClaimResult.Status.ACQUIRED);
    Instant ahead = now.plus(Duration.ofMinutes(5));
    ClaimResult skewed =
        stores
            .get(1)
            .claim(
                new ClaimRequest(
                    "k-skew",
                    "f".repeat(64),
                    "skewed",
                    ahead,
                    ahead.plusSeconds(60),
                    ahead.plus(Duration.ofDays(1))));
    assertThat(skewed.status()).isEqualTo(ClaimResult.Status.IN_PROGRESS);
    assertThat(stores.get(0).complete("k-skew", first.record().fencingToken(), "1", now)).isTrue();
  }

  /**
   * {@code stats()} counts keys per state with the oldest claim time, and tells an action still
   * running (live lease) from one whose owner's lease ran out (outcome unknown) until it is taken
   * over.
   */
  @Test
  public void statsCountKeysPerStateAndTellRunningFromOutcomeUnknown() {
    MutableClock clock = MutableClock.atEpoch();
    IdempotencyStore store = newStore(clock);
    assertThat(store.stats())
        .isEqualTo(
            new IdempotencyStats(
                StatusStats.empty(),
                StatusStats.empty(),
                StatusStats.empty(),
                StatusStats.empty()));
    Instant t0 = clock.instant();
    String fp = "f".repeat(64);
    Instant retention = t0.plus(Duration.ofDays(1));
    store.claim(new ClaimRequest("k-running", fp, "a", t0, t0.plusSeconds(60), retention));
    store.claim(new ClaimRequest("k-crashed", fp, "b", t0, t0.plusSeconds(1), retention));
    long done =
        store
            .claim(new ClaimRequest("k-done", fp, "a", t0, t0.plusSeconds(60), retention))
            .record()
            .fencingToken();
    assertThat(store.complete("k-done", done, "\"ok\"", t0)).isTrue();
    long failed =
        store
            .claim(new ClaimRequest("k-failed", fp, "a", t0, t0.plusSeconds(60), retention))
            .record()
            .fencingToken();
    assertThat(store.fail("k-failed", failed, "carrier refused", t0)).isTrue();

    IdempotencyStats before = store.stats();
    assertThat(before.inProgress()).isEqualTo(new StatusStats(2, t0));
    assertThat(before.outcomeUnknown()).isEqualTo(StatusStats.empty());

    elapse(clock, Duration.ofMillis(1100));
    IdempotencyStats after = store.stats();
    assertThat(after.inProgress()).isEqualTo(new StatusStats(1, t0));
    assertThat(after.outcomeUnknown()).isEqualTo(new StatusStats(1, t0));
    assertThat(after.completed().count()).isEqualTo(1);
    assertThat(after.failed().count()).isEqualTo(1);
    assertThat(after.inProgress().oldestAge(t0.plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));

    Instant t1 = clock.instant();
    assertThat(
            store
                .claim(new ClaimRequest("k-crashed", fp, "c", t1, t1.plusSeconds(60), retention))
                .status())
        .isEqualTo(ClaimResult.Status.ACQUIRED);
    IdempotencyStats taken = store.stats();
    assertThat(taken.outcomeUnknown()).isEqualTo(StatusStats.empty());
    assertThat(taken.inProgress().count()).isEqualTo(2);
  }
}
