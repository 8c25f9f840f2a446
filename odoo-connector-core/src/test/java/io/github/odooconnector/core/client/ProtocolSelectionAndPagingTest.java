package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProtocolSelectionAndPagingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse noWebVersion() {
    return new MockResponse.Builder()
        .code(404)
        .setHeader("Content-Type", "text/html")
        .body("<h1>Not Found</h1>")
        .build();
  }

  private static MockResponse webVersion(int major) {
    return json(
        "{\"version_info\": ["
            + major
            + ", 0, 0, \"final\", 0, \"\"], \"version\": \""
            + major
            + ".0\"}");
  }

  private static MockResponse versionInfo(int major) {
    return json(
        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {\"server_version\": \""
            + major
            + ".0\", "
            + "\"server_version_info\": ["
            + major
            + ", 0, 0, \"final\", 0, \"\"], \"server_serie\": \""
            + major
            + ".0\", \"protocol_version\": 1}}");
  }

  @Test
  void autoPicksJson2OnOdoo19WithAnApiKeyAndSendsBearerAndDatabase() throws Exception {
    server.enqueue(webVersion(19));
    server.enqueue(json("[5]"));
    try (OdooClient client =
        OdooClient.builder()
            .url(server.url("/").toString())
            .database("lab19")
            .apiKey("the-key")
            .retry(RetrySettings.none())
            .build()) {
      assertThat(client.search("res.partner", Domain.all())).containsExactly(5L);
      assertThat(client.protocol()).isEqualTo(Protocol.JSON2);
      assertThat(client.serverVersion().major()).isEqualTo(19);
    }
    RecordedRequest probe = server.takeRequest();
    assertThat(probe.getMethod()).isEqualTo("GET");
    assertThat(probe.getUrl().encodedPath()).isEqualTo("/web/version");
    RecordedRequest call = server.takeRequest();
    assertThat(call.getUrl().encodedPath()).isEqualTo("/json/2/res.partner/search");
    assertThat(call.getHeaders().get("Authorization")).isEqualTo("bearer the-key");
    assertThat(call.getHeaders().get("X-Odoo-Database")).isEqualTo("lab19");
  }

  @Test
  void autoPicksJsonRpcOnOdoo19WithoutAnApiKeyAndOnOlderServersWithOne() throws Exception {
    server.enqueue(webVersion(19));
    try (OdooClient client =
        OdooClient.builder()
            .url(server.url("/").toString())
            .database("lab")
            .login("admin")
            .password("admin")
            .build()) {
      assertThat(client.protocol()).isEqualTo(Protocol.JSONRPC);
    }
    server.enqueue(noWebVersion());
    server.enqueue(versionInfo(18));
    try (OdooClient client =
        OdooClient.builder()
            .url(server.url("/").toString())
            .database("lab")
            .login("admin")
            .apiKey("k")
            .build()) {
      assertThat(client.protocol()).isEqualTo(Protocol.JSONRPC);
    }
  }

  @Test
  void autoFallsBackToCommonVersionWhenTheWebRouteIsMissing() throws Exception {
    server.enqueue(noWebVersion());
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "text/html")
            .body("<h1>Not Found</h1>")
            .build());
    server.enqueue(
        json(
            "{\"jsonrpc\": \"2.0\", \"id\": 2, \"result\": {\"server_version\": \"16.0\", "
                + "\"server_version_info\": [16, 0, 0, \"final\", 0, \"\"]}}"));
    try (OdooClient client =
        OdooClient.builder()
            .url(server.url("/odoo").toString())
            .database("lab")
            .login("admin")
            .password("admin")
            .retry(RetrySettings.none())
            .build()) {
      assertThat(client.protocol()).isEqualTo(Protocol.JSONRPC);
      assertThat(client.serverVersion().major()).isEqualTo(16);
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/odoo/web/version");
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/odoo/web/webclient/version_info");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/odoo/jsonrpc");
  }

  @Test
  void streamSearchReadPagesLazilyByIdWithoutOffsets() throws Exception {
    String page1 =
        "[{\"id\": 1, \"name\": \"a\"}, {\"id\": 2, \"name\": \"b\"}, {\"id\": 4, \"name\":"
            + " \"c\"}]";
    server.enqueue(json(page1));
    try (OdooClient client =
        OdooClient.builder()
            .url(server.url("/").toString())
            .apiKey("k")
            .protocol(Protocol.JSON2)
            .retry(RetrySettings.none())
            .build()) {
      try (Stream<OdooRecord> s =
          client.streamSearchRead(
              "res.partner", Domain.where("active", "=", true), List.of("name"), 3)) {
        assertThat(s.limit(2).map(r -> r.string("name").orElseThrow()).collect(Collectors.toList()))
            .containsExactly("a", "b");
      }
      assertThat(server.getRequestCount()).isEqualTo(1); // lazy: one page was enough
      server.takeRequest();

      server.enqueue(json(page1));
      server.enqueue(json("[{\"id\": 7, \"name\": \"d\"}]"));
      List<Long> ids =
          client
              .streamSearchRead(
                  "res.partner", Domain.where("active", "=", true), List.of("name"), 3)
              .map(OdooRecord::id)
              .toList();
      assertThat(ids).containsExactly(1L, 2L, 4L, 7L);
    }
    Map<?, ?> first = JSON.readValue(server.takeRequest().getBody().toByteArray(), Map.class);
    assertThat(first.get("domain")).isEqualTo(List.of(List.of("active", "=", true)));
    Map<?, ?> second = JSON.readValue(server.takeRequest().getBody().toByteArray(), Map.class);
    assertThat(second.get("domain"))
        .isEqualTo(List.of("&", List.of("active", "=", true), List.of("id", ">", 4)));
    assertThat(second.get("order")).isEqualTo("id asc");
    assertThat(second.get("limit")).isEqualTo(3);
    assertThat(second.get("fields")).isEqualTo(List.of("name", "id"));
    assertThat(server.getRequestCount()).isEqualTo(3); // a short page ends the stream
  }

  @Test
  void withContextSendsTheMergedContextWithEveryCall() throws Exception {
    server.enqueue(json("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": 2}"));
    server.enqueue(json("{\"jsonrpc\": \"2.0\", \"id\": 2, \"result\": 4}"));
    try (OdooClient client =
        OdooClient.builder()
            .url(server.url("/").toString())
            .database("lab")
            .login("admin")
            .password("admin")
            .protocol(Protocol.JSONRPC)
            .context(Context.builder().lang("en_US").build())
            .build()) {
      OdooClient scoped =
          client.withContext(Context.builder().tz("UTC").allowedCompanyIds(List.of(1L)).build());
      assertThat(scoped.searchCount("stock.picking", Domain.all())).isEqualTo(4);
      assertThat(client.context().asMap()).containsOnlyKeys("lang");
    }
    server.takeRequest();
    Map<?, ?> call = JSON.readValue(server.takeRequest().getBody().toByteArray(), Map.class);
    List<?> args = (List<?>) ((Map<?, ?>) call.get("params")).get("args");
    assertThat(args.get(6))
        .isEqualTo(
            Map.of(
                "context",
                Map.of("lang", "en_US", "tz", "UTC", "allowed_company_ids", List.of(1))));
  }
}
