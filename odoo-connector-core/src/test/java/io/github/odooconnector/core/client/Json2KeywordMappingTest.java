package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every typed helper becomes the right JSON-2 request: keyword arguments only, ids apart, context
 * attached.
 */
class Json2KeywordMappingTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();
  private MockWebServer server;
  private OdooClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client =
        OdooClient.builder()
            .url(server.url("/").toString())
            .database("lab19")
            .apiKey("k")
            .protocol(Protocol.JSON2)
            .context(Context.builder().lang("en_US").build())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @SuppressWarnings("unchecked")
  private <T> Map<String, Object> sent(
      String answer, String path, Function<OdooClient, T> call, T expected) throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .body(answer)
            .build());
    assertThat(call.apply(client)).isEqualTo(expected);
    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo(path);
    Map<String, Object> body = JSON.readValue(r.getBody().toByteArray(), Map.class);
    assertThat((Map<String, Object>) body.get("context")).containsEntry("lang", "en_US");
    return body;
  }

  @Test
  void searchSendsDomainLimitOffsetOrder() throws Exception {
    Map<String, Object> b =
        sent(
            "[3, 2]",
            "/json/2/stock.picking/search",
            c ->
                c.search(
                    "stock.picking",
                    Domain.where("state", "=", "assigned"),
                    SearchOptions.limit(10).withOffset(20).withOrder("id desc")),
            List.of(3L, 2L));
    assertThat(b).containsOnlyKeys("domain", "limit", "offset", "order", "context");
    assertThat(b.get("domain")).isEqualTo(List.of(List.of("state", "=", "assigned")));
    assertThat(b.get("limit")).isEqualTo(10L);
    assertThat(b.get("offset")).isEqualTo(20L);
  }

  @Test
  void readSendsIdsAndFields() throws Exception {
    Map<String, Object> b =
        sent(
            "[]",
            "/json/2/res.partner/read",
            c -> c.read("res.partner", List.of(1L, 3L), List.of("name")),
            List.of());
    assertThat(b).containsOnlyKeys("ids", "fields", "context");
    assertThat(b.get("ids")).isEqualTo(List.of(1L, 3L));
  }

  @Test
  void writeSendsIdsAndValsWithCommandsDatesAndNulls() throws Exception {
    LinkedHashMap<String, Object> vals = new LinkedHashMap<>();
    vals.put("move_ids", List.of(Command.update(7, Map.of("quantity", 3)), Command.link(9)));
    vals.put("scheduled_date", Instant.parse("2026-11-27T06:00:00Z"));
    vals.put("date_deadline", LocalDate.of(2026, 12, 1));
    vals.put("note", null);
    Map<String, Object> b =
        sent(
            "true",
            "/json/2/stock.picking/write",
            c -> c.write("stock.picking", List.of(5L), vals),
            true);
    assertThat(b).containsOnlyKeys("ids", "vals", "context");
    assertThat(b.get("vals"))
        .isEqualTo(
            Map.of(
                "move_ids",
                List.of(List.of(1L, 7L, Map.of("quantity", 3L)), List.of(4L, 9L, 0L)),
                "scheduled_date",
                "2026-11-27 06:00:00",
                "date_deadline",
                "2026-12-01",
                "note",
                false));
  }

  @Test
  void createSendsValsListAndReturnsIdsInOrder() throws Exception {
    Map<String, Object> b =
        sent(
            "[11, 12]",
            "/json/2/res.partner/create",
            c -> c.create("res.partner", List.of(Map.of("name", "a"), Map.of("name", "b"))),
            List.of(11L, 12L));
    assertThat(b).containsOnlyKeys("vals_list", "context");
    assertThat(
            sent(
                "[13]",
                "/json/2/res.partner/create",
                c -> c.create("res.partner", Map.of("name", "c")),
                13L))
        .containsOnlyKeys("vals_list", "context");
  }

  @Test
  void unlinkAndSearchCountAndFieldsGet() throws Exception {
    assertThat(
            sent(
                "true",
                "/json/2/res.partner/unlink",
                c -> c.unlink("res.partner", List.of(4L)),
                true))
        .containsOnlyKeys("ids", "context");
    assertThat(
            sent(
                "7",
                "/json/2/res.partner/search_count",
                c -> c.searchCount("res.partner", Domain.all()),
                7L))
        .containsOnlyKeys("domain", "context");
    Map<String, Object> fg =
        sent(
            "{\"name\": {\"type\": \"char\", \"string\": \"Name\", \"required\": true}}",
            "/json/2/res.partner/fields_get",
            c -> c.fieldsGet("res.partner").get("name").required(),
            true);
    assertThat(fg).containsOnlyKeys("attributes", "context");
  }

  @Test
  void nameSearchSendsNameDomainOperatorLimit() throws Exception {
    Map<String, Object> b =
        sent(
            "[[9, \"Deco Addict\"]]",
            "/json/2/res.partner/name_search",
            c -> c.nameSearch("res.partner", "Deco", Domain.where("is_company", "=", true), 3),
            List.of(new Many2one(9, "Deco Addict")));
    assertThat(b).containsOnlyKeys("name", "domain", "operator", "limit", "context");
    assertThat(b.get("operator")).isEqualTo("ilike");
  }

  private void serverIs(String major, String minor) throws InterruptedException {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .body(
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {\"server_version\": \"saas~"
                    + major
                    + "."
                    + minor
                    + "\", \"server_version_info\": ["
                    + major
                    + ", "
                    + minor
                    + ", 0, \"final\", 0, \"\"]}}")
            .build());
    client.serverVersion(); // readGroup picks its method by the detected version
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/web/webclient/version_info");
  }

  @Test
  void readGroupOnSaas191AsksFormattedReadGroupAndAnswersInReadGroupShape() throws Exception {
    serverIs("19", "1");
    // the answer shape of the readgroup-json2-formatted_read_group capture (19)
    Map<String, Object> b =
        sent(
            "[{\"is_company\": false, \"__extra_domain\": [[\"is_company\", \"=\", false]],"
                + " \"__count\": 5087}, {\"is_company\": true, \"__extra_domain\":"
                + " [[\"is_company\", \"=\", true]], \"__count\": 13}]",
            "/json/2/res.partner/formatted_read_group",
            c ->
                c.readGroup(
                    "res.partner",
                    Domain.where("active", "=", true),
                    List.of(),
                    List.of("is_company"),
                    SearchOptions.defaults()),
            List.of(
                Map.of(
                    "is_company",
                    false,
                    "__count",
                    5087L,
                    "__domain",
                    List.of("&", List.of("active", "=", true), List.of("is_company", "=", false))),
                Map.of(
                    "is_company",
                    true,
                    "__count",
                    13L,
                    "__domain",
                    List.of("&", List.of("active", "=", true), List.of("is_company", "=", true)))));
    assertThat(b).containsOnlyKeys("domain", "groupby", "aggregates", "context");
    assertThat(b.get("aggregates")).isEqualTo(List.of("__count"));
  }

  @Test
  void readGroupSendsDomainFieldsGroupbyAndPaging() throws Exception {
    serverIs("19", "0");
    Map<String, Object> b =
        sent(
            "[{\"state\": \"done\", \"state_count\": 4, \"__domain\": []}]",
            "/json/2/stock.picking/read_group",
            c ->
                c.readGroup(
                        "stock.picking",
                        Domain.all(),
                        List.of("id:count"),
                        List.of("state"),
                        SearchOptions.limit(5).withOrder("state"))
                    .get(0)
                    .get("state_count"),
            4L);
    assertThat(b)
        .containsOnlyKeys("domain", "fields", "groupby", "limit", "orderby", "lazy", "context");
    assertThat(b.get("groupby")).isEqualTo(List.of("state"));
    assertThat(b.get("lazy")).isEqualTo(false);
  }

  @Test
  void aRecordMethodSendsItsIdsAndKeywordArguments() throws Exception {
    Map<String, Object> b =
        sent(
            "null",
            "/json/2/stock.picking/button_validate",
            c ->
                c.call(
                    "stock.picking",
                    "button_validate",
                    List.of(List.of(5L)),
                    Map.of("context", Map.of("skip_backorder", true))),
            null);
    assertThat(b.get("ids")).isEqualTo(List.of(5L));
    assertThat(b.get("context")).isEqualTo(Map.of("lang", "en_US", "skip_backorder", true));
  }
}
