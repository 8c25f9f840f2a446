package io.github.odooconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.examples.internal.ExampleEnvironment;
import io.github.odooconnector.examples.internal.ExampleFailure;
import io.github.odooconnector.testkit.FakeOdoo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        .contains("WMS received 10 of 12")
        .contains("wms.receipt.discrepancy")
        .contains("SUCCESS");
  }

  @Test
  void inventoryReconciliationAdjustsWithinToleranceAndReportsTheRest() {
    String out = run(InventoryReconciliationExample::run, Map.of());
    assertThat(out).contains("EXCEEDS_TOLERANCE").contains("ADJUSTED").contains("SUCCESS");
  }

  @Test
  void examplesRunAgainstAnOdooGivenByEnvironmentVariables() {
    try (FakeOdoo server =
        FakeOdoo.builder()
            .customField("stock.picking", ExampleEnvironment.DEFAULT_MARKER_FIELD, "char")
            .customField("stock.picking", ExampleEnvironment.DEFAULT_DELIVERED_FIELD, "datetime")
            .start()) {
      Map<String, String> env =
          Map.of(
              "ODOO_URL",
              server.url(),
              "ODOO_DB",
              server.database(),
              "ODOO_USER",
              server.adminLogin(),
              "ODOO_API_KEY",
              server.adminApiKey());
      String out = run(PurchaseReceiptExample::run, env);
      assertThat(out).contains("real Odoo at " + server.url()).contains("SUCCESS");
      assertThat(out).doesNotContain(server.adminApiKey());
    }
  }

  @Test
  void aRealOdooWithoutTheMarkerFieldIsRefusedWithInstructions() {
    try (FakeOdoo server = FakeOdoo.start()) {
      Map<String, String> env =
          Map.of(
              "ODOO_URL",
              server.url(),
              "ODOO_DB",
              server.database(),
              "ODOO_USER",
              server.adminLogin(),
              "ODOO_PASSWORD",
              server.adminPassword());
      assertThatThrownBy(() -> ExampleEnvironment.open(env))
          .isInstanceOf(ExampleFailure.class)
          .hasMessageContaining("stock.picking.x_wms_ref")
          .hasMessageContaining("ODOO_WMS_MARKER_FIELD");
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
