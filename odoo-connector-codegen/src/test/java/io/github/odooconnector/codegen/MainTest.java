package io.github.odooconnector.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line for builds without Maven: its usage and input errors. Snapshotting a live server
 * (FakeOdoo) then generating is tested in integration-tests ({@code CodegenOnFakeOdooTest}): the
 * codegen module cannot depend on the testkit, which depends on modules using the generated models.
 */
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
