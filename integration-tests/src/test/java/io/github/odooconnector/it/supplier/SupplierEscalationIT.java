package io.github.odooconnector.it.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.escalation.api.EscalationRule;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.escalation.supplier.SupplierEscalation;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.supplier.api.AcknowledgementOutcome;
import io.github.odooconnector.supplier.api.SupplierIntegration;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supplier incidents wired to the escalation module through the builder's incident listener: one
 * activity per incident on the purchase order or incoming picking, assigned and due by the rules,
 * also when the document is applied again or by another instance.
 */
class SupplierEscalationIT {
  private SupplierScenario s;
  private long buyer;
  private long receivingDesk;
  private SupplierIntegration integration;
  private Escalations escalations;

  @BeforeEach
  void start() {
    s = new SupplierScenario(OdooVersion.V18);
    buyer = s.client.create("res.users", Map.of("name", "Bea Buyer", "login", "bea"));
    receivingDesk = s.client.create("res.users", Map.of("name", "Ray Receiving", "login", "ray"));
    escalations =
        Escalations.builder()
            .odoo(s.client)
            .rule(EscalationRule.forKind(IncidentKind.SUPPLIER_REVIEW, buyer, Duration.ofDays(2)))
            .rule(
                EscalationRule.forKind(
                    IncidentKind.LATE_DELIVERY, receivingDesk, Duration.ofDays(1)))
            .rule(
                EscalationRule.forKind(
                    IncidentKind.SHIP_NOTICE_MISMATCH, buyer, Duration.ofHours(4)))
            .clock(SupplierScenario.CLOCK)
            .build();
    integration = withEscalation(s.idempotency);
    integration.transmit(s.orderName);
  }

  private SupplierIntegration withEscalation(InMemoryIdempotencyStore store) {
    return s.integration(
        b -> b.idempotencyStore(store).incidentListener(SupplierEscalation.listener(escalations)));
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void rejectedAcknowledgementOpensOneReviewActivityOnThePurchaseOrderWithItsDeadline() {
    PurchaseOrderAcknowledgement rejection =
        s.supplier.acknowledgement(s.orderName).rejectOrder().build();

    AcknowledgementOutcome outcome = integration.applyAcknowledgement(rejection);
    integration.applyAcknowledgement(rejection);
    withEscalation(InMemoryIdempotencyStore.create()).applyAcknowledgement(rejection);

    assertThat(outcome.status()).isEqualTo(AcknowledgementOutcome.Status.REVIEW_REQUIRED);
    assertThat(s.activities("purchase.order", s.orderId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow())
                  .contains("SUPPLIER_REVIEW", rejection.acknowledgementId(), s.orderName);
              assertThat(a.string("note").orElseThrow()).contains("rejected");
              assertThat(a.many2one("user_id").orElseThrow().id()).isEqualTo(buyer);
              assertThat(a.date("date_deadline")).contains(LocalDate.parse("2026-12-03"));
            });
    assertThat(outcome.optionalReviewActivityId()).isEmpty(); // the listener decided where it went
  }

  @Test
  void aShipNoticeArrivingAfterThePlannedDateIsEscalatedOnceAsALateDeliveryOnTheReceipt() {
    PackedShipNotice late =
        s.supplier.shipNotice(s.orderName).arriving(Instant.parse("2026-12-12T08:00:00Z")).build();

    integration.applyShipNotice(late);
    integration.applyShipNotice(late);
    withEscalation(InMemoryIdempotencyStore.create()).applyShipNotice(late);

    long receipt = s.receipt().id();
    assertThat(s.activities("stock.picking", receipt))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow()).contains("LATE_DELIVERY", s.orderName);
              assertThat(a.string("note").orElseThrow()).contains("2026-12-12", "2026-12-10");
              assertThat(a.many2one("user_id").orElseThrow().id()).isEqualTo(receivingDesk);
              assertThat(a.date("date_deadline")).contains(LocalDate.parse("2026-12-02"));
            });
  }

  @Test
  void aShipNoticeOnTimeRaisesNothing() {
    integration.applyShipNotice(
        s.supplier.shipNotice(s.orderName).arriving(Instant.parse("2026-12-10T15:00:00Z")).build());

    assertThat(s.activities("stock.picking", s.receipt().id())).isEmpty();
  }

  @Test
  void aShipNoticeShippingMoreThanOrderedIsEscalatedAsAMismatchAndACorrectionFindsIt() {
    PackedShipNotice tooMany = s.supplier.shipNotice(s.orderName).quantity("FURN_0002", 14).build();
    PackedShipNotice corrected =
        s.supplier
            .shipNotice(s.orderName)
            .id(tooMany.notice().asnId())
            .quantity("FURN_0002", 13)
            .build();

    integration.applyShipNotice(tooMany);
    integration.applyShipNotice(corrected);

    assertThat(s.activities("stock.picking", s.receipt().id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow())
                  .contains("SHIP_NOTICE_MISMATCH", tooMany.notice().asnId());
              assertThat(a.string("note").orElseThrow()).contains("FURN_0002", "14 shipped, 12");
              assertThat(a.many2one("user_id").orElseThrow().id()).isEqualTo(buyer);
              assertThat(a.date("date_deadline")).contains(LocalDate.parse("2026-12-01"));
            });
  }
}
