package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.BlockedPurchase;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.NoBlockedPurchaseException;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.api.Resolution;
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

  @Test
  void aBlockedPurchaseIsListedAndResolvedAsNotPurchasedWithAnAuditSoTheNextBuyProceeds() {
    s =
        new CarrierScenario(
            b -> b.idempotentCreate(false).findShipmentSupported(false), b -> b, sc -> {});
    s.swiftpost.dropNextCreateRequests(1);
    long picking = blocked();
    String key = "carrier-label:stock.picking:" + picking;
    assertThat(s.shipping.reconcileUnknownOutcomes())
        .as("the carrier cannot answer: it stays blocked")
        .singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(Reconciliation.Outcome.ESCALATED));

    List<BlockedPurchase> listed = s.shipping.blockedPurchases();

    assertThat(listed)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.pickingId()).isEqualTo(picking);
              assertThat(b.pickingName())
                  .isEqualTo(s.picking(picking).string("name").orElseThrow());
              assertThat(b.idempotencyKey()).isEqualTo(key);
              assertThat(b.carrierCode()).isNotBlank();
              assertThat(b.optionalSince()).isPresent();
              assertThat(b.failure()).isNotBlank();
            });

    Reconciliation resolved =
        s.shipping.resolveBlockedPurchase(
            key, Resolution.NOT_PURCHASED, "alice", "no label in the SwiftPost account portal");

    assertThat(resolved.outcome()).isEqualTo(Reconciliation.Outcome.RELEASED);
    assertThat(resolved.idempotencyKey()).isEqualTo(key);
    assertThat(s.chatter(picking))
        .anyMatch(
            m ->
                m.contains(key)
                    && m.contains("alice")
                    && m.contains("no label in the SwiftPost account portal")
                    && m.contains("the key is released"));
    assertThat(s.shipping.blockedPurchases()).isEmpty();
    assertThat(s.shipping.reconcileUnknownOutcomes()).as("nothing left").isEmpty();

    LabelResult bought = s.shipping.buyLabel(picking);

    assertThat(bought.replayed()).isFalse();
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).contains(bought.trackingRef());
  }

  @Test
  void aRetriedLookupIsAuditedAndSettledLikeTheReconcilerWould() {
    s = new CarrierScenario(b -> b.idempotentCreate(false), b -> b, sc -> {});
    s.swiftpost.dropNextCreateRequests(1).failNextLookups(1);
    long picking = blocked();
    String key = "carrier-label:stock.picking:" + picking;
    s.swiftpost.failNextLookups(1); // the carrier is down when the reconciler asks
    assertThat(s.shipping.reconcileUnknownOutcomes())
        .singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(Reconciliation.Outcome.ESCALATED));

    Reconciliation resolved =
        s.shipping.resolveBlockedPurchase(
            key, Resolution.RETRY_LOOKUP, "bob", "SwiftPost says the outage is over");

    assertThat(resolved.outcome()).isEqualTo(Reconciliation.Outcome.RELEASED);
    assertThat(s.chatter(picking))
        .anyMatch(m -> m.contains("bob") && m.contains("SwiftPost says the outage is over"));
    assertThat(s.shipping.blockedPurchases()).isEmpty();
  }

  @Test
  void resolvingAKeyThatIsNotBlockedIsATypedErrorNamingItAndChangesNothing() {
    s = new CarrierScenario(b -> b.idempotentCreate(false), b -> b, sc -> {});
    s.swiftpost.dropNextCreateRequests(1);
    long picking = blocked();
    int notes = s.chatter(picking).size();

    assertThatThrownBy(
            () ->
                s.shipping.resolveBlockedPurchase(
                    "carrier-label:stock.picking:999999", Resolution.NOT_PURCHASED, "alice", "x"))
        .isInstanceOf(NoBlockedPurchaseException.class)
        .hasMessageContaining("'carrier-label:stock.picking:999999'");
    assertThat(s.chatter(picking)).hasSize(notes);
    assertThat(s.shipping.blockedPurchases()).hasSize(1);
  }

  @Test
  void aBlankReasonOrRequesterIsRejectedNamingTheFieldAndTheKeyStaysBlocked() {
    s = new CarrierScenario(b -> b.idempotentCreate(false), b -> b, sc -> {});
    s.swiftpost.dropNextCreateRequests(1);
    long picking = blocked();
    String key = "carrier-label:stock.picking:" + picking;

    assertThatThrownBy(
            () -> s.shipping.resolveBlockedPurchase(key, Resolution.NOT_PURCHASED, "alice", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () -> s.shipping.resolveBlockedPurchase(key, Resolution.NOT_PURCHASED, "", "checked"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestedBy");
    assertThat(s.shipping.blockedPurchases()).singleElement();
    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
  }
}
