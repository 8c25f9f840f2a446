package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.escalation.api.EscalationRule;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.escalation.carrier.CarrierEscalation;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Carrier incidents wired to the escalation module through the builder's incident listener: a
 * refused label and a parcel exception each become one activity on the picking, assigned by the
 * rules, instead of (not next to) the workflow's own activity; so does a label purchase with an
 * unknown outcome that the reconciler cannot settle (the incident is the one activity).
 */
class CarrierEscalationIT {

  private CarrierScenario s;
  private Escalations escalations;
  private long transportDesk;

  @BeforeEach
  void start() {
    start(b -> b);
  }

  private void start(UnaryOperator<SimulatedCarrier.Builder> swiftpost) {
    s =
        new CarrierScenario(
            swiftpost,
            b -> b.incidentListener(i -> CarrierEscalation.listener(escalations).onIncident(i)));
    transportDesk = s.client.create("res.users", Map.of("name", "Tom Desk", "login", "tom"));
    escalations =
        Escalations.builder()
            .odoo(s.client)
            .rule(
                EscalationRule.forKind(
                    IncidentKind.TRACKING_DELAY, transportDesk, Duration.ofDays(1)))
            .rule(EscalationRule.forKind(IncidentKind.LABEL_FAILURE, transportDesk, Duration.ZERO))
            .clock(Clock.fixed(CarrierScenario.NOW, ZoneOffset.UTC))
            .build();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void labelRefusedByTheCarrierBecomesOneEscalationActivity() {
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    s.swiftpost.rejectCreate(1);

    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierRequestRejectedException.class);

    assertThat(s.activities(picking))
        .singleElement()
        .satisfies(a -> assertThat(a.string("summary").orElseThrow()).contains("LABEL_FAILURE"));
  }

  @Test
  void outcomeUnknownLabelOpensOneActivityWhenEscalationIsConfigured() {
    s.close();
    start(b -> b.idempotentCreate(false).findShipmentSupported(false));
    s.swiftpost.loseNextCreateResponses(1);
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierOutcomeUnknownException.class);

    List<Reconciliation> first = s.shipping.reconcileUnknownOutcomes();
    List<Reconciliation> second = s.shipping.reconcileUnknownOutcomes();

    assertThat(first)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(Reconciliation.Outcome.ESCALATED);
              assertThat(r.optionalActivityId()).as("the escalation owns the activity").isEmpty();
            });
    assertThat(second)
        .singleElement()
        .extracting(Reconciliation::outcome)
        .isEqualTo(Reconciliation.Outcome.ESCALATED);
    assertThat(s.activities(picking))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.string("summary").orElseThrow())
                    .contains("OUTCOME_UNKNOWN", "carrier-label:stock.picking:" + picking));
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
  }

  @Test
  void parcelExceptionIsEscalatedOnceInsteadOfAPlainActivity() {
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    String tn = s.shipping.buyLabel(picking).trackingRef();
    TrackingEvent damaged =
        s.swiftpost.scriptEvent(tn, "EX", CarrierScenario.NOW.plus(Duration.ofHours(5)), null);

    s.shipping.applyTrackingEvents(List.of(damaged));
    s.shipping.applyTrackingEvents(List.of(damaged));

    assertThat(s.activities(picking))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow()).contains("TRACKING_DELAY", tn);
              assertThat(a.date("date_deadline")).isPresent();
            });
  }
}
