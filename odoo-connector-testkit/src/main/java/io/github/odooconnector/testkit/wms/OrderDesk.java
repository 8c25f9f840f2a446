package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.wms.spi.OrderAcknowledgement;
import io.github.odooconnector.wms.spi.OrderStateChange;
import io.github.odooconnector.wms.spi.PackConfirmation;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PickedLine;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The outbound side of the simulator: released orders, their picks (full, short, substituted, with
 * lots), packing and shipping. Not thread-safe: guarded by the owning {@link SimulatedWms}.
 */
final class OrderDesk {

  private final EventJournal journal;
  private final Map<String, FulfillmentOrder> orders = new LinkedHashMap<>();
  private final Map<String, String> wmsIds = new LinkedHashMap<>();
  private final Map<String, String> releasesByKey = new LinkedHashMap<>();
  private final Map<String, Map<String, PickedLine>> picks = new LinkedHashMap<>();
  private final Set<String> cancelKeys = new HashSet<>();
  private final Set<String> cancelled = new LinkedHashSet<>();
  private final Set<String> shipped = new HashSet<>();

  OrderDesk(EventJournal journal) {
    this.journal = journal;
  }

  ReleaseConfirmation release(FulfillmentOrder order, String idempotencyKey) {
    String known = releasesByKey.get(idempotencyKey);
    if (known != null) {
      return new ReleaseConfirmation(known);
    }
    if (orders.containsKey(order.fulfillmentOrderId())) {
      throw new WmsRejectedException(
          "order " + order.fulfillmentOrderId() + " was already released with another key");
    }
    String wmsId = "SIM-" + journal.next();
    orders.put(order.fulfillmentOrderId(), order);
    wmsIds.put(order.fulfillmentOrderId(), wmsId);
    releasesByKey.put(idempotencyKey, wmsId);
    return new ReleaseConfirmation(wmsId);
  }

  ReleaseConfirmation update(FulfillmentOrder order) {
    if (!orders.containsKey(order.fulfillmentOrderId())) {
      throw new WmsRejectedException("unknown order " + order.fulfillmentOrderId());
    }
    orders.put(order.fulfillmentOrderId(), order);
    return new ReleaseConfirmation(wmsIds.get(order.fulfillmentOrderId()));
  }

  /**
   * Cancels an open order, once per key: a repeat with the same key, or a cancellation of an order
   * cancelled before, changes nothing.
   *
   * @throws WmsRejectedException if the order shipped already or was never released
   */
  void cancel(String fulfillmentOrderId, String idempotencyKey) {
    if (cancelKeys.contains(idempotencyKey) || cancelled.contains(fulfillmentOrderId)) {
      cancelKeys.add(idempotencyKey);
      return;
    }
    if (shipped.contains(fulfillmentOrderId)) {
      throw new WmsRejectedException(
          "order " + fulfillmentOrderId + " has shipped already and cannot be cancelled");
    }
    if (orders.remove(fulfillmentOrderId) == null) {
      throw new WmsRejectedException("unknown order " + fulfillmentOrderId);
    }
    cancelKeys.add(idempotencyKey);
    cancelled.add(fulfillmentOrderId);
  }

  List<String> cancelled() {
    return List.copyOf(cancelled);
  }

  /**
   * Emits a WMS-side state change of an open order (held, exception, cancelled); a cancellation
   * also removes the order.
   */
  BusinessEvent<OrderStateChange> changeState(
      String type, String what, String fulfillmentOrderId, String reason) {
    order(fulfillmentOrderId);
    if (WmsEventTypes.ORDER_CANCELLED.equals(type)) {
      orders.remove(fulfillmentOrderId);
      cancelled.add(fulfillmentOrderId);
    }
    return journal.emit(
        type,
        fulfillmentOrderId,
        what + ":" + fulfillmentOrderId + ":" + journal.next(),
        new OrderStateChange(fulfillmentOrderId, wmsIds.get(fulfillmentOrderId), reason));
  }

  Map<String, FulfillmentOrder> orders() {
    return Map.copyOf(orders);
  }

  String wmsId(String fulfillmentOrderId) {
    return wmsIds.get(fulfillmentOrderId);
  }

  BusinessEvent<OrderAcknowledgement> acknowledge(
      String fulfillmentOrderId, boolean accepted, String reason) {
    order(fulfillmentOrderId);
    if (!accepted) {
      orders.remove(fulfillmentOrderId);
    }
    return journal.emit(
        accepted ? WmsEventTypes.ORDER_ACCEPTED : WmsEventTypes.ORDER_REJECTED,
        fulfillmentOrderId,
        (accepted ? "accepted:" : "rejected:") + fulfillmentOrderId,
        new OrderAcknowledgement(
            fulfillmentOrderId, wmsIds.get(fulfillmentOrderId), accepted, reason));
  }

  /**
   * Replaces the picked line of the first order line for {@code sku} with what {@code change} makes
   * of it (the line picked in full, or as picked earlier).
   */
  void changeLine(String fulfillmentOrderId, Sku sku, UnaryOperator<PickedLine> change) {
    FulfillmentOrder o = order(fulfillmentOrderId);
    Map<String, PickedLine> lines =
        picks.computeIfAbsent(fulfillmentOrderId, k -> new LinkedHashMap<>());
    for (FulfillmentLine l : o.lines()) {
      if (l.sku().equals(sku)) {
        lines.put(l.lineId(), change.apply(lines.getOrDefault(l.lineId(), fullPick(l))));
        return;
      }
    }
    throw new IllegalArgumentException("SKU " + sku + " is not on order " + fulfillmentOrderId);
  }

  private static PickedLine fullPick(FulfillmentLine l) {
    return new PickedLine(
        l.lineId(), l.sku(), l.quantity(), l.sku(), l.quantity(), l.lotNumber(), List.of());
  }

  BusinessEvent<PickConfirmation> completePick(String fulfillmentOrderId) {
    FulfillmentOrder o = order(fulfillmentOrderId);
    Map<String, PickedLine> earlier = picks.getOrDefault(fulfillmentOrderId, Map.of());
    Map<String, PickedLine> lines = new LinkedHashMap<>(); // in order-line order
    for (FulfillmentLine l : o.lines()) {
      lines.put(l.lineId(), earlier.getOrDefault(l.lineId(), fullPick(l)));
    }
    picks.put(fulfillmentOrderId, lines);
    return journal.emit(
        WmsEventTypes.PICK_COMPLETED,
        fulfillmentOrderId,
        "picked:" + fulfillmentOrderId + ":" + journal.current(),
        new PickConfirmation(fulfillmentOrderId, List.copyOf(lines.values()), journal.now()));
  }

  BusinessEvent<PackConfirmation> pack(String fulfillmentOrderId, String trackingNumber) {
    order(fulfillmentOrderId);
    return journal.emit(
        WmsEventTypes.ORDER_PACKED,
        fulfillmentOrderId,
        "packed:" + fulfillmentOrderId,
        new PackConfirmation(
            fulfillmentOrderId,
            List.of(parcel(fulfillmentOrderId, trackingNumber)),
            journal.now()));
  }

  private static Parcel parcel(String fulfillmentOrderId, String trackingNumber) {
    return Parcel.builder()
        .parcelId(fulfillmentOrderId + "-1")
        .trackingNumber(trackingNumber)
        .build();
  }

  BusinessEvent<Shipment> ship(String fulfillmentOrderId, String carrier, String trackingNumber) {
    return ship(fulfillmentOrderId, carrier, trackingNumber, null);
  }

  /** Ships as {@link #ship(String, String, String)}, every order line on one pallet when set. */
  BusinessEvent<Shipment> ship(
      String fulfillmentOrderId, String carrier, String trackingNumber, Sscc pallet) {
    FulfillmentOrder o = order(fulfillmentOrderId);
    if (!picks.containsKey(fulfillmentOrderId)) {
      completePick(fulfillmentOrderId);
    }
    Shipment.Builder b =
        Shipment.builder()
            .shipmentId("SHP-" + wmsIds.get(fulfillmentOrderId))
            .fulfillmentOrderRef(fulfillmentOrderId)
            .orderRef(o.orderRef())
            .carrierService(CarrierService.of(carrier))
            .addTrackingNumber(trackingNumber)
            .addParcel(parcel(fulfillmentOrderId, trackingNumber))
            .shipTo(o.shipTo())
            .shipFrom(LocationRef.of(o.warehouse()))
            .shippedAt(journal.now());
    for (PickedLine l : picks.get(fulfillmentOrderId).values()) {
      if (l.pickedQuantity().signum() > 0) {
        b.addLine(
            new ShipmentLine(
                l.isSubstitution() ? null : l.lineId(),
                l.pickedSku(),
                l.pickedQuantity(),
                l.lotNumber(),
                l.serialNumbers(),
                fulfillmentOrderId + "-1",
                l.expiryDate(),
                l.bestBeforeDate(),
                l.productionDate()));
      }
    }
    if (pallet != null) {
      HandlingUnit.Builder unit =
          HandlingUnit.builder()
              .unitId("PAL-" + pallet.value())
              .type(HandlingUnitType.PALLET)
              .sscc(pallet);
      Map<String, Quantity> perLine = new LinkedHashMap<>();
      for (ShipmentLine l : b.buildUnvalidated().lines()) {
        if (l.orderLineRef() != null) {
          perLine.merge(l.orderLineRef(), l.quantity(), Quantity::plus);
        }
      }
      perLine.forEach((line, qty) -> unit.addItem(PackedItem.of(line, qty)));
      b.addHandlingUnit(unit.build());
    }
    Shipment shipment = b.build();
    orders.remove(fulfillmentOrderId);
    shipped.add(fulfillmentOrderId);
    return journal.emit(
        WmsEventTypes.ORDER_SHIPPED,
        fulfillmentOrderId,
        "shipped:" + shipment.shipmentId(),
        shipment);
  }

  FulfillmentOrder order(String fulfillmentOrderId) {
    FulfillmentOrder o =
        orders.get(Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId"));
    if (o == null) {
      throw new IllegalArgumentException(
          "order " + fulfillmentOrderId + " is not released to the simulator");
    }
    return o;
  }

  /** A picked line of {@code line}'s order line with another quantity. */
  static PickedLine withPicked(PickedLine line, Quantity picked) {
    return new PickedLine(
        line.lineId(),
        line.orderedSku(),
        line.orderedQuantity(),
        line.pickedSku(),
        picked,
        line.lotNumber(),
        line.serialNumbers(),
        line.expiryDate(),
        line.bestBeforeDate(),
        line.productionDate());
  }

  /** A picked line with another SKU picked instead, in the ordered quantity and without lot. */
  static PickedLine substituted(PickedLine line, Sku substitute) {
    return new PickedLine(
        line.lineId(),
        line.orderedSku(),
        line.orderedQuantity(),
        substitute,
        line.orderedQuantity(),
        null,
        List.of());
  }

  /** A picked line of {@code sku} with the lot and serials the WMS picked. */
  static PickedLine withLot(PickedLine line, Sku sku, String lotNumber, List<String> serials) {
    return new PickedLine(
        line.lineId(),
        line.orderedSku(),
        line.orderedQuantity(),
        sku,
        line.pickedQuantity(),
        lotNumber,
        serials);
  }
}
