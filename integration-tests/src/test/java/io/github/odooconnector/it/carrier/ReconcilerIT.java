package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17, the outcome-unknown reconciler: complete, release, or escalate to a person. */
class ReconcilerIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  /** A picking whose label purchase ended with an unknown outcome (key blocked). */
  private long blocked() {
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("[label outcome unknown]"));
    return picking;
  }

  @Test
  void aLabelTheCarrierHasIsCompletedInOdooWithoutBuyingAgain() {
    s = new CarrierScenario(b -> b.idempotentCreate(false), b -> b, sc -> {});
    s.swiftpost.loseNextCreateResponses(1).failNextLookups(1);
    long picking = blocked();
    long untouched = s.readyDelivery();

    List<Reconciliation> done = s.shipping.reconcileUnknownOutcomes();

    assertThat(done)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.pickingId()).isEqualTo(picking);
              assertThat(r.outcome()).isEqualTo(Reconciliation.Outcome.COMPLETED);
              assertThat(r.idempotencyKey()).isEqualTo("carrier-label:stock.picking:" + picking);
            });
    String tn = s.swiftpost.shipments().get(0).trackingNumbers().get(0);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).contains(tn);
    assertThat(s.attachments(picking)).hasSize(1);
    assertThat(s.attachments(untouched)).isEmpty();
    LabelResult again = s.shipping.buyLabel(picking);
    assertThat(again.replayed()).isTrue();
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.shipping.reconcileUnknownOutcomes()).as("nothing left").isEmpty();
  }

  @Test
  void aPurchaseTheCarrierNeverGotIsReleasedSoTheNextPurchaseIsSafe() {
    s = new CarrierScenario(b -> b.idempotentCreate(false), b -> b, sc -> {});
    s.swiftpost.dropNextCreateRequests(1);
    long picking = blocked();
    assertThat(s.swiftpost.labelsPurchased()).isZero();

    List<Reconciliation> done = s.shipping.reconcileUnknownOutcomes(List.of(picking));

    assertThat(done)
        .singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(Reconciliation.Outcome.RELEASED));
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("the key is released"));

    LabelResult bought = s.shipping.buyLabel(picking);

    assertThat(bought.replayed()).isFalse();
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).contains(bought.trackingRef());
  }

  @Test
  void aCarrierThatCannotAnswerGetsAnActivityWithTheEvidenceOnceAndNothingIsBought() {
    s =
        new CarrierScenario(
            b -> b.idempotentCreate(false).findShipmentSupported(false), b -> b, sc -> {});
    s.swiftpost.loseNextCreateResponses(1);
    long picking = blocked();

    List<Reconciliation> first = s.shipping.reconcileUnknownOutcomes();
    List<Reconciliation> second = s.shipping.reconcileUnknownOutcomes();

    assertThat(first)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(Reconciliation.Outcome.ESCALATED);
              assertThat(r.optionalActivityId()).isPresent();
            });
    assertThat(second.get(0).activityId()).isEqualTo(first.get(0).activityId());
    assertThat(s.activities(picking))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.string("note").orElse(""))
                    .contains("carrier-label:stock.picking:" + picking)
                    .contains("was bought but the response was lost")
                    .contains("cannot search shipments"));
    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
  }
}
