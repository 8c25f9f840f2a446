package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
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
import org.junit.jupiter.api.Test;

/** Reads warehouse interchanges written by hand the way 3PLs and depositors send them. */
class WarehouseSampleFileTest {
  private final EdiTranslator translator = WarehouseSamples.translator();
  private final TradingPartner warehouse = EdiSamples.x12Warehouse();

  private ReceivedInterchange read(String file) {
    return translator.read(warehouse, EdiSamples.resource(file));
  }

  @Test
  void aDepositors940IsReadAsAFulfillmentOrder() {
    ReceivedInterchange in = read("940-depositor.x12");

    FulfillmentOrder order = in.documents(FulfillmentOrder.class).get(0);
    assertThat(in.header().controlNumber()).isEqualTo("000000207");
    assertThat(order.fulfillmentOrderId()).isEqualTo("ORD-55120");
    assertThat(order.warehouse()).isEqualTo("EAST");
    assertThat(order.optionalOrderRef()).contains("SO-20881");
    assertThat(order.priority()).isEqualTo(OrderPriority.NORMAL);
    assertThat(order.shipTo().name()).isEqualTo("Blue Harbor Cafe");
    assertThat(order.shipTo().optionalPartyId()).contains("CUST-0042");
    assertThat(order.shipTo().address().street2()).isEqualTo("Suite 2");
    assertThat(order.shipTo().optionalPhone()).contains("+1 207 555 0188");
    assertThat(order.requestedShipDate()).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-30T09:10:00Z"));
    assertThat(order.instructions()).isEqualTo("Deliver to back door; call ahead");
    assertThat(order.carrierService()).isEqualTo(CarrierService.of("UPSN", "Ground"));
    assertThat(order.lines())
        .extracting(
            FulfillmentLine::lineId,
            FulfillmentLine::sku,
            FulfillmentLine::quantity,
            FulfillmentLine::gtin,
            FulfillmentLine::lotNumber)
        .containsExactly(
            tuple(
                "1",
                Sku.of("MUG-0001"),
                Quantity.of(12, UnitOfMeasure.EA),
                Gtin.of("00012345678905"),
                null),
            tuple("2", Sku.of("FILTER-BOX"), Quantity.of(3, UnitOfMeasure.BX), null, "F2611"));
    assertThat(order.lines().get(0).description()).isEqualTo("Stoneware mug 350 ml");
  }

  @Test
  void a3plsPartial945IsReadWithShippedQuantitiesSerialsLotAndTracking() {
    Shipment shipment = read("945-north3pl.x12").documents(Shipment.class).get(0);

    assertThat(shipment.shipmentId()).isEqualTo("SHP-88121");
    assertThat(shipment.optionalFulfillmentOrderRef()).contains("WH/OUT/00042");
    assertThat(shipment.optionalOrderRef()).contains("S00017");
    assertThat(shipment.carrierService()).isEqualTo(CarrierService.of("UPSN", "Ground"));
    assertThat(shipment.trackingNumbers()).containsExactly("1Z999AA10123456784");
    assertThat(shipment.shippedAt()).isEqualTo(Instant.parse("2026-12-02T16:15:00Z"));
    assertThat(shipment.shipFrom()).isEqualTo(LocationRef.of("NORTH"));
    assertThat(shipment.shipTo().address().city()).isEqualTo("York");
    assertThat(shipment.parcels())
        .containsExactly(
            Parcel.builder()
                .parcelId("106141411234567897")
                .sscc(Sscc.of("106141411234567897"))
                .trackingNumber("1Z999AA10123456784")
                .build());
    // 4 ordered, 3 shipped; the lamp was ordered but not shipped at all, so it is no line
    assertThat(shipment.lines())
        .extracting(ShipmentLine::orderLineRef, ShipmentLine::sku, ShipmentLine::quantity)
        .containsExactly(
            tuple("101", Sku.of("FURN-0001"), Quantity.of(3, UnitOfMeasure.EA)),
            tuple("102", Sku.of("BOLT-M8"), Quantity.of("2.5", UnitOfMeasure.KGM)));
    assertThat(shipment.lines().get(0).serialNumbers())
        .containsExactly("SN-0001", "SN-0002", "SN-0003");
    assertThat(shipment.lines().get(0).parcelId()).isEqualTo("106141411234567897");
    assertThat(shipment.lines().get(1).lotNumber()).isEqualTo("L2611");
    assertThat(shipment.lines().get(1).expiryDate()).isEqualTo(LocalDate.parse("2028-11-30"));
  }

  @Test
  void aSuppliers943IsReadAsAnAdvanceShipNotice() {
    AdvanceShipNotice notice = read("943-acme.x12").documents(AdvanceShipNotice.class).get(0);

    assertThat(notice.asnId()).isEqualTo("TR-7781");
    assertThat(notice.optionalPurchaseOrderRef()).contains("PO-4410");
    assertThat(notice.supplier().name()).isEqualTo("Acme Supply Ltd");
    assertThat(notice.destination()).isEqualTo(LocationRef.of("EAST", "Receiving Dock 1"));
    assertThat(notice.expectedArrival()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
    assertThat(notice.carrierService()).isEqualTo(CarrierService.of("ODFL", "LTL standard"));
    assertThat(notice.trackingNumbers()).containsExactly("PRO-772310045");
    assertThat(notice.lines())
        .containsExactly(
            AsnLine.builder()
                .lineId("1")
                .sku(Sku.of("FURN-0001"))
                .gtin(Gtin.of("4006381333931"))
                .expectedQuantity(Quantity.of(48, UnitOfMeasure.EA))
                .lotNumber("L2611")
                .expiryDate(LocalDate.parse("2028-11-30"))
                .purchaseOrderLineRef("10")
                .build(),
            AsnLine.of("2", Sku.of("BOLT-M8"), Quantity.of(5, UnitOfMeasure.KGM)));
  }

  @Test
  void a3pls944IsReadWithExpectedQuantitiesAndDiscrepancies() {
    Receipt receipt = read("944-north3pl.x12").documents(Receipt.class).get(0);

    assertThat(receipt.receiptId()).isEqualTo("RCV-5512");
    assertThat(receipt.optionalAsnRef()).contains("TR-7781");
    assertThat(receipt.optionalPurchaseOrderRef()).contains("PO-4410");
    assertThat(receipt.location()).isEqualTo(LocationRef.of("NORTH", "Receiving"));
    assertThat(receipt.receivedAt()).isEqualTo(Instant.parse("2026-12-03T10:45:00Z"));
    assertThat(receipt.lines())
        .extracting(
            ReceiptLine::lineId, ReceiptLine::expectedQuantity, ReceiptLine::receivedQuantity)
        .containsExactly(
            tuple("1", Quantity.of(48, UnitOfMeasure.EA), Quantity.of(46, UnitOfMeasure.EA)),
            tuple("2", Quantity.of(5, UnitOfMeasure.KGM), Quantity.of(5, UnitOfMeasure.KGM)),
            tuple("3", Quantity.of(2, UnitOfMeasure.EA), Quantity.of(2, UnitOfMeasure.EA)));
    assertThat(receipt.lines().get(2).serialNumbers()).containsExactly("SN-1001", "SN-1002");
    assertThat(receipt.discrepancies())
        .extracting(
            Discrepancy::type,
            Discrepancy::lineId,
            Discrepancy::expectedQuantity,
            Discrepancy::actualQuantity)
        .containsExactly(
            tuple(
                DiscrepancyType.SHORTAGE,
                "1",
                Quantity.of(48, UnitOfMeasure.EA),
                Quantity.of(46, UnitOfMeasure.EA)),
            tuple(DiscrepancyType.DAMAGED, "1", null, Quantity.of(1, UnitOfMeasure.EA)));
    assertThat(receipt.quantityDiscrepancies()).hasSize(1);
  }

  @Test
  void a3pls846IsReadAsStockLevelsPerStatusBinAndLot() {
    InventorySnapshot snapshot = read("846-north3pl.x12").documents(InventorySnapshot.class).get(0);

    assertThat(snapshot.snapshotId()).isEqualTo("INV-20261201");
    assertThat(snapshot.warehouse()).isEqualTo("NORTH");
    assertThat(snapshot.complete()).isTrue();
    assertThat(snapshot.takenAt()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
    assertThat(snapshot.levels())
        .extracting(
            l -> l.location().bin(), StockLevel::status, StockLevel::onHand, StockLevel::reserved)
        .containsExactly(
            tuple(
                "A-01-01",
                StockStatus.AVAILABLE,
                Quantity.of(40, UnitOfMeasure.EA),
                Quantity.of(6, UnitOfMeasure.EA)),
            tuple(
                "A-01-02",
                StockStatus.AVAILABLE,
                Quantity.of(12, UnitOfMeasure.EA),
                Quantity.of(0, UnitOfMeasure.EA)),
            tuple(null, StockStatus.QUARANTINE, Quantity.of(3, UnitOfMeasure.EA), null),
            tuple(null, StockStatus.DAMAGED, Quantity.of(1, UnitOfMeasure.EA), null),
            tuple(
                null,
                StockStatus.AVAILABLE,
                Quantity.of(120, UnitOfMeasure.KGM),
                Quantity.of(20, UnitOfMeasure.KGM)),
            tuple(null, StockStatus.IN_TRANSIT, Quantity.of(50, UnitOfMeasure.KGM), null));
    assertThat(snapshot.levels().get(4).lotNumber()).isEqualTo("L2611");
    assertThat(snapshot.levels().get(4).expiryDate()).isEqualTo(LocalDate.parse("2028-11-30"));
    assertThat(snapshot.levels().get(0).available()).isEqualTo(Quantity.of(34, UnitOfMeasure.EA));
  }

  static List<String> files() {
    return List.of(
        "940-depositor.x12",
        "945-north3pl.x12",
        "943-acme.x12",
        "944-north3pl.x12",
        "846-north3pl.x12");
  }
}
