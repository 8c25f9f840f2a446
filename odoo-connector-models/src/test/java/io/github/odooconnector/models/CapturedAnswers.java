package io.github.odooconnector.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records from captured real answers ({@code fixtures/odoo-<major>/<case>.response.json}). */
final class CapturedAnswers {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CapturedAnswers() {}

  static ServerVersion version(int major) {
    try {
      return ServerVersion.parse(
          MAPPER
              .readTree(dir(major).resolve("web-webclient-version_info.response.json").toFile())
              .path("result")
              .path("server_version")
              .asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of a captured read/search_read (JSON-RPC envelope or bare JSON-2 list). */
  @SuppressWarnings("unchecked")
  static List<OdooRecord> records(int major, String caseName) {
    try {
      JsonNode root = MAPPER.readTree(dir(major).resolve(caseName + ".response.json").toFile());
      JsonNode list = root.isArray() ? root : root.path("result");
      List<OdooRecord> out = new ArrayList<>();
      for (JsonNode r : list) {
        out.add(OdooRecord.of(MAPPER.convertValue(r, Map.class)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dir(int major) {
    return FixtureSnapshots.root().resolve("odoo-" + major);
  }
}
