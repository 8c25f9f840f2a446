package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooUnknownDatabaseException;
import io.github.odooconnector.core.api.OdooUnknownModelException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.fixtures.FixtureCase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A caller gets the same exception class for the same mistake whatever the protocol, checked
 * against the answers real Odoo 19 gave on each protocol (captured wire fixtures).
 */
class SameMistakeSameExceptionTest {

  private static OdooException failure(
      Protocol protocol, String capture, String database, CallOnClient call) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      FixtureCase c = FixtureCase.of(19, capture);
      if (protocol != Protocol.JSON2 && !capture.contains("common-authenticate")) {
        server.enqueue(FixtureReplayTest.rpcOk(protocol, "2"));
      }
      server.enqueue(FixtureReplayTest.fixtureResponse(c));
      OdooClientBuilder b =
          OdooClient.builder()
              .url(server.url("/").toString())
              .protocol(protocol)
              .retry(RetrySettings.none())
              .requestTimeout(Duration.ofSeconds(5));
      if (database != null) {
        b.database(database);
      }
      if (protocol == Protocol.JSON2) {
        b.apiKey("0123456789abcdef0123456789abcdef01234567");
      } else {
        b.login("admin").password("admin");
      }
      try (OdooClient client = b.build()) {
        call.run(client);
      } catch (OdooException e) {
        return e;
      }
      throw new AssertionError("no failure");
    }
  }

  interface CallOnClient {
    void run(OdooClient client);
  }

  @ParameterizedTest
  @EnumSource(names = {"JSONRPC", "XMLRPC", "JSON2"})
  void anUnknownModelIsOdooUnknownModelExceptionNamingTheModelOnEveryProtocol(Protocol protocol)
      throws Exception {
    String capture =
        switch (protocol) {
          case JSONRPC -> "jsonrpc-execute_kw-error-model-does-not-exist";
          case XMLRPC -> "xmlrpc-execute_kw-error-model-does-not-exist";
          default -> "json2-error-model-does-not-exist";
        };
    OdooException e =
        failure(
            protocol,
            capture,
            "lab19",
            client ->
                client.searchRead(
                    "no.such.model", Domain.all(), List.of(), SearchOptions.defaults()));
    assertThat(e).isExactlyInstanceOf(OdooUnknownModelException.class);
    assertThat(e.getMessage()).startsWith("model 'no.such.model' does not exist");
    assertThat(e.model()).isEqualTo("no.such.model");
    assertThat(e.isRetryable()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(names = {"JSONRPC", "XMLRPC", "JSON2"})
  void anUnknownDatabaseIsOdooUnknownDatabaseExceptionNamingTheDatabaseOnEveryProtocol(
      Protocol protocol) throws Exception {
    String capture =
        switch (protocol) {
          case JSONRPC -> "jsonrpc-common-authenticate-unknown-db";
          case XMLRPC -> "xmlrpc-common-authenticate-unknown-db";
          default -> "json2-error-unknown-database-header";
        };
    OdooException e =
        failure(
            protocol,
            capture,
            "no_such_db",
            client -> client.read("res.partner", List.of(1L), List.of("name")));
    assertThat(e).isExactlyInstanceOf(OdooUnknownDatabaseException.class);
    assertThat(((OdooUnknownDatabaseException) e).database()).isEqualTo("no_such_db");
    assertThat(e.getMessage()).startsWith("database 'no_such_db' does not exist");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void json2WithoutADatabaseOnAServerHostingSeveralSaysToConfigureOne() throws Exception {
    OdooException e =
        failure(
            Protocol.JSON2,
            "json2-multi-db-no-filter-missing-database-header",
            null,
            client -> client.read("res.partner", List.of(1L), List.of("name")));
    assertThat(e).isExactlyInstanceOf(OdooUnknownDatabaseException.class);
    assertThat(e.getMessage()).contains("set OdooClientBuilder.database(...)");
    assertThat(((OdooUnknownDatabaseException) e).database()).isEmpty();
  }

  @Test
  void xmlRpcWarningFaultsNameTheOdooExceptionJsonRpcWouldName() throws Exception {
    Map<String, String> expected =
        Map.of(
            "xmlrpc-execute_kw-error-usererror-unlink-confirmed-sale-order",
            "odoo.exceptions.UserError",
            "xmlrpc-execute_kw-error-validationerror-recursive-partner",
            "odoo.exceptions.ValidationError",
            "xmlrpc-execute_kw-error-create-missing-required-field",
            "odoo.exceptions.ValidationError",
            "xmlrpc-execute_kw-error-write-deleted-record",
            "odoo.exceptions.MissingError");
    for (Map.Entry<String, String> c : expected.entrySet()) {
      OdooException e =
          failure(
              Protocol.XMLRPC,
              c.getKey(),
              "lab19",
              client -> client.write("res.partner", List.of(1L), Map.of("name", "x")));
      assertThat(e.odooExceptionName()).as(c.getKey()).contains(c.getValue());
    }
  }
}
