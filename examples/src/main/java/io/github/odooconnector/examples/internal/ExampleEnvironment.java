package io.github.odooconnector.examples.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.WmsAdapter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the examples' Odoo comes from: the embedded {@link FakeOdoo} by default, or a real server
 * when {@code ODOO_URL}, {@code ODOO_DB}, {@code ODOO_USER} and {@code ODOO_API_KEY} (or {@code
 * ODOO_PASSWORD}) are set.
 *
 * <p>Everything the examples need is looked up over the API (products by internal reference,
 * carriers and countries by name/code), so the same code runs against both. On a real server the
 * examples write real documents: use a test database.
 */
public final class ExampleEnvironment implements AutoCloseable {
  /** Custom char field on stock.picking that records the WMS order id (the release marker). */
  public static final String DEFAULT_MARKER_FIELD = "x_wms_ref";

  /** Custom datetime field on stock.picking that the carrier workflow fills on delivery. */
  public static final String DEFAULT_DELIVERED_FIELD = "x_delivered_at";

  private final Optional<FakeOdoo> fake;
  private final OdooClient client;
  private final String description;
  private final String markerField;
  private final String deliveredField;
  private final List<String> skus;

  private ExampleEnvironment(
      Optional<FakeOdoo> fake,
      OdooClient client,
      String description,
      String markerField,
      String deliveredField,
      List<String> skus) {
    this.fake = fake;
    this.client = client;
    this.description = description;
    this.markerField = markerField;
    this.deliveredField = deliveredField;
    this.skus = skus;
  }

  /** Opens the environment the process environment asks for. */
  public static ExampleEnvironment open() {
    return open(System.getenv());
  }

  /**
   * Opens the environment described by {@code env} (the same variables as the process environment).
   */
  public static ExampleEnvironment open(Map<String, String> env) {
    String url = env.get("ODOO_URL");
    String marker = env.getOrDefault("ODOO_WMS_MARKER_FIELD", DEFAULT_MARKER_FIELD);
    String delivered = env.getOrDefault("ODOO_DELIVERED_FIELD", DEFAULT_DELIVERED_FIELD);
    List<String> skus =
        Arrays.asList(env.getOrDefault("ODOO_EXAMPLE_SKUS", "FURN_0001,FURN_0002").split(","));
    if (url == null || url.isBlank()) {
      FakeOdoo odoo =
          FakeOdoo.builder()
              .customField("stock.picking", marker, "char")
              .customField("stock.picking", delivered, "datetime")
              .start();
      OdooClient client =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .login(odoo.adminLogin())
              .apiKey(odoo.adminApiKey())
              .build();
      giveTheCompanyAnAddress(client);
      return new ExampleEnvironment(
          Optional.of(odoo),
          client,
          "embedded fake Odoo "
              + odoo.version()
              + " at "
              + odoo.url()
              + " (set ODOO_URL to use a real server)",
          marker,
          delivered,
          skus);
    }
    OdooClientBuilder builder =
        OdooClient.builder()
            .url(url)
            .database(require(env, "ODOO_DB"))
            .login(require(env, "ODOO_USER"));
    String key = env.get("ODOO_API_KEY");
    if (key != null && !key.isBlank()) {
      builder.apiKey(key);
    } else {
      builder.password(require(env, "ODOO_PASSWORD"));
    }
    OdooClient client = builder.build();
    ExampleEnvironment environment =
        new ExampleEnvironment(
            Optional.empty(),
            client,
            "real Odoo at " + url + " (database " + env.get("ODOO_DB") + ")",
            marker,
            delivered,
            skus);
    environment.requireField("stock.picking", marker);
    environment.requireField("stock.picking", delivered);
    return environment;
  }

  /** The fake's company has no address; carriers need a ship-from, as every real company has. */
  private static void giveTheCompanyAnAddress(OdooClient client) {
    long company = client.search("res.company", Domain.all(), SearchOptions.limit(1)).get(0);
    long partner =
        client
            .read("res.company", List.of(company), List.of("partner_id"))
            .get(0)
            .many2one("partner_id")
            .map(Many2one::id)
            .orElseThrow();
    long belgium =
        client
            .search("res.country", Domain.where("code", "=", "BE"), SearchOptions.limit(1))
            .get(0);
    client.write(
        "res.partner",
        List.of(partner),
        Map.of(
            "street", "Rue du Dépôt 5", "city", "Brussels", "zip", "1000", "country_id", belgium));
  }

  private static String require(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new ExampleFailure("ODOO_URL is set, so " + name + " must be set too");
    }
    return value;
  }

  private void requireField(String model, String field) {
    if (!client.fieldsGet(model).containsKey(field)) {
      throw new ExampleFailure(
          "the real Odoo has no field "
              + model
              + "."
              + field
              + ": create it (Settings > Technical > Fields, or Studio) or name an existing one"
              + " with ODOO_WMS_MARKER_FIELD / ODOO_DELIVERED_FIELD");
    }
  }

  /**
   * Runs an example as a program: quiet library logging, open the environment, exit 1 with the
   * reason on failure.
   */
  public static void runMain(Consumer<ExampleEnvironment> example) {
    Console.quietLibraryLogging();
    try (ExampleEnvironment env = open()) {
      example.accept(env);
    } catch (RuntimeException e) {
      System.err.println("FAILED: " + e);
      System.exit(1);
    }
  }

  /**
   * A WMS integration on this Odoo, marking released pickings in {@link #markerField()}; finish and
   * build it.
   */
  public WmsIntegration.Builder wmsIntegration(
      WmsAdapter wms, IdempotencyStore idempotency, OutboxStore outbox) {
    return WmsIntegration.builder()
        .odoo(client)
        .adapter(wms)
        .idempotencyStore(idempotency)
        .outboxStore(outbox)
        .releaseMarker(ReleaseMarker.charField(markerField));
  }

  /** The shared, thread-safe Odoo client. */
  public OdooClient odoo() {
    return client;
  }

  /** The embedded fake, when the examples run on it. */
  public Optional<FakeOdoo> fake() {
    return fake;
  }

  /** One line that says which Odoo this is. */
  public String description() {
    return description;
  }

  /** The release-marker field on stock.picking. */
  public String markerField() {
    return markerField;
  }

  /** The delivered-at field on stock.picking. */
  public String deliveredField() {
    return deliveredField;
  }

  /** Internal references of the products the examples order. */
  public List<String> skus() {
    return skus;
  }

  /** The id of the product with this internal reference. */
  public long productId(String sku) {
    List<Long> ids =
        client.search(
            "product.product", Domain.where("default_code", "=", sku), SearchOptions.limit(1));
    if (ids.isEmpty()) {
      throw new ExampleFailure(
          "no product with internal reference " + sku + " (set ODOO_EXAMPLE_SKUS)");
    }
    return ids.get(0);
  }

  /** The id of the country with this ISO code. */
  public long countryId(String isoCode) {
    List<Long> ids =
        client.search("res.country", Domain.where("code", "=", isoCode), SearchOptions.limit(1));
    ExampleFailure.check(!ids.isEmpty(), "no res.country with code %s", isoCode);
    return ids.get(0);
  }

  /** The names of the first {@code count} delivery carriers, by id. */
  public List<String> carrierNames(int count) {
    List<String> names = new ArrayList<>();
    for (OdooRecord r :
        client.searchRead(
            "delivery.carrier",
            Domain.all(),
            List.of("name"),
            SearchOptions.limit(count).withOrder("id"))) {
      names.add(r.string("name").orElseThrow());
    }
    ExampleFailure.check(
        names.size() == count, "need %d delivery carriers, found %d", count, names.size());
    return names;
  }

  /** The unit of measure of a product. */
  public long uomOf(long productId) {
    return client
        .read("product.product", List.of(productId), List.of("uom_id"))
        .get(0)
        .many2one("uom_id")
        .map(Many2one::id)
        .orElseThrow();
  }

  /** The name of the sales-order-line unit field, which Odoo 19 renamed. */
  public String orderLineUomField() {
    Map<String, ?> fields = client.fieldsGet("sale.order.line");
    return fields.containsKey("product_uom_id") ? "product_uom_id" : "product_uom";
  }

  /** Short name of the first warehouse. */
  public String warehouseCode() {
    return client
        .searchRead(
            "stock.warehouse",
            Domain.all(),
            List.of("code"),
            SearchOptions.limit(1).withOrder("id"))
        .get(0)
        .string("code")
        .orElseThrow();
  }

  @Override
  public void close() {
    client.close();
    fake.ifPresent(FakeOdoo::close);
  }

  @Override
  public String toString() {
    return "ExampleEnvironment[" + Objects.toString(description) + "]";
  }
}
