package io.github.odooconnector.model;

import static io.github.odooconnector.model.Samples.GTIN;
import static io.github.odooconnector.model.Samples.SKU;
import static io.github.odooconnector.model.Samples.T0;
import static io.github.odooconnector.model.UnitOfMeasure.C62;
import static io.github.odooconnector.model.UnitOfMeasure.EA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 step 8: value objects a person can build. Builders set every component by name, apply
 * the documented defaults, and name each missing required component at {@code build()}.
 */
class BuilderTest {

  private static void assertMissing(ThrowingCallable build, String... paths) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(CanonicalViolation::path)
                    .containsExactly(paths));
  }

  @Test
  void businessEventBuilderKeepsTheIdentityTheSourceSystemGaveTheFact() {
    // an adapter translating a WMS webhook: redelivery of the same webhook maps to the same event
    Instant scannedAt = Instant.parse("2026-11-27T07:59:12Z");
    BusinessEvent<Shipment> event =
        BusinessEvent.builder()
            .eventId("acme-evt-8841")
            .type(EventTypes.SHIPMENT_DISPATCHED)
            .source("wms:acme")
            .occurredAt(scannedAt)
            .correlationId("S00042")
            .idempotencyKey("acme:shipment:SHP-1")
            .schemaVersion(1)
            .payload(Samples.shipment())
            .build();

    assertThat(event)
        .isEqualTo(
            new BusinessEvent<>(
                "acme-evt-8841",
                "shipment.dispatched",
                scannedAt,
                "wms:acme",
                "S00042",
                "acme:shipment:SHP-1",
                1,
                Samples.shipment()));
    assertThat(event.payload().shipmentId()).isEqualTo("SHP-1"); // typed by payload(...)
  }

  @Test
  void businessEventBuilderDefaultsTheIdentityLikeOf() {
    BusinessEvent.Builder<String> template =
        BusinessEvent.builder().type("a.b").source("s").occurredAt(T0).payload("x");
    BusinessEvent<String> first = template.build();
    BusinessEvent<String> second = template.build();

    assertThat(UUID.fromString(first.eventId())).isNotNull();
    assertThat(first.correlationId()).isEqualTo(first.eventId());
    assertThat(first.idempotencyKey()).isEqualTo(first.eventId());
    assertThat(first.schemaVersion()).isEqualTo(BusinessEvent.CURRENT_SCHEMA_VERSION);
    assertThat(second.eventId()).as("a new id per build").isNotEqualTo(first.eventId());
    BusinessEvent<String> correlated = template.correlationId("S00042").build();
    assertThat(correlated.correlationId()).isEqualTo("S00042");
    assertThat(correlated.idempotencyKey()).isEqualTo(correlated.eventId());
  }

  @Test
  void businessEventBuilderNamesEveryMissingRequiredField() {
    assertMissing(() -> BusinessEvent.builder().build(), "occurredAt", "payload", "source", "type");
    assertThatThrownBy(
            () -> BusinessEvent.builder().type("a.b").occurredAt(T0).payload("x").build())
        .hasMessage("invalid BusinessEvent (1 violation): source: must not be blank (was null)");
    assertMissing(
        () ->
            BusinessEvent.builder()
                .type("a.b")
                .source("s")
                .occurredAt(T0)
                .eventId(" ")
                .schemaVersion(0)
                .payload("x")
                .build(),
        "correlationId",
        "eventId",
        "idempotencyKey",
        "schemaVersion");
  }

  @Test
  void businessEventBuilderValidatesThePayloadButCanHandOnAnUnvalidatedMessage() {
    Shipment withoutLines = Samples.shipment().toBuilder().lines(List.of()).buildUnvalidated();
    BusinessEvent.Builder<Shipment> b =
        BusinessEvent.builder()
            .type(EventTypes.SHIPMENT_DISPATCHED)
            .source("wms:acme")
            .occurredAt(T0)
            .payload(withoutLines);
    assertMissing(b::build, "payload.lines");
    BusinessEvent<Shipment> unvalidated = b.buildUnvalidated();
    assertThat(unvalidated.payload()).isSameAs(withoutLines);
    assertThat(CanonicalValidator.validate(unvalidated))
        .extracting(CanonicalViolation::path)
        .containsExactly("payload.lines");
  }

  @Test
  void businessEventToBuilderDerivesACopy() {
    BusinessEvent<Shipment> e =
        BusinessEvent.of(EventTypes.SHIPMENT_DISPATCHED, "wms:acme", T0, Samples.shipment());
    BusinessEvent<Shipment> c = e.toBuilder().correlationId("S00042").build();
    assertThat(c).isEqualTo(e.withCorrelationId("S00042"));
    assertThat(c.eventId()).isEqualTo(e.eventId());
    assertThat(e.toBuilder().build()).isEqualTo(e);
  }

  @Test
  void shipmentBuilderNamesEachMissingRequiredField() {
    assertThatThrownBy(
            () ->
                Shipment.builder()
                    .carrierService(CarrierService.of("dhl"))
                    .addLine(ShipmentLine.builder().sku(SKU).quantity(Quantity.pieces(1)).build())
                    .shippedAt(T0)
                    .build())
        .hasMessage("invalid Shipment (1 violation): shipmentId: must not be blank (was null)");
  }

  @Test
  void lineBuildersSetEveryComponentByName() {
    assertThat(
            FulfillmentLine.builder()
                .lineId("move:1")
                .sku(SKU)
                .gtin(GTIN)
                .description("Oak desk")
                .quantity(Quantity.pieces(2))
                .lotNumber("LOT-1")
                .orderLineRef("1")
                .build())
        .isEqualTo(
            new FulfillmentLine("move:1", SKU, GTIN, "Oak desk", Quantity.pieces(2), "LOT-1", "1"));
    assertThat(
            ShipmentLine.builder()
                .orderLineRef("move:1")
                .sku(SKU)
                .quantity(Quantity.pieces(2))
                .lotNumber("LOT-1")
                .serialNumbers(List.of("SN1"))
                .addSerialNumber("SN2")
                .parcelId("P1")
                .build())
        .isEqualTo(
            new ShipmentLine(
                "move:1", SKU, Quantity.pieces(2), "LOT-1", List.of("SN1", "SN2"), "P1"));
    LocalDate expiry = LocalDate.parse("2028-01-31");
    assertThat(
            AsnLine.builder()
                .lineId("1")
                .sku(SKU)
                .gtin(GTIN)
                .expectedQuantity(Quantity.of(20, EA))
                .lotNumber("LOT-A")
                .expiryDate(expiry)
                .purchaseOrderLineRef("10")
                .build())
        .isEqualTo(new AsnLine("1", SKU, GTIN, Quantity.of(20, EA), "LOT-A", expiry, "10"));
    assertThat(
            ReceiptLine.builder()
                .lineId("1")
                .sku(SKU)
                .expectedQuantity(Quantity.of(20, EA))
                .receivedQuantity(Quantity.of(18, EA))
                .lotNumber("LOT-A")
                .addSerialNumber("SN1")
                .expiryDate(expiry)
                .build())
        .isEqualTo(
            new ReceiptLine(
                "1",
                SKU,
                Quantity.of(20, EA),
                Quantity.of(18, EA),
                "LOT-A",
                List.of("SN1"),
                expiry));
    assertThat(
            PurchaseOrderLine.builder()
                .lineId("10")
                .sku(SKU)
                .supplierSku("WC-1")
                .description("Oak desk")
                .quantity(Quantity.pieces(5))
                .unitPrice(Money.of("80", "USD"))
                .expectedDate(expiry)
                .build())
        .isEqualTo(
            new PurchaseOrderLine(
                "10", SKU, "WC-1", "Oak desk", Quantity.pieces(5), Money.of("80", "USD"), expiry));
    assertThat(
            Discrepancy.builder()
                .sku(SKU)
                .type(DiscrepancyType.SHORTAGE)
                .expectedQuantity(Quantity.pieces(5))
                .actualQuantity(Quantity.pieces(3))
                .lineId("1")
                .note("two missing")
                .build())
        .isEqualTo(
            new Discrepancy(
                SKU,
                DiscrepancyType.SHORTAGE,
                Quantity.pieces(5),
                Quantity.pieces(3),
                "1",
                "two missing"));
  }

  @Test
  void lineBuildersNameEachMissingRequiredComponent() {
    assertMissing(() -> FulfillmentLine.builder().build(), "lineId", "quantity", "sku");
    assertMissing(() -> ShipmentLine.builder().build(), "quantity", "sku");
    assertMissing(() -> AsnLine.builder().build(), "expectedQuantity", "lineId", "sku");
    assertMissing(() -> ReceiptLine.builder().build(), "receivedQuantity", "sku");
    assertMissing(() -> PurchaseOrderLine.builder().build(), "lineId", "quantity", "sku");
    assertMissing(() -> Discrepancy.builder().build(), "sku", "type");
    assertMissing(
        () -> ShipmentLine.builder().sku(SKU).quantity(Quantity.of(-1, C62)).build(), "quantity");
  }

  @Test
  void addressBuilderNamesTheFieldsInsteadOfSixStringsInARow() {
    Address built =
        Address.builder()
            .street1("Hauptstraße 5")
            .street2("Hinterhaus")
            .city("Leipzig")
            .region("SN")
            .postalCode("04109")
            .countryCode("de")
            .build();
    assertThat(built)
        .isEqualTo(new Address("Hauptstraße 5", "Hinterhaus", "Leipzig", "SN", "04109", "DE"));
    assertThat(built.toBuilder().region(null).build().optionalRegion()).isEmpty();
    assertMissing(() -> Address.builder().build(), "city", "countryCode", "street1");
  }

  @Test
  void toBuilderOfEveryLineRoundTrips() {
    FulfillmentLine fl = Samples.fulfillmentOrder().lines().get(0);
    assertThat(fl.toBuilder().build()).isEqualTo(fl);
    ShipmentLine sl = Samples.shipment().lines().get(0);
    assertThat(sl.toBuilder().build()).isEqualTo(sl);
    AsnLine al = Samples.asn().lines().get(0);
    assertThat(al.toBuilder().build()).isEqualTo(al);
    ReceiptLine rl = Samples.receipt().lines().get(0);
    assertThat(rl.toBuilder().build()).isEqualTo(rl);
    PurchaseOrderLine pl = Samples.purchaseOrder().lines().get(0);
    assertThat(pl.toBuilder().build()).isEqualTo(pl);
    Discrepancy d = Samples.receipt().discrepancies().get(0);
    assertThat(d.toBuilder().build()).isEqualTo(d);
    assertThat(Samples.address().toBuilder().build()).isEqualTo(Samples.address());
  }
}
