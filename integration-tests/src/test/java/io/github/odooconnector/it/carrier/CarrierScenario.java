package io.github.odooconnector.it.carrier;

import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One FakeOdoo, two simulated carriers and a ShippingIntegration wired like a host application
 * would.
 *
 * <p>With the 3 kg picking every test ships, the carriers quote (today = Fri 2026-11-27):
 *
 * <pre>
 *   swiftpost ECO      4.00 + 0.50/kg =  5.50 EUR, 5 days -> 2026-12-02   (cheapest)
 *   swiftpost EXPRESS  9.00 + 1.00/kg = 12.00 EUR, 2 days -> 2026-11-29
 *   rapidex   STANDARD 6.00 + 0.20/kg =  6.60 EUR, 3 days -> 2026-11-30   (cheapest by 2026-11-30)
 *   rapidex   EXPRESS  7.50 + 1.00/kg = 10.50 EUR, 1 day  -> 2026-11-28   (fastest)
 * </pre>
 */
final class CarrierScenario implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
  static final String DELIVERED_AT = "x_delivered_at";

  final MutableClock clock = new MutableClock(NOW);
  final FakeOdoo odoo;
  final OdooClient client;
  final SimulatedCarrier swiftpost;
  final SimulatedCarrier rapidex;
  final InMemoryIdempotencyStore idempotencyStore = InMemoryIdempotencyStore.create();
  final MappingConfig mapping;
  final long swiftpostCarrierId;
  final long rapidexCarrierId;
  ShippingIntegration shipping;

  CarrierScenario() {
    this(b -> b, b -> b);
  }

  CarrierScenario(
      UnaryOperator<SimulatedCarrier.Builder> swiftpostCustomizer,
      UnaryOperator<ShippingIntegration.Builder> integrationCustomizer) {
    this(OdooVersion.V19, Protocol.AUTO, swiftpostCustomizer, integrationCustomizer);
  }

  CarrierScenario(OdooVersion version, Protocol protocol) {
    this(version, protocol, b -> b, b -> b);
  }

  CarrierScenario(
      OdooVersion version,
      Protocol protocol,
      UnaryOperator<SimulatedCarrier.Builder> swiftpostCustomizer,
      UnaryOperator<ShippingIntegration.Builder> integrationCustomizer) {
    this(version, protocol, swiftpostCustomizer, integrationCustomizer, true);
  }

  /**
   * A scenario on a fresh FakeOdoo as it is seeded: its company has a street and a city but no
   * country, so the shipper address is incomplete.
   */
  static CarrierScenario withSeededCompanyAddress() {
    return new CarrierScenario(OdooVersion.V19, Protocol.AUTO, b -> b, b -> b, false);
  }

  private CarrierScenario(
      OdooVersion version,
      Protocol protocol,
      UnaryOperator<SimulatedCarrier.Builder> swiftpostCustomizer,
      UnaryOperator<ShippingIntegration.Builder> integrationCustomizer,
      boolean giveTheCompanyAnAddress) {
    odoo =
        FakeOdoo.builder()
            .version(version)
            .clock(clock)
            .customField("stock.picking", DELIVERED_AT, "datetime")
            .start();
    OdooClientBuilder cb =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .protocol(protocol)
            .retry(RetrySettings.none());
    client =
        (protocol == Protocol.JSON2
                ? cb.apiKey(odoo.adminApiKey())
                : cb.password(odoo.adminPassword()))
            .build();
    swiftpost =
        swiftpostCustomizer
            .apply(
                SimulatedCarrier.builder("swiftpost")
                    .displayName("SwiftPost")
                    .service("ECO", "4.00", "0.50", 5, false)
                    .service("EXPRESS", "9.00", "1.00", 2, true)
                    .clock(clock))
            .build();
    rapidex =
        SimulatedCarrier.builder("rapidex")
            .displayName("Rapidex")
            .service("STANDARD", "6.00", "0.20", 3, true)
            .service("EXPRESS", "7.50", "1.00", 1, true)
            .clock(clock)
            .build();
    swiftpostCarrierId = odoo.ref("delivery.free_delivery_carrier");
    rapidexCarrierId = odoo.ref("delivery.delivery_carrier_express");
    mapping = MappingConfig.defaults();
    if (giveTheCompanyAnAddress) {
      giveTheCompanyAnAddress();
    }
    shipping = integrationCustomizer.apply(baseBuilder()).build();
  }

  ShippingIntegration.Builder baseBuilder() {
    return ShippingIntegration.builder()
        .odoo(client)
        .mapping(mapping)
        .carrier(swiftpost, "Standard delivery")
        .carrier(rapidex, rapidexCarrierId)
        .idempotencyStore(idempotencyStore)
        .deliveredDateField(DELIVERED_AT)
        .purchaseRetry(RetrySettings.fixed(3, Duration.ZERO))
        .clock(clock);
  }

  private void giveTheCompanyAnAddress() {
    long company = client.search("res.company", Domain.all(), SearchOptions.limit(1)).get(0);
    long partner =
        client
            .read("res.company", List.of(company), List.of("partner_id"))
            .get(0)
            .many2one("partner_id")
            .map(Many2one::id)
            .orElseThrow();
    client.write(
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
            odoo.ref("base.be")));
  }

  long customer(String countryXmlId) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", "Acme Retail");
    values.put("street", "Grote Markt 1");
    values.put("city", "Antwerpen");
    values.put("zip", "2000");
    values.put("email", "ops@acme.example");
    if (countryXmlId != null) {
      values.put("country_id", odoo.ref(countryXmlId));
    }
    return client.create("res.partner", values);
  }

  /** A ready outgoing delivery for a Belgian customer weighing 3 kg. */
  long readyDelivery() {
    return readyDelivery("base.be");
  }

  /** A ready 3 kg delivery for a customer in that country ({@code null}: a customer without). */
  long readyDelivery(String countryXmlId) {
    long partner = customer(countryXmlId);
    long picking =
        client.create(
            "stock.picking",
            Map.of(
                "partner_id", partner,
                "picking_type_id", odoo.ref("stock.picking_type_out"),
                "location_id", odoo.ref("stock.stock_location_stock"),
                "location_dest_id", odoo.ref("stock.stock_location_customers"),
                "move_ids",
                    List.of(
                        Command.create(
                            Map.of(
                                "name", "Office Chair",
                                "product_id", odoo.ref("product.product_chair"),
                                "product_uom_qty", 1.0,
                                "product_uom", odoo.ref("uom.product_uom_unit"),
                                "location_id", odoo.ref("stock.stock_location_stock"),
                                "location_dest_id", odoo.ref("stock.stock_location_customers"))))));
    client.call("stock.picking", "action_confirm", List.of(List.of(picking)), Map.of());
    client.call("stock.picking", "action_assign", List.of(List.of(picking)), Map.of());
    client.write("stock.picking", List.of(picking), Map.of("shipping_weight", 3.0));
    return picking;
  }

  OdooRecord picking(long id) {
    return client
        .read(
            "stock.picking",
            List.of(id),
            List.of(
                "name",
                "state",
                "carrier_id",
                "carrier_price",
                "carrier_tracking_ref",
                DELIVERED_AT))
        .get(0);
  }

  List<OdooRecord> attachments(long pickingId) {
    return client.searchRead(
        "ir.attachment",
        Domain.and(
            Domain.where("res_model", "=", "stock.picking"),
            Domain.where("res_id", "=", pickingId)),
        List.of("name", "mimetype", "datas", "type"),
        SearchOptions.defaults().withOrder("id"));
  }

  List<String> chatter(long pickingId) {
    return client
        .searchRead(
            "mail.message",
            Domain.and(
                Domain.where("model", "=", "stock.picking"),
                Domain.where("res_id", "=", pickingId)),
            List.of("body"),
            SearchOptions.defaults().withOrder("id"))
        .stream()
        .map(m -> m.string("body").orElse(""))
        .toList();
  }

  List<OdooRecord> activities(long pickingId) {
    return client.searchRead(
        "mail.activity",
        Domain.and(
            Domain.where("res_model", "=", "stock.picking"),
            Domain.where("res_id", "=", pickingId)),
        List.of("summary", "note", "date_deadline", "activity_type_id"),
        SearchOptions.defaults());
  }

  @Override
  public void close() {
    client.close();
    odoo.close();
  }

  /** A clock tests move forward explicitly. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
