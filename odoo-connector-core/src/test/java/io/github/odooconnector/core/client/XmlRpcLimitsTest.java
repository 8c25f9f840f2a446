package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.fixtures.FixtureCase;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What XML-RPC cannot carry and what the client does about it: binary values (sent as base64 text
 * as Odoo expects), control characters (a typed error before anything is sent), and results Odoo
 * cannot encode (null only for methods known to return nothing, else a typed error).
 */
class XmlRpcLimitsTest {

  /** A 1x1 transparent PNG, as the binary-* captures write to res.partner.image_1920. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAA"
                  + "BJRU5ErkJggg==");

  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OdooClient client(Protocol protocol) {
    return OdooClient.builder()
        .url(server.url("/").toString())
        .database("lab17")
        .login("admin")
        .password("admin")
        .protocol(protocol)
        .retry(RetrySettings.none())
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Test
  void binaryValuesAreSentAsBase64TextBecauseOdooRejectsXmlRpcBase64Elements() throws Exception {
    server.enqueue(FixtureReplayTest.rpcOk(Protocol.XMLRPC, "2"));
    server.enqueue(
        FixtureReplayTest.fixtureResponse(
            FixtureCase.of(17, "binary-xmlrpc-write-image_1920-string")));
    try (OdooClient client = client(Protocol.XMLRPC)) {
      assertThat(client.write("res.partner", List.of(7L), Map.of("image_1920", PNG))).isTrue();
    }
    server.takeRequest(5, TimeUnit.SECONDS);
    String body = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
    assertThat(body)
        .contains("<string>" + Base64.getEncoder().encodeToString(PNG) + "</string>")
        .doesNotContain("<base64>");
  }

  @Test
  void aControlCharacterOverXmlRpcIsATypedErrorNamingTheFieldAndNothingIsSent() throws Exception {
    server.enqueue(FixtureReplayTest.rpcOk(Protocol.XMLRPC, "2"));
    try (OdooClient client = client(Protocol.XMLRPC)) {
      assertThatThrownBy(
              () -> client.write("res.partner", List.of(7L), Map.of("ref", "bell\u0007x\u001fy")))
          .isInstanceOf(OdooProtocolException.class)
          .hasMessageContaining("args[1].ref")
          .hasMessageContaining("U+0007")
          .hasMessageContaining("JSON-RPC or JSON-2")
          .hasMessageContaining("Nothing was sent");
    }
    RecordedRequest only = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(only.getBody().utf8()).contains("authenticate");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theSameControlCharacterTravelsOverJsonRpc() throws Exception {
    server.enqueue(FixtureReplayTest.rpcOk(Protocol.JSONRPC, "2"));
    server.enqueue(FixtureReplayTest.rpcOk(Protocol.JSONRPC, "true"));
    try (OdooClient client = client(Protocol.JSONRPC)) {
      assertThat(client.write("res.partner", List.of(7L), Map.of("ref", "bell\u0007x"))).isTrue();
    }
    server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).contains("bell\\u0007x");
  }

  @Test
  void aMethodKnownToReturnNothingAnswersNullOverXmlRpc() throws Exception {
    server.enqueue(FixtureReplayTest.rpcOk(Protocol.XMLRPC, "2"));
    server.enqueue(
        FixtureReplayTest.fixtureResponse(
            FixtureCase.of(17, "xmlrpc-execute_kw-action_archive-returns-none")));
    try (OdooClient client = client(Protocol.XMLRPC)) {
      assertThat(client.call("res.partner", "action_archive", List.of(List.of(7L)), Map.of()))
          .isNull();
    }
  }

  @Test
  void theNoneFaultOfAnyOtherMethodIsATypedErrorNotANullThatCouldHideData() throws Exception {
    // Odoo raises the same fault when a result merely contains a None: the client cannot tell
    server.enqueue(FixtureReplayTest.rpcOk(Protocol.XMLRPC, "2"));
    server.enqueue(
        FixtureReplayTest.fixtureResponse(
            FixtureCase.of(17, "xmlrpc-execute_kw-action_archive-returns-none")));
    try (OdooClient client = client(Protocol.XMLRPC)) {
      assertThatThrownBy(
              () ->
                  client.call(
                      "stock.picking", "get_shipping_report", List.of(List.of(7L)), Map.of()))
          .isInstanceOf(OdooProtocolException.class)
          .hasMessageContaining("stock.picking.get_shipping_report")
          .hasMessageContaining("committed")
          .hasMessageContaining("contains a None")
          .hasMessageContaining("JSON-RPC or JSON-2")
          .satisfies(e -> assertThat(((OdooProtocolException) e).isRetryable()).isFalse());
    }
  }

  @Test
  void aResultXmlRpcCannotEncodeSuchAsARecordsetIsATypedError() throws Exception {
    server.enqueue(FixtureReplayTest.rpcOk(Protocol.XMLRPC, "2"));
    server.enqueue(
        FixtureReplayTest.fixtureResponse(
            FixtureCase.of(17, "packages-xmlrpc-action_put_in_pack")));
    try (OdooClient client = client(Protocol.XMLRPC)) {
      assertThatThrownBy(
              () ->
                  client.call(
                      "stock.picking", "action_put_in_pack", List.of(List.of(7L)), Map.of()))
          .isInstanceOf(OdooProtocolException.class)
          .hasMessageContaining("recordset")
          .hasMessageContaining("committed");
    }
  }
}
