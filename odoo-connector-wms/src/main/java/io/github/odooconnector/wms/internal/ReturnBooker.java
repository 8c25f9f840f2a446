package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.mapping.MoveInfo;
import io.github.odooconnector.mapping.ProductInfo;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnDisposition;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.ReturnLocationNotConfiguredException;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsFeature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workflow 5, returns: announces an authorized return to the WMS (pre-advice) and books what the
 * WMS received through Odoo's own return flow on the original delivery ({@link ReturnWizard}), so
 * the return picking is linked to the delivery ({@code return_id}), its moves to the delivered
 * moves, and the sale order's delivered quantities go down as when a person returns goods in Odoo.
 *
 * <p>Each line's units are booked with the destination of its {@link ReturnDisposition} ({@code
 * returnLocations} of the settings). The return picking is marked with the origin {@code RMA <id>
 * (return of <delivery>)}, which is how a later attempt finds it: a crash after the wizard created
 * the picking resumes on that picking instead of creating a second one. When even the wizard's
 * answer was lost (no marker written yet), the one return picking of the delivery created since the
 * first attempt that no RMA claimed, of the returned products only, is taken over. Thread-safe.
 */
final class ReturnBooker {

  private static final String MARKER_PREFIX = "RMA ";

  private final WmsPickingGateway odoo;
  private final WmsAdapter adapter;
  private final Idempotent idempotent;
  private final MoveAllocator allocator;
  private final PickingConfirmer confirmer;
  private final WmsSettings settings;

  ReturnBooker(
      WmsPickingGateway odoo,
      WmsAdapter adapter,
      Idempotent idempotent,
      MoveAllocator allocator,
      PickingConfirmer confirmer,
      WmsSettings settings) {
    this.odoo = odoo;
    this.adapter = adapter;
    this.idempotent = idempotent;
    this.allocator = allocator;
    this.confirmer = confirmer;
    this.settings = settings;
  }

  // ---------------------------------------------------------------- pre-advice

  /** Sends the RMA to the WMS once per RMA id. */
  void sendPreAdvice(ReturnAuthorization rma) {
    if (!adapter.capabilities().supports(WmsFeature.RETURN_PRE_ADVICE)) {
      throw new UnsupportedWmsOperationException(
          adapter.name() + " does not support return pre-advice");
    }
    EventValidator.requireValid(rma, "return " + rma.rmaId());
    String key = settings.keyPrefix() + "return-advice:" + rma.rmaId();
    idempotent.execute(
        key,
        Map.of("rma", rma.rmaId()),
        String.class,
        () -> {
          adapter.sendReturnPreAdvice(rma, key);
          return rma.rmaId();
        });
  }

  // ---------------------------------------------------------------- received returns

  /** Books a received return; the caller runs it once per event. */
  ApplyOutcome apply(ReturnAuthorization rma) {
    String orderRef =
        Optional.ofNullable(rma.orderRef())
            .orElseThrow(
                () -> new InvalidWmsMessageException("return " + rma.rmaId() + " has no orderRef"));
    MappedRecord original =
        odoo.pickingByReference(orderRef)
            .or(() -> odoo.doneDeliveryOf(orderRef))
            .orElseThrow(
                () ->
                    new WmsWorkflowException(
                        "return " + rma.rmaId() + ": no delivery " + orderRef));
    String marker =
        MARKER_PREFIX + rma.rmaId() + " (return of " + original.requireString("reference") + ")";
    // everything is checked before the first write
    Map<ReturnDisposition, Long> destinations = destinations(rma);
    Map<Sku, ProductInfo> products = products(rma);
    long returnId =
        odoo.pickingWithOrigin(marker).orElseGet(() -> create(original, rma, marker, products));
    MappedRecord picking = odoo.picking(returnId);
    String state = picking.string("state").orElse("");
    if ("done".equals(state)) {
      return ApplyOutcome.APPLIED; // validated by an attempt that failed to record it
    }
    if ("cancel".equals(state)) {
      throw new WmsWorkflowException(
          "return " + rma.rmaId() + ": return picking " + marker + " was cancelled in Odoo");
    }
    if ("draft".equals(state)) {
      odoo.confirm(returnId);
      picking = odoo.picking(returnId);
    }
    book(picking, rma, destinations);
    confirmer.validate(
        picking, picking.requireString("reference"), ShortPickPolicy.CANCEL_REMAINDER);
    return ApplyOutcome.APPLIED;
  }

  /** The location id per disposition of the RMA's lines; null for the return picking's own. */
  private Map<ReturnDisposition, Long> destinations(ReturnAuthorization rma) {
    Map<ReturnDisposition, Long> out = new EnumMap<>(ReturnDisposition.class);
    for (ReturnLine l : rma.lines()) {
      ReturnDisposition d = l.dispositionOrRestock();
      if (out.containsKey(d)) {
        continue;
      }
      Optional<String> name = settings.returnLocations().location(d);
      if (name.isEmpty() && d != ReturnDisposition.RESTOCK) {
        throw new ReturnLocationNotConfiguredException(rma.rmaId(), d);
      }
      out.put(d, name.map(odoo::locationByName).orElse(null));
    }
    return out;
  }

  /** The Odoo product of every line; tracked products must come back with their lot or serials. */
  private Map<Sku, ProductInfo> products(ReturnAuthorization rma) {
    Map<Sku, ProductInfo> out = new HashMap<>();
    for (int i = 0; i < rma.lines().size(); i++) {
      ReturnLine l = rma.lines().get(i);
      ProductInfo product = out.get(l.sku());
      if (product == null) {
        product =
            odoo.productBySku(l.sku())
                .orElseThrow(
                    () ->
                        new WmsWorkflowException(
                            "return " + rma.rmaId() + ": unknown SKU " + l.sku().value()));
        out.put(l.sku(), product);
      }
      if (product.isTracked() && l.serialNumbers().isEmpty() && l.lotNumber() == null) {
        throw new InvalidWmsMessageException(
            label(rma, i)
                + ".serialNumbers (SKU "
                + l.sku().value()
                + "): the product is tracked by lot or serial number in Odoo and the return names"
                + " neither lot nor serial numbers; book this return in Odoo");
      }
    }
    return out;
  }

  /**
   * Creates the return picking through Odoo's return wizard, or takes over the one an earlier
   * attempt created but could not mark, and marks it with {@code marker}.
   */
  private long create(
      MappedRecord original,
      ReturnAuthorization rma,
      String marker,
      Map<Sku, ProductInfo> products) {
    String deliveryRef = original.requireString("reference");
    String deliveryState = original.string("state").orElse("");
    if (!"done".equals(deliveryState)) {
      throw new WmsWorkflowException(
          "return "
              + rma.rmaId()
              + ": delivery "
              + deliveryRef
              + " is in state '"
              + deliveryState
              + "'; Odoo returns only done deliveries");
    }
    // the delivery's returns before the first attempt, kept under the RMA's own key
    long[] before =
        idempotent.execute(
            settings.keyPrefix() + "return-of:" + rma.rmaId(),
            Map.of("rma", rma.rmaId(), "delivery", original.id()),
            long[].class,
            () -> odoo.returnsOf(original.id()).stream().mapToLong(MappedRecord::id).toArray());
    long returnId =
        unclaimedSince(original, before, rma, products)
            .orElseGet(() -> throughWizard(original, rma, products));
    odoo.writeOrigin(returnId, marker);
    return returnId;
  }

  /**
   * The return picking of the delivery an earlier attempt created whose answer was lost: made since
   * the first attempt, claimed by no RMA, not cancelled, holding only the returned products.
   */
  private Optional<Long> unclaimedSince(
      MappedRecord original,
      long[] before,
      ReturnAuthorization rma,
      Map<Sku, ProductInfo> products) {
    Set<Long> known = Arrays.stream(before).boxed().collect(Collectors.toSet());
    Set<Long> returned =
        products.values().stream().map(ProductInfo::id).collect(Collectors.toSet());
    List<Long> candidates = new ArrayList<>();
    for (MappedRecord r : odoo.returnsOf(original.id())) {
      if (known.contains(r.id())
          || r.string("origin").orElse("").startsWith(MARKER_PREFIX)
          || "cancel".equals(r.string("state").orElse(""))) {
        continue;
      }
      boolean ours =
          odoo.moves(odoo.picking(r.id())).stream()
              .allMatch(m -> returned.contains(m.product().id()));
      if (ours) {
        candidates.add(r.id());
      }
    }
    if (candidates.size() > 1) {
      throw new WmsWorkflowException(
          "return "
              + rma.rmaId()
              + ": "
              + candidates.size()
              + " unclaimed return pickings of "
              + original.requireString("reference")
              + " were created since the first attempt "
              + candidates
              + "; book this return in Odoo");
    }
    return candidates.stream().findFirst();
  }

  /** Runs Odoo's return wizard on the delivery with the RMA's quantities. */
  private long throughWizard(
      MappedRecord original, ReturnAuthorization rma, Map<Sku, ProductInfo> products) {
    ReturnWizard wizard = odoo.returns();
    long wizardId = wizard.open(original.id());
    List<ReturnWizard.WizardLine> lines = wizard.lines(wizardId);
    Map<Long, MoveInfo> delivered = new HashMap<>();
    for (MoveInfo m : odoo.moves(original)) {
      delivered.put(m.id(), m);
    }
    Map<Long, BigDecimal> wanted = new LinkedHashMap<>();
    for (int i = 0; i < rma.lines().size(); i++) {
      ReturnLine l = rma.lines().get(i);
      ProductInfo product = products.get(l.sku());
      ReturnWizard.WizardLine target = target(lines, l, product, delivered, wanted);
      if (target == null) {
        throw new WmsWorkflowException(
            label(rma, i)
                + ": SKU "
                + l.sku().value()
                + " is not on delivery "
                + original.requireString("reference")
                + ", so Odoo's return wizard cannot return it; book this return in Odoo");
      }
      MoveInfo move = delivered.get(target.moveId());
      BigDecimal qty =
          MoveAllocator.convert(line(rma, i), move != null ? move.demand().unit() : product.unit())
              .value();
      wanted.merge(target.id(), qty, BigDecimal::add);
    }
    for (ReturnWizard.WizardLine line : lines) {
      // 17 prefills every line with the delivered quantity: lines not returned are set to 0
      BigDecimal qty = wanted.getOrDefault(line.id(), BigDecimal.ZERO);
      if (qty.compareTo(line.quantity()) != 0) {
        wizard.setQuantity(line.id(), qty);
      }
    }
    return wizard.createReturns(original.id(), wizardId);
  }

  /**
   * The wizard line a return line is booked on: the line of its move ({@code orderLineRef} is the
   * delivered move's id), else the first line of its product with room left, else the first line of
   * its product.
   */
  private static ReturnWizard.WizardLine target(
      List<ReturnWizard.WizardLine> lines,
      ReturnLine l,
      ProductInfo product,
      Map<Long, MoveInfo> delivered,
      Map<Long, BigDecimal> wanted) {
    if (l.orderLineRef() != null) {
      for (ReturnWizard.WizardLine w : lines) {
        if (String.valueOf(w.moveId()).equals(l.orderLineRef()) && w.productId() == product.id()) {
          return w;
        }
      }
    }
    ReturnWizard.WizardLine any = null;
    for (ReturnWizard.WizardLine w : lines) {
      if (w.productId() != product.id()) {
        continue;
      }
      MoveInfo move = delivered.get(w.moveId());
      BigDecimal taken = wanted.getOrDefault(w.id(), BigDecimal.ZERO);
      if (move != null && taken.compareTo(move.quantity().value()) < 0) {
        return w;
      }
      any = any == null ? w : any;
    }
    return any;
  }

  /**
   * Writes what came back on the return picking's moves: per disposition the units (with their lots
   * and dates) go to that disposition's location, or to the move's destination for restock without
   * a configured location.
   */
  private void book(
      MappedRecord picking, ReturnAuthorization rma, Map<ReturnDisposition, Long> destinations) {
    Map<ReturnDisposition, List<MoveAllocator.Line>> byDisposition =
        new EnumMap<>(ReturnDisposition.class);
    for (int i = 0; i < rma.lines().size(); i++) {
      byDisposition
          .computeIfAbsent(rma.lines().get(i).dispositionOrRestock(), d -> new ArrayList<>())
          .add(line(rma, i));
    }
    Long companyId = picking.many2one("company").map(Many2one::id).orElse(null);
    Map<Long, List<WmsPickingGateway.PlannedLine>> planned = new LinkedHashMap<>();
    // every line is allocated and checked before the first write
    List<Map.Entry<ReturnDisposition, MoveAllocator.Allocation>> allocations = new ArrayList<>();
    for (Map.Entry<ReturnDisposition, List<MoveAllocator.Line>> e : byDisposition.entrySet()) {
      MoveAllocator.Allocation allocation =
          allocator.allocate(picking, e.getValue(), MoveAllocator.Direction.INCOMING);
      if (!allocation.unmatched().isEmpty()) {
        throw new WmsWorkflowException(
            allocation.unmatched().get(0).label()
                + ": no move of return picking "
                + picking.requireString("reference")
                + " takes SKU "
                + allocation.unmatched().get(0).sku().value());
      }
      allocations.add(Map.entry(e.getKey(), allocation));
    }
    for (Map.Entry<ReturnDisposition, MoveAllocator.Allocation> e : allocations) {
      Long destination = destinations.get(e.getKey());
      for (MoveAllocator.MoveQty mq : e.getValue().moves()) {
        if (mq.quantity.signum() == 0) {
          continue;
        }
        List<WmsPickingGateway.PlannedLine> lines =
            planned.computeIfAbsent(mq.moveId(), id -> new ArrayList<>());
        if (mq.product().isTracked() && !mq.lots.isEmpty()) {
          for (Map.Entry<String, BigDecimal> lot : mq.lots.entrySet()) {
            long lotId =
                odoo.lots()
                    .findOrCreate(
                        mq.product().id(),
                        companyId,
                        lot.getKey(),
                        mq.lotDates.getOrDefault(lot.getKey(), StockLots.LotDates.NONE));
            lines.add(
                new WmsPickingGateway.PlannedLine(
                    lot.getValue(), lotId, lot.getKey(), destination));
          }
        } else {
          lines.add(new WmsPickingGateway.PlannedLine(mq.quantity, null, null, destination));
        }
      }
    }
    for (MoveInfo move : odoo.moves(picking)) {
      if (!"done".equals(move.state()) && !"cancel".equals(move.state())) {
        odoo.writeMoveLines(move, picking.id(), planned.getOrDefault(move.id(), List.of()));
      }
    }
  }

  private static String label(ReturnAuthorization rma, int index) {
    return "return " + rma.rmaId() + " lines[" + index + "]";
  }

  private static MoveAllocator.Line line(ReturnAuthorization rma, int index) {
    ReturnLine l = rma.lines().get(index);
    return new MoveAllocator.Line(
        label(rma, index),
        null,
        l.sku(),
        l.quantity(),
        l.lotNumber(),
        l.serialNumbers(),
        new StockLots.LotDates(l.expiryDate(), l.bestBeforeDate(), l.productionDate()));
  }
}
