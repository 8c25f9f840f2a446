package io.github.odooconnector.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.codegen.GeneratedFile;
import io.github.odooconnector.codegen.GenerationResult;
import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.codegen.ModelGenerator;
import io.github.odooconnector.codegen.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed snapshots are exactly the captured {@code fields_get} answers, and the committed
 * model sources are exactly what the generator makes of them: a change in the generator, the
 * configuration or the fixtures shows up here. To update the committed files after such a change,
 * run this test with {@code -Dodc.models.regenerate=true} and review the diff.
 */
class ModelsAreRegeneratedExactlyTest {

  private static final Path CODEGEN = Path.of("src/codegen");
  private static final Path CONFIG = CODEGEN.resolve("odoo-models.json");
  private static final int[] MAJORS = {17, 18, 19};

  private static boolean regenerate() {
    return Boolean.getBoolean("odc.models.regenerate");
  }

  private static Path snapshotFile(int major) {
    return CODEGEN.resolve("snapshots/odoo-" + major + ".json");
  }

  @Test
  void committedSnapshotsAreTheCapturedFieldsGetAnswersOfOdoo17And18And19() {
    GeneratorConfig config = GeneratorConfig.read(CONFIG);
    for (int major : MAJORS) {
      SchemaSnapshot fromFixtures =
          FixtureSnapshots.snapshot(major, FixtureSnapshots.models(config, major));
      if (regenerate()) {
        fromFixtures.write(snapshotFile(major));
      }
      assertThat(FixtureSnapshots.read(snapshotFile(major)))
          .as("%s (rerun with -Dodc.models.regenerate=true to update)", snapshotFile(major))
          .isEqualTo(fromFixtures.toJson());
    }
  }

  @Test
  void committedModelSourcesAreExactlyWhatTheGeneratorMakesOfTheSnapshots() throws IOException {
    assertRegenerated(CONFIG, Path.of("src/main/java"));
  }

  // The test-only subset of the same models with the fields FakeOdoo has (the typed API is tested
  // with it against the fake) lives in integration-tests: FakeOdooSubsetIsRegeneratedExactlyTest.

  private static void assertRegenerated(Path configFile, Path sources) throws IOException {
    GeneratorConfig config = GeneratorConfig.read(configFile);
    Path pkg = sources.resolve(config.packageName().replace('.', '/'));
    List<SchemaSnapshot> snapshots = new ArrayList<>();
    for (int major : MAJORS) {
      snapshots.add(SchemaSnapshot.read(snapshotFile(major)));
    }
    GenerationResult result = ModelGenerator.generate(config, snapshots);
    if (regenerate()) {
      if (Files.isDirectory(pkg)) {
        try (Stream<Path> old = Files.list(pkg)) {
          for (Path p : old.toList()) {
            if (p.toString().endsWith(".java")
                && !p.getFileName().toString().equals("package-info.java")) {
              Files.delete(p);
            }
          }
        }
      }
      result.writeTo(sources);
    }
    Set<String> expected = new TreeSet<>();
    for (GeneratedFile f : result.files()) {
      expected.add(f.path());
      assertThat(sources.resolve(f.path()))
          .as("%s (rerun with -Dodc.models.regenerate=true to update)", f.path())
          .exists()
          .content()
          .isEqualTo(f.content());
    }
    Set<String> committed = new TreeSet<>();
    try (Stream<Path> files = Files.list(pkg)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .map(p -> sources.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.endsWith("package-info.java"))
          .forEach(committed::add);
    }
    assertThat(committed).as("generated files in %s", pkg).isEqualTo(expected);
  }
}
