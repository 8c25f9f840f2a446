package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the client does on the wire below the protocol: it keeps its TCP connections open and reuses
 * them (one connection per request in flight, never one per call), and it accepts gzip from a
 * compressing server or reverse proxy, with the body limit applied to the decompressed bytes. The
 * loopback server records which connection carried each request.
 */
@Isolated("counts connections: never run next to other loopback tests")
class ConnectionReuseAndCompressionTest {

  private static final String RECORDS =
      "[{\"id\": 1, \"name\": \"Acme\", \"country_id\": [21, \"Belgium\"], \"city\": false},"
          + " {\"id\": 2, \"name\": \"Beta\", \"country_id\": false, \"city\": \"Gent\"}]";

  private static final String XML_RECORDS =
      "<array><data><value><struct>"
          + "<member><name>id</name><value><int>1</int></value></member>"
          + "<member><name>name</name><value><string>Acme</string></value></member>"
          + "<member><name>country_id</name><value><array><data><value><int>21</int></value>"
          + "<value><string>Belgium</string></value></data></array></value></member>"
          + "<member><name>city</name><value><boolean>0</boolean></value></member>"
          + "</struct></value><value><struct>"
          + "<member><name>id</name><value><int>2</int></value></member>"
          + "<member><name>name</name><value><string>Beta</string></value></member>"
          + "<member><name>country_id</name><value><boolean>0</boolean></value></member>"
          + "<member><name>city</name><value><string>Gent</string></value></member>"
          + "</struct></value></data></array>";

  /** Answers authenticate with uid 2 and everything else with the two records, gzipped or not. */
  private static final class OdooLike extends Dispatcher {
    final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
    private final boolean gzip;
    private final long delayMillis;

    OdooLike(boolean gzip, long delayMillis) {
      this.gzip = gzip;
      this.delayMillis = delayMillis;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      requests.add(request);
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      String path = request.getUrl().encodedPath();
      String body = request.getBody() == null ? "" : request.getBody().utf8();
      boolean auth = body.contains("authenticate");
      String contentType = "application/json";
      String answer;
      if (path.equals("/web/version")) {
        answer = "{\"version_info\": [19, 0, 0, \"final\", 0, \"\"], \"version\": \"19.0\"}";
      } else if (path.startsWith("/xmlrpc")) {
        contentType = "text/xml";
        String value;
        if (auth) {
          value = "<int>2</int>";
        } else if (body.contains("<methodName>version</methodName>")) {
          value =
              "<struct><member><name>server_version</name><value><string>19.0</string></value>"
                  + "</member><member><name>server_version_info</name><value><array><data>"
                  + "<value><int>19</int></value><value><int>0</int></value>"
                  + "<value><int>0</int></value><value><string>final</string></value>"
                  + "<value><int>0</int></value><value><string></string></value>"
                  + "</data></array></value></member>"
                  + "<member><name>protocol_version</name><value><int>1</int></value></member>"
                  + "</struct>";
        } else {
          value = XML_RECORDS;
        }
        answer =
            "<?xml version=\"1.0\"?>\n<methodResponse><params><param><value>"
                + value
                + "</value></param></params></methodResponse>\n";
      } else if (path.startsWith("/json/2")) {
        answer = RECORDS;
      } else {
        String result;
        if (auth) {
          result = "2";
        } else if (path.contains("version") || body.contains("\"version\"")) {
          result =
              "{\"server_version\": \"19.0\", \"server_version_info\":"
                  + " [19, 0, 0, \"final\", 0, \"\"], \"protocol_version\": 1}";
        } else {
          result = RECORDS;
        }
        answer = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": " + result + "}";
      }
      MockResponse.Builder b = new MockResponse.Builder().setHeader("Content-Type", contentType);
      if (gzip && !auth && !path.contains("version")) {
        b.setHeader("Content-Encoding", "gzip").body(new Buffer().write(gzip(answer)));
      } else {
        b.body(answer);
      }
      return b.build();
    }
  }

  private static byte[] gzip(String s) {
    return gzip(s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers the version probes plainly and every model call with {@code body} as gzip. */
  private static Dispatcher answeringGzip(byte[] body) {
    OdooLike versions = new OdooLike(false, 0);
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (!request.getUrl().encodedPath().startsWith("/json/2")) {
          return versions.dispatch(request);
        }
        return new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .setHeader("Content-Encoding", "gzip")
            .body(new Buffer().write(body))
            .build();
      }
    };
  }

  private static OdooClientBuilder client(MockWebServer server, Protocol protocol) {
    OdooClientBuilder b =
        OdooClient.builder()
            .url(server.url("/").toString())
            .database("lab")
            .login("admin")
            .password("admin")
            .protocol(protocol)
            .requestTimeout(Duration.ofSeconds(10));
    if (protocol == Protocol.JSON2) {
      b.apiKey("k3y");
    }
    return b;
  }

  private static Set<Integer> connections(OdooLike odoo) {
    Set<Integer> out = new HashSet<>();
    for (RecordedRequest r : odoo.requests) {
      out.add(r.getConnectionIndex());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void fiftyCallsInARowTravelOverOneConnection(Protocol protocol) throws Exception {
    OdooLike odoo = new OdooLike(false, 0);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(odoo);
      server.start();
      try (OdooClient c = client(server, protocol).build()) {
        for (int i = 0; i < 50; i++) {
          assertThat(
                  c.searchRead(
                      "res.partner", Domain.all(), List.of("name"), SearchOptions.defaults()))
              .hasSize(2);
        }
      }
      assertThat(odoo.requests.size()).isGreaterThanOrEqualTo(50);
      assertThat(connections(odoo)).as("connection index of every request").hasSize(1);
      List<Integer> exchanges = new ArrayList<>();
      odoo.requests.forEach(r -> exchanges.add(r.getExchangeIndex()));
      assertThat(exchanges).as("exchange index on the connection").contains(0, 49);
    }
  }

  @Test
  void concurrentCallsOpenAtMostOneConnectionPerRequestInFlightAndThenReuseThem() throws Exception {
    OdooLike odoo = new OdooLike(false, 20);
    int inFlight = 4;
    ExecutorService pool = Executors.newFixedThreadPool(inFlight);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(odoo);
      server.start();
      try (OdooClient c = client(server, Protocol.JSONRPC).build()) {
        // authenticates first
        c.searchRead("res.partner", Domain.all(), List.of("name"), SearchOptions.defaults());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int t = 0; t < inFlight; t++) {
          calls.add(
              pool.submit(
                  () -> {
                    start.await();
                    int n = 0;
                    for (int i = 0; i < 10; i++) {
                      n +=
                          c.searchRead(
                                  "res.partner",
                                  Domain.all(),
                                  List.of("name"),
                                  SearchOptions.defaults())
                              .size();
                    }
                    return n;
                  }));
        }
        start.countDown();
        for (Future<Integer> f : calls) {
          assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(20);
        }
        int opened = connections(odoo).size();
        assertThat(opened).as("connections for 4 requests in flight").isBetween(1, inFlight);
        for (int i = 0; i < 10; i++) {
          c.searchRead("res.partner", Domain.all(), List.of("name"), SearchOptions.defaults());
        }
        assertThat(connections(odoo)).as("sequential calls afterwards").hasSize(opened);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void aGzipAnswerIsAcceptedAndDecoded(Protocol protocol) throws Exception {
    OdooLike odoo = new OdooLike(true, 0);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(odoo);
      server.start();
      try (OdooClient c = client(server, protocol).build()) {
        List<OdooRecord> rows =
            c.searchRead("res.partner", Domain.all(), List.of("name"), SearchOptions.defaults());
        assertThat(rows).extracting(OdooRecord::id).containsExactly(1L, 2L);
        assertThat(rows.get(0).many2one("country_id").orElseThrow().displayName())
            .isEqualTo("Belgium");
        assertThat(rows.get(1).string("city")).contains("Gent");
      }
      for (RecordedRequest r : odoo.requests) {
        assertThat(r.getHeaders().get("Accept-Encoding")).contains("gzip");
      }
    }
  }

  @Test
  void aGzipBombIsCutAtTheBodyLimitAppliedToTheDecompressedBytes() throws Exception {
    // 8 MiB of spaces inside a valid JSON array compress to a few KiB: the wire size is far under
    // the 1 MiB limit, the decompressed size far over it
    byte[] bomb = new byte[8 * 1024 * 1024];
    Arrays.fill(bomb, (byte) ' ');
    bomb[0] = '[';
    bomb[bomb.length - 1] = ']';
    byte[] compressed = gzip(bomb);
    assertThat(compressed.length).isLessThan(64 * 1024);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(answeringGzip(compressed));
      server.start();
      try (OdooClient c = client(server, Protocol.JSON2).maxResponseBytes(1024 * 1024).build()) {
        assertThatThrownBy(() -> c.search("res.partner", Domain.all()))
            .isInstanceOf(OdooProtocolException.class)
            .hasMessageContaining("exceeds the limit of 1048576 bytes once decompressed");
      }
    }
  }

  @Test
  void aCorruptGzipBodyIsATransportErrorNotGarbage() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      byte[] good = gzip("[1, 2, 3]");
      byte[] corrupt = Arrays.copyOf(good, good.length - 6);
      server.setDispatcher(answeringGzip(corrupt));
      server.start();
      try (OdooClient c = client(server, Protocol.JSON2).build()) {
        assertThatThrownBy(() -> c.create("res.partner", Map.of("name", "x")))
            .isInstanceOf(OdooTransportException.class)
            .hasMessageContaining("corrupt gzip");
      }
    }
  }
}
