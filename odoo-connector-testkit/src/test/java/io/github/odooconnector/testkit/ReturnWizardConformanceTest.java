package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Odoo's return flow on the fake answers as the captured 17/18/19 servers did (fixtures {@code
 * returns-jsonrpc-*}): the captured requests are replayed in the order they were sent, on a done
 * delivery of the fake, with each captured record id (delivery, wizard, wizard line, return
 * picking, move) swapped for the fake's, and every answer must have the shape of the real one — the
 * wizard's defaults and fields, the lines prefilled on 17 and empty on 18/19, the refusal of a
 * return without quantities, each version's create method and the other one's {@code
 * AttributeError}, the action opening the return picking, and the return picking and moves linked
 * to the delivery.
 */
class ReturnWizardConformanceTest {

  /** Answers whose error message must be the real one word for word. */
  private static final Set<String> EXACT_MESSAGES =
      Set.of("returns-jsonrpc-action_create_returns-zero-quantity");

  @ParameterizedTest(name = "{0}")
  @EnumSource(OdooVersion.class)
  void theReturnFlowAnswersWithTheShapesOfTheCapturedServer(OdooVersion version) throws Exception {
    try (FakeOdoo odoo =
        FakeOdoo.builder()
            .version(version)
            .database("lab" + version.major())
            .adminApiKey("admin-key-" + version.major())
            .start()) {
      Path dir = ConformanceTest.fixtures(version);
      List<JsonNode> requests = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f :
            files
                .filter(p -> p.getFileName().toString().startsWith("returns-jsonrpc-"))
                .filter(p -> p.getFileName().toString().endsWith(".request.json"))
                .toList()) {
          requests.add(Wire.JSON.readTree(f.toFile()));
        }
      }
      requests.sort((a, b) -> Integer.compare(a.get("id").asInt(), b.get("id").asInt()));
      assertThat(requests).hasSizeGreaterThanOrEqualTo(10);
      Ids ids = new Ids();
      long delivery = ConformanceTest.idFor(odoo, ConformanceTest.Ids.DONE_PICKING);
      JsonNode firstArgs = requests.get(0).at("/params/args");
      ids.put("stock.picking", firstArgs.at("/6/context/active_id").asLong(), delivery);

      for (JsonNode request : requests) {
        String name = caseName(dir, request);
        ObjectNode params = (ObjectNode) request.get("params").deepCopy();
        ArrayNode args = (ArrayNode) params.get("args");
        ConformanceTest.rewriteCredentials(odoo, args, "object", "execute_kw");
        String model = args.get(3).asText();
        String method = args.get(4).asText();
        ids.rewrite(model, args);
        JsonNode fake =
            Wire.jsonRpc(
                    odoo,
                    "object",
                    "execute_kw",
                    Wire.JSON.convertValue(args, new TypeReference<List<Object>>() {}))
                .json();
        JsonNode real = Wire.JSON.readTree(dir.resolve(name + ".response.json").toFile());

        if (real.has("error")) {
          assertThat(fake.at("/error/code"))
              .as(name + " error code")
              .isEqualTo(real.at("/error/code"));
          assertThat(fake.at("/error/data/name"))
              .as(name + " exception")
              .isEqualTo(real.at("/error/data/name"));
          if (EXACT_MESSAGES.contains(name)) {
            assertThat(fake.at("/error/data/message"))
                .as(name + " message")
                .isEqualTo(real.at("/error/data/message"));
          }
        } else {
          assertThat(fake.has("error")).as(name + " answered " + fake).isFalse();
          ConformanceTest.assertSameShape(false, real, fake, name);
          ids.learn(model, method, real.get("result"), fake.get("result"));
        }
      }
    }
  }

  /** The case name of a request: the file whose request has its JSON-RPC id. */
  private static String caseName(Path dir, JsonNode request) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String file = f.getFileName().toString();
        if (file.startsWith("returns-jsonrpc-")
            && file.endsWith(".request.json")
            && Wire.JSON.readTree(f.toFile()).get("id").equals(request.get("id"))) {
          return file.substring(0, file.length() - ".request.json".length());
        }
      }
    }
    throw new AssertionError("no case for " + request);
  }

  /** Captured record ids and the fake's, per model. */
  private static final class Ids {
    private final Map<String, Map<Long, Long>> byModel = new HashMap<>();

    void put(String model, long real, long fake) {
      byModel.computeIfAbsent(model, m -> new HashMap<>()).put(real, fake);
    }

    private long map(String model, long real) {
      return byModel.getOrDefault(model, Map.of()).getOrDefault(real, real);
    }

    /** Swaps the ids of the positional record ids and of the context's active ids. */
    void rewrite(String model, ArrayNode args) {
      if (args.size() > 5 && args.get(5).isArray() && args.get(5).size() > 0) {
        JsonNode first = args.get(5).get(0);
        if (first.isArray() && first.size() > 0 && first.get(0).isIntegralNumber()) {
          ArrayNode swapped = Wire.JSON.createArrayNode();
          first.forEach(id -> swapped.add(map(model, id.asLong())));
          ((ArrayNode) args.get(5)).set(0, swapped);
        }
      }
      if (args.size() > 6 && args.get(6).has("context")) {
        ObjectNode ctx = (ObjectNode) args.get(6).get("context");
        if (ctx.has("active_id")) {
          ctx.put("active_id", map("stock.picking", ctx.get("active_id").asLong()));
        }
        if (ctx.has("active_ids")) {
          ArrayNode swapped = Wire.JSON.createArrayNode();
          ctx.get("active_ids").forEach(id -> swapped.add(map("stock.picking", id.asLong())));
          ctx.set("active_ids", swapped);
        }
      }
    }

    /** Learns the ids the real and the fake answer gave for the same step. */
    void learn(String model, String method, JsonNode real, JsonNode fake) {
      if ("create".equals(method) && real.isIntegralNumber()) {
        put(model, real.asLong(), fake.asLong());
      } else if (method.contains("create_returns") && real.has("res_id")) {
        put("stock.picking", real.get("res_id").asLong(), fake.get("res_id").asLong());
      } else if ("read".equals(method) && real.isArray() && !real.isEmpty() && !fake.isEmpty()) {
        JsonNode r = real.get(0);
        JsonNode f = fake.get(0);
        learnFirst("stock.return.picking.line", r, f, "product_return_moves");
        learnFirst("stock.move", r, f, "move_ids");
        if (r.has("move_id") && r.get("move_id").isArray() && f.get("move_id").isArray()) {
          put("stock.move", r.get("move_id").get(0).asLong(), f.get("move_id").get(0).asLong());
        }
      }
    }

    private void learnFirst(String target, JsonNode real, JsonNode fake, String field) {
      if (real.has(field) && real.get(field).size() > 0 && fake.path(field).size() > 0) {
        put(target, real.get(field).get(0).asLong(), fake.get(field).get(0).asLong());
      }
    }
  }
}
