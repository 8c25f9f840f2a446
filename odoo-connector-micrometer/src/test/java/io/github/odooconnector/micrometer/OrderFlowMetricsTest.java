package io.github.odooconnector.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One sales order from release to delivery, through metered workflows, on FakeOdoo. */
class OrderFlowMetricsTest {

  private FakeOdoo fake;
  private OdooClient odoo;
  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final TestObservationRegistry observations = TestObservationRegistry.create();
  private final RecordingHandler recorded = new RecordingHandler();
  private OdooConnectorMetrics metrics;

  @BeforeEach
  void start() {
    observations.observationConfig().observationHandler(recorded);
    metrics = OdooConnectorMetrics.builder(meters).observationRegistry(observations).build();
    fake = FakeOdoo.builder().customField("stock.picking", "x_wms_ref", "char").start();
    odoo =
        OdooClient.builder()
            .url(fake.url())
            .database(fake.database())
            .login(fake.adminLogin())
            .apiKey(fake.adminApiKey())
            .listener(metrics.callListener())
            .build();
    giveTheCompanyAnAddress();
  }

  @AfterEach
  void stop() {
    odoo.close();
    fake.close();
  }

  @Test
  void anOrderFromReleaseToDeliveryIsCountedAndTracedUnderItsCorrelationId() {
    SimulatedWms wms = SimulatedWms.builder().name("acme-wms").build();
    IdempotencyStore idempotency =
        metrics.idempotencyStore("default", InMemoryIdempotencyStore.create());
    WmsIntegration warehouse =
        metrics.wms(
            WmsIntegration.builder()
                .odoo(odoo)
                .adapter(wms)
                .idempotencyStore(idempotency)
                .outboxStore(InMemoryOutboxStore.create())
                .releaseMarker(ReleaseMarker.charField("x_wms_ref"))
                .build());
    SimulatedCarrier swiftpost =
        SimulatedCarrier.builder("swiftpost").service("ECO", "4.00", "0.50", 5, true).build();
    ShippingIntegration shipping =
        metrics.shipping(
            ShippingIntegration.builder()
                .odoo(odoo)
                .carrier(swiftpost, firstCarrierName())
                .rateSelectionRule(RateSelectionRule.cheapest())
                .idempotencyStore(idempotency)
                .build());

    long order = confirmedOrder();
    long pickingId =
        odoo.search("stock.picking", Domain.where("sale_id", "=", order), SearchOptions.limit(1))
            .get(0);
    String picking =
        odoo.read("stock.picking", List.of(pickingId), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();

    warehouse.releaseSaleOrder(order);
    warehouse.releaseSaleOrder(order); // nothing new: counted once
    assertThat(warehouse.apply(wms.accept(picking)))
        .isIn(ApplyOutcome.APPLIED, ApplyOutcome.FORWARDED);
    warehouse.apply(wms.pick(picking));
    odoo.write("stock.picking", List.of(pickingId), Map.of("shipping_weight", 5.0));
    shipping.shopRates(pickingId);
    LabelResult label = shipping.buyLabel(pickingId);
    shipping.buyLabel(pickingId); // replayed from the idempotency store
    BusinessEvent<?> shipped = wms.ship(picking, firstCarrierName(), label.trackingRef());
    assertThat(warehouse.apply(shipped)).isEqualTo(ApplyOutcome.APPLIED);
    assertThat(warehouse.apply(shipped)).isEqualTo(ApplyOutcome.DUPLICATE);
    Instant t0 = Instant.now().minus(Duration.ofDays(1));
    TrackingEvent pickedUp = swiftpost.scriptEvent(label.trackingRef(), "PU", t0, "Brussels");
    TrackingEvent delivered =
        swiftpost.scriptEvent(label.trackingRef(), "DL", t0.plus(Duration.ofHours(20)), "Gent");
    shipping.handleTrackingWebhook("swiftpost", swiftpost.webhook(List.of(pickedUp, delivered)));
    shipping.handleTrackingWebhook("swiftpost", swiftpost.webhook(List.of(delivered)));

    // workflow meters
    assertThat(count("odoo.wms.orders.released")).isEqualTo(1);
    assertThat(counter("odoo.wms.events", "type", shipped.type(), "outcome", "applied"))
        .isEqualTo(1);
    assertThat(counter("odoo.wms.events", "type", shipped.type(), "outcome", "duplicate"))
        .isEqualTo(1);
    assertThat(counter("odoo.shipping.labels", "result", "bought")).isEqualTo(1);
    assertThat(counter("odoo.shipping.labels", "result", "replayed")).isEqualTo(1);
    assertThat(counter("odoo.shipping.tracking", "outcome", "applied")).isEqualTo(2);
    assertThat(counter("odoo.shipping.tracking", "outcome", "duplicate")).isEqualTo(1);
    assertThat(
            meters
                .get("odoo.workflow")
                .tags("workflow", "shipping", "step", "buyLabel")
                .tag("outcome", "success")
                .timer()
                .count())
        .isEqualTo(2);
    // idempotency meters
    assertThat(counter("odoo.idempotency.claims", "result", "acquired")).isPositive();
    assertThat(counter("odoo.idempotency.claims", "result", "completed")).isPositive();
    // Odoo call meters
    assertThat(
            meters
                .get("odoo.client.calls")
                .tags("model", "sale.order", "method", "action_confirm")
                .tag("outcome", "success")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(meters.get("odoo.client.calls").tag("protocol", "json2").timers()).isNotEmpty();

    // traces: the shipment's apply step carries its correlation id, and so do its Odoo calls
    Observation.Context applyStep =
        recorded.named("odoo.workflow").stream()
            .filter(c -> "apply".equals(RecordingHandler.low(c, "step")))
            .filter(c -> shipped.type().equals(RecordingHandler.low(c, "event.type")))
            .findFirst()
            .orElseThrow();
    assertThat(RecordingHandler.high(applyStep, OdooConnectorMetrics.CORRELATION_ID))
        .isEqualTo(shipped.correlationId());
    List<Observation.Context> writesOfTheShipment =
        recorded.named("odoo.client.call").stream()
            .filter(c -> c.getParentObservation() != null)
            .filter(c -> c.getParentObservation().getContextView() == applyStep)
            .toList();
    assertThat(writesOfTheShipment).isNotEmpty();
    assertThat(writesOfTheShipment)
        .allSatisfy(
            c ->
                assertThat(RecordingHandler.high(c, OdooConnectorMetrics.CORRELATION_ID))
                    .isEqualTo(shipped.correlationId()));
  }

  private double count(String name) {
    return meters.get(name).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  private double counter(String name, String... tags) {
    return meters.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  private String firstCarrierName() {
    return odoo.searchRead(
            "delivery.carrier",
            Domain.all(),
            List.of("name"),
            SearchOptions.limit(1).withOrder("id"))
        .get(0)
        .string("name")
        .orElseThrow();
  }

  private long confirmedOrder() {
    long customer =
        odoo.create(
            "res.partner",
            Map.of(
                "name",
                "Acme Retail",
                "street",
                "Grote Markt 1",
                "city",
                "Antwerpen",
                "zip",
                "2000",
                "country_id",
                country("BE")));
    long product =
        odoo.search(
                "product.product",
                Domain.where("default_code", "=", "FURN_0001"),
                SearchOptions.limit(1))
            .get(0);
    long uom =
        odoo.read("product.product", List.of(product), List.of("uom_id"))
            .get(0)
            .many2one("uom_id")
            .map(Many2one::id)
            .orElseThrow();
    String uomField =
        odoo.fieldsGet("sale.order.line").containsKey("product_uom_id")
            ? "product_uom_id"
            : "product_uom";
    long order =
        odoo.create(
            "sale.order",
            Map.of(
                "partner_id",
                customer,
                "order_line",
                List.of(
                    Command.create(
                        Map.of("product_id", product, "product_uom_qty", 2.0, uomField, uom)))));
    odoo.call("sale.order", "action_confirm", List.of(List.of(order)), Map.of());
    return order;
  }

  private long country(String code) {
    return odoo.search("res.country", Domain.where("code", "=", code), SearchOptions.limit(1))
        .get(0);
  }

  private void giveTheCompanyAnAddress() {
    long company = odoo.search("res.company", Domain.all(), SearchOptions.limit(1)).get(0);
    long partner =
        odoo.read("res.company", List.of(company), List.of("partner_id"))
            .get(0)
            .many2one("partner_id")
            .map(Many2one::id)
            .orElseThrow();
    odoo.write(
        "res.partner",
        List.of(partner),
        Map.of(
            "street",
            "Rue du Dépôt 5",
            "city",
            "Brussels",
            "zip",
            "1000",
            "country_id",
            country("BE")));
  }
}
