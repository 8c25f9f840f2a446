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
import io.github.odooconnector.core.api.OdooUnknownDatabaseException;
import io.github.odooconnector.core.api.OdooUnknownModelException;
import io.github.odooconnector.core.api.OdooValidationException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.fixtures.DomXmlRpc;
import io.github.odooconnector.core.fixtures.FixtureCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every captured Odoo 17/18/19 RPC exchange (XML-RPC, legacy XML-RPC, JSON-RPC, JSON-2,
 * version_info; all capture sets, the 2026-11-30 ones included) through a loopback MockWebServer:
 * the client must send the same call the capture sent (same model, method, arguments, headers) and
 * decode the captured answer to the same value an independent decoder reads, or to the typed
 * exception the specification table below names. Cases are classified by the URL in their
 * meta.json, not by their name; web routes that are not client calls are skipped by {@link
 * #WEB_ROUTES}, each for a stated reason.
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

  /**
   * The captured methods that return nothing: over XML-RPC Odoo answers them with the "cannot
   * marshal None" fault, which the client turns into {@code null} for these (and only known)
   * methods.
   */
  private static final Set<String> RETURNS_NOTHING = Set.of("action_archive", "action_unarchive");

  /** How a captured exchange reached the server, from the URL (and HTTP method) in its meta. */
  enum Route {
    JSONRPC,
    XMLRPC,
    JSON2,
    VERSION_INFO,
    /** {@code GET /web/version}: asked first (Odoo 19 documents it; 404 on 17/18). */
    WEB_VERSION,
    /** A web route: not something the client calls (see {@link #WEB_ROUTES}). */
    NOT_A_CLIENT_CALL
  }

  /**
   * The web routes the captures contain that are not client calls, with why they are not replayed
   * here. A path not listed and not an RPC endpoint fails {@link
   * #everyCapturedRouteIsReplayedOrSkippedForAStatedReason()}, so a new capture set cannot be
   * skipped silently.
   */
  static final Map<String, String> WEB_ROUTES =
      Map.ofEntries(
          Map.entry(
              "/web/session/",
              "web session login/logout: used for reports and files, tested in the testkit"),
          Map.entry(
              "/web/dataset/call_kw/",
              "the web client's session-cookie RPC; the client uses /jsonrpc, /xmlrpc/2, /json/2"),
          Map.entry("/report/", "reports: streamed through a web session, tested in the testkit"),
          Map.entry("/web/content/", "attachment downloads: tested in the testkit"),
          Map.entry("/doc", "JSON-2 API documentation pages (/doc, /doc-bearer)"),
          Map.entry("/web/version", "a POST; the client GETs /web/version"),
          Map.entry(
              "/json/version",
              "version route the client does not use (it asks version_info / common.version)"),
          Map.entry("GET /web/webclient/version_info", "a GET; the client POSTs version_info"),
          Map.entry("= /web", "web client page (an http route answering with a redirect)"),
          Map.entry("= /odoo", "web client page (an http route answering with a redirect)"));

  static Route route(FixtureCase c) {
    String p = c.path();
    if (p.equals("/jsonrpc")) {
      return Route.JSONRPC;
    }
    if (p.startsWith("/xmlrpc/")) {
      return Route.XMLRPC;
    }
    if (p.startsWith("/json/2/")) {
      return Route.JSON2;
    }
    if (p.equals("/web/webclient/version_info") && c.httpMethod().equals("POST")) {
      return Route.VERSION_INFO;
    }
    if (p.equals("/web/version") && c.httpMethod().equals("GET")) {
      return Route.WEB_VERSION;
    }
    if (webRouteReason(c) != null) {
      return Route.NOT_A_CLIENT_CALL;
    }
    throw new AssertionError("unclassified route " + c.httpMethod() + " " + p + " of " + c);
  }

  private static String webRouteReason(FixtureCase c) {
    String p = c.path();
    for (Map.Entry<String, String> e : WEB_ROUTES.entrySet()) {
      String k = e.getKey();
      boolean match =
          k.startsWith("= ")
              ? p.equals(k.substring(2))
              : k.startsWith("GET ")
                  ? c.httpMethod().equals("GET") && p.equals(k.substring(4))
                  : p.startsWith(k);
      if (match) {
        return e.getValue();
      }
    }
    return null;
  }

  static Stream<FixtureCase> cases() {
    // the db service (list databases) is not part of the client API
    return FixtureCase.all()
        .filter(c -> route(c) != Route.NOT_A_CLIENT_CALL)
        .filter(c -> !"db".equals(rpcService(c)));
  }

  @Test
  void everyCapturedRouteIsReplayedOrSkippedForAStatedReason() {
    Map<Route, Long> byRoute = new EnumMap<>(Route.class);
    FixtureCase.all().forEach(c -> byRoute.merge(route(c), 1L, Long::sum));
    // the 2026-11-30 sets add ~300 RPC exchanges (binary, ctrlchars, decimal, readgroup, xmlid...)
    assertThat(byRoute.get(Route.JSONRPC)).isGreaterThan(500);
    assertThat(byRoute.get(Route.XMLRPC)).isGreaterThan(200);
    assertThat(byRoute.get(Route.JSON2)).isGreaterThan(60);
    assertThat(byRoute.get(Route.VERSION_INFO)).isGreaterThanOrEqualTo(6);
    assertThat(byRoute.get(Route.WEB_VERSION)).isGreaterThanOrEqualTo(6);
    assertThat(
            FixtureCase.all()
                .filter(c -> c.name().startsWith("binary-") || c.name().startsWith("ctrlchars-"))
                .filter(c -> route(c) != Route.NOT_A_CLIENT_CALL))
        .hasSize(3 * 7 + 3 * 6 + 1);
  }

  /** The RPC service of a JSON-RPC or XML-RPC case ({@code common}, {@code object}, {@code db}). */
  private static String rpcService(FixtureCase c) {
    Route r = route(c);
    if (r == Route.XMLRPC) {
      return c.path().substring(c.path().lastIndexOf('/') + 1);
    }
    if (r == Route.JSONRPC) {
      try {
        Map<?, ?> doc = JSON.readValue(c.requestBytes(), Map.class);
        if (doc.get("params") instanceof Map<?, ?> p && p.get("service") instanceof String s) {
          return s;
        }
      } catch (Exception malformedOnPurpose) {
        return null;
      }
    }
    return null;
  }

  /** The RPC method of a JSON-RPC or XML-RPC case ({@code execute_kw}...), null if unreadable. */
  private static String rpcMethod(FixtureCase c, boolean xml) {
    try {
      if (xml) {
        return DomXmlRpc.methodName(c.requestBytes());
      }
      Map<?, ?> doc = JSON.readValue(c.requestBytes(), Map.class);
      if (doc.get("params") instanceof Map<?, ?> p && p.get("method") instanceof String s) {
        return s;
      }
    } catch (Exception malformedOnPurpose) {
      // malformed bodies on purpose (raw control characters, not-JSON)
    }
    return null;
  }

  /** The specification: which typed exception each captured Odoo error must become. */
  static Class<? extends OdooException> expectedError(FixtureCase c) {
    String n = c.name();
    Route route = route(c);
    boolean json2 = route == Route.JSON2;
    if (n.contains("error-private-method") && c.version() == 18 && !json2) {
      // Odoo 18 looks the method up before checking its name: '_read' no longer exists there,
      // so it answers AttributeError "The method 'res.partner._read' does not exist"; existing
      // private methods (_xmlid_to_res_id) are an AccessError on 18 as everywhere
      return OdooServerException.class;
    }
    if (n.contains("access-error")
        || n.contains("private")
        || n.contains("browse-exists")
        || n.startsWith("multicompany-")) {
      // Odoo 19 made 'exists' private: AccessError "Private methods ... cannot be called remotely"
      // multicompany-: record rules and allowed_company_ids checks are AccessErrors
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
    if (n.contains("model-does-not-exist")
        || n.equals("schema-fields_get-stock.package") && c.version() < 19
        || n.equals("schema-fields_get-stock.quant.package") && c.version() >= 19) {
      // JSON-RPC/XML-RPC: UserError "Object x doesn't exist"; JSON-2: werkzeug NotFound. One type.
      return OdooUnknownModelException.class;
    }
    if (n.contains("unknown-db")
        || n.contains("unknown-database-header")
        || n.contains("missing-database-header")) {
      // JSON-RPC/XML-RPC: psycopg2.OperationalError 'database "x" does not exist'; JSON-2: the
      // HTML 404 "No database is selected". One type, naming the database.
      return OdooUnknownDatabaseException.class;
    }
    if (n.contains("create-missing-required")
        || n.contains("usererror")
        || n.contains("validationerror")
        || n.contains("invalid-lang-in-context")
        || n.contains("nothing-to-pack")
        || n.contains("zero-quantity")
        || n.contains("make_key-without-session")
        || n.contains("image_1920-base64-element")) {
      return OdooValidationException.class;
    }
    if (route == Route.XMLRPC
        && new String(c.responseBytes(), StandardCharsets.UTF_8).contains("cannot marshal")) {
      // Odoo committed the call, then could not encode its result (a recordset, or a None in a
      // method not known to return nothing): a protocol limit, not a null
      return OdooProtocolException.class;
    }
    if (n.equals("jsonrpc-error-malformed-body") || n.contains("text-plain-content-type")) {
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
      switch (route(c)) {
        case VERSION_INFO -> replayVersionInfo(c, server);
        case WEB_VERSION -> replayWebVersion(c, server);
        case JSON2 -> replayJson2(c, server);
        case XMLRPC -> replayRpc(c, server, Protocol.XMLRPC);
        case JSONRPC -> replayRpc(c, server, Protocol.JSONRPC);
        default -> throw new AssertionError("not a client call: " + c);
      }
    }
  }

  // --- RPC

  private void replayRpc(FixtureCase c, MockWebServer server, Protocol protocol) throws Exception {
    boolean xml = protocol == Protocol.XMLRPC;
    String service = rpcService(c);
    String rpcMethod = rpcMethod(c, xml);
    List<Object> fixtureArgs = requestArgs(c, xml);
    boolean serverError = isRpcError(c, xml);

    if ("common".equals(service) && "version".equals(rpcMethod)) {
      server.enqueue(fixtureResponse(c));
      try (OdooClient client = client(server, protocol, "lab", "admin", "admin").build()) {
        ServerVersion v = client.serverVersion();
        assertThat(v.major()).isEqualTo(c.version());
        assertThat(v.raw()).startsWith(c.version() + ".0");
      }
      assertThat(body(server.takeRequest())).contains("version");
      return;
    }
    if ("common".equals(service)
        && ("authenticate".equals(rpcMethod) || "login".equals(rpcMethod))
        && fixtureArgs.size() >= 3) {
      String db = (String) fixtureArgs.get(0);
      String login = (String) fixtureArgs.get(1);
      String secret = (String) fixtureArgs.get(2);
      server.enqueue(fixtureResponse(c));
      server.enqueue(rpcOk(protocol, "[]"));
      boolean rejected = !serverError && Boolean.FALSE.equals(expectedRpcResult(c, xml));
      try (OdooClient client = client(server, protocol, db, login, secret).build()) {
        if (serverError || rejected) {
          assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
              .isInstanceOf(rejected ? OdooAuthenticationException.class : expectedError(c))
              .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret))
              .satisfies(e -> assertSameExceptionName(c, xml, (OdooException) e))
              .satisfies(
                  e -> {
                    if (e instanceof OdooUnknownDatabaseException u) {
                      assertThat(u.database()).isEqualTo(db);
                      assertThat(u.getMessage()).contains("'" + db + "'");
                    }
                  });
        } else {
          assertThat(client.search("res.partner", Domain.all())).isEmpty();
        }
      }
      List<Object> sent = sentArgs(server.takeRequest(5, TimeUnit.SECONDS), xml);
      if ("authenticate".equals(rpcMethod)) {
        assertThat(sent).isEqualTo(fixtureArgs);
      }
      return;
    }
    if (!"object".equals(service)
        || !("execute_kw".equals(rpcMethod) || "execute".equals(rpcMethod))
        || fixtureArgs.size() < 6) {
      // unknown service method, malformed body (raw control characters, not JSON), non-JSON-RPC
      // envelope: whatever we send, the captured answer must map to its type
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
                  assertSameExceptionName(c, xml, oe);
                  if (oe instanceof OdooUnknownModelException) {
                    assertThat(oe.getMessage()).contains("model '" + model + "'");
                  }
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
    // the capture sent Python None in one case; this client sends null as Odoo's false, by
    // contract; it sends binary values as base64 text where a capture sent an XML-RPC <base64>
    assertThat(sent.subList(3, 6)).isEqualTo(asClientSends(fixtureArgs.subList(3, 6)));
    assertThat(sent.get(6)).isEqualTo(fixtureArgs.size() > 6 ? fixtureArgs.get(6) : Map.of());
    if (error == OdooAuthenticationException.class) {
      assertThat(server.getRequestCount()).isEqualTo(4);
    }
  }

  /**
   * The Python exception the capture names (JSON-RPC {@code error.data.name}) is the one the
   * exception reports; XML-RPC fault codes are checked against their JSON-RPC twins in {@link
   * #xmlRpcFaultsNameTheExceptionJsonRpcNamesForTheSameCall()}.
   */
  private static void assertSameExceptionName(FixtureCase c, boolean xml, OdooException e) {
    if (xml) {
      return;
    }
    try {
      Map<?, ?> doc = JSON.readValue(c.responseBytes(), Map.class);
      if (doc.get("error") instanceof Map<?, ?> err
          && err.get("data") instanceof Map<?, ?> data
          && data.get("name") instanceof String name) {
        assertThat(e.odooExceptionName()).contains(name);
      }
    } catch (IOException notJson) {
      // HTML answers name no exception
    }
  }

  private static Object asClientSends(Object o) {
    if (o == null) {
      return Boolean.FALSE;
    }
    if (o instanceof byte[] b) {
      return Base64.getEncoder().encodeToString(b);
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(e -> out.add(asClientSends(e)));
      return out;
    }
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, asClientSends(v)));
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
      // Odoo's way of saying "the method returned None" over XML-RPC: for a method known to
      // return nothing, the call succeeded and the result is null.
      return body.contains("<fault>") && !returnedNone(c);
    }
    Object doc = JSON.readValue(c.responseBytes(), Object.class);
    return doc instanceof Map<?, ?> m && m.containsKey("error");
  }

  private static boolean returnedNone(FixtureCase c) throws Exception {
    String body = new String(c.responseBytes(), StandardCharsets.UTF_8);
    List<Object> args = requestArgs(c, true);
    return body.contains("TypeError: cannot marshal None unless allow_none is enabled")
        && args.size() > 4
        && RETURNS_NOTHING.contains(args.get(4));
  }

  private static Object expectedRpcResult(FixtureCase c, boolean xml) throws Exception {
    if (xml && returnedNone(c)) {
      return null;
    }
    if (xml) {
      return DomXmlRpc.decodeResponse(c.responseBytes());
    }
    Map<?, ?> doc = JSON.readValue(c.responseBytes(), Map.class);
    return doc.get("result");
  }

  static Stream<FixtureCase> xmlRpcFaultsWithJsonRpcTwins() {
    return cases()
        .filter(c -> route(c) == Route.XMLRPC && "object".equals(rpcService(c)))
        .filter(c -> "execute_kw".equals(rpcMethod(c, true)) && jsonRpcTwin(c).isPresent())
        .filter(
            c -> {
              try {
                return isRpcError(c, true) && isRpcError(jsonRpcTwin(c).get(), false);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  /**
   * XML-RPC fault code 2 carries only a message; the exception class and {@code
   * odooExceptionName()} derived from it must be those JSON-RPC reports for the same call on the
   * same server (code 2 UserError/ValidationError/MissingError, 3 AccessDenied, 4 AccessError, 1
   * the traceback's exception).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlRpcFaultsWithJsonRpcTwins")
  void xmlRpcFaultsNameTheExceptionJsonRpcNamesForTheSameCall(FixtureCase xmlCase)
      throws Exception {
    FixtureCase jsonCase = jsonRpcTwin(xmlCase).orElseThrow();
    OdooException overXml = failureOf(xmlCase, Protocol.XMLRPC);
    OdooException overJson = failureOf(jsonCase, Protocol.JSONRPC);
    assertThat(overXml.getClass()).isEqualTo(overJson.getClass());
    assertThat(overXml.odooExceptionName()).isPresent().isEqualTo(overJson.odooExceptionName());
  }

  private static Optional<FixtureCase> jsonRpcTwin(FixtureCase xmlCase) {
    String twin = xmlCase.name().replaceFirst("xmlrpc", "jsonrpc");
    return FixtureCase.all()
        .filter(c -> c.version() == xmlCase.version() && c.name().equals(twin))
        .findFirst();
  }

  private static OdooException failureOf(FixtureCase c, Protocol protocol) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      for (int i = 0; i < 2; i++) { // twice: rejected credentials are retried once
        server.enqueue(rpcOk(protocol, "2"));
        server.enqueue(fixtureResponse(c));
      }
      try (OdooClient client = client(server, protocol, "lab", "admin", "admin").build()) {
        client.call("res.partner", "read", List.of(List.of(1L)), Map.of());
      } catch (OdooException e) {
        return e;
      }
      throw new AssertionError("no failure replaying " + c);
    }
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
    Object errorDoc =
        error && c.contentType().startsWith("application/json")
            ? JSON.readValue(c.responseBytes(), Object.class)
            : null;
    String capturedName =
        errorDoc instanceof Map<?, ?> m && m.get("name") instanceof String n ? n : null;
    try (OdooClient client = b.build()) {
      if (error) {
        assertThatThrownBy(() -> client.call(model, method, args, kwargs))
            .isInstanceOf(expectedError(c))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key))
            .satisfies(
                e -> {
                  if (e instanceof OdooUnknownDatabaseException u) {
                    assertThat(u.database()).isEqualTo(db == null ? "" : db);
                    assertThat(u.getMessage())
                        .contains(db == null ? "no database is configured" : "'" + db + "'");
                  }
                  if (capturedName != null) {
                    assertThat(((OdooException) e).odooExceptionName()).contains(capturedName);
                  }
                });
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

  /** A server without {@code GET /web/version} (what 17/18 answer), so version_info is asked. */
  private static MockResponse noWebVersion() {
    return new MockResponse.Builder()
        .code(404)
        .setHeader("Content-Type", "text/html;charset=utf-8")
        .body("<!doctype html><title>404 Not Found</title>")
        .build();
  }

  private void replayWebVersion(FixtureCase c, MockWebServer server) throws Exception {
    server.enqueue(fixtureResponse(c));
    if (c.status() != 200) {
      // 17/18: no such route; the client falls back to version_info
      server.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .body(
                  "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {\"server_version\": \""
                      + c.version()
                      + ".0\", \"server_version_info\": ["
                      + c.version()
                      + ", 0, 0, \"final\", 0, \"\"]}}")
              .build());
    }
    try (OdooClient client =
        client(server, Protocol.AUTO, "lab", "admin", "admin").apiKey("k3y-xyz").build()) {
      assertThat(client.serverVersion().major()).isEqualTo(c.version());
      assertThat(client.protocol())
          .isEqualTo(c.version() >= 19 ? Protocol.JSON2 : Protocol.JSONRPC);
    }
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/web/version");
    if (c.status() != 200) {
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath())
          .isEqualTo("/web/webclient/version_info");
    }
  }

  private void replayVersionInfo(FixtureCase c, MockWebServer server) throws Exception {
    server.enqueue(noWebVersion());
    server.enqueue(fixtureResponse(c));
    try (OdooClient client = client(server, Protocol.AUTO, "lab", "admin", "admin").build()) {
      assertThat(client.protocol()).isEqualTo(Protocol.JSONRPC);
      assertThat(client.serverVersion().major()).isEqualTo(c.version());
    }
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath())
        .isEqualTo("/web/version");
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/web/webclient/version_info");
    Map<?, ?> sent = JSON.readValue(r.getBody().toByteArray(), Map.class);
    assertThat(sent.get("jsonrpc")).isEqualTo("2.0");
    assertThat(sent.get("method")).isEqualTo("call");
    assertThat(sent.get("params")).isEqualTo(Map.of());

    server.enqueue(noWebVersion());
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
