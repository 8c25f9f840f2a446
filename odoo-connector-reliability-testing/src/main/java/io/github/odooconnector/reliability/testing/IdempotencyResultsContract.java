package io.github.odooconnector.reliability.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.odooconnector.reliability.api.EventEncodingException;
import io.github.odooconnector.reliability.api.IdempotencyConflictException;
import io.github.odooconnector.reliability.api.IdempotencyInProgressException;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.spi.ClaimRequest;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Results, payload fingerprints, failures, retention and races on new keys: the part of the {@link
 * IdempotencyStoreContract} about running an action once and replaying its result. Extend {@link
 * IdempotencyStoreContract} rather than this class, unless only this part applies.
 */
public abstract class IdempotencyResultsContract extends IdempotencyContractSupport {

  /** Creates the suite; called by the subclass. */
  protected IdempotencyResultsContract() {}

  /**
   * 64 threads on two store instances racing on one new key: the action runs exactly once, every
   * caller gets its result, the key ends {@code COMPLETED} with fencing token 1.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void sixtyFourThreadsOnTwoInstancesRacingOnOneKeyProduceExactlyOneSideEffect()
      throws Exception {
    List<IdempotencyStore> stores = twoInstances(Clock.systemUTC());
    Idempotent a =
        Idempotent.builder(stores.get(0))
            .owner("instance-a")
            .leaseDuration(Duration.ofSeconds(30))
            .clock(Clock.systemUTC())
            .build();
    Idempotent b =
        Idempotent.builder(stores.get(1))
            .owner("instance-b")
            .leaseDuration(Duration.ofSeconds(30))
            .clock(Clock.systemUTC())
            .build();
    AtomicInteger sideEffects = new AtomicInteger();
    int threads = 64;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Idempotent helper = i % 2 == 0 ? a : b;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  while (true) {
                    try {
                      return helper.execute(
                          "ship:SO-1001",
                          new Shipment("SO-1001", 2),
                          Long.class,
                          () -> {
                            sideEffects.incrementAndGet();
                            sleep(100); // keep the key in progress while the others arrive
                            return 4711L;
                          });
                    } catch (IdempotencyInProgressException busy) {
                      sleep(5);
                    }
                  }
                }));
      }
      for (Future<Long> r : results) {
        assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(4711L);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sideEffects).hasValue(1);
    assertThat(stores.get(1).find("ship:SO-1001"))
        .get()
        .satisfies(r -> assertThat(r.state()).isEqualTo(IdempotencyState.COMPLETED))
        .satisfies(r -> assertThat(r.fencingToken()).isEqualTo(1L));
  }

  /**
   * A repeat with the same key and payload gets the stored result; the action does not run again.
   */
  @Test
  public void repeatGetsTheStoredResultWithoutRunningTheActionAgain() {
    MutableClock clock = MutableClock.atEpoch();
    Idempotent idempotent =
        Idempotent.builder(newStore(clock))
            .owner("host")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(clock)
            .build();
    AtomicInteger runs = new AtomicInteger();
    Shipment first =
        idempotent.execute(
            "k1",
            Map.of("order", "SO-1"),
            Shipment.class,
            () -> {
              runs.incrementAndGet();
              return new Shipment("SO-1", 3);
            });
    Shipment again =
        idempotent.execute(
            "k1",
            Map.of("order", "SO-1"),
            Shipment.class,
            () -> {
              runs.incrementAndGet();
              return new Shipment("SO-1", 99);
            });
    assertThat(again).isEqualTo(first).isEqualTo(new Shipment("SO-1", 3));
    assertThat(runs).hasValue(1);
  }

  /** A generic result ({@code List<Shipment>}) is replayed with its element types. */
  @Test
  public void genericResultsAreReplayedWithTheirElementTypes() {
    MutableClock clock = MutableClock.atEpoch();
    Idempotent idempotent =
        Idempotent.builder(newStore(clock))
            .owner("host")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(clock)
            .build();
    TypeReference<List<Shipment>> type = new TypeReference<>() {};
    List<Shipment> first =
        idempotent.execute(
            "k-generic",
            "p",
            type,
            () -> List.of(new Shipment("SO-1", 1), new Shipment("SO-1", 2)));
    List<Shipment> replayed = idempotent.execute("k-generic", "p", type, List::of);
    assertThat(replayed).isEqualTo(first).first().isInstanceOf(Shipment.class);
  }

  /** A {@code null} result is stored and replayed as {@code null}. */
  @Test
  public void nullResultIsReplayedAsNull() {
    MutableClock clock = MutableClock.atEpoch();
    Idempotent idempotent =
        Idempotent.builder(newStore(clock))
            .owner("host")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(clock)
            .build();
    AtomicInteger runs = new AtomicInteger();
    assertThat(
            idempotent.execute(
                "void-op",
                null,
                String.class,
                () -> {
                  runs.incrementAndGet();
                  return null;
                }))
        .isNull();
    assertThat(idempotent.execute("void-op", null, String.class, () -> "x")).isNull();
    assertThat(runs).hasValue(1);
  }

  /**
   * A different payload under a used key is a non-retryable {@code IdempotencyConflictException}; a
   * payload with the same canonical JSON (keys reordered, {@code 2.5} = {@code 2.50}) is not.
   */
  @Test
  public void sameKeyWithDifferentPayloadIsRejectedButEquivalentJsonIsNot() {
    MutableClock clock = MutableClock.atEpoch();
    Idempotent idempotent =
        Idempotent.builder(newStore(clock))
            .owner("host")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(clock)
            .build();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("order", "SO-7");
    payload.put("qty", new BigDecimal("2.50"));
    idempotent.execute("k-fp", payload, Integer.class, () -> 1);

    Map<String, Object> reordered = new LinkedHashMap<>();
    reordered.put("qty", new BigDecimal("2.5"));
    reordered.put("order", "SO-7");
    assertThat(idempotent.execute("k-fp", reordered, Integer.class, () -> 2)).isEqualTo(1);

    assertThatThrownBy(
            () ->
                idempotent.execute(
                    "k-fp", Map.of("order", "SO-7", "qty", 3), Integer.class, () -> 3))
        .isInstanceOf(IdempotencyConflictException.class)
        .hasMessageContaining("k-fp")
        .satisfies(e -> assertThat(((IdempotencyConflictException) e).isRetryable()).isFalse());
  }

  /**
   * A failing action's exception is rethrown and the key recorded {@code FAILED} with the error;
   * the next call claims it again (fencing token 2) and runs the action.
   */
  @Test
  public void failedActionIsRethrownRecordedAsFailedAndRunAgainOnTheNextCall() {
    MutableClock clock = MutableClock.atEpoch();
    IdempotencyStore store = newStore(clock);
    Idempotent idempotent =
        Idempotent.builder(store)
            .owner("host")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(clock)
            .build();
    assertThatThrownBy(
            () ->
                idempotent.execute(
                    "k-fail",
                    "p",
                    String.class,
                    () -> {
                      throw new IllegalStateException("carrier API returned 503");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.find("k-fail"))
        .get()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo(IdempotencyState.FAILED);
              assertThat(r.lastError()).contains("carrier API returned 503");
            });
    assertThat(idempotent.execute("k-fail", "p", String.class, () -> "label-1"))
        .isEqualTo("label-1");
    assertThat(store.find("k-fail"))
        .get()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo(IdempotencyState.COMPLETED);
              assertThat(r.fencingToken()).isEqualTo(2L);
            });
  }

  /**
   * {@code purgeExpired} deletes finished keys past their retention and keeps in-progress ones; a
   * purged key runs its action again.
   */
  @Test
  public void purgeRemovesOnlyFinishedKeysPastTheirRetention() {
    MutableClock clock = MutableClock.atEpoch();
    IdempotencyStore store = newStore(clock);
    Idempotent shortLived =
        Idempotent.builder(store)
            .owner("h")
            .leaseDuration(Duration.ofHours(2))
            .clock(clock)
            .retention(Duration.ofHours(1))
            .build();
    shortLived.execute("done", "p", Integer.class, () -> 1);
    Instant t = clock.instant();
    store.claim(
        new ClaimRequest(
            "running",
            "a".repeat(64),
            "h",
            t,
            t.plus(Duration.ofHours(3)),
            t.plus(Duration.ofMinutes(30))));
    clock.advance(Duration.ofMinutes(61));
    // the in-memory store may already have expired it by itself; the JDBC store deletes it here
    assertThat(store.purgeExpired(clock.instant())).isBetween(0, 1);
    assertThat(store.find("done")).isEmpty();
    assertThat(store.find("running")).isPresent();
    AtomicInteger runs = new AtomicInteger();
    assertThat(shortLived.execute("done", "p", Integer.class, () -> runs.incrementAndGet() + 1))
        .isEqualTo(2);
  }

  /**
   * {@code completedResult} reads a completed key's result back, typed (also generic) and without
   * running anything; it is empty for an unknown key, a key in progress, a failed key and a {@code
   * null} result, and a stored result of another shape is an {@code EventEncodingException}.
   */
  @Test
  public void completedResultIsReadBackTypedWithoutRunningAnything() {
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
    assertThat(a.completedResult("label:SO-1", Shipment.class)).as("unknown key").isEmpty();
    a.execute(
        "label:SO-1",
        "p",
        Shipment.class,
        () -> {
          assertThat(b.completedResult("label:SO-1", Shipment.class)).as("in progress").isEmpty();
          return new Shipment("SO-1", 2);
        });
    assertThat(b.completedResult("label:SO-1", Shipment.class)).contains(new Shipment("SO-1", 2));

    TypeReference<List<Shipment>> listType = new TypeReference<>() {};
    a.execute("labels:SO-2", "p", listType, () -> List.of(new Shipment("SO-2", 1)));
    assertThat(b.completedResult("labels:SO-2", listType))
        .hasValueSatisfying(
            list -> assertThat(list).singleElement().isEqualTo(new Shipment("SO-2", 1)));

    assertThatThrownBy(
            () ->
                a.execute(
                    "label:SO-3",
                    "p",
                    Shipment.class,
                    () -> {
                      throw new IllegalStateException("carrier API returned 503");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(b.completedResult("label:SO-3", Shipment.class)).as("failed key").isEmpty();

    a.execute("void:SO-4", "p", String.class, () -> null);
    assertThat(b.completedResult("void:SO-4", String.class)).as("null result").isEmpty();

    assertThatThrownBy(() -> b.completedResult("labels:SO-2", Shipment.class))
        .isInstanceOf(EventEncodingException.class)
        .hasMessageContaining("labels:SO-2");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
