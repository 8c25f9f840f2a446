package io.github.odooconnector.it.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.codegen.CodegenException;
import io.github.odooconnector.codegen.Main;
import io.github.odooconnector.codegen.SchemaSnapshot;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The code generator against a live server (FakeOdoo posing as Odoo 17, 18 and 19): capturing a
 * schema snapshot, and the command line for builds without Maven (snapshot, then generate).
 */
class CodegenOnFakeOdooTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env);
  }

  @Test
  void snapshotThenGenerateFromTheCommandLine(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("odoo-models.json");
    Files.writeString(
        config,
        """
        {"format": "odoo-connector-codegen/1", "package": "com.acme.odoo",
         "models": [{"model": "stock.picking", "fields": ["name", "state", "move_ids"]}]}
        """);
    try (FakeOdoo fake = FakeOdoo.builder().version(OdooVersion.V18).start()) {
      int snapshot =
          run(
              Map.of("ODOO_KEY", fake.adminApiKey()),
              "snapshot",
              "--url",
              fake.url(),
              "--database",
              fake.database(),
              "--login",
              fake.adminLogin(),
              "--api-key-env",
              "ODOO_KEY",
              "--model",
              "stock.picking",
              "--out",
              dir.resolve("odoo-18.json").toString());
      assertThat(snapshot).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    int generate =
        run(
            Map.of(),
            "generate",
            "--config",
            config.toString(),
            "--snapshot",
            dir.resolve("odoo-18.json").toString(),
            "--out",
            dir.resolve("src").toString());

    assertThat(generate).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(dir.resolve("src/com/acme/odoo/StockPicking.java")).exists();
    assertThat(dir.resolve("src/com/acme/odoo/StockPickingState.java")).exists();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("wrote 1 models of Odoo 18.0+e-20250520")
        .contains("generated 2 files (2 changed)");
    assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
        .doesNotContain("admin"); // no secret or login echoed
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aSnapshotCapturedFromALiveServerDescribesItsModels(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo =
            OdooClient.builder()
                .url(fake.url())
                .database(fake.database())
                .login(fake.adminLogin())
                .apiKey(fake.adminApiKey())
                .build()) {
      SchemaSnapshot s = SchemaSnapshot.capture(odoo, List.of("stock.picking", "sale.order.line"));

      assertThat(s.serverVersion()).isEqualTo(v.serverVersion());
      assertThat(s.major()).isEqualTo(v.major());
      assertThat(s.models()).containsOnlyKeys("sale.order.line", "stock.picking");
      assertThat(s.model("stock.picking").orElseThrow().get("state").selectionKeys())
          .contains("draft", "assigned", "done");
      assertThat(s.model("sale.order.line").orElseThrow())
          .containsKey(v == OdooVersion.V19 ? "product_uom_id" : "product_uom");
      assertThatThrownBy(
              () -> SchemaSnapshot.capture(odoo, List.of("stock.picking", "stock.pickng")))
          .isInstanceOf(CodegenException.class)
          .hasMessageContaining("model 'stock.pickng' does not exist on the server");
    }
  }
}
