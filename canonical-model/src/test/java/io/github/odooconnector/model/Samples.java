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
    return new Address("Hauptstraße 5", "Hinterhaus", "Leipzig", "SN", "04109", "DE");
  }

  static Party customer() {
    return new Party(
        "res.partner:42",
        "Erika Mustermann",
        "Acme GmbH",
        address(),
        "erika@example.com",
        "+49 341 123456");
  }

  static Party supplier() {
    return Party.builder("Wood Corp")
        .partyId("res.partner:7")
        .address(new Address("1 Mill Road", null, "Portland", "OR", "97201", "US"))
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
            new PurchaseOrderLine(
                "10",
                SKU,
                "WC-DESK-OAK",
                "Oak desk",
                Quantity.of(20, UnitOfMeasure.EA),
                Money.of("80.0000", "USD"),
                LocalDate.parse("2026-12-10")))
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
            new FulfillmentLine(
                "move:1", SKU, GTIN, "Oak desk", Quantity.pieces(2), "LOT-2026-11", "1"))
        .createdAt(T0)
        .instructions("Fragile")
        .build();
  }

  static Parcel parcel() {
    return new Parcel(
        "PACK0001",
        SSCC,
        "JJD0001",
        Weight.kilograms("12.250"),
        Dimensions.of(
            new BigDecimal("120"), new BigDecimal("80"), new BigDecimal("15.5"), UnitOfMeasure.CMT),
        "box");
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
            new ShipmentLine(
                "move:1",
                SKU,
                Quantity.pieces(2),
                "LOT-2026-11",
                List.of("SN1", "SN2"),
                "PACK0001"))
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
            new AsnLine(
                "1",
                SKU,
                GTIN,
                Quantity.of(20, UnitOfMeasure.EA),
                "LOT-A",
                LocalDate.parse("2028-01-31"),
                "10"))
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
            new ReceiptLine(
                "1",
                SKU,
                Quantity.of(20, UnitOfMeasure.EA),
                Quantity.of(18, UnitOfMeasure.EA),
                "LOT-A",
                List.of(),
                LocalDate.parse("2028-01-31")))
        .addDiscrepancy(
            new Discrepancy(
                SKU,
                DiscrepancyType.DAMAGED,
                null,
                Quantity.of(1, UnitOfMeasure.EA),
                "1",
                "Crushed corner"))
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
        .occurredAt(T0)
        .reference("WH/INT/00003")
        .build();
  }

  static StockLevel stockLevel() {
    return new StockLevel(
        SKU, LocationRef.of("WH", "Stock"), "LOT-A", Quantity.pieces(10), Quantity.pieces(4));
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
                "1", SKU, Quantity.pieces(1), ReturnReason.DAMAGED, List.of("SN1"), "Scratched"))
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

  /** One sample of every document and value type (see ModelCompletenessTest). */
  static List<Object> everyDocument() {
    return List.of(
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
        CarrierService.of("dhl", "express"));
  }
}
