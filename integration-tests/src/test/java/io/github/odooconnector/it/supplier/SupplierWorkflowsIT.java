package io.github.odooconnector.it.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.supplier.api.AcknowledgementOutcome;
import io.github.odooconnector.supplier.api.AcknowledgementPolicy;
import io.github.odooconnector.supplier.api.ShipNoticeOutcome;
import io.github.odooconnector.supplier.api.SupplierIntegration;
import io.github.odooconnector.supplier.api.SupplierWorkflowException;
import io.github.odooconnector.supplier.api.TransmissionOutcome;
import io.github.odooconnector.supplier.spi.SupplierUnavailableException;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.supplier.SimulatedSupplier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Procure-to-pay against FakeOdoo with a simulated supplier, through the public API. */
class SupplierWorkflowsIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  private FakeOdoo odoo;
  private OdooClient client;
  private final SimulatedSupplier supplier = SimulatedSupplier.builder().clock(CLOCK).build();
  private final InMemoryIdempotencyStore idempotency = InMemoryIdempotencyStore.create();
  private final InMemoryOutboxStore outbox = InMemoryOutboxStore.create();
  private long orderId;
  private String orderName;

  @BeforeEach
  void confirmedPurchaseOrder() {
    odoo = FakeOdoo.builder().start();
    client =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .password(odoo.adminPassword())
            .retry(RetrySettings.none())
            .build();
    long vendor =
        client.create(
            "res.partner", Map.of("name", "Acme Supply Ltd", "email", "orders@acme.example"));
    String uom = odoo.version().major() >= 19 ? "product_uom_id" : "product_uom";
    orderId =
        client.create(
            "purchase.order",
            Map.of(
                "partner_id",
                vendor,
                "order_line",
                List.of(
                    Command.create(
                        Map.of(
                            "product_id",
                            odoo.ref("product.product_desk"),
                            "product_qty",
                            10.0,
                            "price_unit",
                            100.0,
                            uom,
                            odoo.ref("uom.product_uom_unit"),
                            "date_planned",
                            "2026-12-10 09:00:00")),
                    Command.create(
                        Map.of(
                            "product_id",
                            odoo.ref("product.product_chair"),
                            "product_qty",
                            12.0,
                            "price_unit",
                            50.0,
                            uom,
                            odoo.ref("uom.product_uom_unit"),
                            "date_planned",
                            "2026-12-10 09:00:00")))));
    client.call("purchase.order", "button_confirm", List.of(List.of(orderId)), Map.of());
    orderName = order().string("name").orElseThrow();
  }

  @AfterEach
  void stop() {
    client.close();
    odoo.close();
  }

  private SupplierIntegration integration(AcknowledgementPolicy policy) {
    return SupplierIntegration.builder()
        .odoo(client)
        .adapter(supplier)
        .idempotencyStore(idempotency)
        .outboxStore(outbox)
        .acknowledgementPolicy(policy)
        .reviewDeadline(Duration.ofDays(2))
        .clock(CLOCK)
        .build();
  }

  private OdooRecord order() {
    return client
        .read("purchase.order", List.of(orderId), List.of("name", "state", "partner_ref"))
        .get(0);
  }

  private OdooRecord line(String productXmlId) {
    return client
        .searchRead(
            "purchase.order.line",
            Domain.where("order_id", "=", orderId)
                .and(Domain.where("product_id", "=", odoo.ref(productXmlId))),
            List.of("product_qty", "price_unit", "date_planned"),
            SearchOptions.defaults())
        .get(0);
  }

  private OdooRecord receipt() {
    return client
        .searchRead(
            "stock.picking",
            Domain.where("purchase_id", "=", orderId),
            List.of("name", "scheduled_date", "move_ids"),
            SearchOptions.defaults())
        .get(0);
  }

  private OdooRecord move(String productXmlId) {
    return client
        .searchRead(
            "stock.move",
            Domain.where("picking_id", "=", receipt().id())
                .and(Domain.where("product_id", "=", odoo.ref(productXmlId))),
            List.of("product_uom_qty", "move_line_ids"),
            SearchOptions.defaults())
        .get(0);
  }

  private List<OutboxRecord> events(String type) {
    return outbox.list(OutboxStatus.PENDING, 1000).stream()
        .filter(r -> r.eventType().equals(type))
        .toList();
  }

  @Test
  void aConfirmedPurchaseOrderIsTransmittedOnceAndItsSupplierReferenceWrittenBack() {
    SupplierIntegration integration = integration(AcknowledgementPolicy.defaults());

    TransmissionOutcome sent = integration.transmit(orderName);
    TransmissionOutcome replayed = integration.transmit(orderName);

    assertThat(supplier.transmissions()).hasSize(1);
    assertThat(replayed).isEqualTo(sent);
    assertThat(sent.order().lines())
        .extracting(l -> l.sku().value())
        .containsExactly("FURN_0001", "FURN_0002");
    assertThat(order().string("partner_ref")).contains(sent.supplierReference());
    assertThat(events(SupplierIntegration.PURCHASE_ORDER_TRANSMITTED)).hasSize(1);
  }

  @Test
  void aTransmissionThatFailedIsSentWhenRetried() {
    SupplierIntegration integration = integration(AcknowledgementPolicy.defaults());
    supplier.failNextTransmission(new SupplierUnavailableException("portal down"));

    assertThatThrownBy(() -> integration.transmit(orderName))
        .isInstanceOf(SupplierUnavailableException.class)
        .satisfies(e -> assertThat(((SupplierUnavailableException) e).isRetryable()).isTrue());
    integration.transmit(orderName);

    assertThat(supplier.transmissions()).hasSize(1);
  }

  @Test
  void aChangedPurchaseOrderAcknowledgementIsAppliedToTheOrderLines() {
    SupplierIntegration integration =
        integration(AcknowledgementPolicy.defaults().withPriceChangesUpTo(new BigDecimal("5")));
    integration.transmit(orderName);
    PurchaseOrderAcknowledgement ack =
        supplier
            .acknowledgement(orderName)
            .quantity("FURN_0002", 8)
            .price("FURN_0002", Money.of("52.00", "USD"))
            .promise("FURN_0002", LocalDate.parse("2026-12-20"))
            .build();

    AcknowledgementOutcome outcome = integration.applyAcknowledgement(ack);
    AcknowledgementOutcome replayed = integration.applyAcknowledgement(ack);

    assertThat(outcome.status()).isEqualTo(AcknowledgementOutcome.Status.APPLIED);
    assertThat(outcome.changes())
        .anySatisfy(c -> assertThat(c).contains("quantity 12 -> 8"))
        .anySatisfy(c -> assertThat(c).contains("price 50 -> 52"))
        .anySatisfy(c -> assertThat(c).contains("planned date 2026-12-10 -> 2026-12-20"));
    assertThat(replayed).isEqualTo(outcome);
    OdooRecord chair = line("product.product_chair");
    assertThat(chair.decimal("product_qty"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("8"));
    assertThat(chair.decimal("price_unit"))
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("52"));
    assertThat(chair.datetime("date_planned")).contains(Instant.parse("2026-12-20T09:00:00Z"));
    OdooRecord desk = line("product.product_desk");
    assertThat(desk.decimal("product_qty"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("10"));
    assertThat(events(SupplierIntegration.PURCHASE_ORDER_ACKNOWLEDGED)).hasSize(1);
    assertThat(
            client.searchCount(
                "mail.message",
                Domain.where("model", "=", "purchase.order")
                    .and(Domain.where("res_id", "=", orderId))
                    .and(Domain.where("body", "ilike", ack.acknowledgementId()))))
        .isEqualTo(1);
  }

  @Test
  void aPriceIncreaseBeyondThePolicyIsRaisedForReviewOnceAndNothingIsWritten() {
    SupplierIntegration integration =
        integration(AcknowledgementPolicy.defaults().withPriceChangesUpTo(new BigDecimal("5")));
    integration.transmit(orderName);
    PurchaseOrderAcknowledgement ack =
        supplier
            .acknowledgement(orderName)
            .quantity("FURN_0002", 8)
            .price("FURN_0002", Money.of("60.00", "USD"))
            .build();

    AcknowledgementOutcome outcome = integration.applyAcknowledgement(ack);
    integration.applyAcknowledgement(ack);
    AcknowledgementOutcome viaSecondInstance =
        integration(AcknowledgementPolicy.defaults()).applyAcknowledgement(ack);

    assertThat(outcome.status()).isEqualTo(AcknowledgementOutcome.Status.REVIEW_REQUIRED);
    assertThat(outcome.reviewReasons())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("price 50 -> 60", "exceeds", "5%"));
    assertThat(viaSecondInstance).isEqualTo(outcome);
    OdooRecord chair = line("product.product_chair");
    assertThat(chair.decimal("product_qty"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("12"));
    List<OdooRecord> activities =
        client.searchRead(
            "mail.activity",
            Domain.where("res_id", "=", orderId),
            List.of("summary", "date_deadline", "res_model"),
            SearchOptions.defaults());
    assertThat(activities).hasSize(1);
    assertThat(activities.get(0).id()).isEqualTo(outcome.reviewActivityId());
    assertThat(activities.get(0).string("res_model")).contains("purchase.order");
    assertThat(activities.get(0).date("date_deadline")).contains(LocalDate.parse("2026-12-03"));
  }

  @Test
  void aRejectionCancelsTheOrderOnlyWhenThePolicySaysSo() {
    integration(AcknowledgementPolicy.defaults()).transmit(orderName);
    PurchaseOrderAcknowledgement rejection =
        supplier.acknowledgement(orderName).rejectOrder().build();

    AcknowledgementOutcome outcome =
        integration(AcknowledgementPolicy.defaults().withCancelWhenRejected())
            .applyAcknowledgement(rejection);

    assertThat(outcome.status()).isEqualTo(AcknowledgementOutcome.Status.CANCELLED);
    assertThat(order().string("state")).contains("cancel");
  }

  @Test
  void aSupplierShipNoticeUpdatesTheReceiptBeforeArrival() {
    SupplierIntegration integration = integration(AcknowledgementPolicy.defaults());
    integration.transmit(orderName);
    Instant arrival = Instant.parse("2026-12-08T07:30:00Z");
    PackedShipNotice notice =
        supplier
            .shipNotice(orderName)
            .arriving(arrival)
            .quantity("FURN_0002", 9)
            .lot("FURN_0001", "LOT-A", 6)
            .lot("FURN_0001", "LOT-B", 4)
            .build();

    ShipNoticeOutcome outcome = integration.applyShipNotice(notice);
    ShipNoticeOutcome replayed = integration.applyShipNotice(notice);

    assertThat(replayed).isEqualTo(outcome);
    assertThat(outcome.unmatchedLines()).isEmpty();
    assertThat(outcome.picking()).isEqualTo(receipt().string("name").orElseThrow());
    assertThat(receipt().datetime("scheduled_date")).contains(arrival);
    assertThat(move("product.product_chair").decimal("product_uom_qty"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("9"));
    OdooRecord desk = move("product.product_desk");
    assertThat(desk.decimal("product_uom_qty"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("10"));
    List<OdooRecord> lots =
        client.read("stock.move.line", desk.ids("move_line_ids"), List.of("lot_name", "quantity"));
    assertThat(lots)
        .extracting(l -> l.string("lot_name").orElse(null))
        .containsExactlyInAnyOrder("LOT-A", "LOT-B");
    assertThat(lots)
        .filteredOn(l -> l.string("lot_name").orElse("").equals("LOT-A"))
        .singleElement()
        .satisfies(l -> assertThat(l.decimal("quantity").orElseThrow()).isEqualByComparingTo("6"));
    assertThat(events(SupplierIntegration.SHIP_NOTICE_APPLIED)).hasSize(1);
  }

  @Test
  void aDocumentForAnUnknownOrderIsRejectedNamingIt() {
    SupplierIntegration integration = integration(AcknowledgementPolicy.defaults());

    assertThatThrownBy(() -> integration.transmit("P99999"))
        .isInstanceOf(SupplierWorkflowException.class)
        .hasMessageContaining("'P99999' does not exist");
  }
}
