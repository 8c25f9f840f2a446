package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every inbound path validates the whole WMS message before its first write to Odoo: invalid input
 * is an {@link InvalidWmsMessageException} naming the line and field, and Odoo is left exactly as
 * it was.
 */
class InboundValidationIT {

  private static final Sku DESK = new Sku("FURN_0001");
  private static final Sku CHAIR = new Sku("FURN_0002");
  private static final Sku LAMP = new Sku("FURN_0003");
  private static final LocationRef STOCK = LocationRef.of("WH", "Stock");

  private WmsScenario s;

  @BeforeEach
  void start() {
    s = new WmsScenario();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private static <T> BusinessEvent<T> event(String id, String type, T payload) {
    return new BusinessEvent<>(
        id, type, Instant.now(), "wms:sim", "c-" + id, "sim:" + id, 1, payload);
  }

  /** A released delivery of 3 desks and 2 chairs; returns the picking id. */
  private long releasedDelivery() {
    Map<String, Double> lines = new LinkedHashMap<>();
    lines.put("product.product_desk", 3.0);
    lines.put("product.product_chair", 2.0);
    long pickingId = s.outgoingPickingOf(s.confirmedSaleOrder(s.customer(), lines));
    s.integration.releasePicking(pickingId);
    return pickingId;
  }

  /** The picking's state and its moves, as the comparison of "before" and "after". */
  private List<Object> odooStateOf(long pickingId) {
    OdooRecord p = s.picking(pickingId);
    return List.of(
        p.string("state").orElse(""),
        p.string("carrier_tracking_ref").orElse(""),
        s.moves(pickingId).stream().map(OdooRecord::asMap).toList());
  }

  private Shipment.Builder shipment(long pickingId) {
    return Shipment.builder()
        .shipmentId("SHP-BAD")
        .fulfillmentOrderRef(s.picking(pickingId).string("name").orElseThrow())
        .carrierService(CarrierService.of("Standard delivery"))
        .addTrackingNumber("TRK-BAD")
        .shippedAt(Instant.now());
  }

  @Test
  void shipmentLineWithANegativeQuantityIsRefusedBeforeTheFirstWriteToOdoo() {
    long pickingId = releasedDelivery();
    List<OdooRecord> moves = s.moves(pickingId);
    List<Object> before = odooStateOf(pickingId);
    Shipment bad =
        shipment(pickingId)
            .addLine(ShipmentLine.of(String.valueOf(moves.get(0).id()), DESK, Quantity.pieces(3)))
            .addLine(
                ShipmentLine.builder()
                    .orderLineRef(String.valueOf(moves.get(1).id()))
                    .sku(CHAIR)
                    .quantity(Quantity.pieces(4).negate())
                    .buildUnvalidated())
            .buildUnvalidated();

    assertThatThrownBy(() -> s.integration.apply(event("e-neg", WmsEventTypes.ORDER_SHIPPED, bad)))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("lines[1].quantity")
        .hasMessageContaining("SHP-BAD")
        .hasMessageContaining("e-neg");

    assertThat(odooStateOf(pickingId)).isEqualTo(before);
    assertThat(odooStateOf(pickingId).get(0)).isEqualTo("assigned");
  }

  @Test
  void shipmentLineInAUnitThatCannotBeConvertedIsRefusedNamingTheLine() {
    long pickingId = releasedDelivery();
    List<Object> before = odooStateOf(pickingId);
    Shipment bad =
        shipment(pickingId)
            .addLine(ShipmentLine.of(null, DESK, Quantity.pieces(3)))
            .addLine(ShipmentLine.of(null, CHAIR, Quantity.of(2, UnitOfMeasure.KGM)))
            .build();

    assertThatThrownBy(() -> s.integration.apply(event("e-kg", WmsEventTypes.ORDER_SHIPPED, bad)))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("lines[1].quantity")
        .hasMessageContaining(CHAIR.value());
    assertThat(odooStateOf(pickingId)).isEqualTo(before);
  }

  @Test
  void substitutionWithAProductUnknownToOdooAddsNoMoveToThePicking() {
    long pickingId = releasedDelivery();
    List<Object> before = odooStateOf(pickingId);
    Shipment bad =
        shipment(pickingId)
            .addLine(ShipmentLine.of(null, DESK, Quantity.pieces(3)))
            .addLine(ShipmentLine.of(null, LAMP, Quantity.pieces(2))) // known substitute
            .addLine(ShipmentLine.of(null, new Sku("NOT_IN_ODOO"), Quantity.pieces(1)))
            .build();

    assertThatThrownBy(() -> s.integration.apply(event("e-sub", WmsEventTypes.ORDER_SHIPPED, bad)))
        .isInstanceOf(WmsWorkflowException.class)
        .hasMessageContaining("NOT_IN_ODOO");
    assertThat(odooStateOf(pickingId)).as("no extra move for the lamp").isEqualTo(before);
  }

  /** Confirms the demo purchase order (10 lamps) and announces its receipt; returns its id. */
  private long announcedReceipt() {
    long po = s.odoo.ref("purchase.purchase_order_1");
    s.client.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
    s.integration.sendPendingAdvanceShipNotices();
    return s.client
        .search("stock.picking", Domain.where("purchase_id", "=", po), SearchOptions.limit(1))
        .get(0);
  }

  @Test
  void receiptLineWithANegativeQuantityIsRefusedInsteadOfBeingSkipped() {
    long receiptId = announcedReceipt();
    String ref = s.picking(receiptId).string("name").orElseThrow();
    List<Object> before = odooStateOf(receiptId);
    Receipt bad =
        Receipt.builder()
            .receiptId("RCV-BAD")
            .asnRef(ref)
            .location(STOCK)
            .receivedAt(Instant.now())
            .addLine(ReceiptLine.of("L1", LAMP, Quantity.pieces(10), Quantity.pieces(8)))
            .addLine(
                ReceiptLine.builder()
                    .lineId("L2")
                    .sku(LAMP)
                    .receivedQuantity(Quantity.pieces(2).negate())
                    .buildUnvalidated())
            .buildUnvalidated();

    assertThatThrownBy(() -> s.integration.apply(event("e-rcv", WmsEventTypes.GOODS_RECEIVED, bad)))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("lines[1].receivedQuantity");
    assertThat(odooStateOf(receiptId)).isEqualTo(before);
    assertThat(s.outbox(WmsEventTypes.RECEIPT_DISCREPANCY)).isEmpty();
  }

  @Test
  void receiptOfALotTrackedProductWithoutLotIsRefusedBeforeQuantitiesAreWritten() {
    long vendor = s.client.create("res.partner", Map.of("name", "Scanner Supplies"));
    long po =
        s.client.create(
            "purchase.order",
            Map.of(
                "partner_id",
                vendor,
                "order_line",
                List.of(
                    Command.create(
                        Map.of(
                            "product_id",
                            s.odoo.ref("product.product_scanner"),
                            "product_qty",
                            5.0,
                            "price_unit",
                            10.0)))));
    s.client.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
    long receiptId =
        s.client
            .search("stock.picking", Domain.where("purchase_id", "=", po), SearchOptions.limit(1))
            .get(0);
    List<Object> before = odooStateOf(receiptId);
    Receipt noLot =
        Receipt.builder()
            .receiptId("RCV-NOLOT")
            .asnRef(s.picking(receiptId).string("name").orElseThrow())
            .location(STOCK)
            .receivedAt(Instant.now())
            .addLine(
                ReceiptLine.of("L1", new Sku("E-COM01"), Quantity.pieces(5), Quantity.pieces(5)))
            .build();

    assertThatThrownBy(
            () -> s.integration.apply(event("e-nolot", WmsEventTypes.GOODS_RECEIVED, noLot)))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("lines[0]")
        .hasMessageContaining("E-COM01")
        .hasMessageContaining("lot");
    assertThat(odooStateOf(receiptId)).isEqualTo(before);
  }

  @Test
  void returnWithANegativeQuantityCreatesNoReturnPicking() {
    long pickingId = releasedDelivery();
    String ref = s.picking(pickingId).string("name").orElseThrow();
    s.integration.apply(s.wms.ship(ref, "Standard delivery", "TRK-R"));
    long pickingsBefore = s.client.searchCount("stock.picking", Domain.all());
    ReturnAuthorization bad =
        ReturnAuthorization.builder()
            .rmaId("RMA-BAD")
            .orderRef(ref)
            .customer(Party.of("Acme Retail", null))
            .returnTo(STOCK)
            .authorizedAt(Instant.now())
            .addLine(
                new ReturnLine(
                    null, DESK, Quantity.pieces(1).negate(), ReturnReason.DAMAGED, List.of(), null))
            .buildUnvalidated();

    assertThatThrownBy(
            () -> s.integration.apply(event("e-rma", WmsEventTypes.RETURN_RECEIVED, bad)))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("lines[0].quantity");
    assertThat(s.client.searchCount("stock.picking", Domain.all())).isEqualTo(pickingsBefore);
  }

  @Test
  void cycleCountWithAnIncompleteLevelAdjustsNothing() {
    WmsIntegration counting =
        s.newIntegrationWith(
            b -> b.cycleCountPolicy(ReconciliationPolicy.adjustWithin(BigDecimal.TEN)));
    InventorySnapshot bad =
        new InventorySnapshot(
            "COUNT-BAD",
            "WH",
            Instant.now(),
            false,
            List.of(
                StockLevel.of(DESK, STOCK, Quantity.pieces(48)),
                new StockLevel(CHAIR, STOCK, null, null, null)));

    assertThatThrownBy(() -> counting.apply(event("e-count", WmsEventTypes.INVENTORY_COUNTED, bad)))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("levels[1].onHand");
    assertThat(onHand("product.product_desk")).isEqualByComparingTo("50");
  }

  private BigDecimal onHand(String productXmlId) {
    return s.client
        .read("product.product", List.of(s.odoo.ref(productXmlId)), List.of("qty_available"))
        .get(0)
        .decimal("qty_available")
        .orElseThrow();
  }

  @Test
  void acknowledgementWithAPayloadOfTheWrongKindIsNotForwarded() {
    assertThatThrownBy(
            () ->
                s.integration.apply(
                    event("e-ack", WmsEventTypes.ORDER_ACCEPTED, "accepted, trust me")))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("OrderAcknowledgement");
    assertThat(s.outboxStore.list(OutboxStatus.PENDING, 100)).isEmpty();
  }
}
