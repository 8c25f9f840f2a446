package io.github.odooconnector.testkit.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.OrderPriority;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator keeps stock per lot and status bucket, and ships the lot dates it scanned. */
class SimulatedWmsLotsAndBucketsTest {

  private static final Sku SKU = Sku.of("A");
  private static final LocationRef STOCK = LocationRef.of("WH", "Stock");

  @Test
  void stockIsKeptPerLotAndStatusBucket() {
    SimulatedWms wms = SimulatedWms.builder().inventoryPageSize(10).build();
    StockLevel available =
        StockLevel.builder().sku(SKU).location(STOCK).onHand(Quantity.pieces(45)).build();
    wms.setStock(available);
    wms.setStock(
        available.toBuilder().onHand(Quantity.pieces(5)).status(StockStatus.QUARANTINE).build());
    wms.setStock(
        available.toBuilder()
            .lotNumber("L-1")
            .onHand(Quantity.pieces(3))
            .expiryDate(LocalDate.parse("2027-01-31"))
            .build());
    wms.setStock(SKU, STOCK, Quantity.pieces(44)); // replaces the lot-less available level only

    List<StockLevel> levels = wms.fetchInventory(InventoryPageRequest.first("WH", 10)).levels();

    assertThat(levels)
        .extracting(StockLevel::lotNumber, StockLevel::statusOrAvailable, l -> l.onHand())
        .containsExactlyInAnyOrder(
            tuple(null, StockStatus.AVAILABLE, Quantity.pieces(44)),
            tuple(null, StockStatus.QUARANTINE, Quantity.pieces(5)),
            tuple("L-1", StockStatus.AVAILABLE, Quantity.pieces(3)));
  }

  @Test
  void theLotDatesScannedAtPickingTravelOnTheShippedLine() {
    SimulatedWms wms = SimulatedWms.builder().build();
    wms.releaseOrder(
        FulfillmentOrder.builder()
            .fulfillmentOrderId("O1")
            .warehouse("WH")
            .shipTo(Party.of("Acme", Address.of("1 Main St", "Springfield", "12345", "US")))
            .priority(OrderPriority.NORMAL)
            .addLine(FulfillmentLine.of("1", SKU, Quantity.pieces(3)))
            .build(),
        "k1");
    wms.assignLot(
        "O1",
        SKU,
        "L-1",
        List.of(),
        LocalDate.parse("2027-01-31"),
        LocalDate.parse("2026-12-31"),
        LocalDate.parse("2026-10-01"));

    Shipment shipment = wms.ship("O1", "Standard delivery", "TRK").payload();

    ShipmentLine line = shipment.lines().get(0);
    assertThat(line.lotNumber()).isEqualTo("L-1");
    assertThat(line.expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));
    assertThat(line.bestBeforeDate()).isEqualTo(LocalDate.parse("2026-12-31"));
    assertThat(line.productionDate()).isEqualTo(LocalDate.parse("2026-10-01"));
  }
}
