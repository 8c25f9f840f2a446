package io.github.odooconnector.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.boot.host.HostApplication;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import io.github.odooconnector.testkit.FakeOdoo;
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
