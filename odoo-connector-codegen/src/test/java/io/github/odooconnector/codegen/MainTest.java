package io.github.odooconnector.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line for builds without Maven: snapshot a live server, then generate. */
class MainTest {

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

  @Test
  void wrongUsageExitsWith2AndBadInputWith1(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"format\": \"nope\"}");

    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
    assertThat(run(Map.of(), "generate", "--config")).isEqualTo(2);
    assertThat(
            run(
                Map.of(),
                "snapshot",
                "--url",
                "http://127.0.0.1:9",
                "--database",
                "x",
                "--login",
                "y",
                "--api-key-env",
                "UNSET_VARIABLE",
                "--model",
                "x",
                "--out",
                "x.json"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("environment variable UNSET_VARIABLE is not set");
    assertThat(
            run(
                Map.of(),
                "generate",
                "--config",
                config.toString(),
                "--snapshot",
                "x.json",
                "--out",
                "out"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"format\" must be");
  }
}
