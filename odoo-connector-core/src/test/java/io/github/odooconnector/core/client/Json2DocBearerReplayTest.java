package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.fixtures.FixtureCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * JSON-2 positional arguments of methods outside the client's built-in table are named from the
 * captured Odoo 19 {@code /doc-bearer/<model>.json} answers ({@code doc-bearer-model-*}).
 */
class Json2DocBearerReplayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private MockWebServer serve(String docCase) throws Exception {
    FixtureCase doc = FixtureCase.of(19, docCase);
    byte[] docBody = Files.readAllBytes(doc.response());
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            String path = request.getUrl().encodedPath();
            if (path.startsWith("/doc-bearer/")) {
              return new MockResponse.Builder()
                  .code(doc.status())
                  .setHeader("Content-Type", doc.contentType())
                  .body(new String(docBody, StandardCharsets.UTF_8))
                  .build();
            }
            return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body("true")
                .build();
          }
        });
    server.start();
    return server;
  }

  private static OdooClient client(MockWebServer server) {
    return OdooClient.builder()
        .url(server.url("/").toString())
        .database("lab19")
        .apiKey("k3y-xyz")
        .protocol(Protocol.JSON2)
        .retry(RetrySettings.none())
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  private Map<?, ?> bodyOf(String path) throws Exception {
    for (RecordedRequest r : requests) {
      if (r.getUrl().encodedPath().equals(path)) {
        return JSON.readValue(r.getBody().toByteArray(), Map.class);
      }
    }
    throw new AssertionError("no request to " + path);
  }

  private long docRequests() {
    return requests.stream()
        .filter(r -> r.getUrl().encodedPath().startsWith("/doc-bearer/"))
        .count();
  }

  @Test
  void positionalArgumentsAreNamedAsOdooDocumentsThemAndTheDocumentIsReadOnce() throws Exception {
    try (MockWebServer server = serve("doc-bearer-model-stock.picking");
        OdooClient odoo = client(server)) {
      odoo.call(
          "stock.picking", "action_add_entire_packs", List.of(List.of(7L), List.of(3L)), Map.of());
      odoo.call(
          "stock.picking", "action_add_entire_packs", List.of(List.of(8L), List.of(4L)), Map.of());

      assertThat(bodyOf("/json/2/stock.picking/action_add_entire_packs"))
          .isEqualTo(Map.of("ids", List.of(7), "package_ids", List.of(3)));
      assertThat(docRequests()).as("cached per model and server version").isEqualTo(1);
      RecordedRequest doc =
          requests.stream()
              .filter(r -> r.getUrl().encodedPath().startsWith("/doc-bearer/"))
              .findFirst()
              .orElseThrow();
      assertThat(doc.getMethod()).isEqualTo("GET");
      assertThat(doc.getUrl().encodedPath()).isEqualTo("/doc-bearer/stock.picking.json");
      assertThat(doc.getHeaders().get("Authorization")).isEqualTo("bearer k3y-xyz");
    }
  }

  @Test
  void aKeywordOnlyParameterPassedByPositionIsRefusedNamingWhatOdooExpects() throws Exception {
    try (MockWebServer server = serve("doc-bearer-model-stock.picking");
        OdooClient odoo = client(server)) {
      assertThatThrownBy(
              () ->
                  odoo.call(
                      "stock.picking", "action_put_in_pack", List.of(List.of(7L), 12L), Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("stock.picking.action_put_in_pack")
          .hasMessageContaining(
              "keyword-only parameters [package_id, package_type_id, package_name]");
      assertThat(requests).noneMatch(r -> r.getUrl().encodedPath().startsWith("/json/2/"));
    }
  }

  @Test
  void anUndocumentedMethodWithPositionalArgumentsIsNamedInTheError() throws Exception {
    try (MockWebServer server = serve("doc-bearer-model-stock.picking");
        OdooClient odoo = client(server)) {
      assertThatThrownBy(
              () ->
                  odoo.call(
                      "stock.picking", "action_teleport", List.of(List.of(7L), "moon"), Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no public method 'action_teleport' on stock.picking");
    }
  }

  @Test
  void aUserOutsideTheDocumentationGroupGetsTheReasonInTheError() throws Exception {
    try (MockWebServer server = serve("doc-bearer-model-stock.picking-demo-key-not-in-group");
        OdooClient odoo = client(server)) {
      assertThatThrownBy(
              () ->
                  odoo.call(
                      "stock.picking",
                      "action_add_entire_packs",
                      List.of(List.of(7L), List.of(3L)),
                      Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("pass them in kwargs")
          .hasMessageContaining("api_doc.group_allow_doc");
      // ids-only calls of the same model still go out, and the refusal is cached
      odoo.call("stock.picking", "action_assign", List.of(List.of(7L)), Map.of());
      assertThat(bodyOf("/json/2/stock.picking/action_assign"))
          .isEqualTo(Map.of("ids", List.of(7)));
      assertThat(docRequests()).isEqualTo(1);
    }
  }
}
