package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.CallOptions;
import io.github.odooconnector.core.api.CircuitBreakerSettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooOutcomeUnknownException;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.RateLimitSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault injection against a loopback server: every failure ends in the right typed exception within
 * the configured time, reads are retried, writes are not repeated once they may have reached Odoo.
 */
@Isolated("timing assertions: never run next to the parallel fixture replays")
class ResilienceTest {

  private static final String JSON = "application/json";
  private static final String XML = "text/xml; charset=utf-8";

  private MockWebServer server;
  private final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OdooClientBuilder builder(Protocol protocol) {
    OdooClientBuilder b =
        OdooClient.builder()
            .url(server.url("/").toString())
            .database("lab")
            .login("admin")
            .password("s3cret-pw")
            .protocol(protocol)
            .retry(new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.2))
            .requestTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(10))
            .listener(listener);
    if (protocol == Protocol.JSON2) {
      b.apiKey("k3y-secret-value");
    }
    return b;
  }

  private void enqueueAuth(Protocol p) {
    if (p == Protocol.XMLRPC) {
      server.enqueue(xml("<int>2</int>"));
    } else if (p == Protocol.JSONRPC) {
      server.enqueue(jsonRpc("2"));
    }
  }

  private static MockResponse ok(Protocol p, String jsonValue, String xmlValue) {
    return switch (p) {
      case XMLRPC -> xml(xmlValue);
      case JSONRPC -> jsonRpc(jsonValue);
      default -> new MockResponse.Builder().setHeader("Content-Type", JSON).body(jsonValue).build();
    };
  }

  private static MockResponse idList(Protocol p) {
    return ok(
        p,
        "[1, 2, 3]",
        "<array><data><value><int>1</int></value><value><int>2</int></value>"
            + "<value><int>3</int></value></data></array>");
  }

  private static MockResponse xml(String value) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", XML)
        .body(
            "<?xml version=\"1.0\"?>"
                + "<methodResponse><params><param><value>"
                + value
                + "</value></param></params></methodResponse>")
        .build();
  }

  private static MockResponse jsonRpc(String result) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", JSON)
        .body("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": " + result + "}")
        .build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "text/html")
        .body("<h1>busy</h1>")
        .build();
  }

  private static MockResponse disconnectAfterRequest() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  // --- retries

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void aReadAgainstAServerThatFailsTwiceThenSucceedsReturnsTheDataWithThreeAttemptsRecorded(
      Protocol p) {
    enqueueAuth(p);
    server.enqueue(status(503));
    server.enqueue(disconnectAfterRequest());
    server.enqueue(idList(p));
    try (OdooClient client = builder(p).build()) {
      assertThat(client.search("stock.picking", Domain.where("state", "=", "assigned")))
          .containsExactly(1L, 2L, 3L);
    }
    List<RecordingListener.Event> success = listener.of("success", "search");
    assertThat(success).hasSize(1);
    assertThat(success.get(0).attempt()).isEqualTo(3);
    assertThat(success.get(0).call().protocol()).isEqualTo(p);
    assertThat(success.get(0).call().model()).isEqualTo("stock.picking");
    assertThat(listener.of("attempt", "search"))
        .extracting(RecordingListener.Event::attempt)
        .containsExactly(1, 2, 3);
    assertThat(listener.of("retry", "search"))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.failure()).isInstanceOf(OdooTransportException.class));
  }

  @Test
  void aReadWhoseConnectionDropsAfterTheRequestIsRetriedUntilAttemptsRunOut() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(disconnectAfterRequest());
    }
    try (OdooClient client = builder(Protocol.JSON2).build()) {
      assertThatThrownBy(() -> client.read("res.partner", List.of(1L), List.of("name")))
          .isExactlyInstanceOf(OdooTransportException.class)
          .satisfies(e -> assertThat(((OdooTransportException) e).method()).isEqualTo("read"));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(listener.of("failure", "read").get(0).attempt()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void aWriteWhoseConnectionDropsAfterTheRequestIsNotRepeatedAndReportsOutcomeUnknown(Protocol p) {
    enqueueAuth(p);
    server.enqueue(disconnectAfterRequest());
    server.enqueue(ok(p, "true", "<boolean>1</boolean>")); // must never be consumed
    try (OdooClient client = builder(p).build()) {
      assertThatThrownBy(() -> client.write("res.partner", List.of(7L), Map.of("name", "x")))
          .isInstanceOf(OdooOutcomeUnknownException.class)
          .satisfies(e -> assertThat(((OdooOutcomeUnknownException) e).isRetryable()).isFalse());
    }
    assertThat(server.getRequestCount()).isEqualTo(p == Protocol.JSON2 ? 1 : 2);
    assertThat(listener.of("attempt", "write")).hasSize(1);
  }

  @Test
  void aWriteMarkedIdempotentIsRepeatedAfterALostResponse() {
    server.enqueue(disconnectAfterRequest());
    server.enqueue(ok(Protocol.JSON2, "true", ""));
    try (OdooClient client = builder(Protocol.JSON2).build()) {
      Object r =
          client.call(
              "stock.picking",
              "action_assign",
              List.of(List.of(5L)),
              Map.of(),
              CallOptions.idempotentCall());
      assertThat(r).isEqualTo(true);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aWriteThatCouldNotConnectIsSafelyRetriedAndEndsAsATransportError() throws IOException {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadPort = s.getLocalPort();
    }
    try (OdooClient client = builder(Protocol.JSON2).url("http://127.0.0.1:" + deadPort).build()) {
      assertThatThrownBy(() -> client.create("res.partner", Map.of("name", "x")))
          .isExactlyInstanceOf(OdooTransportException.class)
          .hasMessageContaining("cannot connect");
    }
    assertThat(listener.of("attempt", "create")).hasSize(3);
  }

  @Test
  void aRefusedConnectionSaysSoInTheMessage() throws IOException {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadPort = s.getLocalPort();
    }
    try (OdooClient client =
        builder(Protocol.JSON2)
            .url("http://127.0.0.1:" + deadPort)
            .retry(RetrySettings.none())
            .build()) {
      assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
          .isInstanceOf(OdooTransportException.class)
          .hasMessageContaining("127.0.0.1:" + deadPort)
          .hasMessageContaining("Connection refused");
    }
  }

  @Test
  void aHostNameThatDoesNotResolveIsNamedInTheMessage() {
    try (OdooClient client =
        builder(Protocol.JSON2)
            .url("http://odoo.does-not-exist.invalid:8069")
            .retry(RetrySettings.none())
            .build()) {
      assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
          .isInstanceOf(OdooTransportException.class)
          .hasMessageContaining("host name 'odoo.does-not-exist.invalid' did not resolve");
    }
  }

  @Test
  void a503WithRetryAfterIsHonouredUpToTheMaximumDelayForReadsAndWrites() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build());
    server.enqueue(ok(Protocol.JSON2, "[42]", ""));
    try (OdooClient client =
        builder(Protocol.JSON2)
            .retry(new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(400), 0.0))
            .build()) {
      long start = System.nanoTime();
      assertThat(client.create("res.partner", Map.of("name", "x"))).isEqualTo(42L);
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(ms).isGreaterThanOrEqualTo(350);
    }
    List<RecordingListener.Event> retries = listener.of("retry", "create");
    assertThat(retries).hasSize(1);
    assertThat(retries.get(0).duration())
        .isEqualTo(Duration.ofMillis(400)); // Retry-After 1s capped at 400ms
    assertThat(((OdooTransportException) retries.get(0).failure()).retryAfter())
        .contains(Duration.ofSeconds(1));
  }

  @Test
  void persistent503EndsInATransportErrorCarryingStatusAndRetryAfter() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
    }
    try (OdooClient client = builder(Protocol.JSON2).build()) {
      assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
          .isInstanceOfSatisfying(
              OdooTransportException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(503);
                assertThat(e.retryAfter()).contains(Duration.ZERO);
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aSerializationFailureIsRetriedEvenForWritesBecauseOdooRolledItBack() {
    server.enqueue(jsonRpc("2"));
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", JSON)
            .body(
                "{\"jsonrpc\": \"2.0\", \"id\": 2, \"error\": {\"code\": 200, \"message\": \"Odoo"
                    + " Server Error\", \"data\": {\"name\":"
                    + " \"psycopg2.errors.SerializationFailure\", \"message\": \"could not"
                    + " serialize access due to concurrent update\", \"arguments\": [],"
                    + " \"context\": {}}}}")
            .build());
    server.enqueue(jsonRpc("true"));
    try (OdooClient client = builder(Protocol.JSONRPC).build()) {
      assertThat(client.write("stock.quant", List.of(3L), Map.of("quantity", 5))).isTrue();
    }
    assertThat(listener.of("success", "write").get(0).attempt()).isEqualTo(2);
  }

  // --- a server stopping while it serves the call

  private static final String STOPPING_TRACEBACK =
      "Traceback (most recent call last):\n"
          + "  File \"/opt/odoo17/odoo/service/model.py\", line 133, in retrying\n"
          + "    result = func()\n"
          + "  File \"/opt/odoo17/odoo/sql_db.py\", line 332, in execute\n"
          + "    res = self._obj.execute(query, params)\n";

  private static MockResponse jsonRpcError(String name, String message, String debug) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", JSON)
        .body(
            "{\"jsonrpc\": \"2.0\", \"id\": 2, \"error\": {\"code\": 200, \"message\": \"Odoo"
                + " Server Error\", \"data\": {\"name\": \""
                + name
                + "\", \"message\": \""
                + message
                + "\", \"debug\": \""
                + debug.replace("\"", "\\\"").replace("\n", "\\n")
                + "\", \"arguments\": [], \"context\": {}}}}")
        .build();
  }

  @Test
  void aCursorClosedByAStoppingServerIsRetriedEvenForWritesBecauseOdooRolledItBack() {
    server.enqueue(jsonRpc("2"));
    server.enqueue(
        jsonRpcError(
            "psycopg2.InterfaceError",
            "cursor already closed",
            STOPPING_TRACEBACK + "psycopg2.InterfaceError: cursor already closed\n"));
    server.enqueue(jsonRpc("[42]"));
    try (OdooClient client = builder(Protocol.JSONRPC).build()) {
      assertThat(client.create("res.partner", Map.of("name", "x"))).isEqualTo(42L);
    }
    RecordingListener.Event retry = listener.of("retry", "create").get(0);
    assertThat(retry.failure())
        .isInstanceOf(OdooTransportException.class)
        .hasMessageContaining("psycopg2.InterfaceError: cursor already closed")
        .hasMessageContaining("rolled the call's transaction back");
    assertThat(retry.failure().isRetryable()).isTrue();
  }

  @Test
  void aDatabaseConnectionLostOverXmlRpcIsATransientTransportError() {
    server.enqueue(xml("<int>2</int>"));
    String tb =
        STOPPING_TRACEBACK
            + "psycopg2.OperationalError: terminating connection due to administrator command\n"
            + "server closed the connection unexpectedly\n";
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", XML)
              .body(
                  "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                      + "<member><name>faultCode</name><value><int>1</int></value></member>"
                      + "<member><name>faultString</name><value><string>"
                      + tb
                      + "</string></value></member></struct></value></fault></methodResponse>")
              .build());
    }
    try (OdooClient client = builder(Protocol.XMLRPC).build()) {
      assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
          .isExactlyInstanceOf(OdooTransportException.class)
          .hasMessageContaining("psycopg2.OperationalError")
          .satisfies(e -> assertThat(((OdooTransportException) e).isRetryable()).isTrue());
    }
    assertThat(listener.of("attempt", "search_count")).hasSize(3);
  }

  @Test
  void aConnectionLostWhileCommittingAWriteIsOutcomeUnknownAndNotRepeated() {
    server.enqueue(jsonRpc("2"));
    server.enqueue(
        jsonRpcError(
            "psycopg2.OperationalError",
            "server closed the connection unexpectedly",
            "Traceback (most recent call last):\n"
                + "  File \"/opt/odoo17/odoo/sql_db.py\", line 468, in commit\n"
                + "    result = self._cnx.commit()\n"
                + "psycopg2.OperationalError: server closed the connection unexpectedly\n"));
    try (OdooClient client = builder(Protocol.JSONRPC).build()) {
      assertThatThrownBy(() -> client.create("res.partner", Map.of("name", "x")))
          .isInstanceOf(OdooOutcomeUnknownException.class)
          .hasMessageContaining("hit the commit");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // --- timeouts

  @Test
  void noResponseEndsInATimeoutWithinTheConfiguredTime() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    try (OdooClient client =
        builder(Protocol.JSON2)
            .retry(RetrySettings.none())
            .requestTimeout(Duration.ofMillis(300))
            .build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isExactlyInstanceOf(OdooTransportException.class)
          .hasMessageContaining("300 ms");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
  }

  @Test
  void aSlowBodyEndsInATimeoutWithinTheConfiguredTimeAndAWriteBecomesOutcomeUnknown() {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", JSON)
            .body("[" + " ".repeat(4000) + "1]")
            .throttleBody(10, 100, TimeUnit.MILLISECONDS)
            .build());
    try (OdooClient client =
        builder(Protocol.JSON2)
            .retry(RetrySettings.none())
            .requestTimeout(Duration.ofMillis(400))
            .build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.unlink("res.partner", List.of(9L)))
          .isInstanceOf(OdooOutcomeUnknownException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
  }

  @Test
  void aPerCallTimeoutBoundsAllAttemptsTogether() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }
    try (OdooClient client =
        builder(Protocol.JSON2).requestTimeout(Duration.ofSeconds(30)).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  client.call(
                      "res.partner",
                      "search",
                      List.of(List.of()),
                      Map.of(),
                      CallOptions.defaults().timeout(Duration.ofMillis(300))))
          .isInstanceOf(OdooTransportException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
  }

  // --- hostile bodies

  @Test
  void malformedJsonIsAProtocolErrorAndIsNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", JSON)
            .body("{\"jsonrpc\": \"2.0\", ")
            .build());
    try (OdooClient client = builder(Protocol.JSON2).build()) {
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooProtocolException.class)
          .hasMessageContaining("malformed");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void malformedXmlIsAProtocolError() {
    server.enqueue(xml("<int>2</int>"));
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", XML)
            .body("<methodResponse><params><param><value><int>1</int>")
            .build());
    try (OdooClient client = builder(Protocol.XMLRPC).build()) {
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooProtocolException.class);
    }
  }

  @Test
  void anXxePayloadIsRejectedWithoutReadingLocalFiles() {
    server.enqueue(xml("<int>2</int>"));
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", XML)
            .body(
                "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM"
                    + " \"file:///etc/passwd\">]><methodResponse><params><param>"
                    + "<value><string>&x;</string></value></param></params></methodResponse>")
            .build());
    try (OdooClient client = builder(Protocol.XMLRPC).build()) {
      assertThatThrownBy(
              () -> client.call("res.partner", "name_get", List.of(List.of(1L)), Map.of()))
          .isInstanceOf(OdooProtocolException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:x"));
    }
  }

  @Test
  void aBillionLaughsPayloadIsRejectedQuickly() {
    StringBuilder sb =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">");
    String prev = "a";
    for (int i = 0; i < 10; i++) {
      String name = "e" + i;
      sb.append("<!ENTITY ")
          .append(name)
          .append(" \"")
          .append(("&" + prev + ";").repeat(10))
          .append("\">");
      prev = name;
    }
    sb.append("]><methodResponse><params><param><value><string>&")
        .append(prev)
        .append(";</string></value></param></params></methodResponse>");
    server.enqueue(xml("<int>2</int>"));
    server.enqueue(
        new MockResponse.Builder().setHeader("Content-Type", XML).body(sb.toString()).build());
    try (OdooClient client = builder(Protocol.XMLRPC).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooProtocolException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
  }

  @Test
  void aHundredMegabyteBodyWithContentLengthFailsFastWithoutBeingRead() throws Exception {
    try (HostileServer hostile = new HostileServer(100L * 1024 * 1024, true);
        OdooClient client =
            builder(Protocol.JSON2).url(hostile.url()).maxResponseBytes(1024 * 1024).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooProtocolException.class)
          .hasMessageContaining("exceeds the limit");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
      Thread.sleep(100);
      assertThat(hostile.bodyBytesWritten.get()).isLessThan(100L * 1024 * 1024);
    }
  }

  @Test
  void aHundredMegabyteStreamedBodyIsCutOffAtTheCapWithBoundedMemory() throws Exception {
    try (HostileServer hostile = new HostileServer(100L * 1024 * 1024, false);
        OdooClient client =
            builder(Protocol.JSON2).url(hostile.url()).maxResponseBytes(1024 * 1024).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooProtocolException.class)
          .hasMessageContaining("exceeds the limit");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
      Thread.sleep(200);
      // the server could only push what fits in the socket buffers after the client hung up
      assertThat(hostile.bodyBytesWritten.get()).isLessThan(32L * 1024 * 1024);
    }
  }

  // --- auth

  @Test
  void rejectedCredentialsRaiseAnAuthenticationErrorWithoutThePassword() {
    server.enqueue(jsonRpc("false"));
    try (OdooClient client = builder(Protocol.JSONRPC).build()) {
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooAuthenticationException.class)
          .hasMessageContaining("admin")
          .hasMessageNotContaining("s3cret-pw");
    }
  }

  @Test
  void theUidIsCachedAndReauthenticationHappensOnceWhenOdooRejectsIt() throws Exception {
    server.enqueue(xml("<int>2</int>"));
    server.enqueue(idList(Protocol.XMLRPC));
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", XML)
            .body(
                "<?xml version=\"1.0\"?>"
                    + "<methodResponse><fault><value><struct><member><name>faultCode</name>"
                    + "<value><int>3</int></value></member><member><name>faultString</name>"
                    + "<value><string>Access"
                    + " Denied</string></value></member></struct></value></fault></methodResponse>")
            .build());
    server.enqueue(xml("<int>2</int>"));
    server.enqueue(idList(Protocol.XMLRPC));
    try (OdooClient client = builder(Protocol.XMLRPC).build()) {
      assertThat(client.search("res.partner", Domain.all())).hasSize(3);
      assertThat(client.search("res.partner", Domain.all())).hasSize(3);
    }
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(server.takeRequest().getBody().utf8()).contains("authenticate");
    assertThat(server.takeRequest().getBody().utf8()).contains("execute_kw");
    assertThat(server.takeRequest().getBody().utf8()).contains("execute_kw");
    assertThat(server.takeRequest().getBody().utf8()).contains("authenticate");
  }

  // --- breaker, limiter

  @Test
  void anOpenCircuitBreakerFailsFastWithoutCallingOdoo() {
    server.enqueue(status(502));
    server.enqueue(status(502));
    try (OdooClient client =
        builder(Protocol.JSON2)
            .retry(RetrySettings.none())
            .circuitBreaker(new CircuitBreakerSettings(2, Duration.ofMinutes(1)))
            .build()) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
            .isInstanceOf(OdooTransportException.class)
            .hasMessageContaining("502");
      }
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooTransportException.class)
          .hasMessageContaining("circuit breaker");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theRateLimiterRejectsCallsBeyondItsBudget() {
    server.enqueue(idList(Protocol.JSON2));
    try (OdooClient client =
        builder(Protocol.JSON2)
            .rateLimit(new RateLimitSettings(1, Duration.ofSeconds(10), Duration.ZERO))
            .build()) {
      assertThat(client.search("res.partner", Domain.all())).hasSize(3);
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooTransportException.class)
          .hasMessageContaining("rate limit");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // --- observability

  @Test
  void aThrowingListenerNeverBreaksACall() {
    server.enqueue(idList(Protocol.JSON2));
    CallListener broken =
        new CallListener() {
          @Override
          public void callStarted(CallInfo call) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void callSucceeded(CallInfo call, int attempts, Duration duration) {
            throw new IllegalStateException("listener bug");
          }
        };
    try (OdooClient client = builder(Protocol.JSON2).listener(broken).build()) {
      assertThat(client.search("res.partner", Domain.all())).hasSize(3);
    }
  }

  @Test
  void credentialsNeverAppearInToString() {
    OdooClientBuilder b = builder(Protocol.JSON2);
    assertThat(b.toString()).doesNotContain("s3cret-pw").doesNotContain("k3y-secret-value");
    try (OdooClient client = b.build()) {
      assertThat(client.toString()).doesNotContain("s3cret-pw").doesNotContain("k3y-secret-value");
    }
  }

  @Test
  void aClosedClientRefusesCalls() {
    OdooClient client = builder(Protocol.JSON2).build();
    client.close();
    assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
        .isInstanceOf(IllegalStateException.class);
  }
}
