package io.github.odooconnector.carrier.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.rest.RestCarrierAdapter.Operation;
import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Manifest;
import io.github.odooconnector.carrier.spi.ManifestRequest;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.ProofOfDelivery;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import io.github.odooconnector.carrier.spi.ReturnDetails;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.CustomsDeclaration;
import io.github.odooconnector.model.CustomsItem;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.model.SignatureType;
import io.github.odooconnector.model.TrackingReason;
import io.github.odooconnector.model.Weight;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST reference adapter's coverage of the SPI methods added for issue 17. */
class RestCarrierAdapterShippingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CarrierCapabilities CAPS =
      CarrierCapabilities.builder("acme")
          .service(new ServiceLevel("EXP", "Express", true))
          .labelFormats(LabelFormat.PDF)
          .international(true)
          .supportedOptions(ShipmentOption.ADULT_SIGNATURE)
          .returnLabels(true)
          .manifests(true)
          .refundAfterManifest(true)
          .pickupScheduling(true)
          .pickupChanges(true)
          .proofOfDelivery(true)
          .build();
  private static final Party FROM =
      Party.of("Warehouse", Address.of("Main St 1", "Berlin", "10115", "DE"));
  private static final Party TO =
      Party.of("Alice", Address.of("5th Avenue 1", "New York", "10001", "US"));
  private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.4".getBytes());

  private MockWebServer server;
  private RestCarrierAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    adapter =
        RestCarrierAdapter.builder(CAPS, server.url("/v1").uri())
            .path(Operation.CREATE_MANIFEST, "POST /manifests")
            .path(Operation.REFUND, "POST /shipments/{id}/refund")
            .path(Operation.SCHEDULE_PICKUP, "POST /pickups")
            .path(Operation.UPDATE_PICKUP, "PUT /pickups/{id}")
            .path(Operation.CANCEL_PICKUP, "POST /pickups/{id}/cancel")
            .path(Operation.PROOF_OF_DELIVERY, "GET /tracking/{number}/proof")
            .path(Operation.VALIDATE_ADDRESS, "POST /addresses/validate")
            .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .build();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private void answer(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private JsonNode sent() throws Exception {
    RecordedRequest r = server.takeRequest();
    return JSON.readTree(r.getBody().utf8());
  }

  @Test
  void aCrossBorderReturnWithOptionsSendsCustomsOptionsAndReturnAndReadsTheDocuments()
      throws Exception {
    answer(
        200,
        """
        {"shipment_id":"S1","parcels":[{"tracking_number":"T1","label":{"data":"%s"}}],
         "documents":[{"type":"COMMERCIAL_INVOICE","format":"PDF","data":"%s"},
                      {"type":"SOMETHING_NEW","data":"%s"}]}
        """
            .formatted(PDF, PDF, PDF));
    CustomsDeclaration customs =
        CustomsDeclaration.builder()
            .addItem(
                CustomsItem.builder()
                    .description("Lamp")
                    .hsCode("9405.20")
                    .originCountry("CN")
                    .quantity(Quantity.pieces(1))
                    .value(Money.of("40", "EUR"))
                    .build())
            .build();

    CarrierShipment shipment =
        adapter.createShipment(
            ShipmentRequest.builder("k1", "EXP")
                .route(TO, FROM)
                .parcels(
                    List.of(Parcel.builder().parcelId("P").weight(Weight.kilograms("1")).build()))
                .shipmentOptions(ShipmentOptions.builder().signature(SignatureType.ADULT).build())
                .customs(customs)
                .returnDetails(new ReturnDetails("RMA-7", "T0"))
                .build());

    JsonNode body = sent();
    assertThat(body.at("/shipment_options/signature").asText()).isEqualTo("adult");
    assertThat(body.at("/customs/items/0/hsCode").asText()).isEqualTo("940520");
    assertThat(body.at("/customs/contentsType").asText()).isEqualTo("merchandise");
    assertThat(body.at("/return/rma_reference").asText()).isEqualTo("RMA-7");
    assertThat(body.at("/return/original_tracking_number").asText()).isEqualTo("T0");
    assertThat(shipment.documents())
        .extracting(d -> d.type())
        .containsExactly(DocumentType.COMMERCIAL_INVOICE, DocumentType.OTHER);
  }

  @Test
  void theLookupTellsFoundFromDefinitelyNotFound() {
    answer(
        200,
        """
        {"shipment_id":"S1","parcels":[{"tracking_number":"T1","label":{"data":"%s"}}]}
        """
            .formatted(PDF));
    answer(404, "{}");

    assertThat(adapter.lookupShipment("k1").outcome()).isEqualTo(ShipmentLookup.Outcome.FOUND);
    assertThat(adapter.lookupShipment("k2").outcome()).isEqualTo(ShipmentLookup.Outcome.NOT_FOUND);
    RestCarrierAdapter noSearch =
        RestCarrierAdapter.builder(CAPS, server.url("/v1").uri())
            .disable(Operation.FIND_SHIPMENT)
            .build();
    assertThat(noSearch.lookupShipment("k3").outcome()).isEqualTo(ShipmentLookup.Outcome.UNKNOWN);
  }

  @Test
  void manifestsRefundsAndPickupChangesUseTheirEndpoints() throws Exception {
    answer(
        200,
        "{\"manifest_id\":\"M1\",\"documents\":[{\"type\":\"MANIFEST\",\"data\":\""
            + PDF
            + "\"}]}");
    Manifest manifest =
        adapter.createManifest(
            new ManifestRequest("close-1", LocalDate.of(2026, 11, 27), FROM, List.of("S1", "S2")));
    RecordedRequest closing = server.takeRequest();
    assertThat(closing.getTarget()).isEqualTo("/v1/manifests");
    assertThat(closing.getHeaders().get("Idempotency-Key")).isEqualTo("close-1");
    assertThat(manifest.manifestId()).isEqualTo("M1");
    assertThat(manifest.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.type()).isEqualTo(DocumentType.MANIFEST));

    answer(200, "{\"refund_id\":\"R1\",\"status\":\"pending\"}");
    RefundConfirmation refund = adapter.requestRefund("S1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/shipments/S1/refund");
    assertThat(refund.optionalRefundId()).contains("R1");
    assertThat(refund.status()).isEqualTo("pending");

    PickupRequest pickup =
        new PickupRequest(
            "p-1",
            FROM,
            LocalDate.of(2026, 11, 27),
            LocalTime.of(14, 0),
            LocalTime.of(17, 0),
            List.of("S1"));
    answer(200, "{\"confirmation_number\":\"PU9\"}");
    PickupConfirmation changed = adapter.updatePickup("PU1", pickup);
    RecordedRequest update = server.takeRequest();
    assertThat(update.getMethod()).isEqualTo("PUT");
    assertThat(update.getTarget()).isEqualTo("/v1/pickups/PU1");
    assertThat(changed.confirmationNumber()).isEqualTo("PU9");

    answer(200, "{}");
    adapter.cancelPickup("PU9");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/pickups/PU9/cancel");
  }

  @Test
  void proofOfDeliveryAddressSuggestionsAndTrackingReasonsAreRead() throws Exception {
    answer(
        200,
        "{\"signed_by\":\"M. Peeters\",\"delivered_at\":\"2026-11-28T10:00:00Z\","
            + "\"documents\":[{\"type\":\"PROOF_OF_DELIVERY\",\"format\":\"JPEG\",\"data\":\""
            + PDF
            + "\"}]}");
    ProofOfDelivery pod = adapter.proofOfDelivery("T1").orElseThrow();
    assertThat(pod.optionalSignedBy()).contains("M. Peeters");
    assertThat(pod.optionalDeliveredAt()).contains(Instant.parse("2026-11-28T10:00:00Z"));
    assertThat(pod.documents().get(0).document().format()).isEqualTo(LabelFormat.JPEG);
    server.takeRequest();
    answer(404, "{}");
    assertThat(adapter.proofOfDelivery("T2")).isEmpty();
    server.takeRequest();

    answer(
        200,
        "{\"valid\":false,\"messages\":[\"zip\"],\"suggestion\":{\"street1\":\"5th Avenue 1\","
            + "\"city\":\"New York\",\"postal_code\":\"10010\",\"country_code\":\"US\"}}");
    AddressValidation verdict = adapter.validateAddress(TO.address());
    assertThat(verdict.optionalSuggestion().map(Address::postalCode)).contains("10010");
    server.takeRequest();

    answer(
        200,
        "{\"events\":[{\"code\":\"HOLD\",\"reason\":\"customs_documents_required\","
            + "\"occurred_at\":\"2026-11-28T10:00:00Z\"}]}");
    TrackingResult tracking = adapter.track("T1");
    assertThat(tracking.events().get(0).reason())
        .isEqualTo(TrackingReason.CUSTOMS_DOCUMENTS_REQUIRED);
    assertThat(tracking.events().get(0).actionRequired()).isTrue();
  }
}
