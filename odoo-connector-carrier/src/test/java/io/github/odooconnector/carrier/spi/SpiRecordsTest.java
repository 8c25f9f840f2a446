package io.github.odooconnector.carrier.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Dimensions;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpiRecordsTest {

  private static final Party FROM =
      Party.of("WH", Address.of("Main St 1", "Berlin", "10115", "DE"));
  private static final Party TO = Party.of("Alice", Address.of("Rue 2", "Paris", "75001", "FR"));

  @Test
  void capabilitiesRejectDuplicateServiceCodesAndMissingFormats() {
    assertThatThrownBy(
            () ->
                CarrierCapabilities.builder("dhl")
                    .service(new ServiceLevel("EXP", "Express", true))
                    .service(new ServiceLevel("EXP", "Express again", true))
                    .labelFormats(LabelFormat.PDF)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate service code 'EXP'");
    assertThatThrownBy(
            () ->
                CarrierCapabilities.builder("dhl")
                    .service(new ServiceLevel("EXP", "Express", true))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label format");
  }

  @Test
  void capabilitiesFallBackToPdfWhenRequestedFormatIsUnsupported() {
    CarrierCapabilities caps =
        CarrierCapabilities.builder("dhl")
            .service(new ServiceLevel("EXP", "Express", true))
            .labelFormats(LabelFormat.PDF, LabelFormat.ZPL)
            .build();
    assertThat(caps.labelFormatOr(LabelFormat.ZPL)).isEqualTo(LabelFormat.ZPL);
    assertThat(caps.labelFormatOr(LabelFormat.PNG)).isEqualTo(LabelFormat.PDF);
    assertThat(caps.service("EXP")).isPresent();
    assertThat(caps.service("ECO")).isEmpty();
  }

  @Test
  void labelDocumentIsDefensivelyCopied() {
    byte[] bytes = {1, 2, 3};
    LabelDocument doc = new LabelDocument(LabelFormat.ZPL, bytes);
    bytes[0] = 9;
    doc.content()[1] = 9;
    assertThat(doc.content()).containsExactly(1, 2, 3);
    assertThat(doc).isEqualTo(new LabelDocument(LabelFormat.ZPL, new byte[] {1, 2, 3}));
    assertThat(doc.toString()).contains("3 bytes");
    assertThatThrownBy(() -> new LabelDocument(LabelFormat.PDF, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trackingNumbersMayNotContainTheCommaOdooUsesAsSeparator() {
    LabelDocument doc = new LabelDocument(LabelFormat.PDF, new byte[] {1});
    assertThatThrownBy(() -> new ParcelLabel("A,B", doc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A,B");
    assertThat(new ParcelLabel(" 1Z999 ", doc).trackingNumber()).isEqualTo("1Z999");
  }

  @Test
  void requestsNeedParcelsAndAddressedParties() {
    Parcel parcel = Parcel.builder().parcelId("P1").weight(Weight.kilograms("1.5")).build();
    assertThatThrownBy(() -> RateRequest.builder(FROM, TO).reference("WH/OUT/1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WH/OUT/1");
    assertThatThrownBy(
            () -> RateRequest.builder(Party.of("Nobody", null), TO).parcel(parcel).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shipFrom");
    assertThatThrownBy(
            () ->
                ShipmentRequest.builder(" ", "EXP")
                    .route(FROM, TO)
                    .parcels(List.of(parcel))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotencyKey");
    ShipmentRequest ok =
        ShipmentRequest.builder("k1", "EXP").route(FROM, TO).parcels(List.of(parcel)).build();
    assertThat(ok.labelFormat()).isEqualTo(LabelFormat.PDF);
  }

  @Test
  void aCanonicalShipmentCanBeRated() {
    Parcel parcel = Parcel.builder().parcelId("P1").weight(Weight.kilograms("1.5")).build();
    Shipment shipment =
        Shipment.builder()
            .shipmentId("SHIP-7")
            .carrierService(CarrierService.of("dhl"))
            .addParcel(parcel)
            .shipTo(TO)
            .shippedAt(Instant.parse("2026-11-27T09:00:00Z"))
            .lines(
                List.of(
                    new ShipmentLine(
                        "L1", Sku.of("CHAIR"), Quantity.pieces(1), null, List.of(), "P1")))
            .build();

    RateRequest request = RateRequest.forShipment(shipment, FROM);

    assertThat(request.reference()).isEqualTo("SHIP-7");
    assertThat(request.shipTo()).isEqualTo(TO);
    assertThat(request.parcels()).containsExactly(parcel);
  }

  @Test
  void exceptionsTellRetryableFromPermanent() {
    assertThat(new CarrierUnavailableException("dhl", "down", null, null).isRetryable()).isTrue();
    assertThat(new CarrierOutcomeUnknownException("dhl", "lost", null).isRetryable()).isTrue();
    assertThat(
            new CarrierRateLimitedException("dhl", "slow down", Duration.ofSeconds(3)).retryAfter())
        .contains(Duration.ofSeconds(3));
    assertThat(
            new CarrierRequestRejectedException(
                "dhl", "bad zip", "E12", List.of("shipTo.postalCode")))
        .satisfies(
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.carrierErrorCode()).contains("E12");
              assertThat(e.fieldErrors()).containsExactly("shipTo.postalCode");
            });
    assertThat(new CarrierAuthenticationException("dhl", "denied").isRetryable()).isFalse();
    assertThat(new UnsupportedCarrierOperationException("dhl", "schedulePickup").operation())
        .isEqualTo("schedulePickup");
  }

  @Test
  void retryabilityIsTheOverriddenIsRetryableOfTheOneExceptionRoot() {
    assertThat(new CarrierException("dhl", "adapter bug", null, null))
        .isInstanceOf(OdooConnectorException.class)
        .satisfies(e -> assertThat(e.isRetryable()).as("plain: permanent").isFalse());
    assertThat(new TrackingStateStoreException("db down", null).isRetryable()).isTrue();
    assertThat(new InvalidTrackingWebhookException("dhl", "bad body", null).isRetryable())
        .isFalse();
    assertThat(new TrackingNumberNotFoundException("dhl", "T1").isRetryable()).isFalse();
  }

  @Test
  void optionalOperationsDefaultToTypedUnsupported() {
    CarrierAdapter minimal =
        new CarrierAdapter() {
          @Override
          public CarrierCapabilities capabilities() {
            return CarrierCapabilities.builder("mini")
                .service(new ServiceLevel("S", "S", false))
                .labelFormats(LabelFormat.PDF)
                .build();
          }

          @Override
          public List<Rate> rate(RateRequest request) {
            return List.of();
          }

          @Override
          public CarrierShipment createShipment(ShipmentRequest request) {
            throw new UnsupportedOperationException();
          }

          @Override
          public TrackingResult track(String trackingNumber) {
            throw new TrackingNumberNotFoundException("mini", trackingNumber);
          }
        };
    assertThatThrownBy(() -> minimal.validateAddress(TO.address()))
        .isInstanceOf(UnsupportedCarrierOperationException.class)
        .hasMessageContaining("validateAddress");
    assertThatThrownBy(() -> minimal.cancelShipment("S1"))
        .isInstanceOf(UnsupportedCarrierOperationException.class);
    assertThatThrownBy(
            () ->
                minimal.parseTrackingWebhook(WebhookRequest.ofSingleValued(Map.of(), new byte[0])))
        .isInstanceOf(UnsupportedCarrierOperationException.class);
    assertThat(minimal.findShipment("k")).isEmpty();
    assertThat(minimal.carrierCode()).isEqualTo("mini");
    assertThat(minimal.lookupShipment("k").outcome())
        .as("an empty findShipment cannot tell 'none' from 'cannot search'")
        .isEqualTo(ShipmentLookup.Outcome.UNKNOWN);
    assertThat(minimal.proofOfDelivery("T")).isEmpty();
    assertThatThrownBy(
            () ->
                minimal.createManifest(
                    new ManifestRequest("k", LocalDate.of(2026, 11, 27), FROM, List.of("S"))))
        .isInstanceOf(UnsupportedCarrierOperationException.class)
        .hasMessageContaining("createManifest");
    assertThatThrownBy(() -> minimal.requestRefund("S"))
        .isInstanceOf(UnsupportedCarrierOperationException.class);
    assertThatThrownBy(() -> minimal.cancelPickup("P"))
        .isInstanceOf(UnsupportedCarrierOperationException.class);
    CarrierCapabilities caps = minimal.capabilities();
    assertThat(caps.supportedOptions()).isEmpty();
    assertThat(caps.oneParcelPerShipment() || caps.manifests() || caps.returnLabels()).isFalse();
  }

  @Test
  void recordsWrittenBeforeTheNewComponentsStillConstruct() {
    CarrierShipment shipment =
        new CarrierShipment(
            "c",
            "S1",
            "STD",
            List.of(new ParcelLabel("T1", new LabelDocument(LabelFormat.PDF, new byte[] {1}))),
            null);
    ShipmentRequest request =
        new ShipmentRequest(
            "k",
            "ref",
            "STD",
            null,
            FROM,
            TO,
            List.of(Parcel.of("P")),
            LabelFormat.PDF,
            null,
            Map.of());
    CarrierCapabilities caps =
        new CarrierCapabilities(
            "c",
            "C",
            List.of(new ServiceLevel("S", "S", false)),
            Set.of(LabelFormat.PDF),
            false,
            false,
            false,
            false,
            false,
            false);

    assertThat(shipment.documents()).isEmpty();
    assertThat(request.shipmentOptions().isEmpty()).isTrue();
    assertThat(request.isReturn()).isFalse();
    assertThat(request.optionalCustoms()).isEmpty();
    assertThat(caps.supportedOptions()).isEmpty();
  }

  @Test
  void billableWeightIsTheGreaterOfActualAndDimensionalWeight() {
    CarrierCapabilities caps =
        CarrierCapabilities.builder("c")
            .service(new ServiceLevel("S", "S", false))
            .labelFormats(LabelFormat.PDF)
            .dimensionalDivisor(new BigDecimal("5000"))
            .build();
    Parcel light =
        Parcel.builder()
            .parcelId("L")
            .weight(Weight.kilograms("1"))
            .dimensions(
                Dimensions.of(
                    new BigDecimal("40"),
                    new BigDecimal("30"),
                    new BigDecimal("20"),
                    UnitOfMeasure.CMT))
            .build();
    Parcel heavy = light.toBuilder().weight(Weight.kilograms("10")).build();

    assertThat(caps.billableWeight(light)).contains(Weight.kilograms("4.8"));
    assertThat(caps.billableWeight(heavy)).contains(Weight.kilograms("10"));
    assertThat(caps.billableWeight(Parcel.of("none"))).isEmpty();
    assertThatThrownBy(
            () ->
                CarrierCapabilities.builder("c")
                    .service(new ServiceLevel("S", "S", false))
                    .labelFormats(LabelFormat.PDF)
                    .dimensionalDivisor(BigDecimal.ZERO)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShipmentLookupCarriesAShipmentExactlyWhenFound() {
    assertThatThrownBy(() -> new ShipmentLookup(ShipmentLookup.Outcome.NOT_FOUND, null, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ShipmentLookup(ShipmentLookup.Outcome.FOUND, null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ShipmentLookup.notFound().optionalShipment()).isEmpty();
  }
}
