package io.github.odooconnector.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.codegen.GeneratorConfig.ModelConfig;
import io.github.odooconnector.codegen.SchemaSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds schema snapshots from the captured {@code fields_get} answers of real Odoo servers in the
 * repository's {@code fixtures/odoo-<major>/schema-fields_get-<model>.response.json}.
 */
final class FixtureSnapshots {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FixtureSnapshots() {}

  static Path root() {
    String dir = System.getProperty("odc.fixtures.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "system property odc.fixtures.dir is not set (surefire sets it)");
    }
    return Path.of(dir);
  }

  /** The models a configuration needs on one major version (aliases applied). */
  static Set<String> models(GeneratorConfig config, int major) {
    Set<String> out = new TreeSet<>();
    for (ModelConfig m : config.models()) {
      out.add(m.aliases().getOrDefault(major, m.model()));
    }
    return out;
  }

  /** The snapshot of one captured server, limited to some models. */
  static SchemaSnapshot snapshot(int major, Set<String> models) {
    Path dir = root().resolve("odoo-" + major);
    try {
      String version =
          MAPPER
              .readTree(dir.resolve("web-webclient-version_info.response.json").toFile())
              .path("result")
              .path("server_version")
              .asText();
      Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
      for (String model : models) {
        Path file = dir.resolve("schema-fields_get-" + model + ".response.json");
        JsonNode result = MAPPER.readTree(file.toFile()).path("result");
        if (!result.isObject()) {
          throw new IllegalStateException(file + " holds no fields_get result");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = MAPPER.convertValue(result, Map.class);
        answers.put(model, fields);
      }
      return SchemaSnapshot.fromFieldsGet(version, answers, dir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
