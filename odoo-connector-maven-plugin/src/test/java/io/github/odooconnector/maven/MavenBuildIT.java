package io.github.odooconnector.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Builds the user project {@code src/it/typed-models} with this plugin, the way a user would, in a
 * separate Maven process: {@code snapshot} against FakeOdoo 17, 18 and 19, then {@code verify}
 * (generate, compile with {@code -Werror}, run the project's tests against FakeOdoo 17/18/19), then
 * the plugin's {@code verify} goal against a server whose field drifted. The plugin and its
 * dependencies come from {@code target/it-repo} (installed by {@code invoker:install}); everything
 * else is read from the user's local repository through a {@code file:} mirror, so nothing is
 * downloaded and nothing is installed into {@code ~/.m2}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MavenBuildIT {

  private static Path project;
  private static Path settings;

  @BeforeAll
  static void copyTheProject() throws IOException {
    Path source = Path.of("src/it/typed-models");
    project = Path.of(System.getProperty("odc.it.repo")).getParent().resolve("it/typed-models");
    deleteRecursively(project);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path target = project.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          String text =
              Files.readString(f)
                  .replace("@odc.version@", System.getProperty("odc.it.version"))
                  .replace("@junit.version@", junitVersion());
          Files.writeString(target, text);
        }
      }
    }
    settings = project.resolve("it-settings.xml");
  }

  private static void writeSettings(String apiKey) throws IOException {
    Files.writeString(
        settings,
        "<settings>\n"
            + "  <servers>\n"
            + "    <server><id>odoo</id><username>admin</username><password>"
            + apiKey
            + "</password></server>\n"
            + "  </servers>\n"
            + "  <mirrors>\n"
            + "    <mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>"
            + Path.of(System.getProperty("odc.it.userRepo")).toUri()
            + "</url></mirror>\n"
            + "  </mirrors>\n"
            + "</settings>\n");
  }

  @Test
  @Order(1)
  void theSnapshotGoalWritesOneSnapshotPerOdooVersion() throws Exception {
    for (OdooVersion v : OdooVersion.values()) {
      try (FakeOdoo fake = fake(v, "char")) {
        Result r =
            mvn(
                "odoo-connector:snapshot",
                "-Dodoo.url=" + fake.url(),
                "-Dodoo.database=" + fake.database(),
                "-Dodoo.serverId=odoo");
        assertThat(r.status).as(r.log).isZero();
        assertThat(r.log).contains("models of Odoo " + v.serverVersion());
        assertThat(r.log).doesNotContain(fake.adminApiKey());
      }
      assertThat(project.resolve("src/main/odoo/odoo-" + v.major() + ".json")).exists();
    }
  }

  @Test
  @Order(2)
  void theGeneratedModelsCompileAndRunAgainstFakeOdoo17And18And19() throws Exception {
    writeSettings("unused");
    Result r = mvn("verify");

    assertThat(r.status).as(r.log).isZero();
    assertThat(r.log)
        .contains("typed Odoo models: 6 files")
        .contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");
    assertThat(project.resolve("target/generated-sources/odoo/com/acme/it/odoo/StockPicking.java"))
        .exists();
  }

  @Test
  @Order(3)
  void theVerifyGoalFailsTheBuildOnADriftedFieldOrOnlyWarns() throws Exception {
    try (FakeOdoo fake = fake(OdooVersion.V18, "integer")) {
      String[] connection = {
        "-Dodoo.url=" + fake.url(), "-Dodoo.database=" + fake.database(), "-Dodoo.serverId=odoo"
      };
      Result failing = mvn("odoo-connector:verify", connection);
      Result warning =
          mvn(
              "odoo-connector:verify",
              "-Dodoo.driftPolicy=WARN",
              connection[0],
              connection[1],
              connection[2]);

      assertThat(failing.status).as(failing.log).isNotZero();
      assertThat(failing.log)
          .contains("Odoo 18.0+e-20250520: 1 schema difference (1 breaking) in 1 model")
          .contains("stock.picking (StockPicking):")
          .contains("x_wms_ref: type changed from char to integer")
          .contains("BUILD FAILURE");
      assertThat(warning.status).as(warning.log).isZero();
      assertThat(warning.log)
          .contains("[WARNING]   ! x_wms_ref: type changed from char to integer");
    }
    try (FakeOdoo clean = fake(OdooVersion.V19, "char")) {
      Result ok =
          mvn(
              "odoo-connector:verify",
              "-Dodoo.url=" + clean.url(),
              "-Dodoo.database=" + clean.database(),
              "-Dodoo.serverId=odoo");
      assertThat(ok.status).as(ok.log).isZero();
      assertThat(ok.log).contains("the server matches the generated models");
    }
  }

  private static FakeOdoo fake(OdooVersion v, String wmsRefType) throws IOException {
    FakeOdoo fake =
        FakeOdoo.builder().version(v).customField("stock.picking", "x_wms_ref", wmsRefType).start();
    writeSettings(fake.adminApiKey());
    return fake;
  }

  private record Result(int status, String log) {}

  private static Result mvn(String goal, String... properties) throws Exception {
    Path mavenHome = Path.of(System.getProperty("maven.home"));
    List<String> cmd = new ArrayList<>();
    cmd.add(mavenHome.resolve("bin/mvn").toString());
    cmd.add("-B");
    cmd.add("-s");
    cmd.add(settings.toString());
    cmd.add("-Dmaven.repo.local=" + Path.of(System.getProperty("odc.it.repo")).toAbsolutePath());
    cmd.addAll(List.of(properties));
    cmd.add(goal);
    Path log = Files.createTempFile(project.getParent(), "mvn-", ".log");
    Process p =
        new ProcessBuilder(cmd)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("mvn " + goal + " did not finish in 10 minutes");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String junitVersion() {
    String v = Test.class.getPackage().getImplementationVersion();
    return v == null ? "5.14.1" : v;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
