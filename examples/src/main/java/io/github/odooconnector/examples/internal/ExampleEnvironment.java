package io.github.odooconnector.examples.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.examples.ExampleSetup;
import io.github.odooconnector.mapping.CustomField;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.WmsAdapter;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * <p>The same code runs against both. What the examples prepare (custom fields, the company's
 * country on the fake, their own {@code ODC-DEMO-...} products and stock) is done by the public
 * {@link ExampleSetup}; on a real server everything is checked before the first change, custom
 * fields are created only when {@code ODOO_CREATE_CUSTOM_FIELDS=true}, and the examples write real
 * documents: use a test database.
 */
public final class ExampleEnvironment implements AutoCloseable {
  /** Custom char field on stock.picking that records the WMS order id (the release marker). */
  public static final String DEFAULT_MARKER_FIELD = "x_wms_ref";

  /** Custom datetime field on stock.picking that the carrier workflow fills on delivery. */
  public static final String DEFAULT_DELIVERED_FIELD = "x_delivered_at";

  /** The opt-in: set to {@code true} to let the examples create missing custom fields. */
  public static final String CREATE_FIELDS_VARIABLE = "ODOO_CREATE_CUSTOM_FIELDS";

  private final Optional<FakeOdoo> fake;
  private final OdooClient client;
  private final String description;
  private final String markerField;
  private final String deliveredField;
  private final List<String> setupNotes = new ArrayList<>();

  private ExampleEnvironment(
      Optional<FakeOdoo> fake,
      OdooClient client,
      String description,
      String markerField,
      String deliveredField) {
    this.fake = fake;
    this.client = client;
    this.description = description;
    this.markerField = markerField;
    this.deliveredField = deliveredField;
  }

  /** Opens the environment the process environment asks for. */
  public static ExampleEnvironment open() {
    return open(System.getenv());
  }

  /**
   * Opens the environment described by {@code env} (the same variables as the process environment).
   * On a real Odoo everything is checked before anything is changed: the custom fields (created
   * only with {@code ODOO_CREATE_CUSTOM_FIELDS=true}), the company's address and two delivery
   * methods.
   */
  public static ExampleEnvironment open(Map<String, String> env) {
    String url = env.get("ODOO_URL");
    String marker = env.getOrDefault("ODOO_WMS_MARKER_FIELD", DEFAULT_MARKER_FIELD);
    String delivered = env.getOrDefault("ODOO_DELIVERED_FIELD", DEFAULT_DELIVERED_FIELD);
    List<CustomField> fields = ExampleSetup.customFields(marker, delivered);
    if (url == null || url.isBlank()) {
      FakeOdoo odoo = FakeOdoo.start();
      OdooClient client =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .login(odoo.adminLogin())
              .apiKey(odoo.adminApiKey())
              .build();
      ExampleEnvironment environment =
          new ExampleEnvironment(
              Optional.of(odoo),
              client,
              "embedded fake Odoo "
                  + odoo.version()
                  + " at "
                  + odoo.url()
                  + " (set ODOO_URL to use a real server)",
              marker,
              delivered);
      environment.createFields(fields);
      if (ExampleSetup.completeCompanyCountry(client, "US")) {
        environment.setupNotes.add(
            "the fake's seeded company had no country in its address: set to US");
      }
      return environment;
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
            delivered);
    try {
      environment.prepareRealOdoo(fields, "true".equalsIgnoreCase(env.get(CREATE_FIELDS_VARIABLE)));
    } catch (RuntimeException e) {
      environment.close();
      throw e;
    }
    return environment;
  }

  /** Checks everything first; then creates the custom fields if the user opted in. */
  private void prepareRealOdoo(List<CustomField> fields, boolean createFields) {
    List<CustomField> missing = ExampleSetup.missing(client, fields);
    if (!missing.isEmpty() && !createFields) {
      List<String> names = new ArrayList<>();
      missing.forEach(f -> names.add(f.model() + "." + f.name() + " (" + f.type() + ")"));
      throw new ExampleFailure(
          "the real Odoo has no field "
              + String.join(", ", names)
              + "; nothing was changed. Set "
              + CREATE_FIELDS_VARIABLE
              + "=true to let the example create them through ir.model.fields (as Studio does,"
              + " with CustomField.ensureIn), create them yourself (Settings > Technical > Fields,"
              + " or Studio), or name existing fields with ODOO_WMS_MARKER_FIELD /"
              + " ODOO_DELIVERED_FIELD");
    }
    ExampleSetup.missingCompanyAddress(client)
        .ifPresent(
            problem -> {
              throw new ExampleFailure(problem + "; nothing was changed");
            });
    int carriers = client.search("delivery.carrier", Domain.all(), SearchOptions.limit(2)).size();
    ExampleFailure.check(
        carriers == 2,
        "the examples need two delivery methods (Inventory > Configuration > Delivery Methods),"
            + " found %d; nothing was changed",
        carriers);
    createFields(missing);
  }

  private void createFields(List<CustomField> fields) {
    for (CustomField f : fields) {
      if (f.ensureIn(client)) {
        setupNotes.add(
            "created custom field "
                + f.model()
                + "."
                + f.name()
                + " ("
                + f.type()
                + ") through ir.model.fields");
      }
    }
  }

  private static String require(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new ExampleFailure("ODOO_URL is set, so " + name + " must be set too");
    }
    return value;
  }

  /**
   * Finds or creates the examples' own products ({@code ODC-DEMO-...}) and gives each at least the
   * stock the examples use, through inventory adjustments; notes what it did.
   */
  public ExampleSetup.Products products() {
    ExampleSetup.Products products =
        ExampleSetup.ensureProducts(client, ExampleSetup.companyCountryCode(client));
    if (!products.created().isEmpty()) {
      setupNotes.add("created products " + String.join(", ", products.created()));
    }
    onHand(products.id(ExampleSetup.DESK), ExampleSetup.DESK, 20);
    onHand(products.id(ExampleSetup.CHAIR), ExampleSetup.CHAIR, 40);
    onHand(products.id(ExampleSetup.CABINET), ExampleSetup.CABINET, 8);
    return products;
  }

  /** Gives a product at least {@code atLeast} on hand, noting an inventory adjustment. */
  public void onHand(long productId, String label, int atLeast) {
    BigDecimal before = onHand(productId);
    BigDecimal after = ExampleSetup.ensureOnHand(client, productId, BigDecimal.valueOf(atLeast));
    if (after.compareTo(before) != 0) {
      setupNotes.add(
          "inventory adjustment: "
              + label
              + " on hand "
              + before.stripTrailingZeros().toPlainString()
              + " -> "
              + after.stripTrailingZeros().toPlainString());
    }
  }

  private BigDecimal onHand(long productId) {
    return client
        .searchRead(
            "stock.quant",
            Domain.where("product_id", "=", productId)
                .and(Domain.where("location_id", "=", ExampleSetup.stockLocation(client)))
                .and(Domain.where("lot_id", "=", false)),
            List.of("quantity"),
            SearchOptions.limit(1))
        .stream()
        .findFirst()
        .flatMap(q -> q.decimal("quantity"))
        .orElse(BigDecimal.ZERO);
  }

  /** What the environment prepared so far (fields, products, stock), for the example to print. */
  public List<String> takeSetupNotes() {
    List<String> notes = List.copyOf(setupNotes);
    setupNotes.clear();
    return notes;
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
      // an ExampleFailure says what to prepare; anything else is shown with its type
      System.err.println("FAILED: " + (e instanceof ExampleFailure ? e.getMessage() : e));
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
