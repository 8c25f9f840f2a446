package io.github.odooconnector.carrier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTrackingStateStoreTest {

  private static TrackingEvent event(TrackingStatus status, String at) {
    return TrackingEvent.builder()
        .trackingNumber("T1")
        .carrier("sim")
        .status(status)
        .rawCode(status.name())
        .occurredAt(Instant.parse(at))
        .build();
  }

  @Test
  void compareAndSetStoresOnlyAgainstTheExpectedVersion() {
    InMemoryTrackingStateStore store = new InMemoryTrackingStateStore();
    TrackingState first =
        TrackingState.first("sim", event(TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z"));

    assertThat(store.compareAndSet(0, first)).isTrue();
    assertThat(store.compareAndSet(0, first)).as("second creator loses").isFalse();

    TrackingState second =
        first.next(event(TrackingStatus.DELIVERED, "2026-11-27T12:00:00Z"), true);
    assertThat(store.compareAndSet(1, second)).isTrue();
    assertThat(
            store.compareAndSet(
                1, first.next(event(TrackingStatus.EXCEPTION, "2026-11-27T13:00:00Z"), true)))
        .as("stale writer loses")
        .isFalse();
    assertThat(store.find("sim", "T1"))
        .get()
        .extracting(s -> s.lastApplied().status())
        .isEqualTo(TrackingStatus.DELIVERED);
    assertThat(store.find("other", "T1")).isEmpty();
  }

  @Test
  void rejectsAVersionThatDoesNotFollowTheExpectedOne() {
    InMemoryTrackingStateStore store = new InMemoryTrackingStateStore();
    TrackingState first =
        TrackingState.first("sim", event(TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z"));
    assertThatThrownBy(() -> store.compareAndSet(5, first))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stateRemembersSeenEventsAndBoundsTheirNumber() {
    TrackingState s =
        TrackingState.first("sim", event(TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z"));
    for (int i = 0; i < TrackingState.MAX_RECENT_KEYS + 10; i++) {
      s =
          s.next(
              event(
                  TrackingStatus.IN_TRANSIT,
                  Instant.parse("2026-11-27T09:00:00Z").plusSeconds(i).toString()),
              false);
    }
    assertThat(s.recentEventKeys()).hasSize(TrackingState.MAX_RECENT_KEYS);
    assertThat(s.hasSeen(event(TrackingStatus.IN_TRANSIT, "2026-11-27T09:00:20Z"))).isTrue();
    assertThat(s.hasSeen(event(TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z")))
        .as("evicted")
        .isFalse();
    assertThat(s.lastApplied().status()).isEqualTo(TrackingStatus.IN_TRANSIT);
  }
}
