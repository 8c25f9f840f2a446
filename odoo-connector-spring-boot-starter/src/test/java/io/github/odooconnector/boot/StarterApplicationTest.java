package io.github.odooconnector.boot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.boot.host.HostApplication;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.CustomField;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.reliability.testing.TestDatabase;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Boots real applications (embedded Tomcat on loopback, embedded PostgreSQL, FakeOdoo) with the
 * starter and drives them over HTTP and in a headless browser.
 */
class StarterApplicationTest {

  private static FakeOdoo fake;
  private static ConfigurableApplicationContext app;
  private static String base;
  private final HttpClient http = HttpClient.newHttpClient();

  static ConfigurableApplicationContext start(String... extra) {
    SpringApplication application = new SpringApplicationBuilder(HostApplication.class).build();
    String[] args = {
      "--server.port=0",
      "--server.address=127.0.0.1",
      "--odoo.url=" + fake.url(),
      "--odoo.database=" + fake.database(),
      "--odoo.login=" + fake.adminLogin(),
      "--odoo.api-key=" + fake.adminApiKey(),
      "--odoo.wire-log=true",
      "--odoo.jobs.enabled=false",
      "--management.endpoints.web.exposure.include=health,odooconnector,metrics",
      "--management.endpoint.health.show-details=always",
    };
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return application.run(all);
  }

  @BeforeAll
  static void boot() {
    fake = FakeOdoo.start();
    TestDatabase.truncateAll();
    app = start("--odoo.console.enabled=true");
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    base = "http://127.0.0.1:" + port;
  }

  @AfterAll
  static void shutdown() {
    if (app != null) {
      app.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  @BeforeEach
  void clean() {
    TestDatabase.truncateAll();
  }

  @Test
  void propertiesConfigureAClientAndJdbcStoresWithMetrics() {
    OdooClient odoo = app.getBean(OdooClient.class);
    assertThat(odoo.searchCount("res.partner", Domain.all())).isPositive();
    assertThat(app.getBean(OutboxStore.class).toString()).contains("Jdbc");
    assertThat(app.getBean(IdempotencyStore.class).toString()).contains("Jdbc");
    MeterRegistry meters = app.getBean(MeterRegistry.class);
    assertThat(meters.get("odoo.client.calls").tag("model", "res.partner").timers()).isNotEmpty();
    assertThat(meters.get("odoo.outbox.entries").tag("status", "dead").gauge().value()).isZero();
  }

  @Test
  void healthIsUpThenDegradedWhileADeadLetterWaits() throws Exception {
    HttpResponse<String> up = get("/actuator/health/odooConnector");
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(up.body()).contains("\"status\":\"UP\"").contains("reachable and authenticated");

    deadLetter("evt-health");
    HttpResponse<String> degraded = get("/actuator/health/odooConnector");
    assertThat(degraded.body()).contains("\"status\":\"DEGRADED\"").contains("\"outboxDead\":1");
  }

  @Test
  void aDeadLetterIsListedAndReplayedThroughTheEndpointWithAnAudit() throws Exception {
    deadLetter("evt-replay");
    HttpResponse<String> overview = get("/actuator/odooconnector");
    assertThat(overview.body()).contains("evt-replay").contains("carrier timed out");

    HttpResponse<String> noReason =
        post("/actuator/odooconnector", "{\"action\":\"replay\",\"eventIds\":\"evt-replay\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    // a request the endpoint itself rejects is a client error too, not a server error
    HttpResponse<String> noIds =
        post("/actuator/odooconnector", "{\"action\":\"replay\",\"reason\":\"carrier back\"}");
    assertThat(noIds.statusCode()).isEqualTo(400);
    HttpResponse<String> unknownAction =
        post("/actuator/odooconnector", "{\"action\":\"purge\",\"reason\":\"carrier back\"}");
    assertThat(unknownAction.statusCode()).isEqualTo(400);

    HttpResponse<String> replayed =
        post(
            "/actuator/odooconnector",
            "{\"action\":\"replay\",\"eventIds\":\"evt-replay\","
                + "\"reason\":\"carrier is back\",\"requestedBy\":\"ops@example.com\"}");
    assertThat(replayed.statusCode()).isEqualTo(200);
    assertThat(replayed.body()).contains("evt-replay");
    assertThat(app.getBean(Outbox.class).find("evt-replay").orElseThrow().status())
        .isEqualTo(OutboxStatus.PENDING);
    assertThat(get("/actuator/odooconnector/evt-replay").body())
        .contains("carrier is back")
        .contains("ops@example.com");
  }

  @Test
  void aJobRunsOnceAcrossTwoInstancesSharingTheDatabase() throws Exception {
    try (ConfigurableApplicationContext second = start()) {
      HostApplication.EXCLUSIVE_RUNS.set(0);
      OdooJobs a = app.getBean(OdooJobs.class);
      OdooJobs b = second.getBean(OdooJobs.class);
      CompletableFuture<JobRun> first = CompletableFuture.supplyAsync(() -> a.runNow("exclusive"));
      sleep(300);
      JobRun other = b.runNow("exclusive");
      assertThat(first.get().outcome()).isEqualTo(JobRun.Outcome.SUCCEEDED);
      assertThat(other.outcome()).isEqualTo(JobRun.Outcome.SKIPPED);
      assertThat(HostApplication.EXCLUSIVE_RUNS).hasValue(1);
      // once released, the other instance may run it
      assertThat(b.runNow("exclusive").outcome()).isEqualTo(JobRun.Outcome.SUCCEEDED);
      assertThat(HostApplication.EXCLUSIVE_RUNS).hasValue(2);
    }
  }

  @Test
  void theConsoleShowsADeadLetterAndItsReplayButtonMovesItBackToPending() throws Exception {
    deadLetter("evt-console");
    try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
      browser.getOptions().setThrowExceptionOnScriptError(true);
      HtmlPage page = browser.getPage(base + "/odoo-connector/console");
      browser.waitForBackgroundJavaScript(3000);
      assertThat(page.getElementById("dead-evt-console")).isNotNull();
      assertThat(page.getElementById("dead-evt-console").asNormalizedText())
          .contains("carrier timed out");
      assertThat(page.getElementById("outbox-dead").getTextContent()).isEqualTo("1");

      ((HtmlInput) page.getElementById("reason")).type("replayed from the console test");
      HtmlButton replay =
          (HtmlButton)
              page.getElementById("dead-evt-console").getElementsByTagName("button").get(0);
      replay.click();
      browser.waitForBackgroundJavaScript(3000);

      assertThat(page.getElementById("message").getTextContent()).contains("evt-console");
      assertThat(page.getElementById("dead-evt-console")).isNull();
    }
    assertThat(app.getBean(Outbox.class).find("evt-console").orElseThrow().status())
        .isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void aSignedWebhookIsStoredInTheInboxAndAnsweredAtOnce() throws Exception {
    byte[] body = "{\"id\":\"wms-evt-1\",\"type\":\"shipment.confirmed\"}".getBytes(UTF_8);
    String signature = wmsVerifier().sign(body);

    HttpResponse<String> first = webhook("acme-wms", body, signature);
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(first.body()).contains("wms-evt-1");
    // stored, and not processed on the request thread: the inbox job does that later
    InboxMessage stored = inboxStore().find("acme-wms", "wms-evt-1").orElseThrow();
    assertThat(stored.status()).isEqualTo(InboxStatus.RECEIVED);
    assertThat(stored.attempts()).isZero();
    assertThat(new String(stored.body(), UTF_8)).contains("shipment.confirmed");

    // a redelivery is answered the same and stored once
    assertThat(webhook("acme-wms", body, signature).statusCode()).isEqualTo(202);
    assertThat(inboxStore().count(InboxStatus.RECEIVED)).isEqualTo(1);
  }

  @Test
  void aWebhookWithABadSignatureIsRejectedAndNothingIsStored() throws Exception {
    byte[] body = "{\"id\":\"wms-evt-forged\"}".getBytes(UTF_8);
    String forged = HmacBodyVerifier.builder("not-the-secret").build().sign(body);

    HttpResponse<String> rejected = webhook("acme-wms", body, forged);
    assertThat(rejected.statusCode()).isEqualTo(401);
    assertThat(rejected.body()).doesNotContain(HostApplication.WMS_SECRET);
    assertThat(webhook("acme-wms", body, null).statusCode()).isEqualTo(401);
    assertThat(webhook("unknown-source", body, wmsVerifier().sign(body)).statusCode())
        .isEqualTo(404);

    assertThat(inboxStore().find("acme-wms", "wms-evt-forged")).isEmpty();
    assertThat(inboxStore().count(InboxStatus.RECEIVED)).isZero();
  }

  @Test
  void aFailedInboxMessageIsListedAndReplayedThroughTheEndpointWithAnAudit() throws Exception {
    failedInboxMessage("wms-evt-failed");
    HttpResponse<String> overview = get("/actuator/odooconnector");
    assertThat(overview.body()).contains("wms-evt-failed").contains("unknown SKU ACME-1");

    HttpResponse<String> noSource =
        post(
            "/actuator/odooconnector",
            "{\"action\":\"replay-inbox\",\"eventIds\":\"wms-evt-failed\","
                + "\"reason\":\"SKU created\"}");
    assertThat(noSource.statusCode()).isEqualTo(400);
    HttpResponse<String> noReason =
        post(
            "/actuator/odooconnector",
            "{\"action\":\"replay-inbox\",\"source\":\"acme-wms\","
                + "\"eventIds\":\"wms-evt-failed\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);

    HttpResponse<String> replayed =
        post(
            "/actuator/odooconnector",
            "{\"action\":\"replay-inbox\",\"source\":\"acme-wms\","
                + "\"eventIds\":\"wms-evt-failed\",\"reason\":\"SKU created\","
                + "\"requestedBy\":\"ops@example.com\"}");
    assertThat(replayed.statusCode()).isEqualTo(200);
    assertThat(replayed.body()).contains("wms-evt-failed");
    assertThat(inboxStore().find("acme-wms", "wms-evt-failed").orElseThrow().status())
        .isEqualTo(InboxStatus.RECEIVED);
    assertThat(get("/actuator/odooconnector/acme-wms/wms-evt-failed").body())
        .contains("SKU created")
        .contains("ops@example.com")
        .contains("unknown SKU ACME-1");
  }

  @Test
  void theConsoleShowsAFailedInboxMessageAndItsReplayButtonMovesItBack() throws Exception {
    failedInboxMessage("wms-evt-console");
    try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
      browser.getOptions().setThrowExceptionOnScriptError(true);
      HtmlPage page = browser.getPage(base + "/odoo-connector/console");
      browser.waitForBackgroundJavaScript(3000);
      String rowId = "inbox-acme-wms-wms-evt-console";
      assertThat(page.getElementById(rowId)).isNotNull();
      assertThat(page.getElementById(rowId).asNormalizedText()).contains("unknown SKU ACME-1");
      assertThat(page.getElementById("inbox-failed").getTextContent()).isEqualTo("1");

      ((HtmlInput) page.getElementById("reason")).type("SKU created, replayed from the console");
      ((HtmlButton) page.getElementById(rowId).getElementsByTagName("button").get(0)).click();
      browser.waitForBackgroundJavaScript(3000);

      assertThat(page.getElementById("message").getTextContent()).contains("wms-evt-console");
      assertThat(page.getElementById(rowId)).isNull();
    }
    assertThat(inboxStore().find("acme-wms", "wms-evt-console").orElseThrow().status())
        .isEqualTo(InboxStatus.RECEIVED);
    assertThat(inboxStore().replayAudit("acme-wms", "wms-evt-console"))
        .singleElement()
        .satisfies(a -> assertThat(a.reason()).isEqualTo("SKU created, replayed from the console"));
  }

  @Test
  void aBlockedLabelPurchaseIsListedAndResolvedThroughTheEndpointAndTheConsole() throws Exception {
    OdooClient client =
        OdooClient.builder()
            .url(fake.url())
            .database(fake.database())
            .login(fake.adminLogin())
            .apiKey(fake.adminApiKey())
            .build();
    SimulatedCarrier swiftpost =
        SimulatedCarrier.builder("swiftpost")
            .displayName("SwiftPost")
            .service("ECO", "4.00", "0.50", 5, false)
            .idempotentCreate(false)
            .findShipmentSupported(false)
            .build();
    ShippingIntegration shipping =
        ShippingIntegration.builder()
            .odoo(client)
            .carrier(swiftpost, "Standard delivery")
            .purchaseRetry(RetrySettings.none())
            .build();
    long picking = readyDelivery(client);
    shipping.shopRates(picking);
    swiftpost.dropNextCreateRequests(1);
    try {
      shipping.buyLabel(picking);
      throw new AssertionError("the purchase should have had an unknown outcome");
    } catch (CarrierOutcomeUnknownException expected) {
      // the key is blocked now
    }
    String key = "carrier-label:stock.picking:" + picking;
    SpringApplication application =
        new SpringApplicationBuilder(HostApplication.class)
            .initializers(
                ctx ->
                    ((GenericApplicationContext) ctx)
                        .getBeanFactory()
                        .registerSingleton("shippingIntegration", shipping))
            .build();
    try (ConfigurableApplicationContext withShipping =
        application.run(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--odoo.url=" + fake.url(),
            "--odoo.database=" + fake.database(),
            "--odoo.login=" + fake.adminLogin(),
            "--odoo.api-key=" + fake.adminApiKey(),
            "--odoo.jobs.enabled=false",
            "--odoo.console.enabled=true",
            "--management.endpoints.web.exposure.include=odooconnector")) {
      String at =
          "http://127.0.0.1:"
              + ((WebServerApplicationContext) withShipping).getWebServer().getPort();
      String endpoint = at + "/actuator/odooconnector";
      assertThat(getAbsolute(endpoint).body()).contains(key).contains("swiftpost");

      String noRequester =
          "{\"action\":\"resolve-unknown\",\"key\":\""
              + key
              + "\",\"resolution\":\"NOT_PURCHASED\",\"reason\":\"not in the portal\"}";
      assertThat(postAbsolute(endpoint, noRequester).statusCode()).isEqualTo(400);
      String noReason =
          "{\"action\":\"resolve-unknown\",\"key\":\""
              + key
              + "\",\"resolution\":\"NOT_PURCHASED\",\"requestedBy\":\"alice\"}";
      assertThat(postAbsolute(endpoint, noReason).statusCode()).isEqualTo(400);
      HttpResponse<String> unknownKey =
          postAbsolute(
              endpoint,
              "{\"action\":\"resolve-unknown\",\"key\":\"carrier-label:nope\","
                  + "\"resolution\":\"NOT_PURCHASED\",\"reason\":\"x\","
                  + "\"requestedBy\":\"alice\"}");
      assertThat(unknownKey.statusCode()).isEqualTo(400);
      HttpResponse<String> badResolution =
          postAbsolute(
              endpoint,
              "{\"action\":\"resolve-unknown\",\"key\":\""
                  + key
                  + "\",\"resolution\":\"MAYBE\",\"reason\":\"x\","
                  + "\"requestedBy\":\"alice\"}");
      assertThat(badResolution.statusCode()).isEqualTo(400);
      assertThat(shipping.blockedPurchases()).hasSize(1);

      try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
        browser.getOptions().setThrowExceptionOnScriptError(true);
        HtmlPage page = browser.getPage(at + "/odoo-connector/console");
        browser.waitForBackgroundJavaScript(3000);
        String rowId = "blocked-" + key;
        assertThat(page.getElementById(rowId)).isNotNull();
        ((HtmlInput) page.getElementById("reason")).type("no label in the SwiftPost portal");
        ((HtmlInput) page.getElementById("requested-by")).type("alice");
        ((HtmlButton) page.getElementById(rowId).getElementsByTagName("button").get(0)).click();
        browser.waitForBackgroundJavaScript(3000);

        assertThat(page.getElementById("message").getTextContent())
            .contains(key)
            .contains("RELEASED");
        assertThat(page.getElementById(rowId)).isNull();
      }
    }
    assertThat(shipping.blockedPurchases()).isEmpty();
    List<String> notes =
        client
            .searchRead(
                "mail.message",
                Domain.where("res_id", "=", picking)
                    .and(Domain.where("model", "=", "stock.picking")),
                List.of("body"),
                SearchOptions.defaults())
            .stream()
            .map(m -> m.string("body").orElse(""))
            .toList();
    assertThat(notes)
        .anyMatch(n -> n.contains("alice") && n.contains("no label in the SwiftPost portal"));
    assertThat(shipping.buyLabel(picking).replayed()).isFalse();
    assertThat(swiftpost.labelsPurchased()).isEqualTo(1);
  }

  /** A ready outgoing delivery of one chair to a Belgian customer, the company with an address. */
  private static long readyDelivery(OdooClient client) {
    long company = client.search("res.company", Domain.all(), SearchOptions.limit(1)).get(0);
    long companyPartner =
        client
            .read("res.company", List.of(company), List.of("partner_id"))
            .get(0)
            .many2one("partner_id")
            .orElseThrow()
            .id();
    client.write(
        "res.partner",
        List.of(companyPartner),
        Map.of(
            "street", "Rue du Dépôt 5",
            "city", "Brussels",
            "zip", "1000",
            "country_id", fake.ref("base.be")));
    long partner =
        client.create(
            "res.partner",
            Map.of(
                "name", "Acme Retail",
                "street", "Grote Markt 1",
                "city", "Antwerpen",
                "zip", "2000",
                "country_id", fake.ref("base.be")));
    long picking =
        client.create(
            "stock.picking",
            Map.of(
                "partner_id", partner,
                "picking_type_id", fake.ref("stock.picking_type_out"),
                "location_id", fake.ref("stock.stock_location_stock"),
                "location_dest_id", fake.ref("stock.stock_location_customers"),
                "move_ids",
                    List.of(
                        Command.create(
                            Map.of(
                                "name", "Office Chair",
                                "product_id", fake.ref("product.product_chair"),
                                "product_uom_qty", 1.0,
                                "product_uom", fake.ref("uom.product_uom_unit"),
                                "location_id", fake.ref("stock.stock_location_stock"),
                                "location_dest_id", fake.ref("stock.stock_location_customers"))))));
    client.call("stock.picking", "action_confirm", List.of(List.of(picking)), Map.of());
    client.call("stock.picking", "action_assign", List.of(List.of(picking)), Map.of());
    client.write("stock.picking", List.of(picking), Map.of("shipping_weight", 3.0));
    return picking;
  }

  private HttpResponse<String> getAbsolute(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postAbsolute(String url, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void wmsAndShippingIntegrationsAreBuiltFromPropertiesWhenAnAdapterIsConfigured()
      throws Exception {
    assertThat(app.getBeansOfType(WmsIntegration.class)).isEmpty();
    assertThat(app.getBeansOfType(ShippingIntegration.class)).isEmpty();
    OdooClient odoo = app.getBean(OdooClient.class);
    CustomField.charField("stock.picking", "x_wms_ref", "WMS reference").ensureIn(odoo);
    String express =
        odoo.read(
                "delivery.carrier",
                List.of(fake.ref("delivery.delivery_carrier_express")),
                List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();

    try (ConfigurableApplicationContext configured =
        start(
            "--odoo.wms.type=rest",
            "--odoo.wms.settings[baseUrl]=http://127.0.0.1:9/wms",
            "--odoo.wms.settings[name]=acme-wms",
            "--odoo.shipping.carriers[0].type=rest-json",
            "--odoo.shipping.carriers[0].delivery-carrier=" + express,
            "--odoo.shipping.carriers[0].settings[carrier-code]=ACME",
            "--odoo.shipping.carriers[0].settings[base-url]=http://127.0.0.1:9/carrier",
            "--odoo.shipping.carriers[0].settings[services]=EXP:Express:domestic")) {
      assertThat(configured.getBean(WmsIntegration.class).adapter().name()).isEqualTo("acme-wms");
      assertThat(configured.getBean(ShippingIntegration.class).carriers())
          .extracting(c -> c.capabilities().carrierCode())
          .containsExactly("ACME");
      // metered and scheduled like integrations the application defines itself
      assertThat(configured.getBean(OdooJobs.class).names())
          .contains(
              "wms-release",
              "wms-inbox",
              "shipping-reconcile",
              "shipping-tracking-inbox",
              "shipping-stale-tracking");

      // carrier callbacks enter the same inbox as WMS webhooks, under carrier:<code>
      String at =
          "http://127.0.0.1:"
              + ((WebServerApplicationContext) configured).getWebServer().getPort()
              + "/odoo-connector/webhooks/carrier/";
      byte[] tracking = "{\"tracking_number\":\"1Z999\",\"events\":[]}".getBytes(UTF_8);
      HttpResponse<String> stored = postBytes(at + "ACME", tracking);
      assertThat(stored.statusCode()).isEqualTo(202);
      InboxStore inbox = configured.getBean(InboxStore.class);
      String eventId =
          inbox.list(InboxStatus.RECEIVED, 10).stream()
              .filter(m -> m.source().equals("carrier:ACME"))
              .map(InboxMessage::eventId)
              .findFirst()
              .orElseThrow();
      assertThat(stored.body()).contains(eventId);
      assertThat(postBytes(at + "ACME", tracking).statusCode()).isEqualTo(202);
      assertThat(postBytes(at + "NOPE", tracking).statusCode()).isEqualTo(401);
      assertThat(postBytes(at + "ACME", "not json".getBytes(UTF_8)).statusCode()).isEqualTo(401);
      assertThat(inbox.list(InboxStatus.RECEIVED, 10))
          .filteredOn(m -> m.source().startsWith("carrier:"))
          .hasSize(1);
    }
  }

  private HttpResponse<String> postBytes(String url, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theConsoleIsOffUnlessEnabled() throws Exception {
    try (ConfigurableApplicationContext off = start("--odoo.console.enabled=false")) {
      int port = ((WebServerApplicationContext) off).getWebServer().getPort();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/odoo-connector/console"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(404);
    }
  }

  /** Appends an event and lets a "worker" give up on it, through the store's public API. */
  private static void deadLetter(String eventId) {
    Outbox outbox = app.getBean(Outbox.class);
    outbox.enqueue(
        BusinessEvent.builder()
            .eventId(eventId)
            .type("order.released")
            .source("test")
            .occurredAt(Instant.parse("2026-11-30T10:00:00Z"))
            .payload(Map.of("order", "S00042"))
            .build());
    OutboxStore store = outbox.store();
    Instant now = Instant.now();
    List<OutboxRecord> claimed = store.claim("test-worker", 10, now, now.plusSeconds(60));
    OutboxRecord r =
        claimed.stream().filter(c -> c.eventId().equals(eventId)).findFirst().orElseThrow();
    store.markDead(r.id(), r.leaseToken(), "carrier timed out", now);
  }

  private static HmacBodyVerifier wmsVerifier() {
    return HmacBodyVerifier.builder(HostApplication.WMS_SECRET).build();
  }

  private static InboxStore inboxStore() {
    return app.getBean(InboxStore.class);
  }

  /** Receives a signed webhook and lets a "processor" give up on it, through the public API. */
  private static void failedInboxMessage(String eventId) {
    byte[] body = ("{\"id\":\"" + eventId + "\"}").getBytes(UTF_8);
    WebhookInbox inbox = app.getBean(WebhookInbox.class);
    Map<String, List<String>> headers = Map.of("X-Signature", List.of(wmsVerifier().sign(body)));
    inbox.receive(
        "acme-wms",
        app.getBean("acme-wms", WebhookVerifier.class),
        WebhookRequest.of(headers, body));
    Instant now = Instant.now();
    InboxMessage m =
        inboxStore().claim("test-processor", 10, now, now.plusSeconds(60)).stream()
            .filter(c -> c.eventId().equals(eventId))
            .findFirst()
            .orElseThrow();
    inboxStore().markFailed(m.id(), m.leaseToken(), "unknown SKU ACME-1", now, now, true);
  }

  private HttpResponse<String> webhook(String source, byte[] body, String signature)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/odoo-connector/webhooks/" + source))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
