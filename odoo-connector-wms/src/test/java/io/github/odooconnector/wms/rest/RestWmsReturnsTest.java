package io.github.odooconnector.wms.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnDisposition;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Returns on the REST reference adapter: the pre-advice is posted with its key when a path is
 * configured (and declared only then), and received returns carry each line's disposition.
 */
class RestWmsReturnsTest {

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

  private RestWmsAdapter.Builder builder() {
    return RestWmsAdapter.builder(server.url("/api").toString())
        .name("acme")
        .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
  }

  private static ReturnAuthorization rma() {
    return ReturnAuthorization.builder()
        .rmaId("RMA-1042")
        .orderRef("WH/OUT/00042")
        .customer(Party.of("Acme Retail", null))
        .returnTo(LocationRef.of("WH", "Returns"))
        .authorizedAt(Instant.parse("2026-12-01T08:00:00Z"))
        .addLine(
            ReturnLine.builder()
                .sku(Sku.of("FURN_0001"))
                .quantity(Quantity.pieces(1))
                .reason(ReturnReason.DAMAGED)
                .disposition(ReturnDisposition.SCRAP)
                .build())
        .build();
  }

  @Test
  void preAdviceIsPostedWithItsIdempotencyKeyWhenAPathIsConfigured() throws Exception {
    WmsAdapter adapter = builder().returnPreAdvicePath("/returns").build();
    server.enqueue(new MockResponse.Builder().code(201).body("{}").build());

    assertThat(adapter.capabilities().supports(WmsFeature.RETURN_PRE_ADVICE)).isTrue();
    adapter.sendReturnPreAdvice(rma(), "wms:acme:return-advice:RMA-1042");

    RecordedRequest req = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/api/returns");
    assertThat(req.getHeaders().get("Idempotency-Key"))
        .isEqualTo("wms:acme:return-advice:RMA-1042");
    assertThat(req.getBody().utf8())
        .contains("\"rmaId\":\"RMA-1042\"")
        .contains("\"disposition\":\"scrap\"");
  }

  @Test
  void withoutAPathPreAdviceIsNotDeclaredAndRefusedWithoutACall() {
    WmsAdapter adapter = builder().build();

    assertThat(adapter.capabilities().supports(WmsFeature.RETURN_PRE_ADVICE)).isFalse();
    assertThatThrownBy(() -> adapter.sendReturnPreAdvice(rma(), "k"))
        .isInstanceOf(UnsupportedWmsOperationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aReceivedReturnCarriesEachLinesDisposition() {
    WmsAdapter adapter = builder().build();
    String body =
        String.join(
            "",
            "{\"eventId\":\"ev-1\",\"type\":\"return.received\",",
            "\"occurredAt\":\"2026-12-01T09:00:00Z\",\"correlationId\":\"WH/OUT/00042\",",
            "\"payload\":{\"rmaId\":\"RMA-1042\",\"orderRef\":\"WH/OUT/00042\",",
            "\"customer\":{\"name\":\"Acme Retail\"},\"returnTo\":{\"warehouse\":\"WH\"},",
            "\"authorizedAt\":\"2026-12-01T08:00:00Z\",\"lines\":[{\"sku\":\"FURN_0001\",",
            "\"quantity\":{\"value\":1,\"unit\":\"C62\"},\"reason\":\"damaged\",",
            "\"disposition\":\"quarantine\"}]}}");

    BusinessEvent<?> event =
        adapter
            .translate(new WmsMessage("ev-1", Instant.now(), body.getBytes(StandardCharsets.UTF_8)))
            .get(0);

    assertThat(event.type()).isEqualTo(WmsEventTypes.RETURN_RECEIVED);
    assertThat(((ReturnAuthorization) event.payload()).lines().get(0).disposition())
        .isEqualTo(ReturnDisposition.QUARANTINE);
  }
}
