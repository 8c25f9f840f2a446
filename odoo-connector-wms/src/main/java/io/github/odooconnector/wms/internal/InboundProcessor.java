package io.github.odooconnector.wms.internal;

import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow 3, goods coming in: announces purchase order receipts to the WMS (ASN) and books what
 * the WMS received on the receipt (publishing discrepancies). Returns are {@link ReturnBooker}'s.
 * Thread-safe.
 */
final class InboundProcessor {

  private final WmsPickingGateway odoo;
  private final WmsAdapter adapter;
  private final Idempotent idempotent;
  private final MoveAllocator allocator;
  private final PickingConfirmer confirmer;
  private final EventPublisher events;
  private final WmsSettings settings;
  private final HandlingUnits units;

  InboundProcessor(
      WmsPickingGateway odoo,
      WmsAdapter adapter,
      Idempotent idempotent,
      MoveAllocator allocator,
      PickingConfirmer confirmer,
      EventPublisher events,
      WmsSettings settings) {
    this.odoo = odoo;
    this.adapter = adapter;
    this.idempotent = idempotent;
    this.allocator = allocator;
    this.confirmer = confirmer;
    this.events = events;
    this.settings = settings;
    this.units = new HandlingUnits(odoo);
  }

  // ---------------------------------------------------------------- ASN

  BatchReport sendPendingAdvanceShipNotices() {
    if (!adapter.capabilities().supports(WmsFeature.ADVANCE_SHIP_NOTICE)) {
      throw new UnsupportedWmsOperationException(
          adapter.name() + " does not support advance ship notices");
    }
    ReleaseMarker marker = settings.asnMarker();
    BatchRun run = BatchRun.stoppingOnWmsOutage();
    for (Long id : odoo.unannouncedReceipts(marker, settings.batchSize())) {
      run.run("stock.picking(" + id + ")", () -> BatchRun.Done.succeeded(sendAsn(id, marker)));
    }
    return run.report();
  }

  private String sendAsn(long pickingId, ReleaseMarker marker) {
    MappedRecord picking = odoo.picking(pickingId, marker.field());
    AdvanceShipNotice found = odoo.advanceShipNotice(picking);
    AdvanceShipNotice asn =
        adapter.capabilities().supports(WmsFeature.HANDLING_UNITS)
            ? units.announce(found, pickingId)
            : found;
    String key = settings.keyPrefix() + "asn:" + pickingId;
    String asnId =
        idempotent.execute(
            key,
            Map.of("picking", pickingId, "reference", asn.asnId()),
            String.class,
            () -> {
              adapter.sendAdvanceShipNotice(asn, key);
              return asn.asnId();
            });
    odoo.writeMarker(pickingId, marker, asnId);
    return asn.asnId();
  }

  // ---------------------------------------------------------------- receipts

  ApplyOutcome applyReceipt(Receipt receipt) {
    String eventRef = "receipt:" + receipt.receiptId();
    Optional<MappedRecord> open = confirmer.openPicking(findReceiptPicking(receipt), eventRef);
    if (open.isEmpty()) {
      return ApplyOutcome.DUPLICATE;
    }
    MappedRecord picking = open.get();
    String reference = picking.requireString("reference");
    String state = picking.string("state").orElse("");
    if ("cancel".equals(state) || "draft".equals(state)) {
      throw new WmsWorkflowException("receipt " + reference + " is in state '" + state + "'");
    }
    List<MoveAllocator.Line> lines = new ArrayList<>();
    for (int i = 0; i < receipt.lines().size(); i++) {
      ReceiptLine l = receipt.lines().get(i);
      if (l.receivedQuantity().signum() > 0) {
        lines.add(
            new MoveAllocator.Line(
                "receipt " + receipt.receiptId() + " lines[" + i + "]",
                l.lineId(),
                l.sku(),
                l.receivedQuantity(),
                l.lotNumber(),
                l.serialNumbers(),
                new StockLots.LotDates(l.expiryDate(), l.bestBeforeDate(), l.productionDate())));
      }
    }
    MoveAllocator.Allocation allocation =
        allocator.allocate(picking, lines, MoveAllocator.Direction.INCOMING);
    List<Discrepancy> discrepancies =
        new ArrayList<>(discrepancies(receipt, reference, allocation));
    discrepancies.addAll(units.unannounced(picking.id(), receipt, reference));
    if (allocation.moves().stream().allMatch(m -> m.quantity.signum() == 0)) {
      throw new WmsWorkflowException(
          "receipt " + receipt.receiptId() + " books nothing on " + reference);
    }
    if (!discrepancies.isEmpty()) {
      Receipt withDiscrepancies = receipt.toBuilder().discrepancies(discrepancies).build();
      events.publish(
          settings.keyPrefix() + "receipt-discrepancy:" + receipt.receiptId(),
          WmsEventTypes.RECEIPT_DISCREPANCY,
          Optional.ofNullable(receipt.purchaseOrderRef()).orElse(reference),
          withDiscrepancies);
    }
    allocator.write(picking, allocation);
    units.pack(picking.id(), receipt.handlingUnits(), allocation);
    confirmer.validateOnce(picking, reference, settings.underReceiptPolicy(), eventRef);
    return ApplyOutcome.APPLIED;
  }

  /** The WMS's own discrepancies plus every shortage, overage and unexpected item found. */
  private static List<Discrepancy> discrepancies(
      Receipt receipt, String reference, MoveAllocator.Allocation allocation) {
    List<Discrepancy> discrepancies = new ArrayList<>(receipt.discrepancies());
    Set<String> reported = new HashSet<>();
    for (Discrepancy d : receipt.discrepancies()) {
      reported.add(d.sku().value() + "|" + d.type());
    }
    for (MoveAllocator.MoveQty mq : allocation.moves()) {
      Quantity expected = mq.demand();
      Quantity actual = Quantity.of(mq.quantity, expected.unit());
      int cmp = actual.compareAmount(expected);
      DiscrepancyType type =
          cmp < 0 ? DiscrepancyType.SHORTAGE : cmp > 0 ? DiscrepancyType.OVERAGE : null;
      if (type != null && reported.add(mq.product().sku().value() + "|" + type)) {
        discrepancies.add(
            new Discrepancy(
                mq.product().sku(),
                type,
                expected,
                actual,
                String.valueOf(mq.moveId()),
                "received " + actual + ", expected " + expected));
      }
    }
    for (MoveAllocator.Line u : allocation.unmatched()) {
      if (reported.add(u.sku().value() + "|" + DiscrepancyType.UNEXPECTED_ITEM)) {
        discrepancies.add(
            new Discrepancy(
                u.sku(),
                DiscrepancyType.UNEXPECTED_ITEM,
                null,
                u.quantity(),
                u.lineRef(),
                "not on receipt " + reference + "; not booked in Odoo"));
      }
    }
    return discrepancies;
  }

  private MappedRecord findReceiptPicking(Receipt receipt) {
    if (receipt.asnRef() != null) {
      return odoo.pickingByReference(receipt.asnRef())
          .orElseThrow(
              () ->
                  new WmsWorkflowException(
                      "receipt " + receipt.receiptId() + ": no picking " + receipt.asnRef()));
    }
    if (receipt.purchaseOrderRef() != null) {
      Optional<MappedRecord> open = odoo.openReceiptOf(receipt.purchaseOrderRef());
      if (open.isPresent()) {
        return open.get();
      }
    }
    throw new WmsWorkflowException(
        "receipt "
            + receipt.receiptId()
            + " matches no open receipt in Odoo (asnRef "
            + receipt.asnRef()
            + ", purchaseOrderRef "
            + receipt.purchaseOrderRef()
            + ")");
  }
}
