package io.github.odooconnector.examples.boot;

import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.CustomField;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.EmbeddedPostgres;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A Spring Boot application running odoo-connector through the starter on the embedded default: an
 * in-process fake Odoo, a simulated WMS and carrier, and an embedded PostgreSQL for the outbox,
 * inbox and idempotency stores. The starter builds the Odoo client from {@code odoo.*} properties,
 * the JDBC stores on the application's {@code DataSource}, schedules the jobs and serves the
 * Actuator endpoint and the operations console, whose URL is printed at start-up.
 *
 * <p>Run it with {@code mvn -B -ntp -Dquick -pl examples-spring-boot -am package exec:java} and
 * stop it with Ctrl+C. Thread-safe: the beans are created once by Spring.
 */
@SpringBootApplication
public class BootExampleApplication {

  /** Creates the configuration (Spring). */
  public BootExampleApplication() {}

  /**
   * Starts the embedded default and the application, and prints the console URL.
   *
   * @param args Spring Boot arguments, for example {@code --server.port=9090}
   */
  public static void main(String[] args) {
    ConfigurableApplicationContext context = start(args);
    System.out.println(
        "odoo-connector console: " + baseUrl(context) + "/odoo-connector/console (Ctrl+C stops)");
  }

  /**
   * Starts FakeOdoo, embedded PostgreSQL and the application on them; closing the context stops
   * both.
   *
   * @param args Spring Boot arguments
   * @return the running application
   */
  public static ConfigurableApplicationContext start(String... args) {
    EmbeddedPostgres postgres = EmbeddedPostgres.start();
    FakeOdoo odoo = FakeOdoo.start();
    try {
      Map<String, Object> defaults = new LinkedHashMap<>();
      defaults.put("spring.datasource.url", postgres.jdbcUrl());
      defaults.put("odoo.url", odoo.url());
      defaults.put("odoo.database", odoo.database());
      defaults.put("odoo.login", odoo.adminLogin());
      defaults.put("odoo.api-key", odoo.adminApiKey());
      defaults.put("odoo.console.enabled", "true");
      defaults.put("management.endpoints.web.exposure.include", "health,odooconnector,metrics");
      defaults.put("management.endpoint.health.show-details", "always");
      defaults.put("server.address", "127.0.0.1");
      SpringApplication application = new SpringApplication(BootExampleApplication.class);
      application.setDefaultProperties(defaults);
      application.addListeners(
          (ContextClosedEvent e) -> {
            odoo.close();
            postgres.close();
          });
      return application.run(args);
    } catch (RuntimeException e) {
      odoo.close();
      postgres.close();
      throw e;
    }
  }

  /**
   * The address the application listens on.
   *
   * @param context the running application
   * @return for example {@code http://127.0.0.1:8080}
   */
  public static String baseUrl(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return "http://127.0.0.1:" + port;
  }

  /**
   * The simulated WMS the integration releases orders to.
   *
   * @return the simulator
   */
  @Bean
  SimulatedWms simulatedWms() {
    return SimulatedWms.builder().name("acme-wms").build();
  }

  /**
   * The WMS workflows on the starter's client and JDBC stores; the starter meters them and
   * schedules their release and inbox jobs.
   *
   * @param odoo the starter's Odoo client
   * @param wms the simulated WMS
   * @param idempotency the starter's idempotency store
   * @param outbox the starter's outbox store
   * @param inbox the starter's inbox store
   * @return the integration
   */
  @Bean
  WmsIntegration wmsIntegration(
      OdooClient odoo,
      SimulatedWms wms,
      IdempotencyStore idempotency,
      OutboxStore outbox,
      InboxStore inbox) {
    // the release marker field the WMS workflows need on stock.picking
    CustomField.charField("stock.picking", "x_wms_ref", "WMS reference").ensureIn(odoo);
    return WmsIntegration.builder()
        .odoo(odoo)
        .adapter(wms)
        .idempotencyStore(idempotency)
        .outboxStore(outbox)
        .inboxStore(inbox)
        .build();
  }

  /**
   * The shipping workflows with one simulated carrier standing for Odoo's first delivery method.
   *
   * @param odoo the starter's Odoo client
   * @param idempotency the starter's idempotency store
   * @return the integration
   */
  @Bean
  ShippingIntegration shippingIntegration(OdooClient odoo, IdempotencyStore idempotency) {
    long carrierId = odoo.search("delivery.carrier", Domain.all(), SearchOptions.limit(1)).get(0);
    String name =
        odoo.read("delivery.carrier", List.of(carrierId), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();
    SimulatedCarrier swiftpost =
        SimulatedCarrier.builder("swiftpost")
            .displayName("SwiftPost")
            .service("ECO", "4.00", "0.50", 5, true)
            .build();
    return ShippingIntegration.builder()
        .odoo(odoo)
        .carrier(swiftpost, name)
        .idempotencyStore(idempotency)
        .build();
  }
}
