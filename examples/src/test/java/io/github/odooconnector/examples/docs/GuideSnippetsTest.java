package io.github.odooconnector.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.TrackingOutcome;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.CircuitBreakerSettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooOutcomeUnknownException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.RateLimitSettings;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.CustomField;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.api.IdempotencyInProgressException;
import io.github.odooconnector.reliability.jdbc.JdbcIdempotencyStore;
import io.github.odooconnector.reliability.jdbc.JdbcInboxStore;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.jdbc.ReliabilitySchema;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.reliability.testing.TestDatabase;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.WireProtocol;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the guides in {@code docs/} lives here, between {@code // snippet: <name>}
 * and {@code // end snippet} markers, and is run against the fake Odoo, so a guide cannot show code
 * that does not compile or does not do what the guide says. {@link
 * #everyGuideSnippetIsCompiledAndRunHere()} checks that the guides still contain exactly this code.
 */
class GuideSnippetsTest {

  // ------------------------------------------------------------------------------------------
  // real-odoo

  /** The custom-field setup step of the real-Odoo guide. */
  // snippet: custom-fields
  static List<String> createCustomFields(OdooClient adminClient) {
    List<String> created = new ArrayList<>();
    for (CustomField field :
        List.of(
            CustomField.charField("stock.picking", "x_wms_ref", "WMS reference"),
            CustomField.datetimeField("stock.picking", "x_delivered_at", "Delivered at"))) {
      if (field.ensureIn(adminClient)) { // false: it exists with this type already
        created.add(field.model() + "." + field.name());
      }
    }
    return created;
  }

  // end snippet

  @Test
  void customFieldsAreCreatedThroughIrModelFieldsOnceAndTheWmsIntegrationThenStarts() {
    for (OdooVersion version : OdooVersion.values()) {
      try (FakeOdoo server = FakeOdoo.builder().version(version).start();
          OdooClient admin =
              OdooClient.builder()
                  .url(server.url())
                  .database(server.database())
                  .login(server.adminLogin())
                  .apiKey(server.adminApiKey())
                  .build()) {
        WmsIntegration.Builder integration =
            WmsIntegration.builder()
                .odoo(admin)
                .adapter(SimulatedWms.builder().build())
                .idempotencyStore(InMemoryIdempotencyStore.create())
                .outboxStore(InMemoryOutboxStore.create())
                .releaseMarker(ReleaseMarker.charField("x_wms_ref"));
        assertThatThrownBy(integration::build)
            .as("%s: the release marker is missing before the setup step", version)
            .hasMessageContaining("'x_wms_ref'");

        assertThat(createCustomFields(admin))
            .containsExactly("stock.picking.x_wms_ref", "stock.picking.x_delivered_at");
        server.clearCalls();
        assertThat(createCustomFields(admin)).as("second run changes nothing").isEmpty();

        assertThat(server.calls())
            .as("%s: the second run only reads", version)
            .noneMatch(c -> "create".equals(c.method()));
        assertThat(admin.fieldsGet("stock.picking").get("x_delivered_at").type())
            .isEqualTo("datetime");
        assertThat(server.records("ir.model.fields"))
            .extracting(f -> f.get("state"))
            .containsOnly("manual");
        integration.build();
      }
    }
  }

  @Test
  void aCustomFieldOfTheWrongTypeIsAMappingErrorAndNothingIsCreated() {
    try (FakeOdoo server =
            FakeOdoo.builder().customField("stock.picking", "x_wms_ref", "boolean").start();
        OdooClient admin =
            OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.adminLogin())
                .apiKey(server.adminApiKey())
                .build()) {
      assertThatThrownBy(() -> createCustomFields(admin))
          .isInstanceOf(MappingException.class)
          .hasMessageContaining("stock.picking.x_wms_ref")
          .hasMessageContaining("boolean");
      assertThat(server.records("ir.model.fields")).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------------
  // getting-started

  /** The snippet of the getting-started guide. */
  // snippet: first-search-read
  static List<String> listProducts(String url, String database, String login, String apiKey) {
    try (OdooClient odoo =
        OdooClient.builder()
            .url(url) // e.g. https://erp.example.com
            .database(database)
            .login(login)
            .apiKey(apiKey) // Preferences > Account Security > New API Key
            .build()) { // thread-safe: in an application, build one per database and share it
      System.out.println("Odoo " + odoo.serverVersion() + " over " + odoo.protocol());
      List<OdooRecord> products =
          odoo.searchRead(
              "product.product",
              Domain.where("default_code", "like", "FURN_"),
              List.of("default_code", "name", "list_price"),
              SearchOptions.limit(10).withOrder("default_code"));
      List<String> lines = new ArrayList<>();
      for (OdooRecord p : products) {
        lines.add(
            p.string("default_code").orElse("?")
                + "  "
                + p.string("name").orElse("")
                + "  "
                + p.decimal("list_price").orElse(BigDecimal.ZERO));
      }
      return lines;
    }
  }

  // end snippet

  @Test
  void gettingStartedFirstSearchReadListsTheSeededProducts() {
    try (FakeOdoo server = FakeOdoo.start()) {
      List<String> lines =
          listProducts(server.url(), server.database(), server.adminLogin(), server.adminApiKey());

      assertThat(lines).hasSize(4);
      assertThat(lines.get(0)).startsWith("FURN_0001  Customizable Desk  750");
      assertThat(server.calls())
          .filteredOn(c -> "search_read".equals(c.method()))
          .extracting(c -> c.protocol())
          .containsExactly(WireProtocol.JSON2);
    }
  }

  // -------------------------------------------------------------------------------------
  // choosing-a-protocol

  /** The snippet of the protocol guide: one client per server generation. */
  // snippet: protocol-per-version
  static OdooClient connect(String url, String database, String login, String apiKey) {
    return OdooClient.builder()
        .url(url)
        .database(database)
        .login(login)
        .apiKey(apiKey) // JSON-2 needs it; JSON-RPC/XML-RPC send it in place of the password
        .protocol(Protocol.AUTO) // the default: JSON-2 on Odoo 19+, JSON-RPC on 17/18
        .build();
  }

  // end snippet

  @Test
  void autoPicksJson2OnOdoo19AndJsonRpcOnOdoo17WithTheSameApiKey() {
    for (OdooVersion version : List.of(OdooVersion.V17, OdooVersion.V18, OdooVersion.V19)) {
      try (FakeOdoo server = FakeOdoo.builder().version(version).start();
          OdooClient odoo =
              connect(server.url(), server.database(), server.adminLogin(), server.adminApiKey())) {
        long partners = odoo.searchCount("res.partner", Domain.all());

        Protocol expected = version == OdooVersion.V19 ? Protocol.JSON2 : Protocol.JSONRPC;
        assertThat(odoo.protocol()).as("%s", version).isEqualTo(expected);
        assertThat(odoo.serverVersion().major()).isEqualTo(version.major());
        assertThat(partners).isPositive();
        assertThat(server.calls())
            .as("%s", version)
            .filteredOn(c -> "search_count".equals(c.method()))
            .extracting(c -> c.protocol())
            .containsOnly(version == OdooVersion.V19 ? WireProtocol.JSON2 : WireProtocol.JSONRPC);
      }
    }
  }

  @Test
  void json2WithoutAnApiKeyIsRefusedWhenTheClientIsBuilt() {
    assertThatThrownBy(
            () ->
                OdooClient.builder()
                    .url("http://127.0.0.1:8069")
                    .database("db")
                    .login("admin")
                    .password("admin")
                    .protocol(Protocol.JSON2)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
  }

  // -----------------------------------------------------------------------------------------
  // errors-and-retries

  /** The snippet of the errors guide: a resilient client with metrics. */
  // snippet: resilient-client
  static OdooClient resilientClient(
      String url, String database, String login, String apiKey, CallListener metrics) {
    return OdooClient.builder()
        .url(url)
        .database(database)
        .login(login)
        .apiKey(apiKey)
        .retry(new RetrySettings(4, Duration.ofMillis(200), Duration.ofSeconds(10), 0.25))
        .circuitBreaker(new CircuitBreakerSettings(5, Duration.ofSeconds(30)))
        .rateLimit(new RateLimitSettings(20, Duration.ofSeconds(1), Duration.ofSeconds(2)))
        .callTimeout(Duration.ofMinutes(2)) // all attempts and backoff of one call together
        .listener(metrics)
        .build();
  }

  /** Counts what a metrics library (Micrometer, OpenTelemetry...) would record. */
  static final class CallMetrics implements CallListener {
    final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    @Override
    public void retryScheduled(
        CallInfo call, int failedAttempt, OdooException failure, Duration delay) {
      count("odoo.retries", call);
    }

    @Override
    public void callFailed(CallInfo call, int attempts, Duration duration, OdooException failure) {
      count("odoo.failures." + failure.getClass().getSimpleName(), call);
    }

    private void count(String name, CallInfo call) {
      counters
          .computeIfAbsent(
              name + "[" + call.model() + "." + call.method() + "]", k -> new AtomicInteger())
          .incrementAndGet();
    }
  }

  // end snippet

  /** The second snippet of the errors guide: a write whose answer was lost. */
  // snippet: outcome-unknown
  static void setTrackingRef(OdooClient odoo, long pickingId, String trackingRef) {
    try {
      odoo.write("stock.picking", List.of(pickingId), Map.of("carrier_tracking_ref", trackingRef));
    } catch (OdooOutcomeUnknownException lost) {
      // The request reached Odoo but the answer did not reach us: Odoo may have committed it.
      // Look before writing again (this write sets an absolute value, so repeating it is harmless;
      // a create or a business method such as button_validate must not be blindly repeated).
      String current =
          odoo.read("stock.picking", List.of(pickingId), List.of("carrier_tracking_ref"))
              .get(0)
              .string("carrier_tracking_ref")
              .orElse("");
      if (!current.equals(trackingRef)) {
        odoo.write(
            "stock.picking", List.of(pickingId), Map.of("carrier_tracking_ref", trackingRef));
      }
    }
  }

  // end snippet

  @Test
  void readsAreRetriedTransparentlyAndTheListenerSeesEachRetry() {
    try (FakeOdoo server = FakeOdoo.start()) {
      CallMetrics metrics = new CallMetrics();
      try (OdooClient odoo =
          OdooClient.builder()
              .url(server.url())
              .database(server.database())
              .login(server.adminLogin())
              .apiKey(server.adminApiKey())
              .retry(new RetrySettings(4, Duration.ofMillis(5), Duration.ofMillis(20), 0.0))
              .listener(metrics)
              .build()) {
        odoo.searchCount("res.partner", Domain.all()); // detect the protocol first
        server.faults().onlyFor("res.partner", "search_read").failNext(2);

        List<OdooRecord> partners =
            odoo.searchRead("res.partner", Domain.all(), List.of("name"), SearchOptions.limit(1));

        assertThat(partners).hasSize(1);
        assertThat(metrics.counters.get("odoo.retries[res.partner.search_read]")).hasValue(2);
        assertThat(metrics.counters.keySet()).noneMatch(k -> k.startsWith("odoo.failures"));
      }
    }
  }

  @Test
  void theResilientClientSnippetBuildsAClientThatWorks() {
    try (FakeOdoo server = FakeOdoo.start()) {
      CallMetrics metrics = new CallMetrics();
      try (OdooClient odoo =
          resilientClient(
              server.url(),
              server.database(),
              server.adminLogin(),
              server.adminApiKey(),
              metrics)) {
        assertThat(odoo.searchCount("res.partner", Domain.all())).isPositive();
        assertThat(metrics.counters).isEmpty();
      }
    }
  }

  @Test
  void aLostWriteAnswerIsRaisedAsOutcomeUnknownAndTheSnippetRecoversByReadingBack() {
    try (FakeOdoo server = FakeOdoo.start()) {
      CallMetrics metrics = new CallMetrics();
      try (OdooClient odoo =
          OdooClient.builder()
              .url(server.url())
              .database(server.database())
              .login(server.adminLogin())
              .apiKey(server.adminApiKey())
              .retry(new RetrySettings(4, Duration.ofMillis(5), Duration.ofMillis(20), 0.0))
              .listener(metrics)
              .build()) {
        long picking = anyPicking(odoo);
        server.faults().onlyFor("stock.picking", "write").dropResponseNext(1);

        assertThatThrownBy(
                () ->
                    odoo.write(
                        "stock.picking",
                        List.of(picking),
                        Map.of("carrier_tracking_ref", "TRK-LOST")))
            .isInstanceOf(OdooOutcomeUnknownException.class)
            .satisfies(e -> assertThat(((OdooException) e).isRetryable()).isFalse());
        assertThat(metrics.counters).doesNotContainKey("odoo.retries[stock.picking.write]");

        server.faults().onlyFor("stock.picking", "write").dropResponseNext(1);
        setTrackingRef(odoo, picking, "TRK-42");

        assertThat(
                odoo.read("stock.picking", List.of(picking), List.of("carrier_tracking_ref"))
                    .get(0)
                    .string("carrier_tracking_ref"))
            .contains("TRK-42");
        assertThat(server.calls())
            .filteredOn(c -> "write".equals(c.method()))
            .as("the lost write had landed")
            .hasSize(2);
      }
    }
  }

  @Test
  void anOpenCircuitBreakerFailsFastWithATransportException() {
    try (FakeOdoo server = FakeOdoo.start()) {
      try (OdooClient odoo =
          OdooClient.builder()
              .url(server.url())
              .database(server.database())
              .login(server.adminLogin())
              .apiKey(server.adminApiKey())
              .retry(RetrySettings.none())
              .circuitBreaker(new CircuitBreakerSettings(2, Duration.ofMinutes(1)))
              .build()) {
        odoo.searchCount("res.partner", Domain.all());
        server.faults().failNext(2);
        for (int i = 0; i < 2; i++) {
          assertThatThrownBy(() -> odoo.searchCount("res.partner", Domain.all()))
              .isInstanceOf(OdooTransportException.class);
        }
        int callsBefore = server.calls().size();

        assertThatThrownBy(() -> odoo.searchCount("res.partner", Domain.all()))
            .isInstanceOf(OdooTransportException.class)
            .hasMessageContaining("circuit breaker is open");
        assertThat(server.calls()).as("Odoo was not called").hasSize(callsBefore);
      }
    }
  }

  private static long anyPicking(OdooClient odoo) {
    return odoo.create(
        "stock.picking",
        Map.of(
            "picking_type_id",
            odoo.search(
                    "stock.picking.type",
                    Domain.where("code", "=", "outgoing"),
                    SearchOptions.limit(1))
                .get(0)));
  }

  // ----------------------------------------------------------------------------------------------
  // security

  /** The first snippet of the security guide: trusting a private certificate authority. */
  // snippet: private-ca
  static SSLContext trustPrivateCa(Path caPem) throws IOException, GeneralSecurityException {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    try (InputStream in = Files.newInputStream(caPem)) {
      trusted.setCertificateEntry(
          "private-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, tmf.getTrustManagers(), null);
    return tls; // OdooClient.builder().url("https://erp.internal.example").sslContext(tls)...
  }

  // end snippet

  @Test
  void aPrivateCaPemBecomesAnSslContextForTheClientAndAnInvalidPemIsRefused(@TempDir Path dir)
      throws Exception {
    KeyStore jdk = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in =
        Files.newInputStream(
            Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
      jdk.load(in, null);
    }
    X509Certificate ca = (X509Certificate) jdk.getCertificate(jdk.aliases().nextElement());
    Path pem = dir.resolve("ca.pem");
    Files.writeString(
        pem,
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(ca.getEncoded())
            + "\n-----END CERTIFICATE-----\n");

    SSLContext tls = trustPrivateCa(pem);

    assertThat(tls.getProtocol()).isEqualTo("TLS");
    try (OdooClient client =
        OdooClient.builder()
            .url("https://127.0.0.1:1")
            .database("db")
            .login("u")
            .apiKey("k")
            .sslContext(tls)
            .build()) {
      assertThat(client).isNotNull();
    }
    Files.writeString(pem, "not a certificate");
    assertThatThrownBy(() -> trustPrivateCa(pem)).isInstanceOf(CertificateException.class);
  }

  /** The snippet of the security guide: verifying a webhook before anything else touches it. */
  // snippet: webhook-signature
  static final WebhookVerifier ACME_WEBHOOKS =
      HmacBodyVerifier.builder(
              System.getenv()
                  .getOrDefault("ACME_WEBHOOK_SECRET", "change-me")) // from your secret store
          .signatureHeader("X-Acme-Signature")
          .prefix("sha256=")
          .encoding(HmacBodyVerifier.Encoding.HEX)
          .eventIdJsonPointer("/event_id")
          .build();

  static byte[] verifiedBody(Map<String, String> headers, byte[] rawBody) {
    // Verify the exact bytes received, before parsing them. Comparison is constant-time;
    // a bad signature throws WebhookVerificationException (answer 401, never log the body).
    return ACME_WEBHOOKS.verify(WebhookRequest.ofSingleValued(headers, rawBody)).body();
  }

  // end snippet

  @Test
  void aWebhookWithAForgedOrMissingSignatureIsRejectedAndAGenuineOneAccepted() {
    byte[] body =
        "{\"event_id\":\"evt-1\",\"event\":\"order.shipped\"}".getBytes(StandardCharsets.UTF_8);
    String genuine = ((HmacBodyVerifier) ACME_WEBHOOKS).sign(body);
    String forged =
        HmacBodyVerifier.builder("guessed")
            .signatureHeader("X-Acme-Signature")
            .prefix("sha256=")
            .build()
            .sign(body);

    assertThat(verifiedBody(Map.of("X-Acme-Signature", genuine), body)).isEqualTo(body);
    assertThatThrownBy(() -> verifiedBody(Map.of("X-Acme-Signature", forged), body))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(WebhookVerificationException.Reason.SIGNATURE_MISMATCH));
    assertThatThrownBy(() -> verifiedBody(Map.of(), body))
        .isInstanceOf(WebhookVerificationException.class);
    byte[] tampered =
        "{\"event_id\":\"evt-1\",\"event\":\"order.cancelled\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> verifiedBody(Map.of("X-Acme-Signature", genuine), tampered))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageNotContaining(genuine);
    assertThat(ACME_WEBHOOKS.toString()).doesNotContain("change-me");
  }

  @Test
  void rejectedCredentialsNeverAppearInExceptionsOrToString() {
    try (FakeOdoo server = FakeOdoo.start()) {
      String wrongKey = "0123456789abcdef-not-the-key";
      var builder =
          OdooClient.builder()
              .url(server.url())
              .database(server.database())
              .login(server.adminLogin())
              .apiKey(wrongKey)
              .retry(RetrySettings.none());
      assertThat(builder.toString()).doesNotContain(wrongKey);
      try (OdooClient odoo = builder.build()) {
        assertThatThrownBy(() -> odoo.searchCount("res.partner", Domain.all()))
            .isInstanceOf(OdooAuthenticationException.class)
            .satisfies(e -> assertThat(stackTraceText(e)).doesNotContain(wrongKey));
        assertThat(odoo.toString()).doesNotContain(wrongKey);
      }
    }
  }

  @Test
  void aRestrictedUserIsToldWhichRightIsMissingInsteadOfSilentlyFailing() {
    try (FakeOdoo server = FakeOdoo.start();
        OdooClient restricted =
            OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.demoLogin())
                .apiKey(server.demoApiKey())
                .retry(RetrySettings.none())
                .build();
        OdooClient admin =
            OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.adminLogin())
                .apiKey(server.adminApiKey())
                .build()) {
      long picking = anyPicking(admin);

      assertThat(restricted.read("stock.picking", List.of(picking), List.of("name"))).hasSize(1);
      assertThatThrownBy(
              () ->
                  restricted.write(
                      "stock.picking", List.of(picking), Map.of("carrier_tracking_ref", "X")))
          .isInstanceOfSatisfying(
              OdooAccessException.class,
              e -> {
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.model()).isEqualTo("stock.picking");
                assertThat(e.method()).isEqualTo("write");
              });
    }
  }

  private static String stackTraceText(Throwable e) {
    var out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------
  // writing-a-wms-adapter

  // snippet: wms-adapter
  /** Connects the Acme WMS. Thread-safe: it keeps no mutable state of its own. */
  static final class AcmeWmsAdapter implements WmsAdapter {

    /** Your HTTP client for Acme's REST API (not part of the SDK). */
    interface AcmeApi {
      /** POST /orders with header Idempotency-Key; Acme answers the same id for a repeated key. */
      String createOrder(String idempotencyKey, FulfillmentOrder order) throws IOException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AcmeApi api;
    private final WebhookVerifier verifier;

    AcmeWmsAdapter(AcmeApi api, String webhookSecret) {
      this.api = api;
      this.verifier =
          HmacBodyVerifier.builder(webhookSecret)
              .signatureHeader("X-Acme-Signature")
              .prefix("sha256=")
              .eventIdJsonPointer("/event_id") // inbox de-duplicates on (wms:acme, event_id)
              .build();
    }

    @Override
    public String name() {
      return "acme"; // part of idempotency keys: never change it
    }

    @Override
    public WmsCapabilities capabilities() {
      return WmsCapabilities.of(
          WmsFeature.WEBHOOKS); // no update/cancel/ASN/inventory: defaults throw
    }

    @Override
    public ReleaseConfirmation releaseOrder(FulfillmentOrder order, String idempotencyKey) {
      try {
        return new ReleaseConfirmation(api.createOrder(idempotencyKey, order));
      } catch (IOException e) {
        throw new WmsUnavailableException(
            "Acme WMS did not answer: " + e.getMessage(), e); // retried later
      }
    }

    @Override
    public Optional<WebhookVerifier> webhookVerifier() {
      return Optional.of(verifier);
    }

    @Override
    public List<BusinessEvent<?>> translate(WmsMessage message) {
      try {
        JsonNode n = JSON.readTree(message.body());
        if (!"order.shipped".equals(n.path("event").asText())) {
          return List.of(); // pings and events we do not use
        }
        return List.of(shipped(n));
      } catch (IOException | RuntimeException e) { // not JSON, missing fields, invalid values
        throw new InvalidWmsMessageException(
            "Acme message " + message.messageId() + " is unreadable: " + e.getMessage(), e);
      }
    }

    private static BusinessEvent<Shipment> shipped(JsonNode n) {
      String orderId =
          n.path("order_ref").asText(); // the Odoo picking name we released, e.g. WH/OUT/00042
      Shipment.Builder shipment =
          Shipment.builder()
              .shipmentId(n.path("shipment_id").asText())
              .fulfillmentOrderRef(orderId)
              .carrierService(CarrierService.of(n.path("carrier").asText()))
              .addTrackingNumber(n.path("tracking_number").asText())
              .shippedAt(Instant.parse(n.path("shipped_at").asText()));
      for (JsonNode line : n.path("lines")) {
        shipment.addLine(
            new ShipmentLine(
                line.path("line_id").asText(), // = stock.move id we sent
                Sku.of(line.path("sku").asText()),
                Quantity.pieces(line.path("qty").asLong()),
                null,
                List.of(),
                null));
      }
      Shipment shipped = shipment.build();
      // Stable idempotency key: built from Acme's own shipment id, never from the time of receipt.
      return new BusinessEvent<>(
          n.path("event_id").asText(),
          WmsEventTypes.ORDER_SHIPPED,
          shipped.shippedAt(),
          "wms:acme",
          orderId,
          "acme:shipped:" + shipped.shipmentId(),
          BusinessEvent.CURRENT_SCHEMA_VERSION,
          shipped);
    }
  }

  // end snippet

  @Test
  void customWmsAdapterReleasesOnceAndItsSignedShipmentWebhookCompletesTheOdooPicking()
      throws Exception {
    String secret = "acme-webhook-secret";
    Map<String, FulfillmentOrder> acmeOrders = new ConcurrentHashMap<>();
    Map<String, String> acmeIdsByKey = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> createCalls = new ConcurrentHashMap<>();
    AcmeWmsAdapter.AcmeApi fakeAcme =
        (key, order) -> {
          acmeOrders.put(order.fulfillmentOrderId(), order);
          createCalls
              .computeIfAbsent(order.fulfillmentOrderId(), k -> new AtomicInteger())
              .incrementAndGet();
          return acmeIdsByKey.computeIfAbsent(key, k -> "ACME-" + (acmeIdsByKey.size() + 1));
        };
    try (FakeOdoo server =
            FakeOdoo.builder().customField("stock.picking", "x_wms_ref", "char").start();
        OdooClient odoo =
            OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.adminLogin())
                .apiKey(server.adminApiKey())
                .build()) {
      InMemoryInboxStore inbox = InMemoryInboxStore.create();
      WmsIntegration wms =
          WmsIntegration.builder()
              .odoo(odoo)
              .adapter(new AcmeWmsAdapter(fakeAcme, secret))
              .idempotencyStore(InMemoryIdempotencyStore.create())
              .outboxStore(InMemoryOutboxStore.create())
              .inboxStore(inbox)
              .releaseMarker(ReleaseMarker.charField("x_wms_ref"))
              .build();
      long so =
          confirmedSaleOrder(
              server, odoo, Map.of("product.product_desk", 1.0, "product.product_chair", 2.0));
      long pickingId =
          odoo.search("stock.picking", Domain.where("sale_id", "=", so), SearchOptions.limit(1))
              .get(0);
      String ref =
          odoo.read("stock.picking", List.of(pickingId), List.of("name"))
              .get(0)
              .string("name")
              .orElseThrow();

      assertThat(wms.releaseSaleOrder(so).succeeded()).containsExactly(ref);
      assertThat(wms.releasePendingOrders().succeeded()).as("released once").doesNotContain(ref);
      assertThat(createCalls.get(ref)).as("Acme was asked once").hasValue(1);
      assertThat(
              odoo.read("stock.picking", List.of(pickingId), List.of("x_wms_ref"))
                  .get(0)
                  .string("x_wms_ref"))
          .contains("ACME-1");

      StringBuilder lines = new StringBuilder();
      for (FulfillmentLine l : acmeOrders.get(ref).lines()) {
        lines
            .append(lines.length() == 0 ? "" : ",")
            .append("{\"line_id\":\"")
            .append(l.lineId())
            .append("\",\"sku\":\"")
            .append(l.sku().value())
            .append("\",\"qty\":")
            .append(l.quantity().value().toBigInteger())
            .append('}');
      }
      byte[] body =
          ("{\"event_id\":\"evt-77\",\"event\":\"order.shipped\",\"order_ref\":\""
                  + ref
                  + "\",\"shipment_id\":\"S-9\",\"carrier\":\"Standard"
                  + " delivery\",\"tracking_number\":\"TRK-ACME-9\","
                  + "\"shipped_at\":\"2026-11-27T10:00:00Z\",\"lines\":["
                  + lines
                  + "]}")
              .getBytes(StandardCharsets.UTF_8);
      String signature =
          HmacBodyVerifier.builder(secret)
              .signatureHeader("X-Acme-Signature")
              .prefix("sha256=")
              .build()
              .sign(body);
      WebhookRequest request =
          WebhookRequest.ofSingleValued(Map.of("X-Acme-Signature", signature), body);

      assertThatThrownBy(
              () ->
                  wms.acceptWebhook(
                      WebhookRequest.ofSingleValued(
                          Map.of("X-Acme-Signature", signature), tamper(body))))
          .isInstanceOf(WebhookVerificationException.class);
      assertThat(wms.acceptWebhook(request)).isTrue();
      assertThat(wms.acceptWebhook(request)).as("redelivery").isFalse();
      BatchReport processed = wms.processInbox();

      assertThat(processed.failed()).isEmpty();
      assertThat(processed.succeeded()).containsExactly("evt-77");
      OdooRecord done =
          odoo.read(
                  "stock.picking",
                  List.of(pickingId),
                  List.of("state", "carrier_tracking_ref", "carrier_id"))
              .get(0);
      assertThat(done.string("state")).contains("done");
      assertThat(done.string("carrier_tracking_ref")).contains("TRK-ACME-9");
      assertThat(done.many2one("carrier_id").map(Many2one::displayName))
          .contains("Standard delivery");
      assertThat(wms.processInbox().succeeded()).isEmpty();
    }
  }

  @Test
  void customWmsAdapterTurnsAnUnreadableMessageIntoATypedErrorAndIgnoresOtherEvents() {
    AcmeWmsAdapter adapter = new AcmeWmsAdapter((key, order) -> "X", "s");
    assertThatThrownBy(
            () ->
                adapter.translate(
                    new WmsMessage(
                        "m1", Instant.EPOCH, "not json".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("m1");
    assertThat(
            adapter.translate(
                new WmsMessage(
                    "m2", Instant.EPOCH, "{\"event\":\"ping\"}".getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
    assertThatThrownBy(
            () ->
                adapter.translate(
                    new WmsMessage(
                        "m3",
                        Instant.EPOCH,
                        "{\"event\":\"order.shipped\",\"shipment_id\":\"S1\",\"carrier\":\"X\"}"
                            .getBytes(StandardCharsets.UTF_8))))
        .as("no shipped_at, no lines")
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("m3");
    assertThatThrownBy(() -> adapter.cancelOrder("WH/OUT/1", "k"))
        .isInstanceOf(UnsupportedWmsOperationException.class);
    AcmeWmsAdapter down =
        new AcmeWmsAdapter(
            (key, order) -> {
              throw new IOException("connection reset");
            },
            "s");
    assertThatThrownBy(() -> down.releaseOrder(null, "k"))
        .isInstanceOf(WmsUnavailableException.class)
        .satisfies(
            e ->
                assertThat(((WmsUnavailableException) e).getCause())
                    .isInstanceOf(IOException.class));
  }

  private static byte[] tamper(byte[] body) {
    byte[] copy = body.clone();
    copy[copy.length - 3] = (byte) (copy[copy.length - 3] == '1' ? '2' : '1');
    return copy;
  }

  private static long confirmedSaleOrder(
      FakeOdoo server, OdooClient odoo, Map<String, Double> qtyByProduct) {
    long partner =
        odoo.create(
            "res.partner",
            Map.of(
                "name",
                "Acme Retail",
                "street",
                "1 Main St",
                "city",
                "Springfield",
                "zip",
                "12345",
                "country_id",
                server.ref("base.us"),
                "email",
                "ops@acme.example"));
    String uomField = server.version().major() >= 19 ? "product_uom_id" : "product_uom";
    List<Command> lines = new ArrayList<>();
    qtyByProduct.forEach(
        (product, qty) ->
            lines.add(
                Command.create(
                    Map.of(
                        "product_id",
                        server.ref(product),
                        "product_uom_qty",
                        qty,
                        uomField,
                        server.ref("uom.product_uom_unit")))));
    long so = odoo.create("sale.order", Map.of("partner_id", partner, "order_line", lines));
    odoo.call("sale.order", "action_confirm", List.of(List.of(so)), Map.of());
    return so;
  }

  // -----------------------------------------------------------------------------------
  // writing-a-carrier-adapter

  // snippet: carrier-adapter
  /**
   * Connects ParcelCo, a regional carrier with a price list, an idempotent label API and polling.
   */
  static final class ParcelCoAdapter implements CarrierAdapter {

    /** Your HTTP client for ParcelCo's REST API (not part of the SDK). */
    interface ParcelCoApi {
      /** POST /shipments with header Idempotency-Key; a repeated key returns the first shipment. */
      Booked book(String idempotencyKey, String service, int parcels) throws IOException;

      /** GET /tracking/{number}: [code, ISO instant] pairs, oldest first; empty if unknown. */
      List<String[]> history(String trackingNumber) throws IOException;
    }

    /** What ParcelCo answers when a shipment is booked. */
    record Booked(
        String shipmentId, List<String> trackingNumbers, byte[] labelsPdf, String price) {}

    private static final CarrierCapabilities CAPABILITIES =
        CarrierCapabilities.builder("parcelco")
            .displayName("ParcelCo")
            .service(new ServiceLevel("STD", "ParcelCo Standard", false))
            .labelFormats(LabelFormat.PDF)
            .idempotentCreate(true) // ParcelCo honours Idempotency-Key: lost answers are retried
            .build();
    private final ParcelCoApi api;

    ParcelCoAdapter(ParcelCoApi api) {
      this.api = api;
    }

    @Override
    public CarrierCapabilities capabilities() {
      return CAPABILITIES;
    }

    @Override
    public List<Rate> rate(RateRequest request) {
      if (!request
          .shipTo()
          .address()
          .countryCode()
          .equals(request.shipFrom().address().countryCode())) {
        return List.of(); // domestic only: no rate, not an error
      }
      BigDecimal price =
          new BigDecimal("4.90").multiply(BigDecimal.valueOf(request.parcels().size()));
      return List.of(Rate.of("parcelco", "STD", "ParcelCo Standard", Money.of(price, "EUR"), null));
    }

    @Override
    public CarrierShipment createShipment(ShipmentRequest request) {
      Booked booked;
      try {
        booked =
            api.book(request.idempotencyKey(), request.serviceCode(), request.parcels().size());
      } catch (IOException e) {
        // The request may have been processed: say so, the SDK retries with the same key.
        throw new CarrierOutcomeUnknownException(
            "parcelco", "no answer to the booking: " + e.getMessage(), e);
      }
      List<ParcelLabel> labels = new ArrayList<>();
      for (String trackingNumber : booked.trackingNumbers()) {
        labels.add(
            new ParcelLabel(
                trackingNumber, new LabelDocument(LabelFormat.PDF, booked.labelsPdf())));
      }
      return new CarrierShipment(
          "parcelco",
          booked.shipmentId(),
          request.serviceCode(),
          labels,
          Money.of(booked.price(), "EUR"));
    }

    @Override
    public TrackingResult track(String trackingNumber) {
      List<String[]> history;
      try {
        history = api.history(trackingNumber);
      } catch (IOException e) {
        throw new CarrierUnavailableException(
            "parcelco", "tracking unavailable: " + e.getMessage(), null, e);
      }
      if (history.isEmpty()) {
        throw new TrackingNumberNotFoundException("parcelco", trackingNumber);
      }
      List<TrackingEvent> events =
          history.stream()
              .map(
                  h ->
                      TrackingEvent.builder()
                          .trackingNumber(trackingNumber)
                          .carrier("parcelco")
                          .status(normalize(h[0]))
                          .rawCode(h[0]) // keep the carrier's own code next to the normalized one
                          .occurredAt(Instant.parse(h[1]))
                          .build())
              .toList();
      return new TrackingResult(
          trackingNumber, events.get(events.size() - 1).status(), events, null);
    }

    static TrackingStatus normalize(String parcelCoCode) {
      return switch (parcelCoCode) {
        case "CREATED" -> TrackingStatus.PRE_TRANSIT;
        case "HUB", "SORTED" -> TrackingStatus.IN_TRANSIT;
        case "VAN" -> TrackingStatus.OUT_FOR_DELIVERY;
        case "NOBODY_HOME" -> TrackingStatus.DELIVERY_FAILED;
        case "DELIVERED" -> TrackingStatus.DELIVERED;
        case "BACK" -> TrackingStatus.RETURNED_TO_SENDER;
        default -> TrackingStatus.UNKNOWN; // new codes must not break tracking
      };
    }
  }

  // end snippet

  @Test
  void customCarrierAdapterIsRatedLabelledOnceDespiteALostAnswerAndTrackedToDelivered()
      throws Exception {
    AtomicInteger bookings = new AtomicInteger();
    AtomicInteger attempts = new AtomicInteger();
    Map<String, ParcelCoAdapter.Booked> byKey = new ConcurrentHashMap<>();
    List<String[]> history = new CopyOnWriteArrayList<>();
    ParcelCoAdapter.ParcelCoApi fakeParcelCo =
        new ParcelCoAdapter.ParcelCoApi() {
          @Override
          public ParcelCoAdapter.Booked book(String key, String service, int parcels)
              throws IOException {
            ParcelCoAdapter.Booked b =
                byKey.computeIfAbsent(
                    key,
                    k -> {
                      bookings.incrementAndGet();
                      return new ParcelCoAdapter.Booked(
                          "PC-1", List.of("PC100001"), new byte[] {'%', 'P', 'D', 'F'}, "4.90");
                    });
            if (attempts.incrementAndGet() == 1) {
              throw new IOException("read timed out"); // booked, but the answer is lost
            }
            return b;
          }

          @Override
          public List<String[]> history(String trackingNumber) {
            return trackingNumber.equals("PC100001") ? List.copyOf(history) : List.of();
          }
        };

    try (FakeOdoo server =
            FakeOdoo.builder().customField("stock.picking", "x_delivered_at", "datetime").start();
        OdooClient odoo =
            OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.adminLogin())
                .apiKey(server.adminApiKey())
                .build()) {
      giveTheCompanyAnAddress(server, odoo, "base.be");
      ShippingIntegration shipping =
          ShippingIntegration.builder()
              .odoo(odoo)
              .carrier(new ParcelCoAdapter(fakeParcelCo), "Standard delivery")
              .rateSelectionRule(RateSelectionRule.cheapest())
              .idempotencyStore(InMemoryIdempotencyStore.create())
              .deliveredDateField("x_delivered_at")
              .purchaseRetry(RetrySettings.fixed(3, Duration.ZERO))
              .build();
      long picking = readyDelivery(server, odoo, "base.be");

      RateShoppingResult rates = shipping.shopRates(picking);
      LabelResult first = shipping.buyLabel(picking);
      LabelResult again = shipping.buyLabel(picking);

      assertThat(rates.chosen().carrierCode()).isEqualTo("parcelco");
      assertThat(rates.chosen().amount()).isEqualTo(Money.of("4.90", "EUR"));
      assertThat(first.trackingRef()).isEqualTo("PC100001");
      assertThat(again.replayed()).isTrue();
      assertThat(bookings).as("one label paid").hasValue(1);
      assertThat(
              odoo.read("stock.picking", List.of(picking), List.of("carrier_tracking_ref"))
                  .get(0)
                  .string("carrier_tracking_ref"))
          .contains("PC100001");

      history.add(new String[] {"CREATED", "2026-11-27T08:00:00Z"});
      history.add(new String[] {"HUB", "2026-11-27T18:00:00Z"});
      history.add(new String[] {"DELIVERED", "2026-11-28T11:00:00Z"});
      List<TrackingUpdate> updates = shipping.pollTracking(picking);

      assertThat(updates).extracting(u -> u.event().status()).contains(TrackingStatus.DELIVERED);
      assertThat(updates).extracting(TrackingUpdate::outcome).contains(TrackingOutcome.APPLIED);
      assertThat(
              odoo.read("stock.picking", List.of(picking), List.of("x_delivered_at"))
                  .get(0)
                  .datetime("x_delivered_at"))
          .contains(Instant.parse("2026-11-28T11:00:00Z"));
      assertThat(shipping.pollTracking(picking))
          .extracting(TrackingUpdate::outcome)
          .doesNotContain(TrackingOutcome.APPLIED);
    }
  }

  @Test
  void parcelCoStatusCodesAreNormalizedAndUnknownCodesDoNotBreakTracking() {
    assertThat(ParcelCoAdapter.normalize("VAN")).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
    assertThat(ParcelCoAdapter.normalize("NOBODY_HOME")).isEqualTo(TrackingStatus.DELIVERY_FAILED);
    assertThat(ParcelCoAdapter.normalize("SOMETHING_NEW")).isEqualTo(TrackingStatus.UNKNOWN);
    ParcelCoAdapter adapter =
        new ParcelCoAdapter(
            new ParcelCoAdapter.ParcelCoApi() {
              @Override
              public ParcelCoAdapter.Booked book(String key, String service, int parcels) {
                throw new AssertionError();
              }

              @Override
              public List<String[]> history(String trackingNumber) {
                return List.of();
              }
            });
    assertThatThrownBy(() -> adapter.track("NOPE"))
        .isInstanceOf(TrackingNumberNotFoundException.class);
  }

  private static void giveTheCompanyAnAddress(
      FakeOdoo server, OdooClient odoo, String countryXmlId) {
    long company = odoo.search("res.company", Domain.all(), SearchOptions.limit(1)).get(0);
    long partner =
        odoo.read("res.company", List.of(company), List.of("partner_id"))
            .get(0)
            .many2one("partner_id")
            .map(Many2one::id)
            .orElseThrow();
    odoo.write(
        "res.partner",
        List.of(partner),
        Map.of(
            "street",
            "Rue du Dépôt 5",
            "city",
            "Brussels",
            "zip",
            "1000",
            "country_id",
            server.ref(countryXmlId)));
  }

  private static long readyDelivery(FakeOdoo server, OdooClient odoo, String countryXmlId) {
    long partner =
        odoo.create(
            "res.partner",
            Map.of(
                "name",
                "Acme Retail",
                "street",
                "Grote Markt 1",
                "city",
                "Antwerpen",
                "zip",
                "2000",
                "country_id",
                server.ref(countryXmlId),
                "email",
                "ops@acme.example"));
    long picking =
        odoo.create(
            "stock.picking",
            Map.of(
                "partner_id", partner,
                "picking_type_id", server.ref("stock.picking_type_out"),
                "location_id", server.ref("stock.stock_location_stock"),
                "location_dest_id", server.ref("stock.stock_location_customers"),
                "move_ids",
                    List.of(
                        Command.create(
                            Map.of(
                                "name", "Office Chair",
                                "product_id", server.ref("product.product_chair"),
                                "product_uom_qty", 1.0,
                                "product_uom", server.ref("uom.product_uom_unit"),
                                "location_id", server.ref("stock.stock_location_stock"),
                                "location_dest_id",
                                    server.ref("stock.stock_location_customers"))))));
    odoo.call("stock.picking", "action_confirm", List.of(List.of(picking)), Map.of());
    odoo.call("stock.picking", "action_assign", List.of(List.of(picking)), Map.of());
    odoo.write("stock.picking", List.of(picking), Map.of("shipping_weight", 3.0));
    return picking;
  }

  // --------------------------------------------------------------------------------------
  // running-on-postgresql

  /** The snippet of the PostgreSQL guide: what every application instance does at start-up. */
  // snippet: postgres-instance
  static WmsIntegration startWmsInstance(
      DataSource dataSource, OdooClient odoo, WmsAdapter adapter, String instanceName) {
    ReliabilitySchema.migrate(
        dataSource); // every instance may call it: serialized by an advisory lock
    return WmsIntegration.builder()
        .odoo(odoo)
        .adapter(adapter)
        .idempotencyStore(
            JdbcIdempotencyStore.create(dataSource)) // side effects at most once, fleet-wide
        .outboxStore(JdbcOutboxStore.create(dataSource)) // events survive restarts, one worker each
        .inboxStore(
            JdbcInboxStore.create(dataSource)) // webhooks stored once, whoever received them
        .owner(instanceName) // e.g. host name + pid; shown in leases
        .leaseDuration(Duration.ofMinutes(5)) // longer than the slowest WMS or Odoo call
        .releaseMarker(ReleaseMarker.charField("x_wms_ref"))
        .build();
  }

  // end snippet

  @Test
  void twoInstancesOnOnePostgresReleaseEachOrderOnceAndApplyAShipmentOnce() throws Exception {
    DataSource instanceA = TestDatabase.newPool(4);
    DataSource instanceB = TestDatabase.newPool(4);
    SimulatedWms wmsServer = SimulatedWms.builder().name("pgdoc").build();
    try (FakeOdoo server =
            FakeOdoo.builder().customField("stock.picking", "x_wms_ref", "char").start();
        OdooClient odooA =
            OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.adminLogin())
                .apiKey(server.adminApiKey())
                .build();
        OdooClient odooB =
            OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.adminLogin())
                .apiKey(server.adminApiKey())
                .build()) {
      List<Long> orders = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        orders.add(confirmedSaleOrder(server, odooA, Map.of("product.product_lamp", 1.0 + i)));
      }
      WmsIntegration a = startWmsInstance(instanceA, odooA, wmsServer, "host-a");
      WmsIntegration b = startWmsInstance(instanceB, odooB, wmsServer, "host-b");

      List<BatchReport> reports = runConcurrently(a::releasePendingOrders, b::releasePendingOrders);
      a.releasePendingOrders(); // whatever was in progress elsewhere is finished by now
      b.releasePendingOrders();

      List<String> refs = new ArrayList<>();
      for (long so : orders) {
        long picking =
            odooA
                .search("stock.picking", Domain.where("sale_id", "=", so), SearchOptions.limit(1))
                .get(0);
        OdooRecord r =
            odooA.read("stock.picking", List.of(picking), List.of("name", "x_wms_ref")).get(0);
        assertThat(r.string("x_wms_ref")).as("released and marked").isPresent();
        refs.add(r.string("name").orElseThrow());
      }
      assertThat(wmsServer.orders()).containsKeys(refs.toArray(String[]::new));
      assertThat(wmsServer.releaseCalls())
          .as("no order released twice")
          .isEqualTo(wmsServer.orders().size());
      assertThat(reports)
          .allSatisfy(
              rep ->
                  assertThat(rep.failed())
                      .allSatisfy(
                          f ->
                              assertThat(f.retryable())
                                  .as("only 'in progress elsewhere' may fail: %s", f)
                                  .isTrue()));

      BusinessEvent<?> shipped = wmsServer.ship(refs.get(0), "Standard delivery", "TRK-PG-1");
      List<Object> outcomes =
          runConcurrently(() -> tryApply(a, shipped), () -> tryApply(b, shipped));

      assertThat(outcomes).filteredOn(o -> o == ApplyOutcome.APPLIED).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> o != ApplyOutcome.APPLIED)
          .allSatisfy(
              o ->
                  assertThat(o).isIn(ApplyOutcome.DUPLICATE, IdempotencyInProgressException.class));
      assertThat(b.apply(shipped)).isEqualTo(ApplyOutcome.DUPLICATE);
      assertThat(a.apply(shipped)).isEqualTo(ApplyOutcome.DUPLICATE);
      long shippedPicking =
          odooA
              .search(
                  "stock.picking", Domain.where("name", "=", refs.get(0)), SearchOptions.limit(1))
              .get(0);
      assertThat(
              odooA
                  .read("stock.picking", List.of(shippedPicking), List.of("state"))
                  .get(0)
                  .string("state"))
          .contains("done");
      assertThat(server.calls())
          .filteredOn(c -> "button_validate".equals(c.method()))
          .as("validated once")
          .hasSize(1);
    }
  }

  private static Object tryApply(WmsIntegration integration, BusinessEvent<?> event) {
    try {
      return integration.apply(event);
    } catch (IdempotencyInProgressException e) {
      return IdempotencyInProgressException.class;
    }
  }

  @SafeVarargs
  private static <T> List<T> runConcurrently(Callable<T>... tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  // --------------------------------------------------------------------------------------- docs
  // stay in sync

  private static final Pattern DOC_SNIPPET =
      Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CODE_SNIPPET =
      Pattern.compile("// snippet: ([a-z0-9-]+)\\n(.*?)// end snippet", Pattern.DOTALL);

  @Test
  void everyGuideSnippetIsCompiledAndRunHere() throws IOException {
    Path docs = docsDirectory();
    Path self =
        Path.of("src/test/java/io/github/odooconnector/examples/docs/GuideSnippetsTest.java");
    Map<String, String> code = snippets(CODE_SNIPPET, Files.readString(self));
    Map<String, String> documented = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(docs)) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        snippets(DOC_SNIPPET, Files.readString(md))
            .forEach((name, body) -> documented.put(name, body));
      }
    }

    assertThat(documented.keySet())
        .as("snippets shown in docs/")
        .containsExactlyInAnyOrderElementsOf(code.keySet());
    documented.forEach(
        (name, body) ->
            assertThat(body)
                .as("docs snippet '%s' differs from the tested code", name)
                .isEqualTo(code.get(name)));
  }

  private static Map<String, String> snippets(Pattern pattern, String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.put(m.group(1), normalize(m.group(2)));
    }
    return out;
  }

  /**
   * Indentation differs between a test method and a guide, so compare the lines without leading
   * blanks.
   */
  private static String normalize(String code) {
    return code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  private static Path docsDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/README.md"))) {
        return dir.resolve("docs");
      }
    }
    throw new IllegalStateException(
        "docs/README.md not found above " + Path.of("").toAbsolutePath());
  }
}
