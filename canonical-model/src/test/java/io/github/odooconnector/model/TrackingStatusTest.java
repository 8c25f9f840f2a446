package io.github.odooconnector.model;

import static io.github.odooconnector.model.TrackingStatus.CANCELLED;
import static io.github.odooconnector.model.TrackingStatus.DELIVERED;
import static io.github.odooconnector.model.TrackingStatus.DELIVERY_FAILED;
import static io.github.odooconnector.model.TrackingStatus.EXCEPTION;
import static io.github.odooconnector.model.TrackingStatus.IN_TRANSIT;
import static io.github.odooconnector.model.TrackingStatus.OUT_FOR_DELIVERY;
import static io.github.odooconnector.model.TrackingStatus.PRE_TRANSIT;
import static io.github.odooconnector.model.TrackingStatus.RETURNED_TO_SENDER;
import static io.github.odooconnector.model.TrackingStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrackingStatusTest {
  private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

  private static TrackingEvent event(TrackingStatus status, Instant at) {
    return TrackingEvent.builder()
        .trackingNumber("JJD1")
        .carrier("dhl")
        .status(status)
        .rawCode("X")
        .occurredAt(at)
        .build();
  }

  @Test
  void deliveredReturnedAndCancelledAreTheTerminalStates() {
    assertThat(Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::isTerminal))
        .containsExactlyInAnyOrder(DELIVERED, RETURNED_TO_SENDER, CANCELLED);
  }

  @Test
  void aLateInTransitNeverOverridesDelivered() {
    TrackingEvent delivered = event(DELIVERED, T);
    TrackingEvent lateInTransit = event(IN_TRANSIT, T.plus(Duration.ofHours(2)));
    assertThat(lateInTransit.supersedes(delivered)).isFalse();
    assertThat(event(IN_TRANSIT, T.minusSeconds(60)).supersedes(delivered)).isFalse();
    assertThat(DELIVERED.mayBeFollowedBy(IN_TRANSIT)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = TrackingStatus.class,
      names = {"DELIVERED", "RETURNED_TO_SENDER", "CANCELLED"})
  void nothingReplacesATerminalStatus(TrackingStatus terminal) {
    for (TrackingStatus next : TrackingStatus.values()) {
      assertThat(terminal.mayBeFollowedBy(next)).as("%s -> %s", terminal, next).isFalse();
      assertThat(event(next, T.plusSeconds(1)).supersedes(event(terminal, T))).isFalse();
    }
  }

  @Test
  void unknownNeverReplacesAKnownStatusButAnythingReplacesUnknown() {
    assertThat(event(UNKNOWN, T.plusSeconds(5)).supersedes(event(IN_TRANSIT, T))).isFalse();
    for (TrackingStatus s : EnumSet.complementOf(EnumSet.of(UNKNOWN))) {
      assertThat(UNKNOWN.mayBeFollowedBy(s)).isTrue();
      assertThat(event(s, T.plusSeconds(1)).supersedes(event(UNKNOWN, T))).isTrue();
    }
    assertThat(UNKNOWN.mayBeFollowedBy(UNKNOWN)).isTrue();
  }

  @Test
  void nonTerminalStatusesFollowTheNewestEventIncludingARedeliveryAfterAFailedAttempt() {
    TrackingEvent failed = event(DELIVERY_FAILED, T);
    TrackingEvent backInTransit = event(IN_TRANSIT, T.plus(Duration.ofHours(12)));
    TrackingEvent outAgain = event(OUT_FOR_DELIVERY, T.plus(Duration.ofHours(20)));
    assertThat(backInTransit.supersedes(failed)).isTrue();
    assertThat(outAgain.supersedes(backInTransit)).isTrue();
    assertThat(event(PRE_TRANSIT, T.minusSeconds(1)).supersedes(failed))
        .as("older event")
        .isFalse();
    assertThat(event(DELIVERED, T.plus(Duration.ofDays(1))).supersedes(outAgain)).isTrue();
  }

  @Test
  void eventsWithTheSameTimestampAreOrderedByPrecedence() {
    assertThat(event(DELIVERED, T).supersedes(event(OUT_FOR_DELIVERY, T))).isTrue();
    assertThat(event(OUT_FOR_DELIVERY, T).supersedes(event(EXCEPTION, T))).isFalse();
    assertThat(event(EXCEPTION, T).supersedes(event(IN_TRANSIT, T))).isTrue();
    assertThat(event(IN_TRANSIT, T).supersedes(event(IN_TRANSIT, T))).as("duplicate").isFalse();
    assertThat(DELIVERED.precedence()).isGreaterThan(RETURNED_TO_SENDER.precedence());
    assertThat(
            Arrays.stream(TrackingStatus.values())
                .mapToInt(TrackingStatus::precedence)
                .min()
                .orElseThrow())
        .isEqualTo(UNKNOWN.precedence());
  }

  @Test
  void anyEventSupersedesNoEvent() {
    assertThat(event(PRE_TRANSIT, T).supersedes(null)).isTrue();
  }

  @Test
  void theNewCarrierStatusesSitInTheLifeCycleByPrecedence() {
    assertThat(TrackingStatus.PICKED_UP.precedence())
        .isBetween(PRE_TRANSIT.precedence() + 1, IN_TRANSIT.precedence() - 1);
    assertThat(TrackingStatus.DELIVERY_DELAYED.precedence())
        .isBetween(IN_TRANSIT.precedence() + 1, TrackingStatus.ON_HOLD.precedence() - 1);
    assertThat(TrackingStatus.READY_FOR_PICKUP.precedence())
        .isBetween(OUT_FOR_DELIVERY.precedence() + 1, DELIVERY_FAILED.precedence() - 1);
    assertThat(event(IN_TRANSIT, T.plusSeconds(60)).supersedes(event(TrackingStatus.PICKED_UP, T)))
        .isTrue();
    assertThat(TrackingStatus.READY_FOR_PICKUP.isTerminal()).isFalse();
  }

  @Test
  void aStaleMarkerReplacesTheEventItMarksButNeverATerminalOneOrItself() {
    TrackingEvent last = event(OUT_FOR_DELIVERY, T);
    TrackingEvent stale = event(TrackingStatus.STALE, T);
    assertThat(stale.supersedes(last)).isTrue();
    assertThat(stale.supersedes(event(DELIVERED, T.minusSeconds(10)))).isFalse();
    assertThat(event(TrackingStatus.STALE, T.plusSeconds(5)).supersedes(stale)).isFalse();
    assertThat(event(TrackingStatus.STALE, T.minusSeconds(5)).supersedes(last))
        .as("a marker older than the last event")
        .isFalse();
  }

  @Test
  void afterAStaleMarkerOnlyEventsNewerThanTheMarkedOneApply() {
    TrackingEvent stale = event(TrackingStatus.STALE, T);
    assertThat(event(DELIVERED, T.plus(Duration.ofDays(6))).supersedes(stale)).isTrue();
    assertThat(event(IN_TRANSIT, T.plusSeconds(1)).supersedes(stale)).isTrue();
    assertThat(event(PRE_TRANSIT, T.minusSeconds(1)).supersedes(stale))
        .as("never backwards: older than the marked event")
        .isFalse();
    assertThat(event(UNKNOWN, T.plusSeconds(1)).supersedes(stale)).isFalse();
  }

  @Test
  void aReasonSuggestsTheActionFlagUnlessTheCarrierSetIt() {
    TrackingEvent customs =
        TrackingEvent.builder()
            .trackingNumber("JJD1")
            .carrier("dhl")
            .status(TrackingStatus.ON_HOLD)
            .occurredAt(T)
            .reason(TrackingReason.CUSTOMS_DOCUMENTS_REQUIRED)
            .build();
    assertThat(customs.actionRequired()).isTrue();
    assertThat(customs.toBuilder().actionRequired(false).build().actionRequired()).isFalse();
    assertThat(event(IN_TRANSIT, T).actionRequired()).isFalse();
    assertThat(event(IN_TRANSIT, T).optionalReason()).isEmpty();
  }
}
