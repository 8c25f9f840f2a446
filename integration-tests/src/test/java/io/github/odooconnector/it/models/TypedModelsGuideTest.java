package io.github.odooconnector.it.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.externalid.ExternalIdNamespace;
import io.github.odooconnector.core.api.externalid.UpsertResult;
import io.github.odooconnector.core.api.schema.DriftReport;
import io.github.odooconnector.core.api.typed.OdooRepository;
import io.github.odooconnector.core.api.typed.Values;
import io.github.odooconnector.it.models.fake.ProductProduct;
import io.github.odooconnector.it.models.fake.ResPartner;
import io.github.odooconnector.it.models.fake.SaleOrderLine;
import io.github.odooconnector.it.models.fake.StockMove;
import io.github.odooconnector.it.models.fake.StockPicking;
import io.github.odooconnector.it.models.fake.StockPickingPickingTypeCode;
import io.github.odooconnector.it.models.fake.StockPickingState;
import io.github.odooconnector.it.models.fake.StockQuant;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every Java snippet of {@code docs/typed-models.md} lives here between {@code // snippet: <name>}
 * and {@code // end snippet} and is run against FakeOdoo 17, 18 and 19; {@link
 * #theGuideShowsExactlyTheTestedCode()} checks the guide still contains exactly this code (its
 * markers are {@code <!-- typed-snippet: name -->}). The snippets use the classes of {@code
 * io.github.odooconnector.models}; they run here with the FakeOdoo subset of the same models
 * ({@code models.fake}: same class names, only the fields FakeOdoo has), since FakeOdoo lacks some
 * fields of the shipped models.
 */
class TypedModelsGuideTest {

  // snippet: typed-ready-deliveries
  static List<String> readyDeliveries(OdooClient odoo) {
    OdooRepository<StockPicking> pickings = odoo.model(StockPicking.MODEL);
    List<String> lines = new ArrayList<>();
    for (StockPicking p :
        pickings.searchRead(
            StockPicking.STATE
                .eq(StockPickingState.ASSIGNED)
                .and(StockPicking.PICKING_TYPE_CODE.eq(StockPickingPickingTypeCode.OUTGOING)),
            SearchOptions.limit(50).withOrder("scheduled_date, id"))) {
      for (StockMove m : odoo.model(StockMove.MODEL).read(p.moveIds())) {
        lines.add(
            p.name() // a typo here does not compile
                + " "
                + m.productId().displayName()
                + " x "
                + m.productUomQty()
                + " for "
                + p.optionalPartnerId().map(partner -> partner.displayName()).orElse("-"));
      }
    }
    return lines;
  }

  // end snippet

  // snippet: typed-partial-update
  static void updateContact(OdooClient odoo, long partnerId, String phone) {
    odoo.model(ResPartner.MODEL)
        .write(
            List.of(partnerId),
            Values.of(ResPartner.MODEL)
                .set(ResPartner.PHONE, phone) // only phone and email are sent
                .clear(ResPartner.EMAIL)); // emptying a field is always explicit
  }

  // end snippet

  // snippet: typed-renamed-field
  static BigDecimal unitsOrdered(OdooClient odoo, long orderId, long unitId) {
    // product_uom on Odoo 17/18, product_uom_id on 19: the generated field knows both
    return odoo
        .model(SaleOrderLine.MODEL)
        .searchRead(
            SaleOrderLine.ORDER_ID.eq(orderId).and(SaleOrderLine.PRODUCT_UOM_ID.eq(unitId)),
            SearchOptions.defaults())
        .stream()
        .map(SaleOrderLine::productUomQty)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // end snippet

  // snippet: typed-stream
  static BigDecimal stockOnHand(OdooClient odoo, long productId) {
    try (var quants =
        odoo.model(StockQuant.MODEL).stream(
            StockQuant.PRODUCT_ID.eq(productId), 1000)) { // keyset paging, 1 page in memory
      return quants.map(StockQuant::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  // end snippet

  // snippet: verify-at-startup
  static void checkSchemaAtStartup(OdooClient odoo, Consumer<String> warn) {
    DriftReport report =
        odoo.schema().verify(StockPicking.MODEL, StockMove.MODEL, StockQuant.MODEL);
    if (!report.breaking().isEmpty()) {
      report.throwIfDrifted(); // SchemaDriftException: the whole report, naming the Odoo version
    }
    if (!report.isClean()) {
      warn.accept(report.format()); // e.g. new selection values: they read as UNKNOWN
    }
  }

  // end snippet

  // snippet: external-id-upsert
  static long syncItem(OdooClient odoo, String sku, String name, BigDecimal price) {
    ExternalIdNamespace items = odoo.externalIds().namespace("acme_item_master");
    UpsertResult r =
        items.upsert(
            "sku_" + sku, // the key: acme_item_master.sku_<sku> in ir.model.data
            ProductProduct.MODEL,
            Values.of(ProductProduct.MODEL)
                .set(ProductProduct.NAME, name)
                .set(ProductProduct.DEFAULT_CODE, sku)
                .set(ProductProduct.LIST_PRICE, price));
    return r.id(); // r.created() tells whether it was new
  }

  // end snippet

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void theGuideSnippetsWorkOnOdoo17And18And19(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      assertThat(readyDeliveries(odoo)).anySatisfy(l -> assertThat(l).startsWith("WH/OUT/"));

      long partner = fake.ref("base.partner_azure");
      updateContact(odoo, partner, "+1 555 0100");
      ResPartner azure = odoo.model(ResPartner.MODEL).require(partner);
      assertThat(azure.phone()).isEqualTo("+1 555 0100");
      assertThat(azure.optionalEmail()).isEmpty();

      long quotation = fake.ref("sale.sale_order_1");
      long unit = fake.ref("uom.product_uom_unit");
      assertThat(unitsOrdered(odoo, quotation, unit)).isPositive();

      assertThat(stockOnHand(odoo, fake.ref("product.product_desk"))).isEqualByComparingTo("50");

      List<String> warnings = new ArrayList<>();
      checkSchemaAtStartup(odoo, warnings::add); // the fake differs only in non-breaking ways
      assertThat(warnings).allSatisfy(w -> assertThat(w).startsWith("Odoo " + v.serverVersion()));

      long first = syncItem(odoo, "PAL-1", "Euro pallet", new BigDecimal("12.50"));
      long again = syncItem(odoo, "PAL-1", "Euro pallet (EPAL)", new BigDecimal("13.00"));
      assertThat(again).isEqualTo(first);
      ProductProduct pallet = odoo.model(ProductProduct.MODEL).require(first);
      assertThat(pallet.name()).isEqualTo("Euro pallet (EPAL)");
      assertThat(pallet.listPrice()).isEqualByComparingTo("13.00");
    }
  }

  /** The configuration shown in the guide is a valid configuration. */
  @Test
  void theGuidesConfigurationFileIsValid() throws IOException {
    Matcher m =
        Pattern.compile("<!-- typed-config -->\\s*```json\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(docs().resolve("typed-models.md")));
    assertThat(m.find()).as("a ```json block after <!-- typed-config -->").isTrue();

    GeneratorConfig config = GeneratorConfig.parse(m.group(1), "docs/typed-models.md");

    assertThat(config.models()).isNotEmpty();
  }

  @Test
  void theGuideShowsExactlyTheTestedCode() throws IOException {
    Map<String, String> code =
        snippets(
            Pattern.compile("// snippet: ([a-z0-9-]+)\\n(.*?)// end snippet", Pattern.DOTALL),
            Files.readString(
                Path.of(
                    "src/test/java/io/github/odooconnector/it/models/TypedModelsGuideTest.java")));
    Map<String, String> documented =
        snippets(
            Pattern.compile(
                "<!-- typed-snippet: ([a-z0-9-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL),
            Files.readString(docs().resolve("typed-models.md")));

    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(code.keySet());
    documented.forEach(
        (name, body) -> assertThat(body).as("guide snippet '%s'", name).isEqualTo(code.get(name)));
  }

  private static Map<String, String> snippets(Pattern pattern, String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.put(
          m.group(1),
          m.group(2)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .collect(Collectors.joining("\n")));
    }
    return out;
  }

  private static Path docs() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/README.md"))) {
        return dir.resolve("docs");
      }
    }
    throw new IllegalStateException("docs/README.md not found");
  }
}
