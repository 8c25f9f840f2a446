package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.rest.RestWmsAdapter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference REST adapter end to end: Odoo (fake) -> REST WMS (MockWebServer) -> signed webhook
 * -> Odoo.
 */
class RestWmsWebhookIT {

  private static final String SECRET = "whsec-it";

  private WmsScenario s;
  private MockWebServer server;
  private WmsIntegration integration;
  private final InMemoryInboxStore inbox = InMemoryInboxStore.create();

  @BeforeEach
  void start() throws Exception {
    s = new WmsScenario();
    server = new MockWebServer();
    server.start();
    integration =
        WmsIntegration.builder()
            .odoo(s.client)
            .adapter(
                RestWmsAdapter.builder(server.url("/v1").toString())
                    .name("acme")
                    .bearerToken("t")
                    .webhookSecret(SECRET)
                    .httpClient(
                        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
                    .build())
            .idempotencyStore(s.idempotencyStore)
            .outboxStore(s.outboxStore)
            .inboxStore(inbox)
            .releaseMarker(ReleaseMarker.charField(WmsScenario.MARKER))
            .mapping(s.mapping)
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
    s.close();
  }

  private static WebhookRequest signed(String body, String eventId, String secret) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String sig =
        HmacBodyVerifier.builder(secret)
            .signatureHeader("X-Wms-Signature")
            .prefix("sha256=")
            .encoding(HmacBodyVerifier.Encoding.HEX)
            .build()
            .sign(bytes);
    return WebhookRequest.ofSingleValued(
        Map.of("X-Wms-Signature", sig, "X-Wms-Event-Id", eventId), bytes);
  }

  @Test
  void releasedOverRestShippedByASignedWebhookDeliveredTwiceIsAppliedOnce() throws Exception {
    Map<String, Double> lines = new LinkedHashMap<>();
    lines.put("product.product_desk", 3.0);
    long so = s.confirmedSaleOrder(s.customer(), lines);
    long pickingId = s.outgoingPickingOf(so);
    server.enqueue(
        new MockResponse.Builder().code(201).body("{\"wmsOrderId\":\"ACME-1\"}").build());

    BatchReport released = integration.releaseSaleOrder(so);

    String ref = s.picking(pickingId).string("name").orElseThrow();
    assertThat(released.succeeded()).containsExactly(ref);
    RecordedRequest post = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(post.getUrl().encodedPath()).isEqualTo("/v1/orders");
    assertThat(post.getHeaders().get("Idempotency-Key")).isEqualTo("wms:acme:release:" + pickingId);
    assertThat(post.getBody().utf8()).contains(ref);
    assertThat(s.picking(pickingId).string(WmsScenario.MARKER)).contains("ACME-1");

    OdooRecord move = s.moves(pickingId).get(0);
    String body =
        "{\"eventId\":\"evt-100\",\"type\":\"shipment.dispatched\",\"occurredAt\":\"2026-11-27T"
            + "06:00:00Z\","
            + "\"payload\":{\"shipmentId\":\"SHP-100\",\"fulfillmentOrderRef\":\""
            + ref
            + "\",\"carrierService\":{\"carrier\":\"Express"
            + " delivery\"},\"trackingNumbers\":[\"1Z999\"],\"lines\":[{\"orderLineRef\":\""
            + move.id()
            + "\",\"sku\":\"FURN_0001\","
            + "\"quantity\":{\"value\":2,\"unit\":\"C62\"}}]"
            + ",\"shippedAt\":\"2026-11-27T06:00:00Z\"}}";

    assertThatThrownBy(() -> integration.acceptWebhook(signed(body, "evt-100", "forged")))
        .isInstanceOf(WebhookVerificationException.class);
    assertThat(integration.acceptWebhook(signed(body, "evt-100", SECRET))).isTrue();
    assertThat(integration.acceptWebhook(signed(body, "evt-100", SECRET)))
        .as("redelivery")
        .isFalse();

    BatchReport processed = integration.processInbox();

    assertThat(processed.succeeded()).containsExactly("evt-100");
    OdooRecord done = s.picking(pickingId);
    assertThat(done.string("state")).contains("done");
    assertThat(done.string("carrier_tracking_ref")).contains("1Z999");
    assertThat(done.many2one("carrier_id").orElseThrow().displayName())
        .isEqualTo("Express delivery");
    assertThat(done.ids("backorder_ids")).as("one desk short").hasSize(1);
    assertThat(integration.processInbox().succeeded()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(List.of(released.failed(), processed.failed()))
        .allSatisfy(f -> assertThat(f).isEmpty());
  }

  @Test
  void carrierCallbacksInTheSharedInboxAreNotClaimedByTheWmsProcessor() {
    WebhookInbox.builder(inbox)
        .build()
        .receive(
            "carrier:swiftpost",
            r -> new VerifiedWebhook("trk-1", null, r.body()),
            WebhookRequest.of(Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));
    String good =
        "{\"eventId\":\"evt-ok\",\"type\":\"order.accepted\",\"payload\":"
            + "{\"fulfillmentOrderId\":\"WH/OUT/00001\",\"wmsOrderId\":\"ACME-1\",\"accepted\":"
            + "true}}";
    assertThat(integration.acceptWebhook(signed(good, "evt-ok", SECRET))).isTrue();

    BatchReport report = integration.processInbox();

    assertThat(report.succeeded()).containsExactly("evt-ok");
    assertThat(report.failed()).isEmpty();
    assertThat(inbox.find("carrier:swiftpost", "trk-1"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(InboxStatus.RECEIVED);
              assertThat(m.attempts()).isZero();
            });
  }

  @Test
  void aSignedButMalformedWebhookIsParkedAsAPermanentFailureWithoutBlockingGoodOnes() {
    String bad =
        "{\"eventId\":\"evt-bad\",\"type\":\"shipment.dispatched\",\"payload\":"
            + "{\"shipmentId\":\"S\"}}";
    String good =
        "{\"eventId\":\"evt-ok\",\"type\":\"order.accepted\",\"payload\":"
            + "{\"fulfillmentOrderId\":\"WH/OUT/00001\",\"wmsOrderId\":\"ACME-1\",\"accepted\":"
            + "true}}";
    assertThat(integration.acceptWebhook(signed(bad, "evt-bad", SECRET))).isTrue();
    assertThat(integration.acceptWebhook(signed(good, "evt-ok", SECRET))).isTrue();

    BatchReport report = integration.processInbox();

    assertThat(report.succeeded()).containsExactly("evt-ok");
    assertThat(report.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reference()).isEqualTo("evt-bad");
              assertThat(f.retryable()).isFalse();
              assertThat(f.error())
                  .contains("InvalidWmsMessageException")
                  .contains("invalid Shipment");
            });
    assertThat(s.outbox("order.accepted")).hasSize(1);
    assertThat(inbox.find("wms:acme", "evt-bad"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(InboxStatus.FAILED);
              assertThat(m.optionalLastError())
                  .hasValueSatisfying(e -> assertThat(e).contains("invalid Shipment"));
            });
    assertThat(integration.processInbox().failed()).as("parked, not retried").isEmpty();
  }

  @Test
  void aWebhookWhoseOdooValidationHasAnUnknownOutcomeIsParkedAndReportedAsNotRetryable() {
    Map<String, Double> lines = new LinkedHashMap<>();
    lines.put("product.product_desk", 3.0);
    long so = s.confirmedSaleOrder(s.customer(), lines);
    long pickingId = s.outgoingPickingOf(so);
    server.enqueue(
        new MockResponse.Builder().code(201).body("{\"wmsOrderId\":\"ACME-2\"}").build());
    integration.releaseSaleOrder(so);
    String ref = s.picking(pickingId).string("name").orElseThrow();
    OdooRecord move = s.moves(pickingId).get(0);
    String body =
        "{\"eventId\":\"evt-200\",\"type\":\"shipment.dispatched\",\"payload\":"
            + "{\"shipmentId\":\"SHP-200\",\"fulfillmentOrderRef\":\""
            + ref
            + "\",\"carrierService\":{\"carrier\":\"Express delivery\"},"
            + "\"lines\":[{\"orderLineRef\":\""
            + move.id()
            + "\",\"sku\":\"FURN_0001\",\"quantity\":{\"value\":3,\"unit\":\"C62\"}}],"
            + "\"shippedAt\":\"2026-11-27T06:00:00Z\"}}";
    assertThat(integration.acceptWebhook(signed(body, "evt-200", SECRET))).isTrue();
    s.odoo.faults().onlyFor("stock.picking", "button_validate").dropResponseNext(1);

    BatchReport report = integration.processInbox();

    // Odoo may have validated the picking: the report and the inbox agree that an operator
    // decides, instead of the report saying "retryable" while the inbox parks (or vice versa)
    assertThat(report.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reference()).isEqualTo("evt-200");
              assertThat(f.retryable()).isFalse();
              assertThat(f.error()).contains("OdooOutcomeUnknownException");
            });
    assertThat(inbox.find("wms:acme", "evt-200"))
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(InboxStatus.FAILED));
    assertThat(integration.processInbox().failed()).as("parked, not retried").isEmpty();
  }
}
