package io.github.odooconnector.model;

import static io.github.odooconnector.model.Samples.SKU;
import static io.github.odooconnector.model.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint of the model, each with an invalid example that breaks exactly that constraint
 * (and the valid samples in {@link Samples} as the valid counterpart).
 */
class ConstraintTest {
  private static final String LONG_129 = "x".repeat(129);

  static Stream<Object> validSamples() {
    return Samples.everyDocument().stream();
  }

  @ParameterizedTest(name = "valid {0}")
  @MethodSource("validSamples")
  void samplesAreValid(Object sample) {
    Violations.assertValid(sample);
  }

  static Stream<Arguments> singleViolations() {
    Address a = Samples.address();
    Party p = Samples.customer();
    Parcel parcel = Samples.parcel();
    ShipmentLine sl = Samples.shipment().lines().get(0);
    ReceiptLine rl = Samples.receipt().lines().get(0);
    AsnLine al = Samples.asn().lines().get(0);
    return Stream.of(
        // value types
        args(new Sku(" "), "", "ValidSku"),
        args(new Sku(LONG_129), "", "ValidSku"),
        args(new Sku("AB\u0007C"), "", "ValidSku"),
        args(new Sku(null), "", "ValidSku"),
        args(
            new OrderLine("1", new Sku(""), null, null, Quantity.pieces(1), null),
            "sku",
            "ValidSku"),
        args(new Gtin("123"), "", "ValidGtin"),
        args(new Sscc("123"), "", "ValidSscc"),
        args(new Money(BigDecimal.ONE, "ABC"), "currency", "CurrencyCode"),
        args(new Address("", null, "Leipzig", null, "04109", "DE"), "street1", "NotBlank"),
        args(new Address("x".repeat(201), null, "Leipzig", null, "04109", "DE"), "street1", "Size"),
        args(
            new Address("Main St", "x".repeat(201), "Leipzig", null, "04109", "DE"),
            "street2",
            "Size"),
        args(new Address("Main St", null, " ", null, "04109", "DE"), "city", "NotBlank"),
        args(
            new Address("Main St", null, "Leipzig", "x".repeat(101), "04109", "DE"),
            "region",
            "Size"),
        args(
            new Address("Main St", null, "Leipzig", null, "0".repeat(21), "DE"),
            "postalCode",
            "Size"),
        args(
            new Address("Main St", null, "Leipzig", null, "04109", "ZZ"),
            "countryCode",
            "CountryCode"),
        args(
            new Address("Main St", null, "Leipzig", null, "04109", "DEU"),
            "countryCode",
            "CountryCode"),
        args(
            new Address("Main St", null, "Leipzig", null, "04109", null), "countryCode", "NotNull"),
        args(new Party(LONG_129, "n", null, a, null, null), "partyId", "Size"),
        args(new Party(null, "", null, a, null, null), "name", "NotBlank"),
        args(new Party(null, "n", "x".repeat(201), a, null, null), "companyName", "Size"),
        args(new Party(null, "n", null, a, "not-an-email", null), "email", "Email"),
        args(new Party(null, "n", null, a, null, "1".repeat(51)), "phone", "Size"),
        args(
            new Party(null, "n", null, new Address("s", null, "c", null, null, "XX"), null, null),
            "address.countryCode",
            "CountryCode"),
        args(new LocationRef("", "A-1"), "warehouse", "NotBlank"),
        args(new LocationRef("WH", "x".repeat(201)), "bin", "Size"),
        args(new Weight(new BigDecimal("-0.1"), UnitOfMeasure.KGM), "value", "PositiveOrZero"),
        args(new Weight(BigDecimal.ONE, UnitOfMeasure.CMT), "unit", "UnitOfDimension"),
        args(new Weight(null, UnitOfMeasure.KGM), "value", "NotNull"),
        args(
            new Dimensions(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, UnitOfMeasure.CMT),
            "length",
            "Positive"),
        args(
            new Dimensions(BigDecimal.ONE, null, BigDecimal.ONE, UnitOfMeasure.CMT),
            "width",
            "NotNull"),
        args(
            new Dimensions(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("-1"), UnitOfMeasure.CMT),
            "height",
            "Positive"),
        args(
            new Dimensions(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, UnitOfMeasure.KGM),
            "unit",
            "UnitOfDimension"),
        args(new CarrierService(" ", null), "carrier", "NotBlank"),
        args(new CarrierService("dhl", "x".repeat(65)), "service", "Size"),
        // order lines
        args(new OrderLine("", SKU, null, null, Quantity.pieces(1), null), "lineId", "NotBlank"),
        args(new OrderLine("1", null, null, null, Quantity.pieces(1), null), "sku", "NotNull"),
        args(
            new OrderLine("1", SKU, null, "x".repeat(1001), Quantity.pieces(1), null),
            "description",
            "Size"),
        args(
            new OrderLine("1", SKU, null, null, Quantity.pieces(0), null),
            "quantity",
            "PositiveQuantity"),
        args(new OrderLine("1", SKU, null, null, null, null), "quantity", "NotNull"),
        args(
            new OrderLine("1", SKU, null, null, Quantity.pieces(1), new Money(null, "EUR")),
            "unitPrice.amount",
            "NotNull"),
        // sales order
        args(
            Samples.salesOrder().toBuilder().orderId(" ").buildUnvalidated(),
            "orderId",
            "NotBlank"),
        args(
            Samples.salesOrder().toBuilder().externalRef(LONG_129).buildUnvalidated(),
            "externalRef",
            "Size"),
        args(
            Samples.salesOrder().toBuilder().customer(null).buildUnvalidated(),
            "customer",
            "NotNull"),
        args(
            Samples.salesOrder().toBuilder()
                .shipTo(Party.of("No Address", null))
                .buildUnvalidated(),
            "shipTo",
            "HasAddress"),
        args(
            Samples.salesOrder().toBuilder()
                .billTo(new Party(null, "", null, null, null, null))
                .buildUnvalidated(),
            "billTo.name",
            "NotBlank"),
        args(
            Samples.salesOrder().toBuilder().lines(List.of()).buildUnvalidated(),
            "lines",
            "NotEmpty"),
        args(
            Samples.salesOrder().toBuilder()
                .lines(Arrays.asList((OrderLine) null))
                .buildUnvalidated(),
            "lines[0]",
            "NotNull"),
        args(
            Samples.salesOrder().toBuilder().orderedAt(null).buildUnvalidated(),
            "orderedAt",
            "NotNull"),
        args(
            Samples.salesOrder().toBuilder().warehouse("x".repeat(65)).buildUnvalidated(),
            "warehouse",
            "Size"),
        args(
            Samples.salesOrder().toBuilder()
                .carrierService(new CarrierService("", null))
                .buildUnvalidated(),
            "carrierService.carrier",
            "NotBlank"),
        args(
            Samples.salesOrder().toBuilder().notes("x".repeat(4001)).buildUnvalidated(),
            "notes",
            "Size"),
        // purchase order
        args(
            Samples.purchaseOrder().toBuilder().supplier(null).buildUnvalidated(),
            "supplier",
            "NotNull"),
        args(
            Samples.purchaseOrder().toBuilder().lines(List.of()).buildUnvalidated(),
            "lines",
            "NotEmpty"),
        args(
            Samples.purchaseOrder().toBuilder()
                .lines(
                    List.of(
                        PurchaseOrderLine.builder()
                            .lineId("1")
                            .sku(SKU)
                            .quantity(Quantity.of(-1, UnitOfMeasure.C62))
                            .buildUnvalidated()))
                .buildUnvalidated(),
            "lines[0].quantity",
            "PositiveQuantity"),
        args(
            Samples.purchaseOrder().toBuilder()
                .lines(
                    List.of(
                        new PurchaseOrderLine(
                            "1", SKU, LONG_129, null, Quantity.pieces(1), null, null)))
                .buildUnvalidated(),
            "lines[0].supplierSku",
            "Size"),
        args(
            Samples.purchaseOrder().toBuilder()
                .deliverTo(new LocationRef("", null))
                .buildUnvalidated(),
            "deliverTo.warehouse",
            "NotBlank"),
        // fulfillment order
        args(
            Samples.fulfillmentOrder().toBuilder().fulfillmentOrderId(null).buildUnvalidated(),
            "fulfillmentOrderId",
            "NotBlank"),
        args(
            Samples.fulfillmentOrder().toBuilder().warehouse(" ").buildUnvalidated(),
            "warehouse",
            "NotBlank"),
        args(
            Samples.fulfillmentOrder().toBuilder().shipTo(null).buildUnvalidated(),
            "shipTo",
            "NotNull"),
        args(
            Samples.fulfillmentOrder().toBuilder()
                .shipTo(Party.of("No Address", null))
                .buildUnvalidated(),
            "shipTo",
            "HasAddress"),
        args(
            Samples.fulfillmentOrder().toBuilder().lines(List.of()).buildUnvalidated(),
            "lines",
            "NotEmpty"),
        args(
            Samples.fulfillmentOrder().toBuilder()
                .lines(
                    List.of(
                        new FulfillmentLine(
                            "1", SKU, new Gtin("1"), null, Quantity.pieces(1), null, null)))
                .buildUnvalidated(),
            "lines[0].gtin",
            "ValidGtin"),
        args(
            Samples.fulfillmentOrder().toBuilder()
                .lines(
                    List.of(
                        new FulfillmentLine(
                            "1", SKU, null, null, Quantity.pieces(1), LONG_129, null)))
                .buildUnvalidated(),
            "lines[0].lotNumber",
            "Size"),
        args(
            Samples.fulfillmentOrder().toBuilder()
                .instructions("x".repeat(4001))
                .buildUnvalidated(),
            "instructions",
            "Size"),
        // parcel and shipment
        args(parcel.toBuilder().parcelId("").buildUnvalidated(), "parcelId", "NotBlank"),
        args(
            parcel.toBuilder().sscc(new Sscc("106141411234567890")).buildUnvalidated(),
            "sscc",
            "ValidSscc"),
        args(
            parcel.toBuilder()
                .weight(new Weight(BigDecimal.ONE, UnitOfMeasure.LTR))
                .buildUnvalidated(),
            "weight.unit",
            "UnitOfDimension"),
        args(
            parcel.toBuilder().packageType("x".repeat(65)).buildUnvalidated(),
            "packageType",
            "Size"),
        args(
            Samples.shipment().toBuilder().shipmentId(" ").buildUnvalidated(),
            "shipmentId",
            "NotBlank"),
        args(
            Samples.shipment().toBuilder().carrierService(null).buildUnvalidated(),
            "carrierService",
            "NotNull"),
        args(
            Samples.shipment().toBuilder().addTrackingNumber(" ").buildUnvalidated(),
            "trackingNumbers[1]",
            "NotBlank"),
        args(
            Samples.shipment().toBuilder()
                .parcels(
                    List.of(
                        parcel.toBuilder()
                            .dimensions(
                                new Dimensions(
                                    BigDecimal.ZERO,
                                    BigDecimal.ONE,
                                    BigDecimal.ONE,
                                    UnitOfMeasure.CMT))
                            .buildUnvalidated()))
                .buildUnvalidated(),
            "parcels[0].dimensions.length",
            "Positive"),
        args(
            Samples.shipment().toBuilder().lines(List.of()).buildUnvalidated(),
            "lines",
            "NotEmpty"),
        args(
            Samples.shipment().toBuilder()
                .lines(
                    List.of(
                        new ShipmentLine(
                            null, SKU, Quantity.pieces(1), null, List.of("SN1", ""), null)))
                .buildUnvalidated(),
            "lines[0].serialNumbers[1]",
            "NotBlank"),
        args(
            Samples.shipment().toBuilder()
                .lines(
                    List.of(
                        new ShipmentLine(
                            null,
                            SKU,
                            Quantity.pieces(0),
                            sl.lotNumber(),
                            sl.serialNumbers(),
                            null)))
                .buildUnvalidated(),
            "lines[0].quantity",
            "PositiveQuantity"),
        args(
            Samples.shipment().toBuilder().shipFrom(new LocationRef(" ", null)).buildUnvalidated(),
            "shipFrom.warehouse",
            "NotBlank"),
        args(
            Samples.shipment().toBuilder().shippedAt(null).buildUnvalidated(),
            "shippedAt",
            "NotNull"),
        // ASN and receipt
        args(Samples.asn().toBuilder().asnId("").buildUnvalidated(), "asnId", "NotBlank"),
        args(Samples.asn().toBuilder().supplier(null).buildUnvalidated(), "supplier", "NotNull"),
        args(
            Samples.asn().toBuilder().destination(null).buildUnvalidated(),
            "destination",
            "NotNull"),
        args(
            Samples.asn().toBuilder()
                .lines(
                    List.of(
                        new AsnLine(al.lineId(), SKU, null, Quantity.pieces(0), null, null, null)))
                .buildUnvalidated(),
            "lines[0].expectedQuantity",
            "PositiveQuantity"),
        args(Samples.asn().toBuilder().lines(List.of()).buildUnvalidated(), "lines", "NotEmpty"),
        args(
            Samples.receipt().toBuilder().location(null).buildUnvalidated(), "location", "NotNull"),
        args(
            Samples.receipt().toBuilder().receivedAt(null).buildUnvalidated(),
            "receivedAt",
            "NotNull"),
        args(
            Samples.receipt().toBuilder()
                .lines(
                    List.of(
                        new ReceiptLine(
                            null,
                            SKU,
                            rl.expectedQuantity(),
                            Quantity.of(-1, UnitOfMeasure.C62),
                            null,
                            null,
                            null)))
                .buildUnvalidated(),
            "lines[0].receivedQuantity",
            "NonNegativeQuantity"),
        args(
            Samples.receipt().toBuilder()
                .lines(
                    List.of(
                        new ReceiptLine(
                            null,
                            SKU,
                            Quantity.of(-2, UnitOfMeasure.C62),
                            Quantity.pieces(1),
                            null,
                            null,
                            null)))
                .buildUnvalidated(),
            "lines[0].expectedQuantity",
            "NonNegativeQuantity"),
        args(
            Samples.receipt().toBuilder()
                .lines(List.of(new ReceiptLine(null, SKU, null, null, null, null, null)))
                .buildUnvalidated(),
            "lines[0].receivedQuantity",
            "NotNull"),
        args(
            Samples.receipt().toBuilder()
                .addDiscrepancy(new Discrepancy(SKU, null, null, null, null, null))
                .buildUnvalidated(),
            "discrepancies[1].type",
            "NotNull"),
        // inventory
        args(Samples.movement().toBuilder().reason(null).buildUnvalidated(), "reason", "NotNull"),
        args(
            Samples.movement().toBuilder().quantity(Quantity.pieces(0)).buildUnvalidated(),
            "quantity",
            "PositiveQuantity"),
        args(
            Samples.movement().toBuilder().occurredAt(null).buildUnvalidated(),
            "occurredAt",
            "NotNull"),
        args(
            Samples.movement().toBuilder().to(new LocationRef("", null)).buildUnvalidated(),
            "to.warehouse",
            "NotBlank"),
        args(
            Samples.movement().toBuilder().reference("x".repeat(201)).buildUnvalidated(),
            "reference",
            "Size"),
        args(
            Samples.movement().toBuilder().from(null).to(null).buildUnvalidated(),
            "from",
            "AtLeastOneOf"),
        args(new StockLevel(SKU, LocationRef.of("WH"), null, null, null), "onHand", "NotNull"),
        args(new StockLevel(SKU, null, null, Quantity.pieces(1), null), "location", "NotNull"),
        args(
            new StockLevel(
                SKU,
                LocationRef.of("WH"),
                null,
                Quantity.pieces(1),
                Quantity.of(-1, UnitOfMeasure.C62)),
            "reserved",
            "NonNegativeQuantity"),
        args(new InventorySnapshot("s", "", T0, false, List.of()), "warehouse", "NotBlank"),
        args(new InventorySnapshot("s", "WH", null, false, List.of()), "takenAt", "NotNull"),
        args(
            new InventorySnapshot(
                "s",
                "WH",
                T0,
                false,
                List.of(
                    new StockLevel(null, LocationRef.of("WH"), null, Quantity.pieces(1), null))),
            "levels[0].sku",
            "NotNull"),
        // returns
        args(Samples.rma().toBuilder().returnTo(null).buildUnvalidated(), "returnTo", "NotNull"),
        args(Samples.rma().toBuilder().customer(null).buildUnvalidated(), "customer", "NotNull"),
        args(
            Samples.rma().toBuilder().authorizedAt(null).buildUnvalidated(),
            "authorizedAt",
            "NotNull"),
        args(
            Samples.rma().toBuilder()
                .lines(List.of(new ReturnLine(null, SKU, Quantity.pieces(1), null, null, null)))
                .buildUnvalidated(),
            "lines[0].reason",
            "NotNull"),
        args(
            Samples.rma().toBuilder()
                .lines(
                    List.of(
                        new ReturnLine(
                            null,
                            SKU,
                            Quantity.pieces(1),
                            ReturnReason.OTHER,
                            null,
                            "x".repeat(2001))))
                .buildUnvalidated(),
            "lines[0].note",
            "Size"),
        // tracking
        args(
            Samples.trackingEvent().toBuilder().trackingNumber("").buildUnvalidated(),
            "trackingNumber",
            "NotBlank"),
        args(
            Samples.trackingEvent().toBuilder().carrier(null).buildUnvalidated(),
            "carrier",
            "NotBlank"),
        args(
            Samples.trackingEvent().toBuilder().status(null).buildUnvalidated(),
            "status",
            "NotNull"),
        args(
            Samples.trackingEvent().toBuilder().rawCode(LONG_129).buildUnvalidated(),
            "rawCode",
            "Size"),
        args(
            Samples.trackingEvent().toBuilder().occurredAt(null).buildUnvalidated(),
            "occurredAt",
            "NotNull"),
        args(
            Samples.trackingEvent().toBuilder().countryCode("QQ").buildUnvalidated(),
            "countryCode",
            "CountryCode"),
        // envelope
        args(
            new BusinessEvent<>(
                "",
                EventTypes.TRACKING_UPDATED,
                T0,
                "carrier:dhl",
                "c",
                "k",
                1,
                Samples.trackingEvent()),
            "eventId",
            "NotBlank"),
        args(
            new BusinessEvent<>(
                "e", "Tracking Updated", T0, "carrier:dhl", "c", "k", 1, Samples.trackingEvent()),
            "type",
            "Pattern"),
        args(
            new BusinessEvent<>(
                "e", "tracking", T0, "carrier:dhl", "c", "k", 1, Samples.trackingEvent()),
            "type",
            "Pattern"),
        args(
            new BusinessEvent<>(
                "e",
                EventTypes.TRACKING_UPDATED,
                null,
                "carrier:dhl",
                "c",
                "k",
                1,
                Samples.trackingEvent()),
            "occurredAt",
            "NotNull"),
        args(
            new BusinessEvent<>(
                "e", EventTypes.TRACKING_UPDATED, T0, " ", "c", "k", 1, Samples.trackingEvent()),
            "source",
            "NotBlank"),
        args(
            new BusinessEvent<>(
                "e", EventTypes.TRACKING_UPDATED, T0, "s", "", "k", 1, Samples.trackingEvent()),
            "correlationId",
            "NotBlank"),
        args(
            new BusinessEvent<>(
                "e", EventTypes.TRACKING_UPDATED, T0, "s", "c", null, 1, Samples.trackingEvent()),
            "idempotencyKey",
            "NotBlank"),
        args(
            new BusinessEvent<>(
                "e", EventTypes.TRACKING_UPDATED, T0, "s", "c", "k", 0, Samples.trackingEvent()),
            "schemaVersion",
            "Min"),
        args(
            new BusinessEvent<TrackingEvent>(
                "e", EventTypes.TRACKING_UPDATED, T0, "s", "c", "k", 1, null),
            "payload",
            "NotNull"),
        args(
            new BusinessEvent<>(
                "e",
                EventTypes.TRACKING_UPDATED,
                T0,
                "s",
                "c",
                "k",
                1,
                Samples.trackingEvent().toBuilder().status(null).buildUnvalidated()),
            "payload.status",
            "NotNull"));
  }

  private static Arguments args(Object invalid, String path, String constraint) {
    return Arguments.of(
        invalid.getClass().getSimpleName() + " " + path + " " + constraint,
        invalid,
        path,
        constraint);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleViolations")
  void eachInvalidValueBreaksExactlyItsConstraint(
      String name, Object invalid, String path, String constraint) {
    Violations.assertOnly(invalid, path, constraint);
  }

  @Test
  void lineAndParcelIdentifiersMustBeUniqueSoConfirmationsAreUnambiguous() {
    FulfillmentOrder fo =
        Samples.fulfillmentOrder().toBuilder()
            .addLine(FulfillmentLine.of("move:2", SKU, Quantity.pieces(1)))
            .addLine(FulfillmentLine.of("move:1", SKU, Quantity.pieces(1)))
            .addLine(FulfillmentLine.of("move:2", SKU, Quantity.pieces(1)))
            .buildUnvalidated();
    List<CanonicalViolation> violations = CanonicalValidator.validate(fo);
    assertThat(violations)
        .extracting(v -> v.path() + "|" + v.constraint() + "|" + v.message())
        .containsExactly(
            "lines[2].lineId|UniqueBy|duplicates lineId of element 0",
            "lines[3].lineId|UniqueBy|duplicates lineId of element 1");
    Violations.assertOnly(
        Samples.salesOrder().toBuilder().addLine(Samples.orderLine()).buildUnvalidated(),
        "lines[2].lineId",
        "UniqueBy");
    Violations.assertOnly(
        Samples.purchaseOrder().toBuilder()
            .addLine(Samples.purchaseOrder().lines().get(0))
            .buildUnvalidated(),
        "lines[1].lineId",
        "UniqueBy");
    Violations.assertOnly(
        Samples.asn().toBuilder().addLine(Samples.asn().lines().get(0)).buildUnvalidated(),
        "lines[1].lineId",
        "UniqueBy");
    Violations.assertOnly(
        Samples.receipt().toBuilder().addLine(Samples.receipt().lines().get(0)).buildUnvalidated(),
        "lines[1].lineId",
        "UniqueBy");
    Violations.assertOnly(
        Samples.shipment().toBuilder().addParcel(Parcel.of("PACK0001")).buildUnvalidated(),
        "parcels[1].parcelId",
        "UniqueBy");
    // null ids are left to @NotBlank / allowed where optional
    Violations.assertValid(
        Samples.receipt().toBuilder()
            .lines(
                List.of(
                    ReceiptLine.of(null, SKU, null, Quantity.pieces(1)),
                    ReceiptLine.of(null, SKU, null, Quantity.pieces(2))))
            .build());
  }

  @Test
  void shipmentLinesMustBePackedInParcelsOfTheSameShipment() {
    Shipment s =
        Samples.shipment().toBuilder()
            .addLine(new ShipmentLine(null, SKU, Quantity.pieces(1), null, List.of(), "PACK0009"))
            .addLine(new ShipmentLine(null, SKU, Quantity.pieces(1), null, List.of(), null))
            .buildUnvalidated();
    assertThat(CanonicalValidator.validate(s))
        .extracting(v -> v.path() + "|" + v.constraint() + "|" + v.message())
        .containsExactly(
            "lines[1].parcelId|ParcelRefsResolve|must reference a parcel of this shipment, but no"
                + " parcel has id 'PACK0009'");
  }

  @Test
  void offendingDataInMessagesIsNeverEvaluatedAsAnExpression() {
    Shipment s =
        Samples.shipment().toBuilder()
            .lines(
                List.of(
                    new ShipmentLine(
                        null, SKU, Quantity.pieces(1), null, List.of(), "${1+1}{value}\\")))
            .buildUnvalidated();
    assertThat(CanonicalValidator.validate(s))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message())
                    .isEqualTo(
                        "must reference a parcel of this shipment, but no parcel has id"
                            + " '${1+1}{value}\\'"));
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    Violations.assertValid(new Address("Main St", null, "Springfield", null, null, "US"));
    Violations.assertValid(Party.of("Walk-in customer", null));
    Violations.assertValid(LocationRef.of("WH"));
    Violations.assertValid(CarrierService.of("dhl"));
    Violations.assertValid(OrderLine.of("1", SKU, Quantity.pieces(1)));
    Violations.assertValid(Parcel.of("P1"));
    Violations.assertValid(ShipmentLine.of(null, SKU, Quantity.pieces(1)));
    Violations.assertValid(
        StockLevel.of(SKU, LocationRef.of("WH"), Quantity.of(-4, UnitOfMeasure.C62)));
    Violations.assertValid(new InventorySnapshot("s", "WH", T0, false, null));
    Violations.assertValid(
        Shipment.builder()
            .shipmentId("S")
            .carrierService(CarrierService.of("dhl"))
            .addLine(ShipmentLine.builder().sku(SKU).quantity(Quantity.pieces(1)).build())
            .shippedAt(T0)
            .build());
    Violations.assertValid(new Address("Main St", null, "Pristina", null, null, "XK"));
    Violations.assertValid(Samples.movement().toBuilder().from(null).build());
    Violations.assertValid(Samples.movement().toBuilder().to(null).build());
  }

  @Test
  void everyViolationOfADocumentIsReportedAtOnceSortedByPath() {
    FulfillmentOrder order =
        new FulfillmentOrder(
            " ",
            null,
            "",
            new Party(null, "", null, null, null, null),
            null,
            null,
            null,
            new ArrayList<>(
                List.of(
                    new FulfillmentLine(
                        "",
                        null,
                        new Gtin("4006381333932"),
                        null,
                        Quantity.of("-1", UnitOfMeasure.EA),
                        null,
                        null))),
            null,
            null);
    List<CanonicalViolation> violations = CanonicalValidator.validate(order);
    assertThat(violations)
        .extracting(v -> v.path() + "|" + v.constraint())
        .containsExactly(
            "fulfillmentOrderId|NotBlank",
            "lines[0].gtin|ValidGtin",
            "lines[0].lineId|NotBlank",
            "lines[0].quantity|PositiveQuantity",
            "lines[0].sku|NotNull",
            "shipTo|HasAddress",
            "shipTo.name|NotBlank",
            "warehouse|NotBlank");
    assertThat(violations.get(1).invalidValue()).isEqualTo("4006381333932");
    assertThat(violations.get(3).invalidValue()).isEqualTo("-1 EA");
    assertThat(violations.get(4).invalidValue()).isNull();
    assertThat(violations.get(5).invalidValue())
        .as("no personal data in violations")
        .isEqualTo("<Party>");
    assertThat(violations.get(0).message()).isEqualTo("must not be blank");
    assertThat(order.priority()).as("default priority").isEqualTo(OrderPriority.NORMAL);
  }

  @Test
  void skuProblemsAreExplainedPrecisely() {
    assertThat(CanonicalValidator.validate(new Sku(" ")).get(0).message())
        .isEqualTo("SKU must not be blank");
    assertThat(CanonicalValidator.validate(new Sku(LONG_129)).get(0).message())
        .isEqualTo("SKU must have at most 128 characters but has 129");
    assertThat(CanonicalValidator.validate(new Sku("A\tB")).get(0).message())
        .isEqualTo("SKU must not contain control characters");
    Violations.assertValid(new Sku("Ünïcödé SKU/with spaces-1"));
    Violations.assertValid(new Sku("x".repeat(128)));
  }

  @Test
  void violationsOfLongListsAreOrderedByNumericIndex() {
    List<ShipmentLine> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add(
          ShipmentLine.builder()
              .sku(SKU)
              .quantity(Quantity.pieces(i == 2 || i == 10 ? 0 : 1))
              .buildUnvalidated());
    }
    Shipment s = Samples.shipment().toBuilder().lines(lines).buildUnvalidated();
    assertThat(CanonicalValidator.validate(s))
        .extracting(CanonicalViolation::path)
        .containsExactly("lines[2].quantity", "lines[10].quantity");
  }

  @Test
  void offendingValuesAreRenderedShortly() {
    CanonicalViolation v = CanonicalValidator.validate(new Sku("y".repeat(500))).get(0);
    assertThat(v.invalidValue()).hasSize(120).endsWith("...");
    CanonicalViolation empty =
        CanonicalValidator.validate(
                Samples.shipment().toBuilder().lines(List.of()).buildUnvalidated())
            .get(0);
    assertThat(empty.invalidValue()).isEqualTo("[]");
    assertThat(empty.toString()).isEqualTo("lines: must not be empty (was '[]')");
  }

  @Test
  void requireValidThrowsWithEveryViolationAndBuildersValidate() {
    Assertions.assertThatThrownBy(() -> Shipment.builder().build())
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(CanonicalViolation::path)
                  .containsExactly("carrierService", "lines", "shipmentId", "shippedAt");
              assertThat(e.getMessage())
                  .startsWith("invalid Shipment (4 violations): carrierService: must not be null");
            });
    assertThat(CanonicalValidator.requireValid(Samples.shipment())).isEqualTo(Samples.shipment());
    assertThat(CanonicalValidator.isValid(Samples.shipment())).isTrue();
  }

  @Test
  void messagesAreEnglishWhateverTheDefaultLocale() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(CanonicalValidator.validate(new LocationRef("", null)).get(0).message())
          .isEqualTo("must not be blank");
    } finally {
      Locale.setDefault(previous);
    }
  }
}
