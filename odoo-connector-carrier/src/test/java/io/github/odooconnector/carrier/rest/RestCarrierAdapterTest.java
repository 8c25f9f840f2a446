package io.github.odooconnector.carrier.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.spi.CarrierAuthenticationException;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRateLimitedException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.carrier.spi.UnsupportedCarrierOperationException;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestCarrierAdapterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "Bearer sk_live_very_secret";
  private static final CarrierCapabilities CAPS =
      CarrierCapabilities.builder("acme")
          .displayName("Acme Parcel")
          .service(new ServiceLevel("STD", "Standard", false))
          .service(new ServiceLevel("EXP", "Express", true))
          .labelFormats(LabelFormat.PDF, LabelFormat.ZPL)
          .international(true)
          .idempotentCreate(true)
          .build();
  private static final Party FROM =
      Party.of("Warehouse", Address.of("Main St 1", "Berlin", "10115", "DE"));
  private static final Party TO =
      Party.builder("Alice Martin")
          .companyName("Martin SARL")
          .phone("+33 1 23")
          .address(Address.of("2 Rue de Rivoli", "Paris", "75001", "FR"))
          .build();
  private static final Parcel PARCEL =
      Parcel.builder().parcelId("WH/OUT/1/1").weight(Weight.kilograms("2.5")).build();

  private MockWebServer server;
  private RestCarrierAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    adapter = builder().build();
  }

  private RestCarrierAdapter.Builder builder() {
    return RestCarrierAdapter.builder(CAPS, server.url("/v1").uri())
        .secretHeader("Authorization", SECRET)
        .status("DLV", TrackingStatus.DELIVERED)
        .status("TRN", TrackingStatus.IN_TRANSIT)
        .status("NOK", TrackingStatus.DELIVERY_FAILED)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static JsonNode body(RecordedRequest r) throws Exception {
    return JSON.readTree(r.getBody().utf8());
  }

  @Test
  void ratesAreRequestedWithTheDocumentedBodyAndMappedFromTheResponse() throws Exception {
    server.enqueue(
        json(
            200,
            """
            {"rates":[
              {"service_code":"EXP","service_name":"Express",
               "total":{"amount":"18.40","currency":"EUR"},
               "estimated_delivery":"2026-12-01","transit_days":2,"rate_id":"r-1"},
              {"service_code":"STD","total":{"amount":9.9,"currency":"EUR"}}
            ]}\
            """));

    List<Rate> rates =
        adapter.rate(
            RateRequest.builder(FROM, TO)
                .reference("WH/OUT/1")
                .parcel(PARCEL)
                .shipDate(LocalDate.of(2026, 11, 28))
                .option("signature", "true")
                .build());

    assertThat(rates).hasSize(2);
    assertThat(rates.get(0))
        .satisfies(
            r -> {
              assertThat(r.carrierCode()).isEqualTo("acme");
              assertThat(r.amount()).isEqualTo(Money.of("18.40", "EUR"));
              assertThat(r.optionalEstimatedDelivery()).contains(LocalDate.of(2026, 12, 1));
              assertThat(r.optionalTransitDays()).contains(2);
              assertThat(r.optionalRateId()).contains("r-1");
            });
    assertThat(rates.get(1).serviceName()).isEqualTo("STD");
    assertThat(rates.get(1).optionalEstimatedDelivery()).isEmpty();

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/rates");
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo(SECRET);
    JsonNode body = body(sent);
    assertThat(body.at("/ship_to/address/country_code").asText()).isEqualTo("FR");
    assertThat(body.at("/ship_to/company").asText()).isEqualTo("Martin SARL");
    assertThat(body.at("/parcels/0/weight/value").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(body.at("/parcels/0/weight/unit").asText()).isEqualTo("KGM");
    assertThat(body.at("/ship_date").asText()).isEqualTo("2026-11-28");
    assertThat(body.at("/options/signature").asText()).isEqualTo("true");
  }

  @Test
  void responseMappingIsConfigurableWithJsonPointers() throws Exception {
    RestCarrierAdapter custom =
        builder()
            .path(RestCarrierAdapter.Operation.RATE, "POST /quote")
            .field("rates", "/data/offers")
            .field("rate.service_code", "/product")
            .field("rate.amount", "/price/value")
            .field("rate.currency", "/price/ccy")
            .build();
    server.enqueue(
        json(
            200,
            "{\"data\":{\"offers\":[{\"product\":\"EXP\",\"price\":"
                + "{\"value\":7,\"ccy\":\"CHF\"}}]}}"));

    List<Rate> rates = custom.rate(RateRequest.builder(FROM, TO).parcel(PARCEL).build());

    assertThat(rates).singleElement().extracting(Rate::amount).isEqualTo(Money.of("7", "CHF"));
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/quote");
    assertThatThrownBy(() -> builder().field("rate.price", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate.price");
  }

  @Test
  void createShipmentSendsTheIdempotencyKeyAndDecodesLabels() throws Exception {
    byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
    server.enqueue(
        json(
            201,
            "{\"shipment_id\":\"SH-9\",\"charged\":{\"amount\":\"18.40\",\"currency\":\"EUR\"},"
                + "\"parcels\":[{\"tracking_number\":\"ACME0001\",\"label\":{\"data\":\""
                + Base64.getEncoder().encodeToString(pdf)
                + "\",\"format\":\"pdf\"}}]}"));

    CarrierShipment shipment =
        adapter.createShipment(
            ShipmentRequest.builder("carrier-label:stock.picking:7", "EXP")
                .reference("WH/OUT/7")
                .route(FROM, TO)
                .parcels(List.of(PARCEL))
                .labelFormat(LabelFormat.ZPL)
                .build());

    assertThat(shipment.shipmentId()).isEqualTo("SH-9");
    assertThat(shipment.serviceCode()).isEqualTo("EXP");
    assertThat(shipment.trackingNumbers()).containsExactly("ACME0001");
    assertThat(shipment.parcels().get(0).label().format()).isEqualTo(LabelFormat.PDF);
    assertThat(shipment.parcels().get(0).label().content()).isEqualTo(pdf);
    assertThat(shipment.optionalCharged()).contains(Money.of("18.40", "EUR"));
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getHeaders().get("Idempotency-Key")).isEqualTo("carrier-label:stock.picking:7");
    assertThat(body(sent).at("/label_format").asText()).isEqualTo("ZPL");
    assertThat(body(sent).at("/service_code").asText()).isEqualTo("EXP");
  }

  @Test
  void aCreateWhoseResponseIsLostIsReportedAsOutcomeUnknown() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .body("{}")
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    assertThatThrownBy(
            () ->
                adapter.createShipment(
                    ShipmentRequest.builder("k1", "EXP")
                        .route(FROM, TO)
                        .parcels(List.of(PARCEL))
                        .build()))
        .isInstanceOf(CarrierOutcomeUnknownException.class)
        .satisfies(e -> assertThat(((CarrierOutcomeUnknownException) e).isRetryable()).isTrue());
  }

  @Test
  void aGatewayTimeoutOnCreateIsAlsoOutcomeUnknown() {
    server.enqueue(json(504, "{}"));
    assertThatThrownBy(
            () ->
                adapter.createShipment(
                    ShipmentRequest.builder("k1", "EXP")
                        .route(FROM, TO)
                        .parcels(List.of(PARCEL))
                        .build()))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
  }

  @Test
  void findShipmentLooksUpByKeyAndTreats404AsNotCreated() throws Exception {
    server.enqueue(json(404, "{}"));
    server.enqueue(
        json(
            200,
            "{\"shipment_id\":\"SH-1\",\"service_code\":\"STD\",\"parcels\":[{\"tracking_number\":"
                + "\"T1\",\"label\":{\"data\":\"AQID\"}}]}"));

    assertThat(adapter.findShipment("a key/with spaces")).isEmpty();
    assertThat(adapter.findShipment("k2"))
        .get()
        .extracting(CarrierShipment::serviceCode)
        .isEqualTo("STD");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/shipments?idempotency_key=a%20key%2Fwith%20spaces");
  }

  @Test
  void httpErrorsMapToTypedExceptionsWithoutLeakingCredentials() {
    RateRequest request = RateRequest.builder(FROM, TO).parcel(PARCEL).build();
    server.enqueue(json(401, "{\"error\":{\"message\":\"bad token\"}}"));
    assertThatThrownBy(() -> adapter.rate(request))
        .isInstanceOf(CarrierAuthenticationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk_live"));

    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "7").body("{}").build());
    assertThatThrownBy(() -> adapter.rate(request))
        .isInstanceOf(CarrierRateLimitedException.class)
        .satisfies(
            e ->
                assertThat(((CarrierRateLimitedException) e).retryAfter())
                    .contains(Duration.ofSeconds(7)));

    server.enqueue(
        json(
            422,
            "{\"error\":{\"code\":\"ZIP_INVALID\",\"message\":\"postal code 75001x invalid\"}}"));
    assertThatThrownBy(() -> adapter.rate(request))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .hasMessageContaining("postal code")
        .satisfies(
            e ->
                assertThat(((CarrierRequestRejectedException) e).carrierErrorCode())
                    .contains("ZIP_INVALID"));

    server.enqueue(json(503, "not json"));
    assertThatThrownBy(() -> adapter.rate(request))
        .isInstanceOf(CarrierUnavailableException.class)
        .satisfies(e -> assertThat(((CarrierUnavailableException) e).isRetryable()).isTrue());

    server.enqueue(
        json(
            200,
            "{\"rates\":[{\"service_code\":\"EXP\",\"total\":"
                + "{\"amount\":\"abc\",\"currency\":\"EUR\"}}]}"));
    assertThatThrownBy(() -> adapter.rate(request))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .hasMessageContaining("rate.amount");

    assertThat(adapter.toString()).doesNotContain("sk_live").contains("Authorization");
  }

  @Test
  void trackingMapsRawCodesAndUnknownNumbers() throws Exception {
    server.enqueue(
        json(
            200,
            """
            {"status":"DLV","events":[
              {"code":"TRN","description":"Hub Paris","occurred_at":"2026-11-28T08:00:00+01:00",
               "location":"Paris"},
              {"code":"DLV","description":"Delivered","occurred_at":"2026-11-29T10:00:00Z",
               "signed_by":"A. Martin"},
              {"code":"WEIRD","occurred_at":"2026-11-29T11:00:00Z"}
            ]}\
            """));
    server.enqueue(json(404, "{}"));

    TrackingResult result = adapter.track("ACME 1/2");

    assertThat(result.status()).isEqualTo(TrackingStatus.DELIVERED);
    assertThat(result.events())
        .extracting(TrackingEvent::status)
        .containsExactly(
            TrackingStatus.IN_TRANSIT, TrackingStatus.DELIVERED, TrackingStatus.UNKNOWN);
    assertThat(result.events().get(0).occurredAt())
        .isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
    assertThat(result.events().get(1).signedBy()).isEqualTo("A. Martin");
    assertThat(result.events().get(2).rawCode()).isEqualTo("WEIRD");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/tracking/ACME%201%2F2");
    assertThatThrownBy(() -> adapter.track("NOPE"))
        .isInstanceOf(TrackingNumberNotFoundException.class);
  }

  @Test
  void webhooksAreParsedIntoCanonicalEventsAndGarbageIsRejected() {
    List<TrackingEvent> events =
        adapter.parseTrackingWebhook(
            WebhookRequest.ofSingleValued(
                Map.of(),
                ("{\"tracking_number\":\"ACME0001\",\"events\":["
                     + "{\"code\":\"NOK\",\"description\":\"Not"
                     + " home\",\"occurred_at\":\"2026-11-29T09:00:00Z\"},{\"code\":\"in_transit\","
                     + "\"occurred_at\":\"2026-11-28T09:00:00Z\"}]}")
                    .getBytes(StandardCharsets.UTF_8)));

    assertThat(events)
        .extracting(TrackingEvent::status)
        .containsExactly(TrackingStatus.DELIVERY_FAILED, TrackingStatus.IN_TRANSIT);
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.carrier()).isEqualTo("acme");
              assertThat(e.trackingNumber()).isEqualTo("ACME0001");
            });
    assertThatThrownBy(
            () ->
                adapter.parseTrackingWebhook(
                    WebhookRequest.ofSingleValued(
                        Map.of(), "<xml/>".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidTrackingWebhookException.class);
    assertThatThrownBy(
            () ->
                adapter.parseTrackingWebhook(
                    WebhookRequest.ofSingleValued(
                        Map.of(),
                        ("{\"events\":[{\"code\":\"DLV\",\"occurred_at\":\"yesterday\","
                                + "\"tracking_number\":\"X\"}]}")
                            .getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidTrackingWebhookException.class)
        .hasMessageContaining("occurred_at");
  }

  @Test
  void optionalOperationsAreUnsupportedUntilAPathIsConfigured() throws Exception {
    assertThatThrownBy(() -> adapter.validateAddress(TO.address()))
        .isInstanceOf(UnsupportedCarrierOperationException.class);
    RestCarrierAdapter withValidation =
        builder()
            .path(RestCarrierAdapter.Operation.VALIDATE_ADDRESS, "POST /addresses/validate")
            .build();
    server.enqueue(json(200, "{\"valid\":false,\"messages\":[\"unknown street\"]}"));
    assertThat(withValidation.validateAddress(TO.address()))
        .satisfies(
            v -> {
              assertThat(v.deliverable()).isFalse();
              assertThat(v.messages()).containsExactly("unknown street");
            });
    assertThat(body(server.takeRequest()).at("/postal_code").asText()).isEqualTo("75001");
  }

  @Test
  void pickupsAreBookedWithTheIdempotencyKeyOnceAPathIsConfigured() throws Exception {
    PickupRequest request =
        new PickupRequest(
            "pickup:2026-11-30",
            FROM,
            LocalDate.of(2026, 11, 30),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            List.of("SH-1", "SH-2"));
    assertThatThrownBy(() -> adapter.schedulePickup(request))
        .isInstanceOf(UnsupportedCarrierOperationException.class)
        .hasMessageContaining("schedulePickup");

    RestCarrierAdapter withPickup =
        builder().path(RestCarrierAdapter.Operation.SCHEDULE_PICKUP, "POST /pickups").build();
    server.enqueue(json(201, "{\"confirmation_number\":\"PU-77\"}"));

    PickupConfirmation confirmation = withPickup.schedulePickup(request);

    assertThat(confirmation.confirmationNumber()).isEqualTo("PU-77");
    assertThat(confirmation.date()).isEqualTo(LocalDate.of(2026, 11, 30));
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getHeaders().get("Idempotency-Key")).isEqualTo("pickup:2026-11-30");
    assertThat(body(sent).at("/shipment_ids/1").asText()).isEqualTo("SH-2");
    assertThat(body(sent).at("/ready_from").asText()).isEqualTo("09:00");
    assertThatThrownBy(
            () ->
                new PickupRequest(
                    "k",
                    FROM,
                    LocalDate.of(2026, 11, 30),
                    LocalTime.of(17, 0),
                    LocalTime.of(9, 0),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closeAt");
  }
}
