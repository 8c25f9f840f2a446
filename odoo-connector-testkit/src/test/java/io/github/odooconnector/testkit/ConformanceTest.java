package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shape parity with captured real Odoo 17/18/19 responses: each captured request (the exact
 * XML-RPC, JSON-RPC or JSON-2 body a real client sent, with credentials and record ids swapped for
 * the fake's) is replayed against the fake, and the response must have the same HTTP status,
 * content type, keys, JSON types, fault codes and exception names as the real one (ids and values
 * may differ).
 */
class ConformanceTest {

  /** How the record ids of a fixture request are replaced with ids valid in the fake. */
  enum Ids {
    KEEP,
    RAW,
    FRESH_PARTNER,
    DELETED_PARTNER,
    CONFIRMED_ORDER,
    UNRESERVED_PICKING,
    DONE_PICKING
  }

  private static final List<String[]> CASES =
      List.of(
          // case name (jsonrpc-/xmlrpc- suffix), json2 case name or "", ids role
          new String[] {"common-version", "", "KEEP"},
          new String[] {"common-login", "", "KEEP"},
          new String[] {"common-authenticate-unknown-db", "", "KEEP"},
          new String[] {"error-malformed-body", "", "RAW"},
          new String[] {"error-not-jsonrpc-envelope", "", "RAW"},
          new String[] {"execute_kw-read-mixed-existing-and-nonexistent", "", "KEEP"},
          new String[] {"execute_kw-search_read-context-active_test-false", "", "KEEP"},
          new String[] {"execute_kw-read-with-context-lang-tz", "", "FRESH_PARTNER"},
          new String[] {
            "execute_kw-read-binary-image_128", "json2-read-binary-image_128", "FRESH_PARTNER"
          },
          new String[] {"execute_kw-read-float-precision", "", "KEEP"},
          new String[] {"execute_kw-write-float-precision", "", "KEEP"},
          new String[] {"execute_kw-write-m2o-parent", "", "FRESH_PARTNER"},
          new String[] {
            "execute_kw-write-relational-commands-create-o2m-set-m2m",
            "json2-write-relational-commands",
            "FRESH_PARTNER"
          },
          new String[] {
            "execute_kw-read-after-relational-writes",
            "json2-read-after-write-dates-false",
            "FRESH_PARTNER"
          },
          new String[] {"execute_kw-action_unarchive", "", "FRESH_PARTNER"},
          new String[] {
            "execute_kw-error-validationerror-recursive-partner",
            "json2-error-validationerror-recursive-partner",
            "KEEP"
          },
          new String[] {"execute_kw-error-bad-date-format", "", "KEEP"},
          new String[] {
            "execute_kw-error-usererror-stock-validate-unreserved-picking", "", "UNRESERVED_PICKING"
          },
          new String[] {"execute_kw-error-usererror-stock-unlink-done-picking", "", "DONE_PICKING"},
          new String[] {"", "json2-read-res.partner", "FRESH_PARTNER"},
          new String[] {"", "json2-search_read-res.partner", "KEEP"},
          new String[] {"", "json2-name_search", "KEEP"},
          new String[] {"", "json2-demo-key-allowed-read", "KEEP"},
          new String[] {"", "json2-no-database-header", "KEEP"},
          new String[] {"", "json2-error-password-instead-of-key", "KEEP"},
          new String[] {"", "json2-error-api-private-method", "FRESH_PARTNER"},
          new String[] {"common-authenticate", "", "KEEP"},
          new String[] {"common-authenticate-wrong-password", "", "KEEP"},
          new String[] {"common-authenticate-unknown-login", "", "KEEP"},
          new String[] {"common-authenticate-apikey", "", "KEEP"},
          new String[] {"common-no-such-method", "", "KEEP"},
          new String[] {"db-list", "", "KEEP"},
          new String[] {
            "execute_kw-search_read-stock.picking", "json2-search_read-stock.picking", "KEEP"
          },
          new String[] {
            "execute_kw-search_read-stock.quant", "json2-search_read-stock.quant", "KEEP"
          },
          new String[] {
            "execute_kw-search_read-product.product", "json2-search_read-product.product", "KEEP"
          },
          new String[] {
            "execute_kw-search_count-stock.picking", "json2-search_count-stock.picking", "KEEP"
          },
          new String[] {
            "execute_kw-search-product.product", "json2-search-product.product", "KEEP"
          },
          new String[] {"execute_kw-search_read-apikey-as-password", "", "KEEP"},
          new String[] {"execute_kw-read-nonexistent-id", "json2-read-nonexistent-id", "KEEP"},
          new String[] {
            "execute_kw-read-sale.order-dates-floats", "json2-read-sale.order-dates-floats", "KEEP"
          },
          new String[] {
            "execute_kw-fields_get-stock.picking", "json2-fields_get-stock.picking", "KEEP"
          },
          new String[] {"execute_kw-create-res.partner", "json2-create-res.partner", "KEEP"},
          new String[] {"execute_kw-create-res.partner-multi", "", "KEEP"},
          new String[] {"execute_kw-write-res.partner", "json2-write-res.partner", "FRESH_PARTNER"},
          new String[] {"execute_kw-read-res.partner-dates-false-fields", "", "FRESH_PARTNER"},
          new String[] {"execute_kw-write-none-value", "", "FRESH_PARTNER"},
          new String[] {
            "execute_kw-action_archive-returns-none",
            "json2-action_archive-returns-none",
            "FRESH_PARTNER"
          },
          new String[] {
            "execute_kw-unlink-res.partner", "json2-unlink-res.partner", "FRESH_PARTNER"
          },
          new String[] {
            "execute_kw-error-read-deleted-record",
            "json2-error-read-deleted-record",
            "DELETED_PARTNER"
          },
          new String[] {
            "execute_kw-error-write-deleted-record",
            "json2-error-write-deleted-record",
            "DELETED_PARTNER"
          },
          new String[] {
            "execute_kw-error-create-missing-required-field",
            "json2-error-create-missing-required-field",
            "KEEP"
          },
          new String[] {"execute_kw-error-create-missing-required-many2one", "", "KEEP"},
          new String[] {
            "execute_kw-error-method-does-not-exist",
            "json2-error-method-does-not-exist",
            "FRESH_PARTNER"
          },
          new String[] {
            "execute_kw-error-private-method", "json2-error-private-method", "FRESH_PARTNER"
          },
          new String[] {
            "execute_kw-error-model-does-not-exist", "json2-error-model-does-not-exist", "KEEP"
          },
          new String[] {
            "execute_kw-error-invalid-field-in-domain",
            "json2-error-invalid-field-in-domain",
            "KEEP"
          },
          new String[] {
            "execute_kw-error-unknown-kwarg", "json2-error-unexpected-argument", "KEEP"
          },
          new String[] {
            "execute_kw-error-invalid-lang-in-context",
            "json2-error-invalid-lang-in-context",
            "KEEP"
          },
          new String[] {"execute_kw-error-wrong-password", "", "KEEP"},
          new String[] {"execute_kw-error-wrong-uid", "", "KEEP"},
          new String[] {
            "execute_kw-error-access-error-demo-user", "json2-error-access-error-demo-key", "KEEP"
          },
          new String[] {
            "execute_kw-error-access-error-demo-user-create-users",
            "json2-error-access-error-demo-key-create-user",
            "KEEP"
          },
          new String[] {
            "execute_kw-error-usererror-unlink-confirmed-sale-order",
            "json2-error-usererror-unlink-confirmed-sale-order",
            "CONFIRMED_ORDER"
          },
          new String[] {"legacy-object-execute_kw-error-access-denied", "", "KEEP"},
          new String[] {"legacy-object-execute_kw-error-method-does-not-exist", "", "KEEP"},
          new String[] {"legacy-object-execute_kw-error-missing-record", "", "KEEP"},
          new String[] {"legacy-object-execute_kw-error-usererror", "", "CONFIRMED_ORDER"},
          new String[] {"", "json2-error-bad-api-key", "KEEP"},
          new String[] {"", "web-webclient-version_info", "RAW"},
          new String[] {"", "json2-error-no-authorization-header", "KEEP"},
          new String[] {"", "json2-error-ids-on-model-method", "KEEP"},
          new String[] {"", "json2-empty-body", "KEEP"},
          new String[] {"", "json2-error-json-array-body", "KEEP"},
          new String[] {"", "json2-error-malformed-json", "KEEP"},
          new String[] {"", "json2-error-get-method", "KEEP"},
          new String[] {"", "json2-error-missing-method-segment", "KEEP"},
          new String[] {"", "json2-error-unknown-database-header", "KEEP"},
          new String[] {"", "json2-error-text-plain-content-type", "KEEP"},
          new String[] {"", "json2-error-positional-args-not-supported", "KEEP"});

  private static final Map<OdooVersion, FakeOdoo> FAKES = new EnumMap<>(OdooVersion.class);

  private static synchronized FakeOdoo fake(OdooVersion v) {
    return FAKES.computeIfAbsent(
        v,
        version ->
            FakeOdoo.builder()
                .version(version)
                .database("lab" + version.major())
                .adminApiKey("admin-key-" + version.major())
                .demoApiKey("demo-key-" + version.major())
                .start());
  }

  @AfterAll
  static void stop() {
    FAKES.values().forEach(FakeOdoo::close);
  }

  static Path fixtures(OdooVersion v) {
    return Path.of(System.getProperty("odc.fixtures.dir", "../fixtures"), "odoo-" + v.major());
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (OdooVersion v : OdooVersion.values()) {
      for (String[] c : CASES) {
        if (!c[0].isEmpty()) {
          for (String proto : List.of("jsonrpc", "xmlrpc")) {
            String name = proto + "-" + c[0];
            if (Files.exists(fixtures(v).resolve(name + ".meta.json"))) {
              out.add(Arguments.of(v, name, c[2]));
            }
          }
        }
        if (!c[1].isEmpty() && (v.supportsJson2() || !c[1].startsWith("json2-"))) {
          out.add(Arguments.of(v, c[1], c[2]));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void fakeResponseHasTheShapeOfTheCapturedRealResponse(
      OdooVersion version, String name, String ids) throws Exception {
    FakeOdoo odoo = fake(version);
    Path dir = fixtures(version);
    JsonNode meta = Wire.JSON.readTree(dir.resolve(name + ".meta.json").toFile());
    int realStatus = meta.get("status").asInt();
    String realType = meta.get("content_type").asText();
    Wire.Answer answer;
    if (Ids.valueOf(ids) == Ids.RAW) {
      answer = replayRaw(odoo, dir, name, meta);
    } else if (name.startsWith("json2-")) {
      answer = replayJson2(odoo, dir, name, meta, Ids.valueOf(ids));
    } else if (name.startsWith("xmlrpc-")) {
      JsonNode call = Wire.xmlRequest(Files.readString(dir.resolve(name + ".request.xml")));
      String url = meta.get("url").asText();
      String path = url.substring(url.indexOf("/xmlrpc"));
      ArrayNode args = (ArrayNode) call.get(1);
      String service = path.substring(path.lastIndexOf('/') + 1);
      rewriteCredentials(odoo, args, service, call.get(0).asText());
      rewriteIds(odoo, args, Ids.valueOf(ids));
      answer =
          Wire.xmlRpcPath(
              odoo,
              path,
              call.get(0).asText(),
              Wire.JSON.convertValue(args, new TypeReference<List<Object>>() {}));
    } else {
      JsonNode request = jsonRpcRequest(dir, name);
      ObjectNode params = (ObjectNode) request.get("params");
      ArrayNode args = (ArrayNode) params.get("args");
      rewriteCredentials(odoo, args, params.get("service").asText(), params.get("method").asText());
      rewriteIds(odoo, args, Ids.valueOf(ids));
      List<Object> argList = Wire.JSON.convertValue(args, new TypeReference<List<Object>>() {});
      answer =
          Wire.jsonRpc(
              odoo, params.get("service").asText(), params.get("method").asText(), argList);
    }
    assertThat(answer.status()).as("HTTP status").isEqualTo(realStatus);
    assertThat(answer.contentType()).as("content type").isEqualTo(realType);
    String realBody = Files.readString(dir.resolve(meta.get("response_file").asText()));
    if (realType.startsWith("text/html")) {
      return;
    }
    JsonNode real =
        name.startsWith("xmlrpc-") ? Wire.xmlToJson(realBody) : Wire.JSON.readTree(realBody);
    JsonNode fake = name.startsWith("xmlrpc-") ? answer.xml() : answer.json();
    if (name.startsWith("xmlrpc-") && real.has("faultCode") && real.get("faultCode").isTextual()) {
      // legacy /xmlrpc/object: string codes "warning -- <Exception>\n\n<message>" or "AccessDenied"
      String realCode = real.get("faultCode").asText();
      String fakeCode = fake.get("faultCode").asText();
      assertThat(fakeCode.startsWith("warning -- ")).isEqualTo(realCode.startsWith("warning -- "));
      assertThat(fakeCode.split("\n")[0]).isEqualTo(realCode.split("\n")[0]);
    } else if (name.startsWith("xmlrpc-") && real.has("faultCode")) {
      assertThat(fake.get("faultCode")).as("faultCode").isEqualTo(real.get("faultCode"));
      assertThat(fake.get("faultString").asText().startsWith("Traceback"))
          .as("faultString is a traceback exactly when real Odoo sends one")
          .isEqualTo(real.get("faultString").asText().startsWith("Traceback"));
    }
    if (real.has("error")) {
      assertThat(fake.at("/error/code")).as("error code").isEqualTo(real.at("/error/code"));
      assertThat(fake.at("/error/data/name"))
          .as("exception name")
          .isEqualTo(real.at("/error/data/name"));
    }
    if (name.startsWith("json2-") && realStatus >= 400) {
      assertThat(fake.get("name")).as("exception name").isEqualTo(real.get("name"));
    }
    assertSameShape(name.contains("fields_get"), real, fake, "$");
  }

  private static JsonNode jsonRpcRequest(Path dir, String name) throws Exception {
    return Wire.JSON.readTree(dir.resolve(name + ".request.json").toFile());
  }

  private static void rewriteCredentials(
      FakeOdoo odoo, ArrayNode args, String service, String method) {
    if (args.isEmpty() || !"lab".regionMatches(0, args.get(0).asText(), 0, 3)) {
      return;
    }
    args.set(0, Wire.JSON.getNodeFactory().textNode(odoo.database()));
    if ("common".equals(service) && args.size() >= 3) {
      String login = args.get(1).asText();
      String pw = args.get(2).asText();
      if ("admin".equals(login) && pw.length() == 40) {
        args.set(2, Wire.JSON.getNodeFactory().textNode(odoo.adminApiKey()));
      }
    }
    if ("object".equals(service) && args.size() >= 3) {
      long uid = args.get(1).asLong();
      String pw = args.get(2).asText();
      if (uid == 2) {
        String newPw = pw.length() == 40 ? odoo.adminApiKey() : pw;
        args.set(2, Wire.JSON.getNodeFactory().textNode(newPw));
      } else if ("demo".equals(pw)) {
        args.set(1, Wire.JSON.getNodeFactory().numberNode(odoo.demoUid()));
      }
    }
  }

  private static long idFor(FakeOdoo odoo, Ids role) throws Exception {
    switch (role) {
      case FRESH_PARTNER:
      case DELETED_PARTNER:
        {
          long id =
              ((Number)
                      Wire.executeKw(
                          odoo,
                          "res.partner",
                          "create",
                          List.of(Map.of("name", "Conformance Partner")),
                          Map.of()))
                  .longValue();
          if (role == Ids.DELETED_PARTNER) {
            Wire.executeKw(odoo, "res.partner", "unlink", List.of(List.of(id)), Map.of());
          }
          return id;
        }
      case CONFIRMED_ORDER:
        return odoo.ref("sale.sale_order_2");
      case UNRESERVED_PICKING:
        {
          long product =
              ((Number)
                      Wire.executeKw(
                          odoo,
                          "product.product",
                          "create",
                          List.of(
                              Map.of(
                                  "name",
                                  "Never in stock",
                                  odoo.version().major() >= 18 ? "is_storable" : "type",
                                  odoo.version().major() >= 18 ? (Object) true : "product")),
                          Map.of()))
                  .longValue();
          long picking =
              ((Number)
                      Wire.executeKw(
                          odoo,
                          "stock.picking",
                          "create",
                          List.of(
                              Map.of(
                                  "picking_type_id",
                                  odoo.ref("stock.picking_type_out"),
                                  "move_ids",
                                  List.of(
                                      List.of(
                                          0,
                                          0,
                                          Map.of("product_id", product, "product_uom_qty", 1))))),
                          Map.of()))
                  .longValue();
          Wire.executeKw(
              odoo, "stock.picking", "action_assign", List.of(List.of(picking)), Map.of());
          return picking;
        }
      case DONE_PICKING:
        {
          long so =
              ((Number)
                      Wire.executeKw(
                          odoo,
                          "sale.order",
                          "create",
                          List.of(
                              Map.of(
                                  "partner_id",
                                  odoo.ref("base.partner_azure"),
                                  "order_line",
                                  List.of(
                                      List.of(
                                          0,
                                          0,
                                          Map.of(
                                              "product_id",
                                              odoo.ref("product.product_desk"),
                                              "product_uom_qty",
                                              1))))),
                          Map.of()))
                  .longValue();
          Wire.executeKw(odoo, "sale.order", "action_confirm", List.of(List.of(so)), Map.of());
          long picking =
              odoo.records("stock.picking").stream()
                  .filter(
                      r ->
                          r.get("sale_id") instanceof List<?> l
                              && ((Number) l.get(0)).longValue() == so)
                  .mapToLong(r -> (Long) r.get("id"))
                  .findFirst()
                  .orElseThrow();
          Wire.executeKw(
              odoo, "stock.picking", "button_validate", List.of(List.of(picking)), Map.of());
          return picking;
        }
      default:
        return -1;
    }
  }

  private static void rewriteIds(FakeOdoo odoo, ArrayNode args, Ids role) throws Exception {
    if (role == Ids.KEEP || args.size() < 6) {
      return;
    }
    if (!args.get(5).isArray()) {
      args.set(5, Wire.JSON.getNodeFactory().numberNode(idFor(odoo, role)));
      return;
    }
    ArrayNode positional = (ArrayNode) args.get(5);
    ArrayNode ids = Wire.JSON.createArrayNode().add(idFor(odoo, role));
    positional.set(0, ids);
    if (positional.size() > 1
        && positional.get(1).isObject()
        && positional.get(1).has("parent_id")
        && role == Ids.FRESH_PARTNER) {
      ((ObjectNode) positional.get(1)).put("parent_id", idFor(odoo, Ids.FRESH_PARTNER));
    }
  }

  /** Posts the captured request body unchanged (malformed bodies, non-envelopes, version_info). */
  private static Wire.Answer replayRaw(FakeOdoo odoo, Path dir, String name, JsonNode meta)
      throws Exception {
    String url = meta.get("url").asText();
    String path = url.substring(url.indexOf('/', "http://".length()));
    Path req =
        Files.exists(dir.resolve(name + ".request.xml"))
            ? dir.resolve(name + ".request.xml")
            : dir.resolve(name + ".request.json");
    String contentType =
        meta.get("request_headers")
            .path("Content-Type")
            .asText(name.startsWith("xmlrpc-") ? "text/xml" : "application/json");
    return Wire.post(odoo.url() + path, contentType, Files.readString(req), Map.of());
  }

  private static Wire.Answer replayJson2(
      FakeOdoo odoo, Path dir, String name, JsonNode meta, Ids role) throws Exception {
    JsonNode headers = meta.get("request_headers");
    Path reqFile = dir.resolve(name + ".request.json");
    String body = Files.exists(reqFile) ? Files.readString(reqFile) : "";
    if (role != Ids.KEEP) {
      ObjectNode obj = (ObjectNode) Wire.JSON.readTree(body);
      obj.set("ids", Wire.JSON.createArrayNode().add(idFor(odoo, role)));
      body = Wire.JSON.writeValueAsString(obj);
    }
    String url = meta.get("url").asText();
    String path = url.substring(url.indexOf("/json/2"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(odoo.url() + path));
    b =
        "GET".equals(meta.get("method").asText())
            ? b.GET()
            : b.POST(HttpRequest.BodyPublishers.ofString(body));
    for (Map.Entry<String, JsonNode> h : headers.properties()) {
      String value = h.getValue().asText();
      if ("Authorization".equals(h.getKey()) && value.length() == 47) {
        boolean demo = name.contains("demo-key");
        boolean zeros = value.endsWith("0000000000");
        value = zeros ? value : "bearer " + (demo ? odoo.demoApiKey() : odoo.adminApiKey());
      }
      if ("X-Odoo-Database".equals(h.getKey()) && value.startsWith("lab")) {
        value = odoo.database();
      }
      b.header(h.getKey(), value);
    }
    var r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Wire.Answer(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  /**
   * Same JSON types and object keys; arrays are compared by their first elements. Odoo sends {@code
   * false} for an empty char/text/date/many2one value, so {@code false} on one side matches a
   * string or a many2one pair on the other (the seed data differs from the demo data); any other
   * type difference fails.
   */
  static void assertSameShape(boolean fieldsGet, JsonNode real, JsonNode fake, String path) {
    if (emptyVersusValue(real, fake) || emptyVersusValue(fake, real)) {
      return;
    }
    assertThat(kind(fake)).as("JSON type at " + path).isEqualTo(kind(real));
    if (real.isObject()) {
      TreeSet<String> realKeys = new TreeSet<>();
      real.fieldNames().forEachRemaining(realKeys::add);
      TreeSet<String> fakeKeys = new TreeSet<>();
      fake.fieldNames().forEachRemaining(fakeKeys::add);
      if (fieldsGet && "$.result".equals(path)
          || fieldsGet && "$".equals(path) && !realKeys.contains("jsonrpc")) {
        // fields_get: the fake defines a subset of the real fields; every fake field must exist for
        // real
        assertThat(realKeys).as("fields known to real Odoo at " + path).containsAll(fakeKeys);
        for (String k : fakeKeys) {
          if (realKeys.contains(k)) {
            assertSameShape(false, real.get(k), fake.get(k), path + "." + k);
          }
        }
        return;
      }
      assertThat(fakeKeys).as("keys at " + path).isEqualTo(realKeys);
      for (String k : realKeys) {
        if (!"debug".equals(k)) {
          assertSameShape(fieldsGet, real.get(k), fake.get(k), path + "." + k);
        }
      }
    } else if (real.isArray() && !real.isEmpty() && !fake.isEmpty()) {
      assertSameShape(fieldsGet, real.get(0), fake.get(0), path + "[0]");
    }
  }

  private static boolean emptyVersusValue(JsonNode a, JsonNode b) {
    boolean m2oPair =
        b.isArray() && b.size() == 2 && b.get(0).isIntegralNumber() && b.get(1).isTextual();
    return a.isBoolean() && !a.asBoolean() && (b.isTextual() || m2oPair);
  }

  private static String kind(JsonNode n) {
    if (n.isIntegralNumber()) {
      return "int";
    }
    if (n.isNumber()) {
      return "float";
    }
    return n.getNodeType().name();
  }
}
