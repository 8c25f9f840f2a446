package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 500 MB attachment downloads with a heap of 128 MB: this class runs in its own surefire
 * execution with {@code -Xmx128m} (see the module's pom). The loopback server generates and checks
 * the bytes on the fly, so only the client could hold them; it does not.
 */
class LargeFileStreamingTest {

  private static final long SIZE = 500L * 1024 * 1024 + 1; // not a multiple of 3: base64 padding

  private HttpServer server;
  private final AtomicReference<String> uploadedDigest = new AtomicReference<>();

  /** Deterministic content: byte i = (i * 31 + i / 4099) mod 256, generated on the fly. */
  static final class Generated extends InputStream {
    private final long size;
    private long pos;

    Generated(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return pos < size ? value(pos++) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - pos);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) value(pos++);
      }
      return n;
    }

    private static int value(long i) {
      return (int) ((i * 31 + i / 4099) & 0xff);
    }
  }

  private static String sha256(InputStream in) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
      in.transferTo(out);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Stops at the closing quote of the base64 string. */
  static final class UntilQuote extends FilterInputStream {
    private boolean done;

    UntilQuote(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (done) {
        return -1;
      }
      int c = in.read();
      if (c == '"' || c < 0) {
        done = true;
        return -1;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
        if (in.available() == 0 && n > 0) {
          return n;
        }
      }
      return n;
    }
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/web/session/authenticate",
        ex -> json(ex, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"uid\":2}}", true));
    server.createContext(
        "/web/content/",
        ex -> {
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
          ex.sendResponseHeaders(200, SIZE);
          try (OutputStream out = ex.getResponseBody()) {
            new Generated(SIZE).transferTo(out);
          }
        });
    server.createContext(
        "/web/dataset/call_kw/",
        ex -> {
          // not try-with-resources: json(...) below drains the body again, a closed stream would
          // make the handler throw and the server drop the connection without an answer
          InputStream body = new BufferedInputStream(ex.getRequestBody(), 64 * 1024);
          try {
            byte[] marker = "\"datas\":\"".getBytes(StandardCharsets.US_ASCII);
            int matched = 0;
            while (matched < marker.length) {
              int c = body.read();
              if (c < 0) {
                throw new IOException("no datas");
              }
              matched = c == marker[matched] ? matched + 1 : (c == marker[0] ? 1 : 0);
            }
            uploadedDigest.set(sha256(Base64.getDecoder().wrap(new UntilQuote(body))));
            body.readAllBytes();
          } catch (Exception e) {
            throw new IOException(e);
          }
          json(ex, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":77}", false);
        });
    server.start();
  }

  private static void json(HttpExchange ex, String body, boolean cookie) throws IOException {
    ex.getRequestBody().readAllBytes();
    if (cookie) {
      ex.getResponseHeaders().add("Set-Cookie", "session_id=abc123; HttpOnly; Path=/");
    }
    ex.getResponseHeaders().set("Content-Type", "application/json");
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(200, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aFiveHundredMegabyteAttachmentDownloadsWithASmallHeap() throws Exception {
    // meaningful only in its own surefire execution (-Xmx128m); skipped when run with a big heap
    assumeTrue(
        Runtime.getRuntime().maxMemory() <= 160L * 1024 * 1024,
        "run by the large-files-small-heap execution with -Xmx128m");
    String expected = sha256(new Generated(SIZE));
    try (OdooClient client =
        OdooClient.builder()
            .url("http://127.0.0.1:" + server.getAddress().getPort())
            .database("lab")
            .login("admin")
            .password("admin")
            .protocol(Protocol.JSONRPC)
            .callTimeout(Duration.ofMinutes(5))
            .build()) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      long n;
      try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
        n = client.attachments().download(1, out);
      }
      assertThat(n).isEqualTo(SIZE);
      assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(expected);
    }
  }

  @Test
  void aFiveHundredMegabyteAttachmentUploadsFromAStreamWithASmallHeap() throws Exception {
    assumeTrue(
        Runtime.getRuntime().maxMemory() <= 160L * 1024 * 1024,
        "run by the large-files-small-heap execution with -Xmx128m");
    String expected = sha256(new Generated(SIZE));
    try (OdooClient client =
        OdooClient.builder()
            .url("http://127.0.0.1:" + server.getAddress().getPort())
            .database("lab")
            .login("admin")
            .password("admin")
            .protocol(Protocol.JSONRPC)
            .callTimeout(Duration.ofMinutes(5))
            .build()) {
      long id = client.attachments().upload("big.bin", "stock.picking", 7, new Generated(SIZE));
      assertThat(id).isEqualTo(77);
      assertThat(uploadedDigest.get()).isEqualTo(expected);
    }
  }
}
