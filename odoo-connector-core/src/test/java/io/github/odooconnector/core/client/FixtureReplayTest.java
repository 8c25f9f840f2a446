package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CallOptions;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.OdooServerException;
import io.github.odooconnector.core.api.OdooValidationException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.fixtures.DomXmlRpc;
import io.github.odooconnector.core.fixtures.FixtureCase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every captured Odoo 17/18/19 exchange (XML-RPC, legacy XML-RPC, JSON-RPC, JSON-2,
 * version_info) through a loopback MockWebServer: the client must send the same call the capture
 * sent (same model, method, arguments, headers) and decode the captured answer to the same value an
 * independent decoder reads, or to the typed exception the specification table below names.
 */
@Execution(ExecutionMode.CONCURRENT)
class FixtureReplayTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

  /**
   * JSON-2 methods acting on the model (ids in the body are a keyword argument, not record ids).
   */
  private static final Set<String> MODEL_LEVEL =
      Set.of("create", "search", "search_read", "search_count", "name_search", "fields_get");

  static Stream<FixtureCase> cases() {
    // /doc pages and db.list are not part of the client API.
    return FixtureCase.all()
        .filter(c -> !c.name().startsWith("json2-doc-") && !c.name().endsWith("db-list"))
        .filter(FixtureReplayTest::isRpcCase);
  }

  /**
   * The RPC endpoints this test replays; web routes (sessions, reports, /web/content) are not
   * client calls.
   */
  private static boolean isRpcCase(FixtureCase c) {
    return c.name().startsWith("web-webclient-version_info")
        || c.name().startsWith("json2-")
        || c.name().startsWith("xmlrpc-")
        || c.name().startsWith("jsonrpc-");
  }

  /** The specification: which typed exception each captured Odoo error must become. */
  static Class<? extends OdooException> expectedError(FixtureCase c) {
    String n = c.name();
    boolean json2 = n.startsWith("json2-");
    if (n.contains("private-method") && c.version() == 18 && !json2) {
      // Odoo 18 reports private methods as missing (AttributeError "The method '_read' does not
      // exist")
      return OdooServerException.class;
    }
    if (n.contains("access-error") || n.contains("private-method") || n.contains("browse-exists")) {
      // Odoo 19 made 'exists' private: AccessError "Private methods ... cannot be called remotely"
      return OdooAccessException.class;
    }
    if (n.contains("wrong-password")
        || n.contains("unknown-login")
        || n.contains("access-denied")
        || n.contains("bad-api-key")
        || n.contains("no-authorization-header")
        || n.contains("password-instead-of-key")) {
      return OdooAuthenticationException.class;
    }
    if (n.contains("write-deleted-record")
        || n.contains("missing-record")
        || n.contains("wrong-uid")) {
      return OdooMissingRecordException.class;
    }
    if (n.contains("create-missing-required")
        || n.contains("usererror")
        || n.contains("validationerror")
        || n.contains("invalid-lang-in-context")) {
      return OdooValidationException.class;
    }
    if (n.contains("model-does-not-exist")) {
      // JSON-RPC/XML-RPC: Odoo raises UserError("Object ... doesn't exist"); JSON-2: werkzeug
      // NotFound.
      return json2 ? OdooServerException.class : OdooValidationException.class;
    }
    if (n.equals("jsonrpc-error-malformed-body")
        || n.contains("text-plain-content-type")
        || n.contains("unknown-database-header")
        || n.contains("missing-database-header")) {
      // HTML error pages instead of an RPC answer.
      return OdooProtocolException.class;
    }
    return OdooServerException.class; // unknown method/kwarg/field, bad arguments, tracebacks
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void capturedExchangeIsReproducedAndDecoded(FixtureCase c) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      if (c.name().startsWith("web-webclient-version_info")) {
        replayVersionInfo(c, server);
      } else if (c.name().startsWith("json2-")) {
        replayJson2(c, server);
      } else if (c.name().startsWith("xmlrpc-")) {
        replayRpc(c, server, Protocol.XMLRPC);
      } else if (c.name().startsWith("jsonrpc-")) {
        replayRpc(c, server, Protocol.JSONRPC);
      } else {
        throw new AssertionError("unclassified fixture " + c);
      }
    }
  }

  // --- RPC

  private void replayRpc(FixtureCase c, MockWebServer server, Protocol protocol) throws Exception {
    boolean xml = protocol == Protocol.XMLRPC;
    String n = c.name();
    List<Object> fixtureArgs = requestArgs(c, xml);
    boolean serverError = isRpcError(c, xml);

    if (n.contains("-common-version")) {
      server.enqueue(fixtureResponse(c));
      try (OdooClient client = client(server, protocol, "lab", "admin", "admin").build()) {
        ServerVersion v = client.serverVersion();
        assertThat(v.major()).isEqualTo(c.version());
        assertThat(v.raw()).startsWith(c.version() + ".0");
      }
      assertThat(body(server.takeRequest())).contains("version");
      return;
    }
    if (n.contains("-common-no-such-method")) {
      server.enqueue(fixtureResponse(c));
      try (OdooClient client = client(server, protocol, "lab", "admin", "admin").build()) {
        assertThatThrownBy(client::serverVersion).isInstanceOf(expectedError(c));
      }
      return;
    }
    if (n.contains("-common-authenticate") || n.contains("-common-login")) {
      String db = (String) fixtureArgs.get(0);
      String login = (String) fixtureArgs.get(1);
      String secret = (String) fixtureArgs.get(2);
      server.enqueue(fixtureResponse(c));
      server.enqueue(rpcOk(protocol, "[]"));
      try (OdooClient client = client(server, protocol, db, login, secret).build()) {
        if (serverError || n.contains("wrong-password") || n.contains("unknown-login")) {
          assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
              .isInstanceOf(expectedError(c))
              .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
        } else {
          assertThat(client.search("res.partner", Domain.all())).isEmpty();
        }
      }
      List<Object> sent = sentArgs(server.takeRequest(5, TimeUnit.SECONDS), xml);
      if (n.contains("-common-authenticate")) {
        assertThat(sent).isEqualTo(fixtureArgs);
      }
      return;
    }
    if (!n.contains("execute_kw")) {
      // malformed body / non-JSON-RPC envelope: whatever we send, the captured answer must map to
      // its type
      server.enqueue(rpcOk(protocol, "2"));
      server.enqueue(fixtureResponse(c));
      try (OdooClient client = client(server, protocol, "lab", "admin", "admin").build()) {
        assertThatThrownBy(() -> client.call("res.partner", "search", List.of(List.of()), Map.of()))
            .isInstanceOf(expectedError(c));
      }
      return;
    }

    String db = (String) fixtureArgs.get(0);
    String secret = (String) fixtureArgs.get(2);
    String model = (String) fixtureArgs.get(3);
    String method = (String) fixtureArgs.get(4);
    List<?> args = (List<?>) fixtureArgs.get(5);
    @SuppressWarnings("unchecked")
    Map<String, Object> kwargs =
        fixtureArgs.size() > 6 ? (Map<String, Object>) fixtureArgs.get(6) : Map.of();
    Class<? extends OdooException> error = serverError ? expectedError(c) : null;

    server.enqueue(rpcOk(protocol, "2"));
    server.enqueue(fixtureResponse(c));
    if (error == OdooAuthenticationException.class) {
      // rejected credentials: the client re-authenticates once and repeats, then gives up
      server.enqueue(rpcOk(protocol, "2"));
      server.enqueue(fixtureResponse(c));
    }
    try (OdooClient client = client(server, protocol, db, "admin", secret).build()) {
      if (error != null) {
        assertThatThrownBy(() -> client.call(model, method, args, kwargs, CallOptions.defaults()))
            .isInstanceOf(error)
            .satisfies(
                e -> {
                  OdooException oe = (OdooException) e;
                  assertThat(oe.model()).isEqualTo(model);
                  assertThat(oe.method()).isEqualTo(method);
                  assertThat(oe.getMessage()).isNotBlank().doesNotContain(secret);
                });
      } else {
        Object result = client.call(model, method, args, kwargs, CallOptions.defaults());
        assertThat(result).isEqualTo(expectedRpcResult(c, xml));
      }
    }
    RecordedRequest auth = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(body(auth)).contains("authenticate");
    RecordedRequest exec = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(exec.getUrl().encodedPath()).isEqualTo(xml ? "/xmlrpc/2/object" : "/jsonrpc");
    List<Object> sent = sentArgs(exec, xml);
    assertThat(sent.get(0)).isEqualTo(db);
    assertThat(sent.get(2)).isEqualTo(secret);
    // the capture sent Python None in one case; this client sends null as Odoo's false, by contract
    assertThat(sent.subList(3, 6)).isEqualTo(nullAsFalse(fixtureArgs.subList(3, 6)));
    assertThat(sent.get(6)).isEqualTo(fixtureArgs.size() > 6 ? fixtureArgs.get(6) : Map.of());
    if (error == OdooAuthenticationException.class) {
      assertThat(server.getRequestCount()).isEqualTo(4);
    }
  }

  private static Object nullAsFalse(Object o) {
    if (o == null) {
      return Boolean.FALSE;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(e -> out.add(nullAsFalse(e)));
      return out;
    }
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, nullAsFalse(v)));
      return out;
    }
    return o;
  }

  private static boolean isRpcError(FixtureCase c, boolean xml) throws Exception {
    if (c.status() != 200) {
      return true;
    }
    if (xml) {
      String body = new String(c.responseBytes(), StandardCharsets.UTF_8);
      // Odoo's way of saying "the method returned None" over XML-RPC: the call succeeded, the
      // result is null.
      return body.contains("<fault>") && !returnedNone(body);
    }
    Object doc = JSON.readValue(c.responseBytes(), Object.class);
    return doc instanceof Map<?, ?> m && m.containsKey("error");
  }

  private static boolean returnedNone(String xmlRpcBody) {
    return xmlRpcBody.contains("TypeError: cannot marshal None unless allow_none is enabled");
  }

  private static Object expectedRpcResult(FixtureCase c, boolean xml) throws Exception {
    if (xml && returnedNone(new String(c.responseBytes(), StandardCharsets.UTF_8))) {
      return null;
    }
    if (xml) {
      return DomXmlRpc.decodeResponse(c.responseBytes());
    }
    Map<?, ?> doc = JSON.readValue(c.responseBytes(), Map.class);
    return doc.get("result");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> requestArgs(FixtureCase c, boolean xml) throws Exception {
    byte[] req = c.requestBytes();
    if (xml) {
      try {
        return DomXmlRpc.decodeCallParams(req);
      } catch (Exception malformedOnPurpose) {
        return List.of();
      }
    }
    try {
      Map<String, Object> doc = JSON.readValue(req, Map.class);
      Object params = doc.get("params");
      if (params instanceof Map<?, ?> p && p.get("args") instanceof List<?> a) {
        return new ArrayList<>((List<Object>) a);
      }
    } catch (Exception malformedOnPurpose) {
      // the malformed-body cases
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> sentArgs(RecordedRequest r, boolean xml) throws Exception {
    byte[] b = r.getBody().toByteArray();
    if (xml) {
      return DomXmlRpc.decodeCallParams(b);
    }
    Map<String, Object> doc = JSON.readValue(b, Map.class);
    assertThat(doc.get("jsonrpc")).isEqualTo("2.0");
    assertThat(doc.get("method")).isEqualTo("call");
    return (List<Object>) ((Map<String, Object>) doc.get("params")).get("args");
  }

  // --- JSON-2

  private void replayJson2(FixtureCase c, MockWebServer server) throws Exception {
    String[] seg = c.path().substring("/json/2/".length()).split("/");
    String model = seg[0];
    String method = seg.length > 1 ? seg[1] : "search_read";
    String auth = c.requestHeaders().getOrDefault("Authorization", "");
    String key = auth.startsWith("bearer ") ? auth.substring(7) : "no-key-in-capture";
    String db = c.requestHeaders().get("X-Odoo-Database");

    Map<String, Object> fixtureBody = null;
    try {
      Object doc = JSON.readValue(c.requestBytes(), Object.class);
      if (doc instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) m;
        fixtureBody = typed;
      }
    } catch (Exception malformedOnPurpose) {
      // malformed JSON / empty body cases: the answer is still checked
    }
    List<Object> args = new ArrayList<>();
    Map<String, Object> kwargs = new LinkedHashMap<>();
    if (fixtureBody != null) {
      kwargs.putAll(fixtureBody);
      if (kwargs.containsKey("ids") && !MODEL_LEVEL.contains(method)) {
        args.add(kwargs.remove("ids")); // record method: ids go first, positionally
      }
    }
    server.enqueue(fixtureResponse(c));
    OdooClientBuilder b =
        OdooClient.builder()
            .url(server.url("/").toString())
            .apiKey(key)
            .protocol(Protocol.JSON2)
            .retry(RetrySettings.none())
            .requestTimeout(Duration.ofSeconds(5));
    if (db != null) {
      b.database(db);
    }
    boolean error = c.status() != 200;
    try (OdooClient client = b.build()) {
      if (error) {
        assertThatThrownBy(() -> client.call(model, method, args, kwargs))
            .isInstanceOf(expectedError(c))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key));
      } else {
        Object expected = JSON.readValue(c.responseBytes(), Object.class);
        assertThat(client.call(model, method, args, kwargs)).isEqualTo(expected);
      }
    }
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/json/2/" + model + "/" + method);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("bearer " + key);
    assertThat(r.getHeaders().get("X-Odoo-Database")).isEqualTo(db);
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    if (fixtureBody != null) {
      assertThat(JSON.readValue(r.getBody().toByteArray(), Object.class)).isEqualTo(fixtureBody);
    }
  }

  // --- version_info

  private void replayVersionInfo(FixtureCase c, MockWebServer server) throws Exception {
    server.enqueue(fixtureResponse(c));
    try (OdooClient client = client(server, Protocol.AUTO, "lab", "admin", "admin").build()) {
      assertThat(client.protocol()).isEqualTo(Protocol.JSONRPC);
      assertThat(client.serverVersion().major()).isEqualTo(c.version());
    }
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/web/webclient/version_info");
    Map<?, ?> sent = JSON.readValue(r.getBody().toByteArray(), Map.class);
    assertThat(sent.get("jsonrpc")).isEqualTo("2.0");
    assertThat(sent.get("method")).isEqualTo("call");
    assertThat(sent.get("params")).isEqualTo(Map.of());

    server.enqueue(fixtureResponse(c));
    try (OdooClient client =
        client(server, Protocol.AUTO, "lab", "admin", "admin").apiKey("k3y-xyz").build()) {
      assertThat(client.protocol())
          .isEqualTo(c.version() >= 19 ? Protocol.JSON2 : Protocol.JSONRPC);
    }
  }

  // --- helpers

  private static OdooClientBuilder client(
      MockWebServer server, Protocol protocol, String db, String login, String secret) {
    return OdooClient.builder()
        .url(server.url("/").toString())
        .database(db)
        .login(login)
        .password(secret)
        .protocol(protocol)
        .retry(RetrySettings.none())
        .requestTimeout(Duration.ofSeconds(5));
  }

  static MockResponse fixtureResponse(FixtureCase c) {
    return new MockResponse.Builder()
        .code(c.status())
        .setHeader("Content-Type", c.contentType())
        .body(new Buffer().write(c.responseBytes()))
        .build();
  }

  static MockResponse rpcOk(Protocol protocol, String jsonValue) {
    if (protocol == Protocol.XMLRPC) {
      String v =
          jsonValue.equals("[]") ? "<array><data></data></array>" : "<int>" + jsonValue + "</int>";
      return new MockResponse.Builder()
          .setHeader("Content-Type", "text/xml; charset=utf-8")
          .body(
              "<?xml version=\"1.0\"?>\n<methodResponse><params><param><value>"
                  + v
                  + "</value></param></params></methodResponse>")
          .build();
    }
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": " + jsonValue + "}")
        .build();
  }

  private static String body(RecordedRequest r) {
    return r.getBody().utf8();
  }
}
