package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.externalid.ExternalId;
import io.github.odooconnector.core.api.externalid.ExternalRecord;
import io.github.odooconnector.core.fixtures.FixtureCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code odoo.externalIds()} decodes the {@code ir.model.data} answers captured from real Odoo 17,
 * 18 and 19 ({@code xmlid-jsonrpc-search_read-stock.warehouse0}) and asks through the public {@code
 * search_read} only: the captures show that {@code _xmlid_to_res_id} is private.
 */
class ExternalIdsReplayTest {

  @ParameterizedTest
  @ValueSource(ints = {17, 18, 19})
  void anExternalIdResolvesFromTheCapturedIrModelDataAnswer(int version) throws Exception {
    byte[] captured =
        Files.readAllBytes(
            FixtureCase.root()
                .resolve("odoo-" + version)
                .resolve("xmlid-jsonrpc-search_read-stock.warehouse0.response.json"));
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(FixtureReplayTest.rpcOk(Protocol.JSONRPC, "2"));
      server.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .body(new String(captured, StandardCharsets.UTF_8))
              .build());
      try (OdooClient odoo =
          OdooClient.builder()
              .url(server.url("/").toString())
              .database("lab")
              .login("admin")
              .password("admin")
              .protocol(Protocol.JSONRPC)
              .retry(RetrySettings.none())
              .requestTimeout(Duration.ofSeconds(5))
              .build()) {

        List<ExternalRecord> found = odoo.externalIds().find("stock.warehouse0").stream().toList();

        assertThat(found)
            .containsExactly(
                new ExternalRecord(ExternalId.parse("stock.warehouse0"), "stock.warehouse", 1));
      }
      server.takeRequest(5, TimeUnit.SECONDS); // authenticate
      RecordedRequest search = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(search.getBody().utf8())
          .contains("\"ir.model.data\"")
          .contains("\"search_read\"")
          .contains("[\"module\",\"=\",\"stock\"]")
          .contains("[\"name\",\"in\",[\"warehouse0\"]]")
          .doesNotContain("_xmlid_to_res_id");
    }
  }
}
