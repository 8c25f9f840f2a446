package io.github.odooconnector.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.boot.OdooJobs;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class BootExampleApplicationTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theExampleStartsOnTheEmbeddedDefaultAndServesTheConsole() throws Exception {
    try (ConfigurableApplicationContext app =
        BootExampleApplication.start("--server.port=0", "--odoo.jobs.enabled=false")) {
      String base = BootExampleApplication.baseUrl(app);

      HttpResponse<String> console = get(base + "/odoo-connector/console");
      assertThat(console.statusCode()).isEqualTo(200);
      assertThat(console.body()).contains("odoo-connector operations console");

      HttpResponse<String> health = get(base + "/actuator/health/odooConnector");
      assertThat(health.body()).contains("\"status\":\"UP\"").contains("authenticated");

      assertThat(app.getBean(OutboxStore.class).toString()).contains("Jdbc");
      assertThat(app.getBean(WmsIntegration.class).adapter().name()).isEqualTo("acme-wms");
      assertThat(app.getBean(ShippingIntegration.class).carriers()).hasSize(1);
      assertThat(app.getBean(OdooJobs.class).names())
          .contains("wms-release", "wms-inbox", "shipping-reconcile");
    }
  }

  /**
   * The order-to-delivery flow on the class path a Boot 4.0.7 host resolves (Boot's Jackson,
   * Hibernate Validator, Micrometer and PostgreSQL driver; see BootExampleManagedVersionsTest),
   * driven through the application's beans: a confirmed sales order is released to the WMS, the WMS
   * ships, the confirmation (validated against the canonical model) completes the picking in Odoo,
   * and the label is bought through the shipping integration on the JDBC idempotency store.
   */
  @Test
  void orderToDeliveryRunsUnderBootsManagedDependencyVersions() {
    assertThat(
            BootExampleManagedVersionsTest.version(
                HibernateValidator.class, "org.hibernate.validator", "hibernate-validator"))
        .isEqualTo("9.0.1.Final");
    try (ConfigurableApplicationContext app =
        BootExampleApplication.start("--server.port=0", "--odoo.jobs.enabled=false")) {
      OdooClient odoo = app.getBean(OdooClient.class);
      WmsIntegration warehouse = app.getBean(WmsIntegration.class);
      ShippingIntegration shipping = app.getBean(ShippingIntegration.class);
      SimulatedWms wms = app.getBean(SimulatedWms.class);
      giveTheCompanyAnAddress(odoo);

      // a sales order is confirmed in Odoo: its delivery is created
      long order = confirmedOrder(odoo);
      long pickingId =
          odoo.search("stock.picking", Domain.where("sale_id", "=", order), SearchOptions.limit(1))
              .get(0);
      String picking = name(odoo, pickingId);

      // released to the WMS once, even when released again
      BatchReport released = warehouse.releaseSaleOrder(order);
      assertThat(released.succeeded()).containsExactly(picking);
      assertThat(warehouse.releaseSaleOrder(order).succeeded()).isEmpty();
      assertThat(wms.releaseCalls()).isEqualTo(1);
      FulfillmentOrder sent = wms.orders().get(picking);
      assertThat(sent.lines()).hasSize(1);

      // the WMS accepts and picks; the label is bought once and attached to the picking
      assertThat(warehouse.apply(wms.accept(picking)))
          .isIn(ApplyOutcome.APPLIED, ApplyOutcome.FORWARDED);
      warehouse.apply(wms.pick(picking));
      odoo.write("stock.picking", List.of(pickingId), Map.of("shipping_weight", 5.0));
      assertThat(shipping.shopRates(pickingId).chosen().carrierCode()).isEqualTo("swiftpost");
      LabelResult label = shipping.buyLabel(pickingId);
      assertThat(label.trackingRef()).isNotBlank();
      assertThat(label.replayed()).isFalse();
      assertThat(shipping.buyLabel(pickingId).replayed()).isTrue();

      // the WMS ships: an invalid confirmation is refused by the canonical validation, nothing is
      // applied; the valid one completes the picking in Odoo, exactly once
      BusinessEvent<?> shipped = wms.ship(picking, carrierName(odoo), label.trackingRef());
      assertThat(shipped.payload()).isInstanceOf(Shipment.class);
      BusinessEvent<?> blankSource =
          new BusinessEvent<>(
              shipped.eventId() + "-invalid",
              shipped.type(),
              shipped.occurredAt(),
              " ",
              shipped.correlationId(),
              shipped.idempotencyKey() + "-invalid",
              shipped.schemaVersion(),
              shipped.payload());
      assertThatThrownBy(() -> warehouse.apply(blankSource))
          .isInstanceOf(InvalidWmsMessageException.class)
          .hasMessageContaining("source")
          .hasMessageContaining("nothing was applied");
      assertThat(state(odoo, pickingId)).isNotEqualTo("done");

      assertThat(warehouse.apply(shipped)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(warehouse.apply(shipped)).isEqualTo(ApplyOutcome.DUPLICATE);
      OdooRecord done =
          odoo.read("stock.picking", List.of(pickingId), List.of("state", "carrier_tracking_ref"))
              .get(0);
      assertThat(done.string("state")).contains("done");
      assertThat(done.string("carrier_tracking_ref")).contains(label.trackingRef());
    }
  }

  private static long confirmedOrder(OdooClient odoo) {
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
                country(odoo, "BE")));
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

  private static void giveTheCompanyAnAddress(OdooClient odoo) {
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
            country(odoo, "BE")));
  }

  private static long country(OdooClient odoo, String code) {
    return odoo.search("res.country", Domain.where("code", "=", code), SearchOptions.limit(1))
        .get(0);
  }

  private static String carrierName(OdooClient odoo) {
    // the delivery method the example application maps its simulated carrier to
    long carrierId = odoo.search("delivery.carrier", Domain.all(), SearchOptions.limit(1)).get(0);
    return odoo.read("delivery.carrier", List.of(carrierId), List.of("name"))
        .get(0)
        .string("name")
        .orElseThrow();
  }

  private static String name(OdooClient odoo, long pickingId) {
    return odoo.read("stock.picking", List.of(pickingId), List.of("name"))
        .get(0)
        .string("name")
        .orElseThrow();
  }

  private static String state(OdooClient odoo, long pickingId) {
    return odoo.read("stock.picking", List.of(pickingId), List.of("state"))
        .get(0)
        .string("state")
        .orElseThrow();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
