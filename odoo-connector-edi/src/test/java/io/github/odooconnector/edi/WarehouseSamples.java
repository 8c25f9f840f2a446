package io.github.odooconnector.edi;

import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Gtin;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.OrderPriority;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.model.UnitOfMeasure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Documents of the X12 warehouse transactions (940/945/943/944/846) shared by their specs. */
final class WarehouseSamples {
  private WarehouseSamples() {}

  static EdiTranslator translator() {
    return EdiTranslator.builder()
        .controlNumbers(InMemoryControlNumberSource.create())
        .clock(EdiSamples.CLOCK)
        .build();
  }

  /** The 3PL's view of us: what we write, it reads as received (and the other way round). */
  static TradingPartner mirrored(TradingPartner p) {
    return TradingPartner.builder(p.name(), p.standard())
        .partnerId(p.ourQualifier(), p.ourId())
        .ourId(p.partnerQualifier(), p.partnerId())
        .version(p.version())
        .warehouse(p.warehouse())
        .build();
  }

  static Party customer() {
    return Party.builder("Jane Doe")
        .companyName("Doe Interiors")
        .address(
            Address.builder()
                .street1("12 High Street")
                .city("York")
                .postalCode("YO1 7HH")
                .countryCode("GB")
                .build())
        .email("jane@doe.example")
        .phone("+44 1904 555 0101")
        .build();
  }

  static FulfillmentOrder fulfillmentOrder() {
    return FulfillmentOrder.builder()
        .fulfillmentOrderId("WH/OUT/00042")
        .orderRef("S00017")
        .warehouse("NORTH")
        .shipTo(customer())
        .carrierService(CarrierService.of("UPSN", "Ground"))
        .priority(OrderPriority.HIGH)
        .requestedShipDate(LocalDate.parse("2026-12-02"))
        .createdAt(Instant.parse("2026-11-30T13:45:10Z"))
        .instructions("Fragile: use double-wall cartons and keep the chairs upright at all times")
        .addLine(
            FulfillmentLine.builder()
                .lineId("101")
                .sku(Sku.of("FURN-0001"))
                .gtin(Gtin.of("4006381333931"))
                .description("Office chair, black")
                .quantity(Quantity.of(4, UnitOfMeasure.EA))
                .orderLineRef("17")
                .build())
        .addLine(
            FulfillmentLine.builder()
                .lineId("102")
                .sku(Sku.of("BOLT-M8"))
                .quantity(Quantity.of("2.5", UnitOfMeasure.KGM))
                .lotNumber("L2611")
                .build())
        .build();
  }

  /**
   * Two parcels; line 101 split over both with its serials, the lot-tracked bolts in the second.
   */
  static Shipment shipment() {
    return Shipment.builder()
        .shipmentId("SHP-88121")
        .fulfillmentOrderRef("WH/OUT/00042")
        .orderRef("S00017")
        .carrierService(CarrierService.of("UPSN", "Ground"))
        .addTrackingNumber("1Z999AA10123456784")
        .addParcel(
            Parcel.builder()
                .parcelId("106141411234567897")
                .sscc(Sscc.of("106141411234567897"))
                .trackingNumber("1Z999AA10123456784")
                .build())
        .addParcel(Parcel.builder().parcelId("CTN-2").trackingNumber("1Z999AA10123456795").build())
        .addLine(
            ShipmentLine.builder()
                .orderLineRef("101")
                .sku(Sku.of("FURN-0001"))
                .quantity(Quantity.of(2, UnitOfMeasure.EA))
                .addSerialNumber("SN-0001")
                .addSerialNumber("SN-0002")
                .parcelId("106141411234567897")
                .build())
        .addLine(
            ShipmentLine.builder()
                .orderLineRef("101")
                .sku(Sku.of("FURN-0001"))
                .quantity(Quantity.of(2, UnitOfMeasure.EA))
                .addSerialNumber("SN-0003")
                .addSerialNumber("SN-0004")
                .parcelId("CTN-2")
                .build())
        .addLine(
            ShipmentLine.builder()
                .orderLineRef("102")
                .sku(Sku.of("BOLT-M8"))
                .quantity(Quantity.of("2.5", UnitOfMeasure.KGM))
                .lotNumber("L2611")
                .expiryDate(LocalDate.parse("2028-11-30"))
                .parcelId("CTN-2")
                .build())
        .shipFrom(LocationRef.of("NORTH", "Dock 2"))
        .shipTo(customer())
        .shippedAt(Instant.parse("2026-12-02T16:20:00Z"))
        .build();
  }

  /** Line 1 two short, one unit of line 2 damaged, line 3 serial-tracked. */
  static Receipt receipt() {
    return Receipt.builder()
        .receiptId("RCV-5512")
        .asnRef("ASN-2026-0042")
        .purchaseOrderRef("P00017")
        .location(LocationRef.of("NORTH", "Receiving"))
        .receivedAt(Instant.parse("2026-12-02T10:12:00Z"))
        .addLine(
            ReceiptLine.builder()
                .lineId("1")
                .sku(Sku.of("FURN-0001"))
                .expectedQuantity(Quantity.of(30, UnitOfMeasure.EA))
                .receivedQuantity(Quantity.of(28, UnitOfMeasure.EA))
                .lotNumber("LOT-A")
                .expiryDate(LocalDate.parse("2028-01-31"))
                .build())
        .addLine(
            ReceiptLine.builder()
                .lineId("2")
                .sku(Sku.of("FURN-0002"))
                .expectedQuantity(Quantity.of(12, UnitOfMeasure.EA))
                .receivedQuantity(Quantity.of(12, UnitOfMeasure.EA))
                .build())
        .addLine(
            ReceiptLine.builder()
                .lineId("3")
                .sku(Sku.of("SCAN-0001"))
                .expectedQuantity(Quantity.of(2, UnitOfMeasure.EA))
                .receivedQuantity(Quantity.of(2, UnitOfMeasure.EA))
                .addSerialNumber("SN-1001")
                .addSerialNumber("SN-1002")
                .build())
        .addDiscrepancy(
            Discrepancy.builder()
                .sku(Sku.of("FURN-0001"))
                .type(DiscrepancyType.SHORTAGE)
                .expectedQuantity(Quantity.of(30, UnitOfMeasure.EA))
                .actualQuantity(Quantity.of(28, UnitOfMeasure.EA))
                .lineId("1")
                .build())
        .addDiscrepancy(
            Discrepancy.builder()
                .sku(Sku.of("FURN-0002"))
                .type(DiscrepancyType.DAMAGED)
                .actualQuantity(Quantity.of(1, UnitOfMeasure.EA))
                .lineId("2")
                .build())
        .build();
  }

  /**
   * Chairs in two bins (some reserved), in quarantine and damaged; a bolt lot on hand and inbound.
   */
  static InventorySnapshot inventory() {
    Sku chair = Sku.of("FURN-0001");
    Sku bolt = Sku.of("BOLT-M8");
    LocalDate expiry = LocalDate.parse("2028-11-30");
    return new InventorySnapshot(
        "INV-20261201",
        "NORTH",
        Instant.parse("2026-12-01T05:00:00Z"),
        true,
        List.of(
            level(chair, "A-01-01", null, 40, 6, StockStatus.AVAILABLE, null),
            level(chair, "A-01-02", null, 12, 0, StockStatus.AVAILABLE, null),
            level(chair, "QC", null, 3, null, StockStatus.QUARANTINE, null),
            level(chair, "Damaged", null, 1, null, StockStatus.DAMAGED, null),
            new StockLevel(
                bolt,
                new LocationRef("NORTH", null),
                "L2611",
                Quantity.of(120, UnitOfMeasure.KGM),
                Quantity.of(20, UnitOfMeasure.KGM),
                StockStatus.AVAILABLE,
                expiry,
                null,
                null),
            new StockLevel(
                bolt,
                new LocationRef("NORTH", null),
                "L2611",
                Quantity.of(50, UnitOfMeasure.KGM),
                null,
                StockStatus.IN_TRANSIT,
                expiry,
                null,
                null)));
  }

  private static StockLevel level(
      Sku sku,
      String bin,
      String lot,
      long onHand,
      Integer reserved,
      StockStatus status,
      LocalDate expiry) {
    return new StockLevel(
        sku,
        LocationRef.of("NORTH", bin),
        lot,
        Quantity.of(onHand, UnitOfMeasure.EA),
        reserved == null ? null : Quantity.of(reserved, UnitOfMeasure.EA),
        status,
        expiry,
        null,
        null);
  }
}
