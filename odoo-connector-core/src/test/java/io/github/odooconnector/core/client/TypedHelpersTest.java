package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.fixtures.DomXmlRpc;
import io.github.odooconnector.core.fixtures.FixtureCase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed helpers against real captured answers of Odoo 17/18/19 over each protocol: they must
 * send the request the capture sent (same model, method, arguments) and expose the answer through
 * typed getters correctly ({@code false} as empty, many2one pairs, UTC datetimes, base64 binaries,
 * floats as decimals).
 */
@Execution(ExecutionMode.CONCURRENT)
class TypedHelpersTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

  static Stream<Arguments> targets() {
    List<Arguments> out = new ArrayList<>();
    for (int v : new int[] {17, 18, 19}) {
      out.add(Arguments.of(v, Protocol.XMLRPC));
      out.add(Arguments.of(v, Protocol.JSONRPC));
    }
    out.add(Arguments.of(19, Protocol.JSON2));
    return out.stream();
  }

  /**
   * Serves auth (RPC) + the captured answer, runs the helper, checks the request matched the
   * capture.
   */
  private <T> T replay(
      int version,
      Protocol p,
      String rpcSuffix,
      String json2Name,
      boolean compareRequest,
      Function<OdooClient, T> action)
      throws Exception {
    String name =
        p == Protocol.JSON2
            ? json2Name
            : (p == Protocol.XMLRPC ? "xmlrpc-execute_kw-" : "jsonrpc-execute_kw-") + rpcSuffix;
    FixtureCase c =
        FixtureCase.all()
            .filter(f -> f.version() == version && f.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no fixture " + name + " for " + version));
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      if (p != Protocol.JSON2) {
        server.enqueue(FixtureReplayTest.rpcOk(p, "2"));
      }
      server.enqueue(FixtureReplayTest.fixtureResponse(c));
      T result;
      try (OdooClient client =
          OdooClient.builder()
              .url(server.url("/").toString())
              .database("lab")
              .login("admin")
              .password("admin")
              .apiKey("key")
              .protocol(p)
              .retry(RetrySettings.none())
              .requestTimeout(Duration.ofSeconds(5))
              .build()) {
        result = action.apply(client);
      }
      if (p != Protocol.JSON2) {
        server.takeRequest(5, TimeUnit.SECONDS); // authenticate
      }
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (compareRequest) {
        assertThat(sentCall(r, p)).isEqualTo(capturedCall(c, p));
      }
      return result;
    }
  }

  @SuppressWarnings("unchecked")
  private static Object sentCall(RecordedRequest r, Protocol p) throws Exception {
    byte[] b = r.getBody().toByteArray();
    return switch (p) {
      case XMLRPC -> withKwargs(DomXmlRpc.decodeCallParams(b).subList(3, 7));
      case JSONRPC ->
          withKwargs(
              ((List<Object>)
                      ((Map<String, Object>) JSON.readValue(b, Map.class).get("params"))
                          .get("args"))
                  .subList(3, 7));
      default -> JSON.readValue(b, Object.class);
    };
  }

  @SuppressWarnings("unchecked")
  private static Object capturedCall(FixtureCase c, Protocol p) throws Exception {
    byte[] b = Files.readAllBytes(c.request());
    return switch (p) {
      case XMLRPC ->
          withKwargs(
              DomXmlRpc.decodeCallParams(b).subList(3, DomXmlRpc.decodeCallParams(b).size()));
      case JSONRPC -> {
        List<Object> args =
            (List<Object>)
                ((Map<String, Object>) JSON.readValue(b, Map.class).get("params")).get("args");
        yield withKwargs(args.subList(3, args.size()));
      }
      default -> JSON.readValue(b, Object.class);
    };
  }

  /** [model, method, args] and [model, method, args, {}] are the same call. */
  private static List<Object> withKwargs(List<Object> call) {
    List<Object> out = new ArrayList<>(call);
    if (out.size() == 3) {
      out.add(Map.of());
    }
    return out;
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void searchReadExposesDatesDatetimesFloatsMany2onesAndFalseAsEmpty(int v, Protocol p)
      throws Exception {
    List<OdooRecord> orders =
        replay(
            v,
            p,
            "read-sale.order-dates-floats",
            "json2-read-sale.order-dates-floats",
            true,
            c ->
                c.searchRead(
                    "sale.order",
                    Domain.all(),
                    List.of(
                        "name",
                        "date_order",
                        "validity_date",
                        "commitment_date",
                        "amount_total",
                        "amount_tax",
                        "currency_id",
                        "state",
                        "order_line"),
                    SearchOptions.limit(2).withOrder("id")));
    assertThat(orders).hasSize(2);
    OdooRecord so = orders.get(0);
    assertThat(so.id()).isPositive();
    assertThat(so.string("name")).hasValueSatisfying(n -> assertThat(n).startsWith("S0"));
    assertThat(so.datetime("date_order"))
        .hasValueSatisfying(i -> assertThat(i).isAfter(Instant.parse("2020-01-01T00:00:00Z")));
    assertThat(so.date("validity_date"))
        .hasValueSatisfying(d -> assertThat(d).isAfter(LocalDate.of(2020, 1, 1)));
    assertThat(so.datetime("commitment_date")).isEmpty(); // Odoo sends false
    assertThat(so.decimal("amount_total")).hasValueSatisfying(a -> assertThat(a).isPositive());
    assertThat(so.decimal("amount_tax").orElseThrow().scale()).isLessThanOrEqualTo(2);
    assertThat(so.many2one("currency_id"))
        .hasValueSatisfying(m -> assertThat(m.displayName()).hasSize(3));
    assertThat(so.ids("order_line")).isNotEmpty();
    assertThat(so.string("state")).contains("draft");
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void readDecodesABase64BinaryToThePngBytes(int v, Protocol p) throws Exception {
    String key = p == Protocol.JSON2 ? "json2-read-binary-image_128" : null;
    FixtureCase c =
        FixtureCase.all()
            .filter(
                f ->
                    f.version() == v
                        && f.name()
                            .equals(
                                p == Protocol.JSON2
                                    ? key
                                    : (p == Protocol.XMLRPC ? "xmlrpc" : "jsonrpc")
                                        + "-execute_kw-read-binary-image_128"))
            .findFirst()
            .orElseThrow();
    long id = ((Number) ((List<?>) capturedWrite(c, p).get("ids")).get(0)).longValue();
    List<OdooRecord> recs =
        replay(
            v,
            p,
            "read-binary-image_128",
            key,
            true,
            client -> client.read("res.partner", List.of(id), List.of("name", "image_128")));
    byte[] png = recs.get(0).binary("image_128").orElseThrow();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void searchSendsDomainPagingAndOrderAndReturnsIds(int v, Protocol p) throws Exception {
    SearchOptions opts =
        p == Protocol.JSON2
            ? SearchOptions.limit(5).withOrder("id desc")
            : SearchOptions.limit(5).withOffset(2).withOrder("id desc");
    List<Long> ids =
        replay(
            v,
            p,
            "search-product.product",
            "json2-search-product.product",
            true,
            c -> c.search("product.product", Domain.all(), opts));
    assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void searchCountReturnsTheCount(int v, Protocol p) throws Exception {
    long n =
        replay(
            v,
            p,
            "search_count-stock.picking",
            "json2-search_count-stock.picking",
            true,
            c -> c.searchCount("stock.picking", Domain.where("state", "=", "done")));
    assertThat(n).isNotNegative();
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void writeSendsIdsAndValuesWithNullAsFalse(int v, Protocol p) throws Exception {
    FixtureCase c =
        FixtureCase.all()
            .filter(
                f ->
                    f.version() == v
                        && f.name()
                            .equals(
                                p == Protocol.JSON2
                                    ? "json2-write-res.partner"
                                    : (p == Protocol.XMLRPC ? "xmlrpc" : "jsonrpc")
                                        + "-execute_kw-write-res.partner"))
            .findFirst()
            .orElseThrow();
    Map<String, Object> captured = capturedWrite(c, p);
    @SuppressWarnings("unchecked")
    long id = ((Number) ((List<Object>) captured.get("ids")).get(0)).longValue();
    Map<String, Object> vals = new HashMap<>();
    vals.put("phone", ((Map<?, ?>) captured.get("vals")).get("phone"));
    vals.put("email", null);
    boolean ok =
        replay(
            v,
            p,
            "write-res.partner",
            "json2-write-res.partner",
            true,
            client -> client.write("res.partner", List.of(id), new LinkedHashMap<>(vals)));
    assertThat(ok).isTrue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> capturedWrite(FixtureCase c, Protocol p) throws Exception {
    Object call = capturedCall(c, p);
    if (p == Protocol.JSON2) {
      return (Map<String, Object>) call;
    }
    List<Object> args = (List<Object>) ((List<Object>) call).get(2);
    return args.size() > 1
        ? Map.of("ids", args.get(0), "vals", args.get(1))
        : Map.of("ids", args.get(0));
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void unlinkReturnsTrue(int v, Protocol p) throws Exception {
    FixtureCase c =
        FixtureCase.all()
            .filter(
                f ->
                    f.version() == v
                        && f.name()
                            .equals(
                                p == Protocol.JSON2
                                    ? "json2-unlink-res.partner"
                                    : (p == Protocol.XMLRPC ? "xmlrpc" : "jsonrpc")
                                        + "-execute_kw-unlink-res.partner"))
            .findFirst()
            .orElseThrow();
    long id = ((Number) ((List<?>) capturedWrite(c, p).get("ids")).get(0)).longValue();
    boolean ok =
        replay(
            v,
            p,
            "unlink-res.partner",
            "json2-unlink-res.partner",
            true,
            client -> client.unlink("res.partner", List.of(id)));
    assertThat(ok).isTrue();
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void fieldsGetDescribesTypesAndRelations(int v, Protocol p) throws Exception {
    Map<String, FieldInfo> fields =
        replay(
            v,
            p,
            "fields_get-stock.picking",
            "json2-fields_get-stock.picking",
            false,
            c -> c.fieldsGet("stock.picking"));
    assertThat(fields.get("partner_id").type()).isEqualTo("many2one");
    assertThat(fields.get("partner_id").relation()).contains("res.partner");
    assertThat(fields.get("state").type()).isEqualTo("selection");
    assertThat(fields.get("move_ids").relation()).contains("stock.move");
    assertThat(fields.get("name").label()).isNotBlank();
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void nameSearchReturnsIdNamePairs(int v, Protocol p) throws Exception {
    List<Many2one> found =
        replay(
            v,
            p,
            "name_search",
            "json2-name_search",
            false,
            c -> c.nameSearch("res.partner", "Fixture", Domain.all(), 3));
    assertThat(found).isNotEmpty().allSatisfy(m -> assertThat(m.displayName()).isNotBlank());
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void readOfADeletedIdReturnsNothingRatherThanFailing(int v, Protocol p) throws Exception {
    List<OdooRecord> recs =
        replay(
            v,
            p,
            "error-read-deleted-record",
            "json2-error-read-deleted-record",
            false,
            c -> c.read("res.partner", List.of(999_999L), List.of("name")));
    assertThat(recs).isEmpty();
  }

  @ParameterizedTest(name = "odoo {0} {1}")
  @MethodSource("targets")
  void falseFieldsReadAsEmptyAndFloatsKeepTheirDecimals(int v, Protocol p) throws Exception {
    List<OdooRecord> recs =
        replay(
            v,
            p,
            "read-res.partner-dates-false-fields",
            "json2-read-after-write-dates-false",
            false,
            c -> c.read("res.partner", List.of(1L), List.of()));
    OdooRecord r = recs.get(0);
    if (r.has("parent_id")) {
      assertThat(r.many2one("parent_id")).isEmpty();
    }
    assertThat(r.string("email")).isEmpty();
    assertThat(r.ids("child_ids"))
        .isEqualTo(
            ((List<?>) r.raw("child_ids")).stream().map(o -> ((Number) o).longValue()).toList());
    if (r.has("credit_limit")) {
      assertThat(r.decimal("credit_limit").orElseThrow())
          .isIn(new BigDecimal("1234.5678"), new BigDecimal("99.999"), new BigDecimal("99.99"));
    }
    assertThat(r.datetime("write_date")).isPresent();
  }
}
