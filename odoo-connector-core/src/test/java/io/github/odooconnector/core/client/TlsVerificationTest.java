package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooTlsException;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.Protocol;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** TLS certificate verification is on by default; a private CA is trusted only when configured. */
@Isolated("timing assertions: never run next to the parallel fixture replays")
class TlsVerificationTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path dir;
  private static KeyStore keyStore;

  @BeforeAll
  static void generateSelfSignedCertificate() throws Exception {
    Path ks = dir.resolve("server.p12");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                ks.toString(),
                "-storepass",
                new String(PASSWORD),
                "-keypass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(ks)) {
      keyStore.load(in, PASSWORD);
    }
  }

  private static MockWebServer httpsServer() throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keyStore, PASSWORD);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    MockWebServer server = new MockWebServer();
    server.useHttps(ctx.getSocketFactory());
    server.start();
    return server;
  }

  private static OdooClientBuilder client(MockWebServer server) {
    return OdooClient.builder()
        .url(server.url("/").toString())
        .apiKey("k")
        .protocol(Protocol.JSON2)
        .retry(new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10), 0.0))
        .requestTimeout(Duration.ofSeconds(5));
  }

  @Test
  void anUntrustedCertificateIsRejectedAndNotRetried() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (MockWebServer server = httpsServer();
        OdooClient client = client(server).listener(listener).build()) {
      server.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .body("[1]")
              .build());
      assertThatThrownBy(() -> client.search("res.partner", Domain.all()))
          .isInstanceOf(OdooTlsException.class)
          .hasMessageContaining("TLS handshake")
          .satisfies(
              e ->
                  assertThat(((OdooTransportException) e).isRetryable())
                      .as(
                          "a caller going by isRetryable() must not retry a bad certificate"
                              + " forever")
                      .isFalse());
      assertThat(server.getRequestCount()).isZero();
      assertThat(listener.of("attempt", "search"))
          .hasSize(1); // a certificate problem does not heal by retrying
    }
  }

  @Test
  void aPrivateCaIsTrustedWhenConfigured() throws Exception {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(keyStore);
    SSLContext trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tmf.getTrustManagers(), null);
    try (MockWebServer server = httpsServer();
        OdooClient client = client(server).sslContext(trusting).build()) {
      server.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .body("[1]")
              .build());
      assertThat(client.search("res.partner", Domain.all())).isEqualTo(List.of(1L));
    }
  }
}
