package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbound side of the simulator: announced receipts (ASNs), goods received against them,
 * returns taken back and cycle counts. Not thread-safe: guarded by the owning {@link SimulatedWms}.
 */
final class ReceivingDesk {

  private final EventJournal journal;
  private final StockBook stock;
  private final Map<String, AdvanceShipNotice> asns = new LinkedHashMap<>();
  private final Map<String, List<ExtraPallet>> extraPallets = new HashMap<>();

  /** A pallet the next receipt of an ASN brings although the ASN did not announce it. */
  private record ExtraPallet(Sscc sscc, Sku sku, Quantity quantity) {}

  ReceivingDesk(EventJournal journal, StockBook stock) {
    this.journal = journal;
    this.stock = stock;
  }

  void announce(AdvanceShipNotice asn) {
    asns.put(asn.asnId(), asn);
  }

  Map<String, AdvanceShipNotice> advanceShipNotices() {
    return Map.copyOf(asns);
  }

  void receiveExtraPallet(String asnId, Sscc sscc, Sku sku, Quantity quantity) {
    if (!asns.containsKey(asnId)) {
      throw new IllegalArgumentException("no ASN " + asnId);
    }
    extraPallets
        .computeIfAbsent(asnId, k -> new ArrayList<>())
        .add(new ExtraPallet(sscc, sku, quantity));
  }

  /**
   * Adds the handling units of the receipt: the ASN's units holding what was received of their
   * lines (in line order, at most the received quantity), then the extra pallets armed for the ASN,
   * each with a receipt line of its own (expected 0).
   */
  private void addHandlingUnits(
      AdvanceShipNotice asn, Receipt.Builder b, List<ReceiptLine> lines, List<HandlingUnit> units) {
    Map<String, Quantity> left = new HashMap<>();
    for (ReceiptLine l : lines) {
      if (l.lineId() != null) {
        left.put(l.lineId(), l.receivedQuantity());
      }
    }
    for (HandlingUnit unit : units) {
      List<PackedItem> contents = new ArrayList<>();
      for (PackedItem item : unit.contents()) {
        Quantity got = left.get(item.lineId());
        if (got == null || got.signum() <= 0) {
          continue;
        }
        Quantity take = item.quantity().compareAmount(got) <= 0 ? item.quantity() : got;
        left.put(item.lineId(), got.minus(take));
        contents.add(PackedItem.of(item.lineId(), take));
      }
      b.addHandlingUnit(unit.toBuilder().contents(contents).build());
    }
    for (ExtraPallet extra : extraPallets.getOrDefault(asn.asnId(), List.of())) {
      String lineId = "EXTRA-" + extra.sscc().value();
      b.addLine(
          ReceiptLine.builder()
              .lineId(lineId)
              .sku(extra.sku())
              .expectedQuantity(Quantity.of(0, extra.quantity().unit()))
              .receivedQuantity(extra.quantity())
              .build());
      b.addHandlingUnit(
          HandlingUnit.builder()
              .unitId(lineId)
              .type(HandlingUnitType.PALLET)
              .sscc(extra.sscc())
              .addItem(PackedItem.of(lineId, extra.quantity()))
              .build());
      stock.add(extra.sku(), asn.destination(), extra.quantity());
    }
    extraPallets.remove(asn.asnId());
  }

  BusinessEvent<Receipt> receive(String asnId, Map<Sku, Quantity> received) {
    return receive(asnId, received, null);
  }

  /** Receives as {@link #receive(String, Map)}, in {@code units} instead of the announced ones. */
  BusinessEvent<Receipt> receive(
      String asnId, Map<Sku, Quantity> received, List<HandlingUnit> units) {
    AdvanceShipNotice asn = asns.get(asnId);
    if (asn == null) {
      throw new IllegalArgumentException("no ASN " + asnId);
    }
    Receipt.Builder b =
        Receipt.builder()
            .receiptId("RCV-" + journal.next())
            .asnRef(asnId)
            .purchaseOrderRef(asn.purchaseOrderRef())
            .location(asn.destination())
            .receivedAt(journal.now());
    List<ReceiptLine> lines = new ArrayList<>();
    for (AsnLine l : asn.lines()) {
      Quantity got = received.getOrDefault(l.sku(), l.expectedQuantity());
      ReceiptLine line = ReceiptLine.of(l.lineId(), l.sku(), l.expectedQuantity(), got);
      b.addLine(line);
      lines.add(line);
      int cmp = got.compareAmount(l.expectedQuantity());
      if (cmp != 0) {
        b.addDiscrepancy(
            new Discrepancy(
                l.sku(),
                cmp < 0 ? DiscrepancyType.SHORTAGE : DiscrepancyType.OVERAGE,
                l.expectedQuantity(),
                got,
                l.lineId(),
                null));
      }
      stock.add(l.sku(), asn.destination(), got);
    }
    addHandlingUnits(asn, b, lines, units == null ? asn.handlingUnits() : units);
    Receipt r = b.build();
    return journal.emit(
        WmsEventTypes.GOODS_RECEIVED,
        Optional.ofNullable(asn.purchaseOrderRef()).orElse(asnId),
        "received:" + r.receiptId(),
        r);
  }

  BusinessEvent<Receipt> receiveLines(String asnId, List<ReceiptLine> lines) {
    AdvanceShipNotice asn = asns.get(asnId);
    if (asn == null) {
      throw new IllegalArgumentException("no ASN " + asnId);
    }
    Receipt.Builder b =
        Receipt.builder()
            .receiptId("RCV-" + journal.next())
            .asnRef(asnId)
            .purchaseOrderRef(asn.purchaseOrderRef())
            .location(asn.destination())
            .receivedAt(journal.now());
    Map<Sku, Quantity> expected = new LinkedHashMap<>();
    Map<Sku, String> lineIds = new LinkedHashMap<>();
    for (AsnLine l : asn.lines()) {
      expected.merge(l.sku(), l.expectedQuantity(), Quantity::plus);
      lineIds.putIfAbsent(l.sku(), l.lineId());
    }
    Map<Sku, Quantity> got = new LinkedHashMap<>();
    Map<Sku, Integer> perSku = new LinkedHashMap<>();
    List<ReceiptLine> receivedLines = new ArrayList<>();
    for (ReceiptLine line : lines) {
      // the first line of a SKU names its ASN line (the Odoo move); further lots of the SKU get
      // their own ids and are matched to the move by SKU
      int n = perSku.merge(line.sku(), 1, Integer::sum);
      String asnLine = lineIds.get(line.sku());
      String lineId =
          line.lineId() != null
              ? line.lineId()
              : asnLine == null || n == 1 ? asnLine : asnLine + "/" + n;
      ReceiptLine r = line.toBuilder().lineId(lineId).expectedQuantity(null).build();
      b.addLine(r);
      receivedLines.add(r);
      got.merge(r.sku(), r.receivedQuantity(), Quantity::plus);
      stock.addLot(
          r.sku(),
          asn.destination(),
          r.lotNumber(),
          r.receivedQuantity(),
          r.expiryDate(),
          r.bestBeforeDate(),
          r.productionDate());
    }
    for (Map.Entry<Sku, Quantity> e : expected.entrySet()) {
      Quantity received = got.get(e.getKey());
      if (received == null) {
        ReceiptLine asExpected =
            ReceiptLine.of(lineIds.get(e.getKey()), e.getKey(), e.getValue(), e.getValue());
        b.addLine(asExpected);
        receivedLines.add(asExpected);
        stock.add(e.getKey(), asn.destination(), e.getValue());
        continue;
      }
      int cmp = received.compareAmount(e.getValue());
      if (cmp != 0) {
        b.addDiscrepancy(
            new Discrepancy(
                e.getKey(),
                cmp < 0 ? DiscrepancyType.SHORTAGE : DiscrepancyType.OVERAGE,
                e.getValue(),
                received,
                lineIds.get(e.getKey()),
                null));
      }
    }
    addHandlingUnits(asn, b, receivedLines, asn.handlingUnits());
    Receipt r = b.build();
    return journal.emit(
        WmsEventTypes.GOODS_RECEIVED,
        Optional.ofNullable(asn.purchaseOrderRef()).orElse(asnId),
        "received:" + r.receiptId(),
        r);
  }

  BusinessEvent<ReturnAuthorization> receiveReturn(
      String rmaId,
      String orderRef,
      Party customer,
      Sku sku,
      Quantity quantity,
      ReturnReason reason) {
    ReturnAuthorization ra =
        ReturnAuthorization.builder()
            .rmaId(rmaId)
            .orderRef(orderRef)
            .customer(customer)
            .returnTo(LocationRef.of("WH", "Stock"))
            .addLine(new ReturnLine(null, sku, quantity, reason, List.of(), null))
            .authorizedAt(journal.now())
            .build();
    return journal.emit(WmsEventTypes.RETURN_RECEIVED, ra.orderRef(), "returned:" + ra.rmaId(), ra);
  }

  BusinessEvent<InventorySnapshot> cycleCount(Sku sku, LocationRef location, Quantity counted) {
    StockLevel level = StockLevel.of(sku, location, counted);
    stock.set(level);
    InventorySnapshot s =
        new InventorySnapshot(
            "COUNT-" + journal.next(), location.warehouse(), journal.now(), false, List.of(level));
    return journal.emit(
        WmsEventTypes.INVENTORY_COUNTED, "count:" + sku, "counted:" + s.snapshotId(), s);
  }
}
