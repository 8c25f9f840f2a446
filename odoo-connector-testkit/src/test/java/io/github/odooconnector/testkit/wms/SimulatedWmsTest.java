package io.github.odooconnector.testkit.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.OrderPriority;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SimulatedWmsTest {

  private static FulfillmentOrder order(String id) {
    return FulfillmentOrder.builder()
        .fulfillmentOrderId(id)
        .warehouse("WH")
        .shipTo(Party.of("Acme", Address.of("1 Main St", "Springfield", "12345", "US")))
        .priority(OrderPriority.NORMAL)
        .addLine(FulfillmentLine.of("1", Sku.of("A"), Quantity.pieces(3)))
        .addLine(FulfillmentLine.of("2", Sku.of("B"), Quantity.pieces(2)))
        .build();
  }

  @Test
  void releaseIsIdempotentPerKeyAndADifferentKeyForTheSameOrderIsRejected() {
    SimulatedWms wms = SimulatedWms.builder().build();
    String first = wms.releaseOrder(order("O1"), "k1").wmsOrderId();

    assertThat(wms.releaseOrder(order("O1"), "k1").wmsOrderId()).isEqualTo(first);
    assertThatThrownBy(() -> wms.releaseOrder(order("O1"), "k2"))
        .isInstanceOf(WmsRejectedException.class);
    assertThat(wms.orders()).containsOnlyKeys("O1");
    assertThat(wms.releaseCalls()).isEqualTo(3);
  }

  @Test
  void outagesFailCallsUntilRecovery() {
    SimulatedWms wms = SimulatedWms.builder().build();
    wms.failNextCalls(1);
    assertThatThrownBy(() -> wms.releaseOrder(order("O1"), "k"))
        .isInstanceOf(WmsUnavailableException.class);
    assertThat(wms.releaseOrder(order("O1"), "k").wmsOrderId()).isNotBlank();
    wms.goDown();
    assertThatThrownBy(() -> wms.fetchInventory(InventoryPageRequest.first("WH", 5)))
        .isInstanceOf(WmsUnavailableException.class);
    wms.recover();
    assertThat(wms.fetchInventory(InventoryPageRequest.first("WH", 5)).levels()).isEmpty();
  }

  @Test
  void shortPickShipsOnlyWhatWasPickedWithTheLineIds() {
    SimulatedWms wms = SimulatedWms.builder().build();
    wms.releaseOrder(order("O1"), "k");

    BusinessEvent<PickConfirmation> picked = wms.shortPick("O1", Sku.of("B"), Quantity.pieces(1));
    BusinessEvent<Shipment> shipped = wms.ship("O1", "DHL", "JD1");

    assertThat(picked.payload().hasShortPicks()).isTrue();
    assertThat(shipped.type()).isEqualTo(WmsEventTypes.ORDER_SHIPPED);
    assertThat(shipped.payload().lines())
        .extracting(l -> l.orderLineRef(), l -> l.quantity())
        .containsExactly(
            Tuple.tuple("1", Quantity.pieces(3)), Tuple.tuple("2", Quantity.pieces(1)));
    assertThat(shipped.payload().trackingNumbers()).containsExactly("JD1");
    assertThat(wms.orders()).as("shipped orders leave the WMS").isEmpty();
  }

  @Test
  void inventoryIsPagedAndEveryEmittedEventCanBePolledAndTranslated() {
    SimulatedWms wms = SimulatedWms.builder().inventoryPageSize(2).build();
    for (String sku : List.of("A", "B", "C")) {
      wms.setStock(Sku.of(sku), LocationRef.of("WH", "Stock"), Quantity.pieces(1));
    }
    List<Sku> seen = new ArrayList<>();
    InventoryPageRequest req = InventoryPageRequest.first("WH", 10);
    InventoryPage page = wms.fetchInventory(req);
    page.levels().forEach(l -> seen.add(l.sku()));
    assertThat(page.levels()).hasSize(2);
    page = wms.fetchInventory(req.next(page));
    page.levels().forEach(l -> seen.add(l.sku()));
    assertThat(page.isLast()).isTrue();
    assertThat(seen).containsExactly(Sku.of("A"), Sku.of("B"), Sku.of("C"));

    wms.releaseOrder(order("O1"), "k");
    BusinessEvent<?> accepted = wms.accept("O1");
    BusinessEvent<?> count =
        wms.cycleCount(Sku.of("A"), LocationRef.of("WH", "Stock"), Quantity.pieces(0));
    PolledMessages polled = wms.poll(null, 10);
    assertThat(polled.messages()).hasSize(2);
    assertThat(wms.translate(polled.messages().get(0))).containsExactly(accepted);
    assertThat(wms.translate(polled.messages().get(1))).containsExactly(count);
    assertThat(wms.poll(polled.optionalNextCursor().orElseThrow(), 10).messages()).isEmpty();
  }
}
