package io.github.odooconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.examples.internal.ExampleEnvironment;
import io.github.odooconnector.examples.internal.ExampleFailure;
import io.github.odooconnector.testkit.FakeOdoo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The examples are part of the product: each must reach its success line on the embedded default.
 */
class ExamplesTest {

  @Test
  void orderToDeliveryReachesDeliveredWithABackorderOnTheEmbeddedDefault() {
    String out = run(OrderToDeliveryExample::run, Map.of());
    assertThat(out)
        .contains("embedded fake Odoo")
        .contains("releasing again sends nothing")
        .contains("a retry replayed it (1 label paid)")
        .contains("-> DELIVERED")
        .contains("packed in 2 packages")
        .contains("has no HS code")
        .contains("3 pcs of 4 pcs")
        .contains("parcel of 43 kg")
        .doesNotContain("C62")
        .doesNotContain("KGM")
        .contains("customs: ")
        .contains(
            "SUCCESS: order confirmed, released once, short-shipped with a backorder, labelled"
                + " once, delivered; an international order labelled per package with its customs"
                + " declaration");
  }

  @Test
  void purchaseReceiptValidatesTheShortReceiptAndPublishesTheDiscrepancy() {
    String out = run(PurchaseReceiptExample::run, Map.of());
    assertThat(out)
        .contains("WMS received 10 pcs of 12 pcs and lot SEAL-")
        .contains("expects 12 pcs of ODC-DEMO-CHAIR on pallet 07612")
        .contains("The supplier packed it on pallet SSCC 07612")
        .contains("lot and pallet booked in Odoo")
        .contains("wms.receipt.discrepancy")
        .contains("SUCCESS");
  }

  @Test
  void procureToPaySendsThe850OnceAppliesThe855AndUpdatesTheReceiptFromThe856() {
    String out = run(ProcureToPayExample::run, Map.of());
    assertThat(out)
        .contains("Sent as an X12 850")
        .contains("sending again sent nothing")
        .contains("quantity 12 -> 10")
        .contains("expected 10 (ordered 12)")
        .contains("SUCCESS");
  }

  @Test
  void inventoryReconciliationAdjustsWithinToleranceAndReportsTheRest() {
    String out = run(InventoryReconciliationExample::run, Map.of());
    assertThat(out)
        .contains("EXCEEDS_TOLERANCE")
        .contains("ADJUSTED")
        .contains("counted as 4 dozen")
        .contains(ExampleSetup.UNREFERENCED + " (id ")
        .contains("default_code: required value is missing")
        .contains("SUCCESS")
        .doesNotContain("C62");
  }

  @Test
  void examplesRunAgainstAnOdooGivenByEnvironmentVariables() {
    try (FakeOdoo server =
        FakeOdoo.builder()
            .customField("stock.picking", ExampleEnvironment.DEFAULT_MARKER_FIELD, "char")
            .customField("stock.picking", ExampleEnvironment.DEFAULT_DELIVERED_FIELD, "datetime")
            .start()) {
      giveTheCompanyACountry(server);
      String out = run(PurchaseReceiptExample::run, serverEnv(server, Map.of()));
      assertThat(out).contains("real Odoo at " + server.url()).contains("SUCCESS");
      assertThat(out).doesNotContain(server.adminApiKey());
      assertThat(out).contains("setup: created products ODC-DEMO-DESK");
    }
  }

  @Test
  void aRealOdooWithoutTheCustomFieldsIsRefusedBeforeAnythingChanges() {
    try (FakeOdoo server = FakeOdoo.start()) {
      int partnersBefore = server.records("res.partner").size();
      assertThatThrownBy(() -> ExampleEnvironment.open(serverEnv(server, Map.of())))
          .isInstanceOf(ExampleFailure.class)
          .hasMessageContaining("stock.picking.x_wms_ref (char)")
          .hasMessageContaining("stock.picking.x_delivered_at (datetime)")
          .hasMessageContaining("nothing was changed")
          .hasMessageContaining("ODOO_CREATE_CUSTOM_FIELDS=true")
          .hasMessageContaining("ODOO_WMS_MARKER_FIELD");
      assertThat(server.records("ir.model.fields")).isEmpty();
      assertThat(server.records("res.partner")).hasSize(partnersBefore);
      assertThat(server.records("product.product"))
          .noneMatch(p -> String.valueOf(p.get("default_code")).startsWith("ODC-DEMO"));
    }
  }

  @Test
  void withTheOptInTheCustomFieldsAreCreatedOnceThroughIrModelFields() {
    try (FakeOdoo server = FakeOdoo.start()) {
      giveTheCompanyACountry(server);
      Map<String, String> optIn = serverEnv(server, Map.of("ODOO_CREATE_CUSTOM_FIELDS", "true"));

      String first = run(OrderToDeliveryExample::run, optIn);
      String second = run(PurchaseReceiptExample::run, optIn);

      assertThat(first)
          .contains("created custom field stock.picking.x_wms_ref (char) through ir.model.fields")
          .contains("created custom field stock.picking.x_delivered_at (datetime)")
          .contains("SUCCESS");
      assertThat(second).doesNotContain("created custom field").contains("SUCCESS");
      assertThat(server.records("ir.model.fields"))
          .extracting(f -> f.get("name"))
          .containsExactly("x_wms_ref", "x_delivered_at");
    }
  }

  @Test
  void aRealOdooWhoseCompanyHasNoCountryIsRefusedBeforeAnythingChanges() {
    try (FakeOdoo server =
        FakeOdoo.builder()
            .customField("stock.picking", ExampleEnvironment.DEFAULT_MARKER_FIELD, "char")
            .customField("stock.picking", ExampleEnvironment.DEFAULT_DELIVERED_FIELD, "datetime")
            .start()) {
      assertThatThrownBy(() -> ExampleEnvironment.open(serverEnv(server, Map.of())))
          .isInstanceOf(ExampleFailure.class)
          .hasMessageContaining("has no country_id in its address")
          .hasMessageContaining("Settings > Companies")
          .hasMessageContaining("nothing was changed");
    }
  }

  private static Map<String, String> serverEnv(FakeOdoo server, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("ODOO_URL", server.url());
    env.put("ODOO_DB", server.database());
    env.put("ODOO_USER", server.adminLogin());
    env.put("ODOO_API_KEY", server.adminApiKey());
    return env;
  }

  /** A real database's company has an address; the fake's seeded one lacks the country. */
  private static void giveTheCompanyACountry(FakeOdoo server) {
    try (OdooClient admin =
        OdooClient.builder()
            .url(server.url())
            .database(server.database())
            .login(server.adminLogin())
            .apiKey(server.adminApiKey())
            .build()) {
      ExampleSetup.completeCompanyCountry(admin, "BE");
    }
  }

  @Test
  void aRealOdooNeedsADatabaseName() {
    assertThatThrownBy(() -> ExampleEnvironment.open(Map.of("ODOO_URL", "http://127.0.0.1:9")))
        .isInstanceOf(ExampleFailure.class)
        .hasMessageContaining("ODOO_DB");
  }

  private static String run(Consumer<ExampleEnvironment> example, Map<String, String> env) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ExampleEnvironment environment = ExampleEnvironment.open(env)) {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      example.accept(environment);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
