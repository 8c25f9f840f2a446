package io.github.odooconnector.carrier.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.carrier.contract.TrackingStateStoreContract;
import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTrackingStateStoreTest extends TrackingStateStoreContract {

  @Override
  protected TrackingStateStore newStore() {
    return InMemoryTrackingStateStore.create();
  }

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
