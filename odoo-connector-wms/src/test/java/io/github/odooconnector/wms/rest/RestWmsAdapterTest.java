package io.github.odooconnector.wms.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.OrderPriority;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.OrderAcknowledgement;
import io.github.odooconnector.wms.spi.OrderStateChange;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsAdapterProvider;
import io.github.odooconnector.wms.spi.WmsAuthenticationException;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsOutcomeUnknownException;
import io.github.odooconnector.wms.spi.WmsRateLimitedException;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import io.github.odooconnector.wms.spi.WmsUnknownItemException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestWmsAdapterTest {

  private static final String TOKEN = "tok-secret-123";
  private static final String SECRET = "whsec-very-secret";

  private MockWebServer server;
  private WmsAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    adapter = adapterFor(server.url("/api").toString(), Duration.ofSeconds(5));
  }

  private static WmsAdapter adapterFor(String url, Duration timeout) {
    return RestWmsAdapter.builder(url)
        .name("acme")
        .bearerToken(TOKEN)
        .webhookSecret(SECRET)
        .eventsPath("/events")
        .timeout(timeout)
        .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
        .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static FulfillmentOrder order() {
    return FulfillmentOrder.builder()
        .fulfillmentOrderId("WH/OUT/00042")
        .orderRef("S00042")
        .warehouse("WH")
        .shipTo(Party.of("Acme Retail", Address.of("1 Main St", "Springfield", "12345", "US")))
        .priority(OrderPriority.NORMAL)
        .requestedShipDate(LocalDate.of(2026, 11, 28))
        .addLine(FulfillmentLine.of("18", Sku.of("FURN_0001"), Quantity.pieces(3)))
        .build();
  }

  @Test
  void releasePostsTheCanonicalOrderWithIdempotencyKeyAndBearerToken() throws Exception {
    server.enqueue(json(201, "{\"wmsOrderId\":\"ACME-7\"}"));

    assertThat(adapter.releaseOrder(order(), "wms:acme:release:42").wmsOrderId())
        .isEqualTo("ACME-7");

    RecordedRequest req = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/api/orders");
    assertThat(req.getHeaders().get("Idempotency-Key")).isEqualTo("wms:acme:release:42");
    assertThat(req.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    String body = req.getBody().utf8();
    assertThat(body)
        .contains("\"fulfillmentOrderId\":\"WH/OUT/00042\"")
        .contains("\"sku\":\"FURN_0001\"")
        .contains("\"requestedShipDate\":\"2026-11-28\"");
  }

  @Test
  void aReleaseRefusedForUnknownItemsNamesThemAndItemsArePutWithTheirKey() throws Exception {
    WmsAdapter withItems =
        RestWmsAdapter.builder(server.url("/api").toString())
            .name("acme")
            .itemPath("/items/{id}")
            .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
            .build();
    server.enqueue(
        json(422, "{\"code\":\"unknown_item\",\"message\":\"no item\",\"skus\":[\"FURN_0001\"]}"));
    server.enqueue(json(200, "{}"));

    assertThatThrownBy(() -> withItems.releaseOrder(order(), "k"))
        .isInstanceOfSatisfying(
            WmsUnknownItemException.class,
            e -> assertThat(e.skus()).containsExactly(Sku.of("FURN_0001")));
    withItems.upsertItem(
        Item.builder()
            .sku(Sku.of("FURN/1"))
            .description("Desk")
            .addBarcode("1234567890005")
            .build(),
        "wms:acme:item:FURN_0001:abc");

    assertThat(withItems.capabilities().supports(WmsFeature.ITEM_MASTER)).isTrue();
    assertThat(adapter.capabilities().supports(WmsFeature.ITEM_MASTER)).isFalse();
    server.takeRequest(1, TimeUnit.SECONDS);
    RecordedRequest put = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getUrl().encodedPath()).isEqualTo("/api/items/FURN%2F1");
    assertThat(put.getHeaders().get("Idempotency-Key")).isEqualTo("wms:acme:item:FURN_0001:abc");
    assertThat(put.getBody().utf8()).contains("\"barcodes\":[\"1234567890005\"]");
  }

  @Test
  void conflictCarryingTheOrderIdMeansAlreadyReleasedWithThatKey() {
    server.enqueue(json(409, "{\"wmsOrderId\":\"ACME-7\",\"message\":\"duplicate key\"}"));
    assertThat(adapter.releaseOrder(order(), "k").wmsOrderId()).isEqualTo("ACME-7");
  }

  @Test
  void httpErrorsMapToTypedRetryableOrPermanentExceptionsWithoutLeakingTheToken() {
    server.enqueue(json(401, "{\"message\":\"bad token\"}"));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(json(503, "{}"));
    server.enqueue(json(422, "{\"message\":\"unknown SKU FURN_0001\"}"));

    assertThatThrownBy(() -> adapter.releaseOrder(order(), "k"))
        .isInstanceOf(WmsAuthenticationException.class)
        .satisfies(e -> assertThat(((WmsAuthenticationException) e).isRetryable()).isFalse())
        .hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> adapter.releaseOrder(order(), "k"))
        .isInstanceOfSatisfying(
            WmsRateLimitedException.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
              assertThat(e.isRetryable()).isTrue();
            });
    assertThatThrownBy(() -> adapter.releaseOrder(order(), "k"))
        .isInstanceOfSatisfying(
            WmsUnavailableException.class, e -> assertThat(e.isRetryable()).isTrue());
    assertThatThrownBy(() -> adapter.releaseOrder(order(), "k"))
        .isInstanceOf(WmsRejectedException.class)
        .hasMessageContaining("HTTP 422")
        .hasMessageContaining("unknown SKU FURN_0001")
        .satisfies(e -> assertThat(((WmsRejectedException) e).isRetryable()).isFalse());
  }

  @Test
  void timeoutAfterTheReleaseWasSentIsOutcomeUnknownAndRetryable() {
    WmsAdapter slow = adapterFor(server.url("/api").toString(), Duration.ofMillis(200));
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .body("{\"wmsOrderId\":\"X\"}")
            .headersDelay(2, TimeUnit.SECONDS)
            .build());

    assertThatThrownBy(() -> slow.releaseOrder(order(), "k"))
        .isInstanceOfSatisfying(
            WmsOutcomeUnknownException.class, e -> assertThat(e.isRetryable()).isTrue());
  }

  @Test
  void unreachableWmsIsUnavailable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    WmsAdapter down = adapterFor("http://127.0.0.1:" + port, Duration.ofSeconds(2));
    assertThatThrownBy(() -> down.fetchInventory(InventoryPageRequest.first("WH", 10)))
        .isInstanceOf(WmsUnavailableException.class);
  }

  @Test
  void inventoryIsReadPageByPageWithTheCursor() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"snapshotId\":\"S1\",\"takenAt\":\"2026-11-27T05:00:00Z\",\"levels\":["
                + "{\"sku\":\"FURN_0001\",\"location\":{\"warehouse\":\"WH\",\"bin\":\"Stock\"},"
                + "\"onHand\":{\"value\":50,\"unit\":\"C62\"}}],\"nextCursor\":\"c2\"}"));
    server.enqueue(
        json(
            200,
            "{\"snapshotId\":\"S1\",\"takenAt\":\"2026-11-27T05:00:00Z\",\"levels\":[],"
                + "\"nextCursor\":null}"));

    InventoryPageRequest first = InventoryPageRequest.first("WH", 1);
    InventoryPage p1 = adapter.fetchInventory(first);
    InventoryPage p2 = adapter.fetchInventory(first.next(p1));

    assertThat(p1.levels())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.sku()).isEqualTo(Sku.of("FURN_0001"));
              assertThat(l.onHand()).isEqualTo(Quantity.pieces(50));
            });
    assertThat(p1.optionalNextCursor()).contains("c2");
    assertThat(p2.isLast()).isTrue();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/inventory?warehouse=WH&limit=1");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/inventory?warehouse=WH&limit=1&cursor=c2");
  }

  static String shippedEvent(String eventId) {
    return "{\"eventId\":\""
        + eventId
        + "\",\"type\":\"shipment.dispatched\",\"occurredAt\":\"2026-11-27T06:00:00Z\","
        + "\"payload\":{\"shipmentId\":\"SHP-1\",\"fulfillmentOrderRef\":\"WH/OUT/00042\",\"car"
        + "rierService\":{\"carrier\":\"Standard"
        + " delivery\"},\"trackingNumbers\":[\"TRK-1\"],"
        + "\"lines\":[{\"orderLineRef\":\"18\",\"sku\":\"FURN_0001\",\"quantity\":"
        + "{\"value\":2,\"unit\":\"C62\"},"
        + "\"lotNumber\":\"LOT-7\"}],\"shippedAt\":\"2026-11-27T06:00:00Z\"}}";
  }

  static WebhookRequest signed(String body, String eventId, String secret) {
    String sig =
        HmacBodyVerifier.builder(secret)
            .signatureHeader("X-Wms-Signature")
            .prefix("sha256=")
            .encoding(HmacBodyVerifier.Encoding.HEX)
            .build()
            .sign(body.getBytes(StandardCharsets.UTF_8));
    return WebhookRequest.ofSingleValued(
        Map.of("X-Wms-Signature", sig, "X-Wms-Event-Id", eventId),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void signedWebhookIsVerifiedAndTranslatedIntoAShipmentEventKeyedByTheWmsEventId() {
    String body = shippedEvent("evt-1");
    VerifiedWebhook verified =
        adapter.webhookVerifier().orElseThrow().verify(signed(body, "evt-1", SECRET));

    List<BusinessEvent<?>> events =
        adapter.translate(new WmsMessage(verified.eventId(), Instant.EPOCH, verified.body()));

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(WmsEventTypes.ORDER_SHIPPED);
              assertThat(e.idempotencyKey()).isEqualTo("wms:acme:evt-1");
              assertThat(e.source()).isEqualTo("wms:acme");
              Shipment s = (Shipment) e.payload();
              assertThat(s.fulfillmentOrderRef()).isEqualTo("WH/OUT/00042");
              assertThat(s.lines().get(0).lotNumber()).isEqualTo("LOT-7");
              assertThat(s.lines().get(0).quantity()).isEqualTo(Quantity.pieces(2));
            });
  }

  @Test
  void webhookSignedWithAnotherSecretIsRejected() {
    assertThatThrownBy(
            () ->
                adapter
                    .webhookVerifier()
                    .orElseThrow()
                    .verify(signed(shippedEvent("evt-1"), "evt-1", "wrong-secret")))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void malformedMessagesAreInvalidWmsMessagesNamingTheProblem() {
    assertThatThrownBy(() -> translate("not json"))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(
            () -> translate("{\"eventId\":\"e\",\"type\":\"wms.teleported\",\"payload\":{}}"))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("unknown event type 'wms.teleported'");
    assertThatThrownBy(() -> translate("{\"eventId\":\"e\",\"type\":\"shipment.dispatched\"}"))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("no payload");
    assertThatThrownBy(
            () ->
                translate(
                    "{\"eventId\":\"e\",\"type\":\"shipment.dispatched\",\"payload\":"
                        + "{\"shipmentId\":\"S\",\"lines\":[]}}"))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("invalid Shipment");
    assertThatThrownBy(() -> translate("{\"type\":\"shipment.dispatched\",\"payload\":{}}"))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("'eventId'");
  }

  private List<BusinessEvent<?>> translate(String body) {
    return adapter.translate(
        new WmsMessage("m1", Instant.EPOCH, body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBatchMessageYieldsOneEventPerElement() {
    String batch =
        "{\"events\":["
            + shippedEvent("evt-1")
            + ",{\"eventId\":\"evt-2\",\"type\":\"order.accepted\","
            + "\"payload\":{\"fulfillmentOrderId\":\"WH/OUT/00042\",\"wmsOrderId\":\"ACME-7\""
            + ",\"accepted\":true}}]}";
    assertThat(translate(batch))
        .extracting(BusinessEvent::type)
        .containsExactly(WmsEventTypes.ORDER_SHIPPED, WmsEventTypes.ORDER_ACCEPTED);
  }

  @Test
  void holdExceptionAndWmsSideCancellationAreTranslatedToOrderStateChanges() {
    String batch =
        "{\"events\":["
            + stateEvent("evt-10", "wms.order.held", "credit check")
            + ","
            + stateEvent("evt-11", "wms.order.exception", "pallet damaged")
            + ","
            + stateEvent("evt-12", "order.cancelled", "customer called the warehouse")
            + "]}";

    List<BusinessEvent<?>> events = translate(batch);

    assertThat(events)
        .extracting(BusinessEvent::type)
        .containsExactly(
            WmsEventTypes.ORDER_HELD, WmsEventTypes.ORDER_EXCEPTION, WmsEventTypes.ORDER_CANCELLED);
    assertThat(events)
        .extracting(e -> (Object) e.payload())
        .containsExactly(
            new OrderStateChange("WH/OUT/00042", "ACME-7", "credit check"),
            new OrderStateChange("WH/OUT/00042", "ACME-7", "pallet damaged"),
            new OrderStateChange("WH/OUT/00042", "ACME-7", "customer called the warehouse"));
    assertThat(events).extracting(BusinessEvent::idempotencyKey).doesNotHaveDuplicates();
  }

  @Test
  void aStateChangeWithoutTheOrderIdIsAnInvalidMessageNamingTheField() {
    String noOrder =
        "{\"eventId\":\"evt-13\",\"type\":\"wms.order.held\",\"payload\":"
            + "{\"reason\":\"credit check\"}}";

    assertThatThrownBy(() -> translate(noOrder))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("evt-13")
        .hasMessageContaining("OrderStateChange");
  }

  private static String stateEvent(String id, String type, String reason) {
    return "{\"eventId\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"payload\":{\"fulfillmentOrderId\":\"WH/OUT/00042\","
        + "\"wmsOrderId\":\"ACME-7\",\"reason\":\""
        + reason
        + "\"}}";
  }

  @Test
  void underOneCanonicalTypeTheWmsAcknowledgementAndTheCanonicalOrderAreToldApartByShape() {
    String ack =
        "{\"eventId\":\"evt-3\",\"type\":\"order.rejected\",\"payload\":"
            + "{\"fulfillmentOrderId\":\"WH/OUT/00042\",\"accepted\":false,"
            + "\"reason\":\"no stock\"}}";
    String canonical =
        "{\"eventId\":\"evt-4\",\"type\":\"order.rejected\",\"payload\":"
            + new String(CanonicalJson.toJsonBytes(order()), StandardCharsets.UTF_8)
            + "}";

    assertThat(translate(ack))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.payload())
                    .isInstanceOfSatisfying(
                        OrderAcknowledgement.class,
                        a -> assertThat(a.optionalReason()).contains("no stock")));
    assertThat(translate(canonical))
        .singleElement()
        .satisfies(e -> assertThat(e.payload()).isEqualTo(order()));
  }

  @Test
  void pollingReturnsEachEventAsAMessageAndTheNextCursor() throws Exception {
    server.enqueue(json(200, "{\"events\":[" + shippedEvent("evt-1") + "],\"nextCursor\":\"c9\"}"));

    var polled = adapter.poll(null, 50);

    assertThat(polled.messages())
        .singleElement()
        .satisfies(m -> assertThat(m.messageId()).isEqualTo("evt-1"));
    assertThat(polled.optionalNextCursor()).contains("c9");
    assertThat(adapter.translate(polled.messages().get(0))).hasSize(1);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/events?limit=50");
  }

  @Test
  void capabilitiesFollowTheConfiguredEndpointsAndDisabledOnesFailFast() {
    WmsAdapter minimal =
        RestWmsAdapter.builder(server.url("/").toString())
            .endpoints("/orders", null, null, null, null)
            .build();
    assertThat(minimal.capabilities().supports(WmsFeature.ADVANCE_SHIP_NOTICE)).isFalse();
    assertThat(minimal.capabilities().supports(WmsFeature.WEBHOOKS)).isFalse();
    assertThat(minimal.webhookVerifier()).isEmpty();
    assertThatThrownBy(() -> minimal.cancelOrder("X", "k"))
        .isInstanceOf(UnsupportedWmsOperationException.class);
    assertThat(adapter.capabilities().supports(WmsFeature.WEBHOOKS)).isTrue();
    assertThat(adapter.capabilities().supports(WmsFeature.POLLING)).isTrue();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void secretsNeverAppearInToString() {
    assertThat(adapter.toString()).doesNotContain(TOKEN).doesNotContain(SECRET).contains("acme");
  }

  @Test
  void restProviderIsFoundByServiceLoaderAndNamesMissingSettings() {
    WmsAdapterProvider provider =
        ServiceLoader.load(WmsAdapterProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.type().equals("rest"))
            .findFirst()
            .orElseThrow();
    assertThat(provider.create(Map.of("baseUrl", "http://127.0.0.1:1", "name", "x")).name())
        .isEqualTo("x");
    assertThatThrownBy(() -> provider.create(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
  }
}
