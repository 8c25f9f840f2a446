package io.github.odooconnector.boot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.boot.host.HostApplication;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.mapping.CustomField;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.EventHandler;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.jdbc.JdbcInboxStore;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.testing.TestDatabase;
import io.github.odooconnector.testkit.FakeOdoo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code odoo.outbox.wake-on-append} and {@code odoo.inbox.wake-on-receive}: with the jobs'
 * interval at one hour, an enqueued event reaches the application's {@link EventHandler} and a
 * stored WMS webhook is taken up by the {@code wms-inbox} job within seconds, woken by PostgreSQL
 * {@code LISTEN/NOTIFY}; switched off, nothing listens and both wait for the interval.
 */
class JobWakeUpTest {

  private static final BlockingQueue<String> HANDLED = new LinkedBlockingQueue<>();

  private static FakeOdoo fake;

  /** The application's outbox handler. */
  @Configuration(proxyBeanMethods = false)
  static class Handler {
    @Bean
    EventHandler recordingHandler() {
      return event -> HANDLED.add(event.eventId());
    }
  }

  @BeforeAll
  static void startOdoo() {
    fake = FakeOdoo.start();
  }

  @AfterAll
  static void stopOdoo() {
    if (fake != null) {
      fake.close();
    }
  }

  @BeforeEach
  void clean() throws Exception {
    TestDatabase.truncateAll();
    HANDLED.clear();
    waitUntil(Duration.ofSeconds(5), () -> listeners() == 0);
  }

  private static ConfigurableApplicationContext start(String... wakeUps) {
    try (OdooClient odoo =
        OdooClient.builder()
            .url(fake.url())
            .database(fake.database())
            .login(fake.adminLogin())
            .apiKey(fake.adminApiKey())
            .build()) {
      CustomField.charField("stock.picking", "x_wms_ref", "WMS reference").ensureIn(odoo);
    }
    String[] args = {
      "--server.port=0",
      "--server.address=127.0.0.1",
      "--odoo.url=" + fake.url(),
      "--odoo.database=" + fake.database(),
      "--odoo.login=" + fake.adminLogin(),
      "--odoo.api-key=" + fake.adminApiKey(),
      "--odoo.jobs.enabled=true",
      "--odoo.jobs.interval=1h",
      "--odoo.jobs.slow-interval=1h",
      "--odoo.wms.type=rest",
      "--odoo.wms.settings[baseUrl]=http://127.0.0.1:9/wms",
      "--odoo.wms.settings[name]=acme-wms",
    };
    String[] all = new String[args.length + wakeUps.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(wakeUps, 0, all, args.length, wakeUps.length);
    return new SpringApplicationBuilder(HostApplication.class, Handler.class).run(all);
  }

  @Test
  void anEnqueuedEventAndAStoredWebhookWakeTheirJobsInsteadOfWaitingAnHour() throws Exception {
    try (ConfigurableApplicationContext app = start()) {
      assertThat(app.getBean(OdooJobs.class).names()).contains("outbox-delivery", "wms-inbox");
      waitUntil(Duration.ofSeconds(10), () -> listeners() == 2);
      Outbox outbox = app.getBean(Outbox.class);
      for (int i = 0; i < 3; i++) {
        BusinessEvent<?> e = event("wake-" + i);
        long t0 = System.nanoTime();
        outbox.enqueue(e);
        assertThat(HANDLED.poll(10, TimeUnit.SECONDS)).isEqualTo(e.eventId());
        assertThat(Duration.ofNanos(System.nanoTime() - t0))
            .as("enqueue-to-handler latency with a one-hour job interval")
            .isLessThan(Duration.ofSeconds(2));
      }

      InboxStore inbox = app.getBean(InboxStore.class);
      long t0 = System.nanoTime();
      inbox.store(
          "wms:acme-wms",
          new VerifiedWebhook("wms-evt-1", null, "{\"not\":\"a wms event\"}".getBytes(UTF_8)),
          Instant.now());
      waitUntil(
          Duration.ofSeconds(10),
          () -> inbox.find("wms:acme-wms", "wms-evt-1").orElseThrow().attempts() > 0);
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .as("receive-to-processing latency with a one-hour job interval")
          .isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void switchedOffNothingListensAndTheJobsWaitForTheirInterval() throws Exception {
    try (ConfigurableApplicationContext app =
        start("--odoo.outbox.wake-on-append=false", "--odoo.inbox.wake-on-receive=false")) {
      app.getBean(Outbox.class).enqueue(event("sleeping"));
      app.getBean(InboxStore.class)
          .store(
              "wms:acme-wms", new VerifiedWebhook("wms-evt-2", null, new byte[0]), Instant.now());
      assertThat(HANDLED.poll(1500, TimeUnit.MILLISECONDS)).isNull();
      assertThat(app.getBean(InboxStore.class).find("wms:acme-wms", "wms-evt-2"))
          .get()
          .satisfies(m -> assertThat(m.attempts()).isZero());
      assertThat(listeners()).as("no listening connection").isZero();
    }
  }

  private static BusinessEvent<?> event(String id) {
    return BusinessEvent.builder()
        .eventId(id)
        .type("order.released")
        .source("test")
        .occurredAt(Instant.parse("2026-12-01T10:00:00Z"))
        .payload(Map.of("order", "S00042"))
        .build();
  }

  /** Listening connections of the outbox and inbox stores on the shared database. */
  private static int listeners() {
    try (Connection c = TestDatabase.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name IN (?, ?)")) {
      ps.setString(1, JdbcOutboxStore.LISTENER_APPLICATION_NAME);
      ps.setString(2, JdbcInboxStore.LISTENER_APPLICATION_NAME);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntil(Duration max, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within %s", max).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
