package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.WmsEventTypes;
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

  BusinessEvent<Receipt> receive(String asnId, Map<Sku, Quantity> received) {
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
    for (AsnLine l : asn.lines()) {
      Quantity got = received.getOrDefault(l.sku(), l.expectedQuantity());
      b.addLine(ReceiptLine.of(l.lineId(), l.sku(), l.expectedQuantity(), got));
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
        b.addLine(ReceiptLine.of(lineIds.get(e.getKey()), e.getKey(), e.getValue(), e.getValue()));
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
