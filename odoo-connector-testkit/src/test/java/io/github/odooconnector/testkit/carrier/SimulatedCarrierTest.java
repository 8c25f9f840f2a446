package io.github.odooconnector.testkit.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Manifest;
import io.github.odooconnector.carrier.spi.ManifestRequest;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.ProofOfDelivery;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.CustomsDeclaration;
import io.github.odooconnector.model.CustomsItem;
import io.github.odooconnector.model.Dimensions;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SimulatedCarrierTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
  private static final Party BRUSSELS =
      Party.of("WH", Address.of("Rue 1", "Brussels", "1000", "BE"));
  private static final Party ANTWERP =
      Party.of("Bob", Address.of("Markt 1", "Antwerpen", "2000", "BE"));
  private static final Party NEW_YORK =
      Party.of("Ann", Address.of("5th Ave 1", "New York", "10001", "US"));

  private final SimulatedCarrier carrier =
      SimulatedCarrier.builder("simpost")
          .displayName("SimPost")
          .service("ECO", "4.00", "0.50", 5, false)
          .service("EXPRESS", "9.00", "1.00", 2, true)
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .build();

  private static Parcel parcel(String id, String kg) {
    return Parcel.builder().parcelId(id).weight(Weight.kilograms(kg)).build();
  }

  private static ShipmentRequest purchase(String key, LabelFormat format, Parcel... parcels) {
    return ShipmentRequest.builder(key, "ECO")
        .reference("WH/OUT/1")
        .route(BRUSSELS, ANTWERP)
        .parcels(List.of(parcels))
        .labelFormat(format)
        .build();
  }

  @Test
  void theBuilderDeclaresItsOptionsItselfAndExposesNoInternalType() {
    Class<?> builder = SimulatedCarrier.Builder.class;
    List<String> setters =
        List.of(
            "displayName",
            "service",
            "currency",
            "labelFormats",
            "trackingPrefix",
            "idempotentCreate",
            "findShipmentSupported",
            "clock",
            "supportedOptions",
            "oneParcelPerShipment",
            "dimensionalDivisor",
            "refundAfterManifest",
            "addressValidation",
            "build");

    assertThat(builder.getSuperclass()).isEqualTo(Object.class);
    assertThat(Arrays.stream(builder.getMethods()))
        .filteredOn(m -> m.getDeclaringClass() != Object.class)
        .allSatisfy(
            m -> {
              assertThat(m.getDeclaringClass()).isEqualTo(builder);
              assertThat(Modifier.isPublic(m.getReturnType().getModifiers())).isTrue();
            })
        .extracting(Method::getName)
        .containsExactlyInAnyOrderElementsOf(setters);
    SimulatedCarrier carrier =
        SimulatedCarrier.builder("simpost")
            .displayName("SimPost")
            .service("STD", "4.90", "1.10", 2, false)
            .idempotentCreate(false)
            .build();
    assertThat(carrier.capabilities().displayName()).isEqualTo("SimPost");
    assertThat(carrier.capabilities().idempotentCreate()).isFalse();
  }

  @Test
  void ratesAreDeterministicFromWeightAndTransitDays() {
    List<Rate> rates =
        carrier.rate(
            RateRequest.builder(BRUSSELS, ANTWERP)
                .parcel(parcel("P1", "2"))
                .parcel(
                    Parcel.builder()
                        .parcelId("P2")
                        .weight(Weight.of(new BigDecimal("1000"), UnitOfMeasure.GRM))
                        .build())
                .build());

    assertThat(rates).extracting(Rate::serviceCode).containsExactly("ECO", "EXPRESS");
    assertThat(rates.get(0).amount()).isEqualTo(Money.of("5.50", "EUR"));
    assertThat(rates.get(0).optionalEstimatedDelivery()).contains(LocalDate.of(2026, 12, 2));
    assertThat(rates.get(1).amount()).isEqualTo(Money.of("12.00", "EUR"));
  }

  @Test
  void domesticServicesAreNotQuotedOrSoldAcrossBorders() {
    assertThat(
            carrier.rate(RateRequest.builder(BRUSSELS, NEW_YORK).parcel(parcel("P1", "1")).build()))
        .extracting(Rate::serviceCode)
        .containsExactly("EXPRESS");
    assertThatThrownBy(
            () ->
                carrier.createShipment(
                    ShipmentRequest.builder("k", "ECO")
                        .route(BRUSSELS, NEW_YORK)
                        .parcels(List.of(parcel("P1", "1")))
                        .build()))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .hasMessageContaining("internationally");
  }

  @Test
  void aParcelWithoutWeightIsRejectedNamingIt() {
    assertThatThrownBy(
            () ->
                carrier.rate(
                    RateRequest.builder(BRUSSELS, ANTWERP).parcel(Parcel.of("P9")).build()))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .satisfies(
            e ->
                assertThat(((CarrierRequestRejectedException) e).fieldErrors())
                    .containsExactly("parcels[0].weight"));
  }

  @Test
  void purchasesAreDeduplicatedByKeyAndCounted() {
    CarrierShipment first =
        carrier.createShipment(
            purchase("k1", LabelFormat.PDF, parcel("P1", "1"), parcel("P2", "1")));
    CarrierShipment again =
        carrier.createShipment(
            purchase("k1", LabelFormat.PDF, parcel("P1", "1"), parcel("P2", "1")));

    assertThat(again).isEqualTo(first);
    assertThat(first.trackingNumbers()).containsExactly("SIMPOST000101", "SIMPOST000102");
    assertThat(carrier.labelsPurchased()).isEqualTo(1);
    assertThat(carrier.createShipmentCalls()).isEqualTo(2);
    assertThatThrownBy(
            () -> carrier.createShipment(purchase("k1", LabelFormat.PDF, parcel("P1", "5"))))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .hasMessageContaining("different shipment");
  }

  @Test
  void aLostResponseStillBuysAndTheShipmentCanBeFoundByKey() {
    carrier.loseNextCreateResponses(1);
    assertThatThrownBy(
            () -> carrier.createShipment(purchase("k2", LabelFormat.PDF, parcel("P1", "1"))))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
    assertThat(carrier.labelsPurchased()).isEqualTo(1);
    assertThat(carrier.findShipment("k2")).isPresent();

    carrier.failNextCreates(1);
    assertThatThrownBy(
            () -> carrier.createShipment(purchase("k3", LabelFormat.PDF, parcel("P1", "1"))))
        .isInstanceOf(CarrierUnavailableException.class);
    assertThat(carrier.labelsPurchased()).isEqualTo(1);
  }

  @Test
  void pdfLabelsHaveAConsistentCrossReferenceTable() {
    byte[] pdf =
        carrier
            .createShipment(purchase("k4", LabelFormat.PDF, parcel("P1", "1")))
            .parcels()
            .get(0)
            .label()
            .content();
    String text = new String(pdf, StandardCharsets.US_ASCII);

    assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("SIMPOST000101");
    Matcher startxref = Pattern.compile("startxref\\n(\\d+)\\n").matcher(text);
    assertThat(startxref.find()).isTrue();
    int xref = Integer.parseInt(startxref.group(1));
    assertThat(text.substring(xref)).startsWith("xref\n0 6\n");
    Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
    int object = 1;
    while (entries.find()) {
      assertThat(text.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj");
      object++;
    }
    assertThat(object).isEqualTo(6);
  }

  @Test
  void zplAndPngLabelsAreWellFormed() throws Exception {
    String zpl =
        new String(
            carrier
                .createShipment(purchase("k5", LabelFormat.ZPL, parcel("P1", "1")))
                .parcels()
                .get(0)
                .label()
                .content(),
            StandardCharsets.UTF_8);
    assertThat(zpl).startsWith("^XA").contains("^BC").contains("SIMPOST000101").endsWith("^XZ\n");

    byte[] png =
        carrier
            .createShipment(purchase("k6", LabelFormat.PNG, parcel("P1", "1")))
            .parcels()
            .get(0)
            .label()
            .content();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1);
  }

  @Test
  void trackingShowsTheTimelineUpToTheClockAndWebhooksRoundTrip() {
    Clock[] clock = {Clock.fixed(NOW, ZoneOffset.UTC)};
    SimulatedCarrier moving =
        SimulatedCarrier.builder("simpost")
            .service("ECO", "1", "0", 1, false)
            .clock(
                new Clock() {
                  @Override
                  public ZoneId getZone() {
                    return ZoneOffset.UTC;
                  }

                  @Override
                  public Clock withZone(ZoneId zone) {
                    return this;
                  }

                  @Override
                  public Instant instant() {
                    return clock[0].instant();
                  }
                })
            .build();
    String tn =
        moving
            .createShipment(purchase("k7", LabelFormat.PDF, parcel("P1", "1")))
            .trackingNumbers()
            .get(0);
    TrackingEvent pickedUp =
        moving.scriptEvent(tn, "PU", NOW.plus(Duration.ofHours(1)), "Brussels");
    TrackingEvent delivered =
        moving.scriptEvent(tn, "DL", NOW.plus(Duration.ofHours(20)), "Antwerpen");

    assertThat(moving.track(tn).status()).isEqualTo(TrackingStatus.PRE_TRANSIT);
    clock[0] = Clock.offset(clock[0], Duration.ofHours(2));
    assertThat(moving.track(tn).status()).isEqualTo(TrackingStatus.PICKED_UP);
    clock[0] = Clock.offset(clock[0], Duration.ofDays(1));
    assertThat(moving.track(tn).events()).hasSize(3);
    assertThat(moving.track(tn).status()).isEqualTo(TrackingStatus.DELIVERED);

    assertThat(moving.parseTrackingWebhook(moving.webhook(List.of(delivered, pickedUp))))
        .containsExactly(delivered, pickedUp);
    assertThatThrownBy(() -> moving.track("UNKNOWN"))
        .isInstanceOf(TrackingNumberNotFoundException.class);
    assertThatThrownBy(
            () ->
                moving.parseTrackingWebhook(
                    WebhookRequest.ofSingleValued(
                        Map.of(),
                        "{\"events\":[{\"code\":\"DL\"}]}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidTrackingWebhookException.class);
    assertThatThrownBy(() -> moving.scriptEvent(tn, "ZZ", NOW, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cancellingAShipmentAddsACancelledEvent() {
    CarrierShipment s = carrier.createShipment(purchase("k8", LabelFormat.PDF, parcel("P1", "1")));
    carrier.cancelShipment(s.shipmentId());
    carrier.cancelShipment(s.shipmentId());

    assertThat(carrier.isCancelled(s.shipmentId())).isTrue();
    assertThat(carrier.track(s.trackingNumbers().get(0)).events())
        .extracting(TrackingEvent::rawCode)
        .containsExactly("LC", "CX");
    assertThatThrownBy(() -> carrier.cancelShipment("SHP-nope"))
        .isInstanceOf(CarrierRequestRejectedException.class);
  }

  @Test
  void theLookupSaysFoundNotFoundOrUnknownAndLostAndDroppedPurchasesDiffer() {
    carrier.loseNextCreateResponses(1);
    assertThatThrownBy(
            () -> carrier.createShipment(purchase("lost", LabelFormat.PDF, parcel("P", "1"))))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
    carrier.dropNextCreateRequests(1);
    assertThatThrownBy(
            () -> carrier.createShipment(purchase("dropped", LabelFormat.PDF, parcel("P", "1"))))
        .isInstanceOf(CarrierOutcomeUnknownException.class);

    assertThat(carrier.lookupShipment("lost").outcome()).isEqualTo(ShipmentLookup.Outcome.FOUND);
    assertThat(carrier.lookupShipment("dropped").outcome())
        .isEqualTo(ShipmentLookup.Outcome.NOT_FOUND);
    assertThat(carrier.labelsPurchased()).isEqualTo(1);
    carrier.failNextLookups(1);
    assertThatThrownBy(() -> carrier.lookupShipment("lost"))
        .isInstanceOf(CarrierUnavailableException.class);
    SimulatedCarrier blind =
        SimulatedCarrier.builder("blind")
            .service("ECO", "4.00", "0.50", 5, false)
            .findShipmentSupported(false)
            .build();
    assertThat(blind.lookupShipment("x").outcome()).isEqualTo(ShipmentLookup.Outcome.UNKNOWN);
  }

  @Test
  void optionsMustBeDeclaredAndCrossBorderShipmentsNeedCustomsWithAnInvoiceBack() {
    SimulatedCarrier intl =
        SimulatedCarrier.builder("intl")
            .service("EXPRESS", "9.00", "1.00", 2, true)
            .supportedOptions(ShipmentOption.SIGNATURE)
            .build();
    ShipmentRequest.Builder toNewYork =
        ShipmentRequest.builder("k1", "EXPRESS")
            .route(BRUSSELS, NEW_YORK)
            .parcels(List.of(parcel("P", "1")));

    assertThatThrownBy(() -> intl.createShipment(toNewYork.build()))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .hasMessageContaining("customs declaration");
    assertThatThrownBy(
            () ->
                intl.createShipment(
                    toNewYork
                        .shipmentOptions(ShipmentOptions.builder().saturdayDelivery(true).build())
                        .build()))
        .hasMessageContaining("SATURDAY_DELIVERY");
    CarrierShipment shipment =
        intl.createShipment(
            toNewYork
                .shipmentOptions(ShipmentOptions.none())
                .customs(
                    CustomsDeclaration.builder()
                        .addItem(
                            CustomsItem.builder()
                                .description("Lamp")
                                .hsCode("940520")
                                .quantity(Quantity.pieces(1))
                                .value(Money.of("40", "EUR"))
                                .build())
                        .build())
                .build());
    assertThat(shipment.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.type()).isEqualTo(DocumentType.COMMERCIAL_INVOICE));
  }

  @Test
  void manifestedLabelsNeedARefundAndPickupsCanBeChangedAndCancelled() {
    SimulatedCarrier strict =
        SimulatedCarrier.builder("strict")
            .service("ECO", "4.00", "0.50", 5, false)
            .refundAfterManifest(true)
            .build();
    CarrierShipment s = strict.createShipment(purchase("k", LabelFormat.PDF, parcel("P", "1")));
    Manifest manifest =
        strict.createManifest(
            new ManifestRequest(
                "m", LocalDate.of(2026, 11, 27), BRUSSELS, List.of(s.shipmentId())));

    assertThat(
            strict.createManifest(
                new ManifestRequest(
                    "m", LocalDate.of(2026, 11, 27), BRUSSELS, List.of(s.shipmentId()))))
        .isEqualTo(manifest);
    assertThatThrownBy(() -> strict.cancelShipment(s.shipmentId()))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .hasMessageContaining("request a refund");
    assertThat(strict.requestRefund(s.shipmentId()).status()).isEqualTo("submitted");

    PickupRequest pickup =
        new PickupRequest(
            "p",
            BRUSSELS,
            LocalDate.of(2026, 11, 27),
            LocalTime.of(14, 0),
            LocalTime.of(17, 0),
            List.of(s.shipmentId()));
    String booked = strict.schedulePickup(pickup).confirmationNumber();
    String changed = strict.updatePickup(booked, pickup).confirmationNumber();
    assertThat(strict.openPickups()).containsOnlyKeys(changed);
    strict.cancelPickup(changed);
    assertThat(strict.openPickups()).isEmpty();
  }

  @Test
  void pricesUseDimensionalWeightAndAFactorAndDeliveredParcelsHaveAProof() {
    SimulatedCarrier dim =
        SimulatedCarrier.builder("dim")
            .service("ECO", "4.00", "0.50", 5, false)
            .dimensionalDivisor("5000")
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    Parcel box =
        parcel("BOX", "1").toBuilder()
            .dimensions(
                Dimensions.of(
                    new BigDecimal("40"),
                    new BigDecimal("30"),
                    new BigDecimal("20"),
                    UnitOfMeasure.CMT))
            .build();
    RateRequest request = RateRequest.builder(BRUSSELS, ANTWERP).parcel(box).build();

    assertThat(dim.rate(request).get(0).amount()).isEqualTo(Money.of("6.40", "EUR"));
    dim.priceFactor("1.10");
    assertThat(dim.rate(request).get(0).amount()).isEqualTo(Money.of("7.04", "EUR"));

    String tn = dim.createShipment(purchase("k", LabelFormat.PDF, box)).trackingNumbers().get(0);
    assertThat(dim.proofOfDelivery(tn)).isEmpty();
    dim.signer(tn, "M. Peeters");
    dim.scriptEvent(tn, "DL", NOW.minusSeconds(60), null);
    ProofOfDelivery pod = dim.proofOfDelivery(tn).orElseThrow();
    assertThat(pod.optionalSignedBy()).contains("M. Peeters");
    assertThat(pod.documents().get(0).document().format()).isEqualTo(LabelFormat.JPEG);
  }
}
