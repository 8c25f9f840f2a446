package io.github.odooconnector.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Valid example documents used across the tests; every optional field is filled so round trips
 * cover it.
 */
final class Samples {
  private Samples() {}

  static final Instant T0 = Instant.parse("2026-11-27T08:15:30Z");
  static final Sku SKU = Sku.of("FURN-0001");
  static final Gtin GTIN = Gtin.of("4006381333931");
  static final Sscc SSCC = Sscc.of("106141411234567897");

  static Address address() {
    return Address.builder()
        .street1("Hauptstraße 5")
        .street2("Hinterhaus")
        .city("Leipzig")
        .region("SN")
        .postalCode("04109")
        .countryCode("DE")
        .build();
  }

  static Party customer() {
    return Party.builder("Erika Mustermann")
        .partyId("res.partner:42")
        .companyName("Acme GmbH")
        .address(address())
        .email("erika@example.com")
        .phone("+49 341 123456")
        .build();
  }

  static Party supplier() {
    return Party.builder("Wood Corp")
        .partyId("res.partner:7")
        .address(
            Address.builder()
                .street1("1 Mill Road")
                .city("Portland")
                .region("OR")
                .postalCode("97201")
                .countryCode("US")
                .build())
        .build();
  }

  static OrderLine orderLine() {
    return new OrderLine(
        "1", SKU, GTIN, "Oak desk", Quantity.of("2", UnitOfMeasure.C62), Money.of("199.90", "EUR"));
  }

  static SalesOrder salesOrder() {
    return SalesOrder.builder()
        .orderId("S00042")
        .externalRef("PO-ACME-7")
        .status(OrderStatus.CONFIRMED)
        .customer(customer())
        .shipTo(customer())
        .billTo(customer())
        .addLine(orderLine())
        .addLine(
            new OrderLine(
                "2", Sku.of("SCREW-10"), null, null, Quantity.of("1.5", UnitOfMeasure.KGM), null))
        .orderedAt(T0)
        .requestedDeliveryDate(LocalDate.parse("2026-12-01"))
        .warehouse("WH")
        .carrierService(CarrierService.of("dhl", "express"))
        .notes("Ring twice")
        .build();
  }

  static PurchaseOrder purchaseOrder() {
    return PurchaseOrder.builder()
        .orderId("P00017")
        .externalRef("SO-WOOD-99")
        .status(OrderStatus.CONFIRMED)
        .supplier(supplier())
        .addLine(
            PurchaseOrderLine.builder()
                .lineId("10")
                .sku(SKU)
                .supplierSku("WC-DESK-OAK")
                .description("Oak desk")
                .quantity(Quantity.of(20, UnitOfMeasure.EA))
                .unitPrice(Money.of("80.0000", "USD"))
                .expectedDate(LocalDate.parse("2026-12-10"))
                .build())
        .orderedAt(T0)
        .expectedDeliveryDate(LocalDate.parse("2026-12-10"))
        .deliverTo(LocationRef.of("WH", "Input"))
        .notes("Dock 3")
        .build();
  }

  static FulfillmentOrder fulfillmentOrder() {
    return FulfillmentOrder.builder()
        .fulfillmentOrderId("WH/OUT/00012")
        .orderRef("S00042")
        .warehouse("WH")
        .shipTo(customer())
        .carrierService(CarrierService.of("dhl", "express"))
        .priority(OrderPriority.HIGH)
        .requestedShipDate(LocalDate.parse("2026-11-28"))
        .addLine(
            FulfillmentLine.builder()
                .lineId("move:1")
                .sku(SKU)
                .gtin(GTIN)
                .description("Oak desk")
                .quantity(Quantity.pieces(2))
                .lotNumber("LOT-2026-11")
                .orderLineRef("1")
                .build())
        .createdAt(T0)
        .instructions("Fragile")
        .build();
  }

  static Parcel parcel() {
    return Parcel.builder()
        .parcelId("PACK0001")
        .sscc(SSCC)
        .trackingNumber("JJD0001")
        .weight(Weight.kilograms("12.250"))
        .dimensions(
            Dimensions.of(
                new BigDecimal("120"),
                new BigDecimal("80"),
                new BigDecimal("15.5"),
                UnitOfMeasure.CMT))
        .packageType("box")
        .build();
  }

  static Shipment shipment() {
    return Shipment.builder()
        .shipmentId("SHP-1")
        .fulfillmentOrderRef("WH/OUT/00012")
        .orderRef("S00042")
        .carrierService(CarrierService.of("dhl", "express"))
        .addTrackingNumber("JJD0001")
        .addParcel(parcel())
        .addLine(
            ShipmentLine.builder()
                .orderLineRef("move:1")
                .sku(SKU)
                .quantity(Quantity.pieces(2))
                .lotNumber("LOT-2026-11")
                .addSerialNumber("SN1")
                .addSerialNumber("SN2")
                .parcelId("PACK0001")
                .build())
        .shipFrom(LocationRef.of("WH", "Output"))
        .shipTo(customer())
        .shippedAt(T0)
        .build();
  }

  static AdvanceShipNotice asn() {
    return AdvanceShipNotice.builder()
        .asnId("ASN-1")
        .purchaseOrderRef("P00017")
        .supplier(supplier())
        .destination(LocationRef.of("WH", "Input"))
        .expectedArrival(T0)
        .carrierService(CarrierService.of("ups"))
        .addTrackingNumber("1Z999")
        .addLine(
            AsnLine.builder()
                .lineId("1")
                .sku(SKU)
                .gtin(GTIN)
                .expectedQuantity(Quantity.of(20, UnitOfMeasure.EA))
                .lotNumber("LOT-A")
                .expiryDate(LocalDate.parse("2028-01-31"))
                .purchaseOrderLineRef("10")
                .build())
        .build();
  }

  static Receipt receipt() {
    return Receipt.builder()
        .receiptId("WH/IN/00005")
        .asnRef("ASN-1")
        .purchaseOrderRef("P00017")
        .location(LocationRef.of("WH", "Input"))
        .receivedAt(T0)
        .addLine(
            ReceiptLine.builder()
                .lineId("1")
                .sku(SKU)
                .expectedQuantity(Quantity.of(20, UnitOfMeasure.EA))
                .receivedQuantity(Quantity.of(18, UnitOfMeasure.EA))
                .lotNumber("LOT-A")
                .expiryDate(LocalDate.parse("2028-01-31"))
                .bestBeforeDate(LocalDate.parse("2027-12-31"))
                .productionDate(LocalDate.parse("2026-11-02"))
                .build())
        .addDiscrepancy(
            Discrepancy.builder()
                .sku(SKU)
                .type(DiscrepancyType.DAMAGED)
                .actualQuantity(Quantity.of(1, UnitOfMeasure.EA))
                .lineId("1")
                .note("Crushed corner")
                .build())
        .build();
  }

  static InventoryMovement movement() {
    return InventoryMovement.builder()
        .movementId("sml:77")
        .sku(SKU)
        .quantity(Quantity.pieces(3))
        .from(LocationRef.of("WH", "Stock/A-01"))
        .to(LocationRef.of("WH", "Stock/B-02"))
        .reason(MovementReason.CYCLE_COUNT)
        .lotNumber("LOT-A")
        .addSerialNumber("SN9")
        .expiryDate(LocalDate.parse("2028-01-31"))
        .bestBeforeDate(LocalDate.parse("2027-12-31"))
        .productionDate(LocalDate.parse("2026-11-02"))
        .occurredAt(T0)
        .reference("WH/INT/00003")
        .build();
  }

  static StockLevel stockLevel() {
    return StockLevel.builder()
        .sku(SKU)
        .location(LocationRef.of("WH", "Stock"))
        .lotNumber("LOT-A")
        .onHand(Quantity.pieces(10))
        .reserved(Quantity.pieces(4))
        .status(StockStatus.QUARANTINE)
        .expiryDate(LocalDate.parse("2028-01-31"))
        .bestBeforeDate(LocalDate.parse("2027-12-31"))
        .productionDate(LocalDate.parse("2026-11-02"))
        .build();
  }

  static InventorySnapshot snapshot() {
    return new InventorySnapshot("snap-1", "WH", T0, true, List.of(stockLevel()));
  }

  static ReturnAuthorization rma() {
    return ReturnAuthorization.builder()
        .rmaId("RMA-9")
        .orderRef("S00042")
        .customer(customer())
        .returnTo(LocationRef.of("WH", "Returns"))
        .addLine(
            new ReturnLine(
                "1",
                SKU,
                Quantity.pieces(1),
                ReturnReason.DAMAGED,
                List.of("SN1"),
                "Scratched",
                "LOT-A",
                LocalDate.parse("2028-01-31"),
                LocalDate.parse("2027-12-31"),
                LocalDate.parse("2026-11-02")))
        .authorizedAt(T0)
        .expiresOn(LocalDate.parse("2026-12-27"))
        .carrierService(CarrierService.of("dhl"))
        .addTrackingNumber("RET123")
        .build();
  }

  static TrackingEvent trackingEvent() {
    return TrackingEvent.builder()
        .trackingNumber("JJD0001")
        .carrier("dhl")
        .status(TrackingStatus.DELIVERED)
        .rawCode("DLV")
        .rawDescription("Delivered to neighbour")
        .occurredAt(T0)
        .location("Leipzig")
        .countryCode("DE")
        .shipmentRef("SHP-1")
        .signedBy("Nachbar")
        .estimatedDeliveryAt(T0)
        .build();
  }

  static TrackingEvent delayedTrackingEvent() {
    return TrackingEvent.builder()
        .trackingNumber("JJD0002")
        .carrier("dhl")
        .status(TrackingStatus.ON_HOLD)
        .occurredAt(T0)
        .reason(TrackingReason.CUSTOMS_DOCUMENTS_REQUIRED)
        .build();
  }

  static CustomsItem customsItem() {
    return CustomsItem.builder()
        .description("Office chair, steel frame")
        .sku("FURN-0001")
        .hsCode("9401.30.10")
        .originCountry("de")
        .quantity(Quantity.pieces(2))
        .value(Money.of("240.00", "EUR"))
        .netWeight(Weight.kilograms("11.5"))
        .build();
  }

  static CustomsDeclaration customsDeclaration() {
    return CustomsDeclaration.builder()
        .contentsType(ContentsType.OTHER)
        .contentsExplanation("Furniture")
        .incoterm(Incoterm.DAP)
        .dutiesPayer(DutiesPayer.RECIPIENT)
        .invoiceNumber("S00042")
        .addItem(customsItem())
        .addShipperTaxId(TaxIdentifier.of(TaxIdType.EORI, "BE0123456789", "BE"))
        .addRecipientTaxId(TaxIdentifier.of(TaxIdType.VAT, "CHE-123.456.789"))
        .build();
  }

  static ShipmentOptions shipmentOptions() {
    return ShipmentOptions.builder()
        .declaredValue(Money.of("500", "EUR"))
        .signature(SignatureType.ADULT)
        .saturdayDelivery(true)
        .cashOnDelivery(Money.of("99.90", "EUR"))
        .dangerousGoods(DangerousGoods.LITHIUM_ION_BATTERIES)
        .dryIceWeight(Weight.kilograms("2"))
        .addReference("S00042")
        .build();
  }

  /** One sample of every document and value type (see ModelCompletenessTest). */
  static PackedShipNotice packedAsn() {
    HandlingUnit pallet =
        HandlingUnit.builder()
            .unitId("PAL-1")
            .type(HandlingUnitType.PALLET)
            .sscc(SSCC)
            .grossWeight(Weight.kilograms("120"))
            .build();
    HandlingUnit carton =
        HandlingUnit.builder()
            .unitId("CTN-1")
            .parentUnitId("PAL-1")
            .type(HandlingUnitType.CARTON)
            .sscc(Sscc.fromDataDigits("10614141123456790"))
            .grossWeight(Weight.kilograms("12.5"))
            .addItem(PackedItem.of("1", Quantity.of(20, UnitOfMeasure.EA)))
            .build();
    return PackedShipNotice.of(asn(), List.of(pallet, carton));
  }

  static PurchaseOrderAcknowledgement acknowledgement() {
    return PurchaseOrderAcknowledgement.builder()
        .acknowledgementId("SO-4711")
        .purchaseOrderRef("P00017")
        .status(AcknowledgementStatus.ACCEPTED_WITH_CHANGES)
        .acknowledgedOn(LocalDate.parse("2026-11-28"))
        .supplier(supplier())
        .addLine(
            AcknowledgementLine.builder()
                .lineId("10")
                .sku(SKU)
                .status(LineAcknowledgementStatus.CHANGED)
                .quantity(Quantity.of(8, UnitOfMeasure.EA))
                .unitPrice(Money.of("12.50", "EUR"))
                .promisedDate(LocalDate.parse("2026-12-10"))
                .build())
        .notes("two short, rest next week")
        .build();
  }

  static Invoice invoice() {
    return Invoice.builder()
        .invoiceId("INV/2026/0042")
        .orderRef("P00017")
        .invoiceDate(LocalDate.parse("2026-11-30"))
        .dueDate(LocalDate.parse("2026-12-30"))
        .seller(supplier())
        .buyer(customer())
        .currency("EUR")
        .addLine(
            InvoiceLine.builder()
                .lineId("1")
                .sku(SKU)
                .description("Office chair")
                .quantity(Quantity.of(8, UnitOfMeasure.EA))
                .unitPrice(Money.of("12.50", "EUR"))
                .orderLineRef("10")
                .build())
        .notes("payable within 30 days")
        .build();
  }

  static Item item() {
    return Item.builder()
        .sku(SKU)
        .description("Customizable Desk")
        .addBarcode(GTIN.value())
        .weight(Weight.kilograms("31.5"))
        .volume(Quantity.of("0.25", UnitOfMeasure.MTQ))
        .tracking(ItemTracking.LOT)
        .expiryTracked(true)
        .hsCode("9403.30")
        .countryOfOrigin("US")
        .build();
  }

  static List<Object> everyDocument() {
    return List.of(
        item(),
        packedAsn(),
        packedAsn().handlingUnits().get(1),
        packedAsn().handlingUnits().get(1).contents().get(0),
        acknowledgement(),
        acknowledgement().lines().get(0),
        invoice(),
        invoice().lines().get(0),
        salesOrder(),
        orderLine(),
        purchaseOrder(),
        purchaseOrder().lines().get(0),
        fulfillmentOrder(),
        fulfillmentOrder().lines().get(0),
        shipment(),
        shipment().lines().get(0),
        parcel(),
        asn(),
        asn().lines().get(0),
        receipt(),
        receipt().lines().get(0),
        receipt().discrepancies().get(0),
        movement(),
        stockLevel(),
        snapshot(),
        rma(),
        rma().lines().get(0),
        trackingEvent(),
        delayedTrackingEvent(),
        customer(),
        address(),
        SKU,
        GTIN,
        SSCC,
        Quantity.of("2.5", UnitOfMeasure.KGM),
        Money.of("19.99", "EUR"),
        Weight.kilograms("1.5"),
        parcel().dimensions(),
        LocationRef.of("WH", "A-01"),
        CarrierService.of("dhl", "express"),
        customsDeclaration(),
        customsItem(),
        customsDeclaration().shipperTaxIds().get(0),
        shipmentOptions());
  }
}
