package io.github.odooconnector.it.carrier;

import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingIntegrationBuilder;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

  /** A Studio-like char field on the package model for per-package tracking numbers. */
  static final String PACKAGE_TRACKING = "x_tracking_ref";

  final MutableClock clock = new MutableClock(NOW);
  final OdooVersion version;
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
      UnaryOperator<ShippingIntegrationBuilder> integrationCustomizer) {
    this(OdooVersion.V19, Protocol.AUTO, swiftpostCustomizer, integrationCustomizer);
  }

  CarrierScenario(OdooVersion version, Protocol protocol) {
    this(version, protocol, b -> b, b -> b);
  }

  CarrierScenario(
      OdooVersion version,
      Protocol protocol,
      UnaryOperator<SimulatedCarrier.Builder> swiftpostCustomizer,
      UnaryOperator<ShippingIntegrationBuilder> integrationCustomizer) {
    this(version, protocol, swiftpostCustomizer, integrationCustomizer, true);
  }

  /** A scenario on Odoo 19 whose Odoo is prepared (delivery methods, products) before build. */
  CarrierScenario(
      UnaryOperator<SimulatedCarrier.Builder> swiftpostCustomizer,
      UnaryOperator<ShippingIntegrationBuilder> integrationCustomizer,
      Consumer<CarrierScenario> prepareOdoo) {
    this(
        OdooVersion.V19,
        Protocol.AUTO,
        swiftpostCustomizer,
        integrationCustomizer,
        true,
        prepareOdoo);
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
      UnaryOperator<ShippingIntegrationBuilder> integrationCustomizer,
      boolean giveTheCompanyAnAddress) {
    this(
        version,
        protocol,
        swiftpostCustomizer,
        integrationCustomizer,
        giveTheCompanyAnAddress,
        s -> {});
  }

  private CarrierScenario(
      OdooVersion version,
      Protocol protocol,
      UnaryOperator<SimulatedCarrier.Builder> swiftpostCustomizer,
      UnaryOperator<ShippingIntegrationBuilder> integrationCustomizer,
      boolean giveTheCompanyAnAddress,
      Consumer<CarrierScenario> prepareOdoo) {
    this.version = version;
    odoo =
        FakeOdoo.builder()
            .version(version)
            .clock(clock)
            .customField("stock.picking", DELIVERED_AT, "datetime")
            .customField(packageModel(version), PACKAGE_TRACKING, "char")
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
    prepareOdoo.accept(this);
    shipping = integrationCustomizer.apply(baseBuilder()).build();
  }

  ShippingIntegrationBuilder baseBuilder() {
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
      values.put("country_id", countryId(countryXmlId));
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

  /** A country by external id ({@code base.be}, seeded) or ISO code (created when missing). */
  long countryId(String xmlIdOrCode) {
    if (xmlIdOrCode.startsWith("base.")) {
      return odoo.ref(xmlIdOrCode);
    }
    List<Long> found =
        client.search(
            "res.country", Domain.where("code", "=", xmlIdOrCode), SearchOptions.limit(1));
    return found.isEmpty()
        ? client.create("res.country", Map.of("name", xmlIdOrCode, "code", xmlIdOrCode))
        : found.get(0);
  }

  static String packageModel(OdooVersion version) {
    return version.major() >= 19 ? "stock.package" : "stock.quant.package";
  }

  String packageModel() {
    return packageModel(version);
  }

  /** A product with the given weight, price and customs data ({@code null}: not set). */
  long product(String name, String code, double kg, double price, String hsCode, String origin) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("default_code", code);
    values.put("weight", kg);
    values.put("list_price", price);
    if (version.major() >= 18) {
      values.put("is_storable", true);
    } else {
      values.put("type", "product");
    }
    if (hsCode != null) {
      values.put("hs_code", hsCode);
    }
    if (origin != null) {
      values.put("country_of_origin", countryId(origin));
    }
    long product = client.create("product.product", values);
    Map<String, Object> quant = new HashMap<>();
    quant.put("product_id", product);
    quant.put("location_id", odoo.ref("stock.stock_location_stock"));
    quant.put("inventory_quantity", 100.0);
    long q =
        client
            .withContext(Context.builder().put("inventory_mode", true).build())
            .create("stock.quant", quant);
    client.call("stock.quant", "action_apply_inventory", List.of(List.of(q)), Map.of());
    return product;
  }

  /** A ready delivery to a customer in that country, one move per product (quantity 1 each). */
  long delivery(String countryXmlId, List<Long> products) {
    long partner = customer(countryXmlId);
    List<Object> moves = new ArrayList<>();
    for (long product : products) {
      moves.add(
          Command.create(
              Map.of(
                  "name",
                  "move",
                  "product_id",
                  product,
                  "product_uom_qty",
                  1.0,
                  "product_uom",
                  odoo.ref("uom.product_uom_unit"),
                  "location_id",
                  odoo.ref("stock.stock_location_stock"),
                  "location_dest_id",
                  odoo.ref("stock.stock_location_customers"))));
    }
    long picking =
        client.create(
            "stock.picking",
            Map.of(
                "partner_id", partner,
                "picking_type_id", odoo.ref("stock.picking_type_out"),
                "location_id", odoo.ref("stock.stock_location_stock"),
                "location_dest_id", odoo.ref("stock.stock_location_customers"),
                "move_ids", moves));
    client.call("stock.picking", "action_confirm", List.of(List.of(picking)), Map.of());
    client.call("stock.picking", "action_assign", List.of(List.of(picking)), Map.of());
    return picking;
  }

  /** A confirmed sale order for the product (price per unit), and its ready delivery. */
  long[] saleDelivery(String countryXmlId, long product, double qty, double priceUnit) {
    long partner = customer(countryXmlId);
    long order =
        client.create(
            "sale.order",
            Map.of(
                "partner_id",
                partner,
                "order_line",
                List.of(
                    Command.create(
                        Map.of(
                            "product_id", product,
                            "product_uom_qty", qty,
                            "price_unit", priceUnit)))));
    client.call("sale.order", "action_confirm", List.of(List.of(order)), Map.of());
    long picking =
        client
            .search("stock.picking", Domain.where("sale_id", "=", order), SearchOptions.limit(1))
            .get(0);
    String state =
        client
            .read("stock.picking", List.of(picking), List.of("state"))
            .get(0)
            .string("state")
            .orElse("");
    if (!"assigned".equals(state)) {
      client.call("stock.picking", "action_assign", List.of(List.of(picking)), Map.of());
    }
    return new long[] {order, picking};
  }

  /** Odoo's own return flow for a done delivery: wizard, quantities, create-returns per version. */
  long odooReturn(long delivery) {
    long wizard =
        client
            .withContext(
                Context.builder()
                    .put("active_id", delivery)
                    .put("active_ids", List.of(delivery))
                    .put("active_model", "stock.picking")
                    .build())
            .create("stock.return.picking", Map.of());
    for (long line :
        client.search(
            "stock.return.picking.line",
            Domain.where("wizard_id", "=", wizard),
            SearchOptions.defaults())) {
      client.write("stock.return.picking.line", List.of(line), Map.of("quantity", 1.0));
    }
    String method = version.major() >= 18 ? "action_create_returns" : "create_returns";
    Map<?, ?> action =
        (Map<?, ?>) client.call("stock.return.picking", method, List.of(List.of(wizard)), Map.of());
    return ((Number) action.get("res_id")).longValue();
  }

  /** Writes values on the delivery method a carrier stands for. */
  void deliveryMethod(long carrierId, Map<String, ?> values) {
    client.write("delivery.carrier", List.of(carrierId), values);
  }

  List<OdooRecord> moveLines(long picking) {
    return client.searchRead(
        "stock.move.line",
        Domain.where("picking_id", "=", picking),
        List.of("product_id", "quantity", "result_package_id"),
        SearchOptions.defaults().withOrder("id"));
  }

  /** A package type of the given outer dimensions in millimetres. */
  long packageType(String name, double lengthMm, double widthMm, double heightMm) {
    return client.create(
        "stock.package.type",
        Map.of(
            "name", name,
            "packaging_length", lengthMm,
            "width", widthMm,
            "height", heightMm,
            "shipper_package_code", name));
  }

  /** Puts each move line of the picking in its own package of that shipping weight. */
  List<Long> packEachLine(long picking, Long packageType, double shippingWeightKg) {
    List<Long> packages = new ArrayList<>();
    for (OdooRecord line : moveLines(picking)) {
      Map<String, Object> values = new HashMap<>();
      values.put("shipping_weight", shippingWeightKg);
      if (packageType != null) {
        values.put("package_type_id", packageType);
      }
      long pkg = client.create(packageModel(), values);
      client.write("stock.move.line", List.of(line.id()), Map.of("result_package_id", pkg));
      packages.add(pkg);
    }
    return packages;
  }

  OdooRecord pack(long id) {
    return client
        .read(packageModel(), List.of(id), List.of("name", PACKAGE_TRACKING, "weight"))
        .get(0);
  }

  /** Validates a picking (done). */
  void validate(long picking) {
    client
        .withContext(Context.builder().put("skip_sms", true).put("skip_backorder", true).build())
        .call("stock.picking", "button_validate", List.of(List.of(picking)), Map.of());
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
