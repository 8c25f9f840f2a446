package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.TrackingOutcome;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingReason;
import io.github.odooconnector.model.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17, tracking: richer statuses, reasons and action flags, stale parcels, proof. */
class TrackingDepthIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private String shipped(long picking) {
    s.shipping.shopRates(picking);
    LabelResult label = s.shipping.buyLabel(picking);
    s.validate(picking);
    return label.trackingRef();
  }

  @Test
  void pickedUpDelayedAndReadyForPickupAreAppliedWithTheirReasons() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    Instant t0 = CarrierScenario.NOW;
    TrackingEvent pickedUp = s.swiftpost.scriptEvent(tn, "PU", t0.plusSeconds(3600), "Brussels");
    TrackingEvent delayed = s.swiftpost.scriptEvent(tn, "DY", t0.plusSeconds(7200), "Hub");
    TrackingEvent ready = s.swiftpost.scriptEvent(tn, "RP", t0.plusSeconds(90000), "Kiosk 12");

    List<TrackingUpdate> updates =
        s.shipping.handleTrackingWebhook(
            "swiftpost", s.swiftpost.webhook(List.of(ready, pickedUp, delayed)));

    assertThat(updates)
        .extracting(u -> u.event().status())
        .containsExactly(
            TrackingStatus.READY_FOR_PICKUP,
            TrackingStatus.PICKED_UP,
            TrackingStatus.DELIVERY_DELAYED);
    assertThat(updates).extracting(TrackingUpdate::outcome).containsOnly(TrackingOutcome.APPLIED);
    assertThat(delayed.reason()).isEqualTo(TrackingReason.WEATHER_DELAY);
    assertThat(s.chatter(picking))
        .anyMatch(m -> m.contains("Delivery delayed") && m.contains("reason: weather delay"))
        .anyMatch(m -> m.contains("Ready for pickup") && m.contains("Kiosk 12"));
    assertThat(s.activities(picking)).as("no action needed for these").isEmpty();
  }

  @Test
  void anEventThatNeedsActionOpensAnActivityNamingTheReason() {
    s = new CarrierScenario();
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, "940520", "CN");
    long international = s.delivery("base.us", List.of(lamp));
    String tn = shipped(international);
    TrackingEvent customs =
        s.swiftpost.scriptEvent(tn, "CD", CarrierScenario.NOW.plusSeconds(7200), "JFK");

    s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(customs)));

    assertThat(customs.actionRequired()).isTrue();
    assertThat(s.activities(international))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.string("note").orElse(""))
                    .contains("customs documents required")
                    .contains("action required"));
  }

  @Test
  void aParcelSilentForLongerThanTheThresholdIsFlaggedStaleOnceAndNeverGoesBackwards() {
    s = new CarrierScenario(b -> b, b -> b.staleTrackingAfter(Duration.ofDays(5)), sc -> {});
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    TrackingEvent transit =
        s.swiftpost.scriptEvent(tn, "AR", CarrierScenario.NOW.plusSeconds(3600), "Hub");
    s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(transit)));

    s.clock.advance(Duration.ofDays(3));
    assertThat(s.shipping.flagStaleTracking()).as("3 days: not stale yet").isEmpty();

    s.clock.advance(Duration.ofDays(3));
    List<TrackingUpdate> flagged = s.shipping.flagStaleTracking();

    assertThat(flagged)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.outcome()).isEqualTo(TrackingOutcome.APPLIED);
              assertThat(u.currentStatus()).isEqualTo(TrackingStatus.STALE);
              assertThat(u.event().reason()).isEqualTo(TrackingReason.NO_RECENT_UPDATE);
              assertThat(u.event().actionRequired()).isTrue();
            });
    assertThat(s.activities(picking))
        .anyMatch(a -> a.string("summary").orElse("").startsWith("Stale"));
    assertThat(s.shipping.flagStaleTracking()).as("flagged once").isEmpty();

    TrackingEvent older =
        s.swiftpost.scriptEvent(tn, "PU", CarrierScenario.NOW.plusSeconds(1800), "Brussels");
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofDays(6)), null);
    List<TrackingUpdate> late =
        s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(older)));
    List<TrackingUpdate> news =
        s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(delivered)));

    assertThat(late.get(0).outcome())
        .as("older than the marked event")
        .isEqualTo(TrackingOutcome.STALE);
    assertThat(news.get(0).outcome()).isEqualTo(TrackingOutcome.APPLIED);
    assertThat(news.get(0).currentStatus()).isEqualTo(TrackingStatus.DELIVERED);
  }

  @Test
  void theProofOfDeliveryIsAttachedWithTheSignerWhenTheParcelIsDelivered() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    s.swiftpost.signer(tn, "M. Peeters");
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plusSeconds(3600), "Antwerpen");
    s.clock.advance(Duration.ofHours(2));

    s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(delivered)));

    assertThat(s.attachments(picking))
        .filteredOn(
            a -> a.string("name").orElse("").equals("ProofOfDelivery-swiftpost-" + tn + ".jpg"))
        .singleElement()
        .satisfies(a -> assertThat(a.string("mimetype")).contains("image/jpeg"));
    assertThat(s.chatter(picking))
        .anyMatch(m -> m.contains("Proof of delivery") && m.contains("signed by M. Peeters"));
  }
}
