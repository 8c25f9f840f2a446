package io.github.odooconnector.carrier.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingReason;
import io.github.odooconnector.model.TrackingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TrackingStateStore} must show, as a JUnit 5 test suite a backend
 * author runs against their own implementation (a MySQL table, Redis, ...). The shipped {@code
 * InMemoryTrackingStateStore} and {@code JdbcTrackingStateStore} pass it.
 *
 * <p>Use it from the carrier module's test jar ({@code odoo-connector-carrier} with {@code
 * <type>test-jar</type>}, test scope; JUnit 5 and AssertJ on the test classpath) and subclass it:
 *
 * <pre>{@code
 * class RedisTrackingStateStoreTest extends TrackingStateStoreContract {
 *   protected TrackingStateStore newStore() {
 *     redis.flushAll();                       // each test starts from an empty store
 *     return RedisTrackingStateStore.create(redis);
 *   }
 *
 *   protected TrackingStateStore otherInstance(TrackingStateStore store) {
 *     return RedisTrackingStateStore.create(newConnectionTo(redis)); // a second instance
 *   }
 * }
 * }</pre>
 *
 * <p>What it checks: a parcel's state is absent until first stored; {@code compareAndSet} stores
 * only against the expected version (0 = "no state yet"), lets exactly one of many concurrent
 * writers win, rejects a {@code next} whose version is not {@code expectedVersion + 1}; a stored
 * state reads back equal (every event field, the recent event keys in order, the version), also
 * through another instance on the same backend; states are keyed by carrier code and tracking
 * number together.
 *
 * <p>Not thread-safe itself; JUnit creates one instance per test method.
 */
public abstract class TrackingStateStoreContract {

  /** For subclasses. */
  protected TrackingStateStoreContract() {}

  /**
   * A store with no state in it; called once per test.
   *
   * @return an empty store
   */
  protected abstract TrackingStateStore newStore();

  /**
   * Another store instance on the same backend, standing for a second application instance (for
   * example one on another connection pool). The default returns {@code store} itself, which is
   * right for stores that live in one process only.
   *
   * @param store the store returned by {@link #newStore()}
   * @return a store sharing {@code store}'s state
   */
  protected TrackingStateStore otherInstance(TrackingStateStore store) {
    return store;
  }

  private static TrackingEvent event(String number, TrackingStatus status, String at) {
    return TrackingEvent.builder()
        .trackingNumber(number)
        .carrier("sim")
        .status(status)
        .rawCode(status.name())
        .occurredAt(Instant.parse(at))
        .build();
  }

  @Test
  void aParcelHasNoStateUntilOneIsStored() {
    TrackingStateStore store = newStore();

    assertThat(store.find("sim", "C0")).isEmpty();
  }

  @Test
  void compareAndSetStoresOnlyAgainstTheExpectedVersion() {
    TrackingStateStore store = newStore();
    TrackingState first =
        TrackingState.first("sim", event("C1", TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z"));

    assertThat(store.compareAndSet(0, first)).isTrue();
    assertThat(store.compareAndSet(0, first)).as("second creator loses").isFalse();

    TrackingState second =
        first.next(event("C1", TrackingStatus.DELIVERED, "2026-11-27T12:00:00Z"), true);
    assertThat(store.compareAndSet(1, second)).isTrue();
    assertThat(
            store.compareAndSet(
                1, first.next(event("C1", TrackingStatus.EXCEPTION, "2026-11-27T13:00:00Z"), true)))
        .as("stale writer loses")
        .isFalse();
    assertThat(store.find("sim", "C1"))
        .get()
        .satisfies(
            s -> {
              assertThat(s.lastApplied().status()).isEqualTo(TrackingStatus.DELIVERED);
              assertThat(s.version()).isEqualTo(2);
            });
  }

  @Test
  void aNextStateWhoseVersionDoesNotFollowTheExpectedOneIsRejected() {
    TrackingStateStore store = newStore();
    TrackingState first =
        TrackingState.first("sim", event("C2", TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z"));

    assertThatThrownBy(() -> store.compareAndSet(5, first))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.find("sim", "C2")).isEmpty();
  }

  @Test
  void aStoredStateReadsBackEqualAlsoThroughAnotherInstance() {
    TrackingStateStore store = newStore();
    TrackingEvent pickedUp =
        TrackingEvent.builder()
            .trackingNumber("C3")
            .carrier("sim")
            .status(TrackingStatus.IN_TRANSIT)
            .rawCode("PU")
            .rawDescription("scan at \"hub\" <1> & 'more' – ünïcode")
            .location("Antwerpen")
            .countryCode("BE")
            .shipmentRef("S-1")
            .occurredAt(Instant.parse("2026-11-27T08:00:00.123456Z"))
            .estimatedDeliveryAt(Instant.parse("2026-11-28T17:00:00Z"))
            .reason(TrackingReason.CUSTOMS_HOLD)
            .actionRequired(true)
            .build();
    TrackingEvent delivered =
        TrackingEvent.builder()
            .trackingNumber("C3")
            .carrier("sim")
            .status(TrackingStatus.DELIVERED)
            .occurredAt(Instant.parse("2026-11-28T10:00:00Z"))
            .signedBy("J. Peeters")
            .build();
    TrackingState first = TrackingState.first("sim", pickedUp);
    TrackingState second = first.next(delivered, true);
    assertThat(store.compareAndSet(0, first)).isTrue();
    assertThat(otherInstance(store).find("sim", "C3").orElseThrow().lastApplied())
        .as("reason and action flag survive the store")
        .isEqualTo(pickedUp);
    assertThat(store.compareAndSet(1, second)).isTrue();

    TrackingState read = otherInstance(store).find("sim", "C3").orElseThrow();

    assertThat(read).isEqualTo(second);
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.lastApplied()).isEqualTo(delivered);
    assertThat(read.recentEventKeys())
        .containsExactly(TrackingState.eventKey(pickedUp), TrackingState.eventKey(delivered));
    assertThat(read.hasSeen(pickedUp)).isTrue();
  }

  @Test
  void statesAreKeyedByCarrierAndTrackingNumberTogether() {
    TrackingStateStore store = newStore();
    TrackingState sim =
        TrackingState.first("sim", event("C4", TrackingStatus.DELIVERED, "2026-11-27T10:00:00Z"));
    TrackingState other =
        TrackingState.first(
            "other", event("C4", TrackingStatus.IN_TRANSIT, "2026-11-27T09:00:00Z"));

    assertThat(store.compareAndSet(0, sim)).isTrue();
    assertThat(store.find("other", "C4")).isEmpty();
    assertThat(store.compareAndSet(0, other)).as("same number, other carrier").isTrue();
    assertThat(store.find("sim", "unknown")).isEmpty();
    assertThat(store.find("sim", "C4").orElseThrow().lastApplied().status())
        .isEqualTo(TrackingStatus.DELIVERED);
    assertThat(store.find("other", "C4").orElseThrow().lastApplied().status())
        .isEqualTo(TrackingStatus.IN_TRANSIT);
  }

  @Test
  void ofManyConcurrentWritersOfOneVersionExactlyOneWins() throws Exception {
    TrackingStateStore store = newStore();
    TrackingStateStore other = otherInstance(store);
    TrackingState first =
        TrackingState.first("sim", event("C5", TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z"));
    assertThat(countWinners(store, other, i -> first, 0)).as("creators").isEqualTo(1);

    assertThat(
            countWinners(
                store,
                other,
                i ->
                    first.next(
                        event(
                            "C5",
                            TrackingStatus.OUT_FOR_DELIVERY,
                            Instant.parse("2026-11-27T09:00:00Z").plusSeconds(i).toString()),
                        true),
                1))
        .as("updaters of version 1")
        .isEqualTo(1);
    assertThat(store.find("sim", "C5").orElseThrow().version()).isEqualTo(2);
  }

  private interface NextState {
    TrackingState of(int writer);
  }

  private static long countWinners(
      TrackingStateStore a, TrackingStateStore b, NextState next, long expectedVersion)
      throws Exception {
    int writers = 8;
    CyclicBarrier start = new CyclicBarrier(writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        TrackingStateStore store = i % 2 == 0 ? a : b;
        TrackingState state = next.of(i);
        calls.add(
            () -> {
              start.await();
              return store.compareAndSet(expectedVersion, state);
            });
      }
      long winners = 0;
      for (Future<Boolean> f : pool.invokeAll(calls)) {
        winners += f.get() ? 1 : 0;
      }
      return winners;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRejected() {
    TrackingStateStore store = newStore();

    assertThatThrownBy(() -> store.find(null, "C6")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.find("sim", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.compareAndSet(0, null)).isInstanceOf(NullPointerException.class);
  }
}
