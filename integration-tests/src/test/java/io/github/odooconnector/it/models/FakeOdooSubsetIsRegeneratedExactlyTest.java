package io.github.odooconnector.it.models;

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
 * The test-only subset of the shipped models with the fields FakeOdoo has ({@code
 * io.github.odooconnector.it.models.fake}, configured by {@code
 * src/test/codegen/fake-odoo-subset.json}) is exactly what the generator makes of the committed
 * snapshots of {@code odoo-connector-models}: the typed API is tested with it against the fake, so
 * it must not drift from the real models. To update it after a change of the generator or the
 * snapshots, run this test with {@code -Dodc.models.regenerate=true} and review the diff.
 */
class FakeOdooSubsetIsRegeneratedExactlyTest {

  private static final Path SNAPSHOTS = Path.of("../odoo-connector-models/src/codegen/snapshots");
  private static final Path CONFIG = Path.of("src/test/codegen/fake-odoo-subset.json");
  private static final Path SOURCES = Path.of("src/test/java");
  private static final int[] MAJORS = {17, 18, 19};

  @Test
  void committedFakeOdooSubsetIsExactlyWhatTheGeneratorMakesOfTheSnapshots() throws IOException {
    GeneratorConfig config = GeneratorConfig.read(CONFIG);
    Path pkg = SOURCES.resolve(config.packageName().replace('.', '/'));
    List<SchemaSnapshot> snapshots = new ArrayList<>();
    for (int major : MAJORS) {
      snapshots.add(SchemaSnapshot.read(SNAPSHOTS.resolve("odoo-" + major + ".json")));
    }
    GenerationResult result = ModelGenerator.generate(config, snapshots);
    if (Boolean.getBoolean("odc.models.regenerate")) {
      if (Files.isDirectory(pkg)) {
        try (Stream<Path> old = Files.list(pkg)) {
          for (Path p : old.toList()) {
            if (p.toString().endsWith(".java")) {
              Files.delete(p);
            }
          }
        }
      }
      result.writeTo(SOURCES);
    }
    Set<String> expected = new TreeSet<>();
    for (GeneratedFile f : result.files()) {
      expected.add(f.path());
      assertThat(SOURCES.resolve(f.path()))
          .as("%s (rerun with -Dodc.models.regenerate=true to update)", f.path())
          .exists()
          .content()
          .isEqualTo(f.content());
    }
    Set<String> committed = new TreeSet<>();
    try (Stream<Path> files = Files.list(pkg)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
          .forEach(committed::add);
    }
    assertThat(committed).as("generated files in %s", pkg).isEqualTo(expected);
  }
}
