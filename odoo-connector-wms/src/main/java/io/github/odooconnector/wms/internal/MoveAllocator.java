package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.mapping.MoveInfo;
import io.github.odooconnector.mapping.ProductInfo;
import io.github.odooconnector.model.IncompatibleUnitsException;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads the lines a WMS confirmed (shipped, received, returned) over the moves of an Odoo picking
 * and writes the resulting quantities and lots to the moves. Thread-safe.
 */
final class MoveAllocator {

  /** A confirmed line from the WMS, in its own unit. */
  record Line(String lineRef, Sku sku, Quantity quantity, String lot, List<String> serials) {}

  /** Per move: the quantity in the move's unit and the lot detail. */
  static final class MoveQty {
    final MoveInfo move;
    BigDecimal quantity = BigDecimal.ZERO;
    final Map<String, BigDecimal> lots = new LinkedHashMap<>();

    MoveQty(MoveInfo move) {
      this.move = move;
    }
  }

  /** The moves with their new quantities, and the lines no move of the picking could take. */
  record Allocation(List<MoveQty> moves, List<Line> unmatched) {}

  private final WmsPickingGateway odoo;

  MoveAllocator(WmsPickingGateway odoo) {
    this.odoo = odoo;
  }

  /**
   * Matches lines to moves: by line reference (the move id), else by SKU (moves not yet full
   * first). Lines of another SKU than their move are substitutions and count as unmatched.
   *
   * @param createMovesForUnknown whether unmatched lines become extra moves of the picking
   */
  Allocation allocate(MappedRecord picking, List<Line> lines, boolean createMovesForUnknown) {
    List<MoveQty> moves = new ArrayList<>();
    for (MoveInfo m : odoo.moves(picking)) {
      moves.add(new MoveQty(m));
    }
    List<Line> unmatched = new ArrayList<>();
    for (Line line : lines) {
      MoveQty target = null;
      if (line.lineRef() != null) {
        target =
            moves.stream()
                .filter(m -> String.valueOf(m.move.id()).equals(line.lineRef()))
                .findFirst()
                .orElse(null);
      }
      if (target == null) {
        target =
            moves.stream()
                .filter(
                    m ->
                        m.move.product().sku().equals(line.sku())
                            && m.quantity.compareTo(m.move.demand().value()) < 0)
                .findFirst()
                .orElse(
                    moves.stream()
                        .filter(m -> m.move.product().sku().equals(line.sku()))
                        .findFirst()
                        .orElse(null));
      }
      if (target == null) {
        unmatched.add(line);
        continue;
      }
      if (!target.move.product().sku().equals(line.sku())) {
        // the WMS substituted another product on this line: handled as an extra move
        unmatched.add(line);
        continue;
      }
      BigDecimal qty;
      try {
        qty = line.quantity().to(target.move.demand().unit()).value();
      } catch (IncompatibleUnitsException e) {
        throw new WmsWorkflowException("line " + line.sku() + ": " + e.getMessage(), e);
      }
      target.quantity = target.quantity.add(qty);
      if (!line.serials().isEmpty()) {
        for (String serial : line.serials()) {
          target.lots.merge(serial, BigDecimal.ONE, BigDecimal::add);
        }
      } else if (line.lot() != null) {
        target.lots.merge(line.lot(), qty, BigDecimal::add);
      }
    }
    if (createMovesForUnknown && !unmatched.isEmpty()) {
      for (Line line : unmatched) {
        moves.add(addMove(picking, line));
      }
      unmatched = List.of();
    }
    return new Allocation(moves, unmatched);
  }

  private MoveQty addMove(MappedRecord picking, Line line) {
    ProductInfo product =
        odoo.productBySku(line.sku())
            .orElseThrow(
                () ->
                    new WmsWorkflowException(
                        "WMS shipped SKU "
                            + line.sku()
                            + " which is not on picking and unknown to Odoo"));
    Quantity qty = line.quantity().to(product.unit());
    long moveId = odoo.createMove(picking, product, qty);
    MoveInfo info =
        new MoveInfo(
            moveId,
            product,
            qty,
            Quantity.of(BigDecimal.ZERO, product.unit()),
            "draft",
            List.of(),
            picking.many2one("sourceLocation").map(Many2one::id).orElse(0L),
            picking.many2one("destinationLocation").map(Many2one::id).orElse(0L));
    MoveQty mq = new MoveQty(info);
    mq.quantity = qty.value();
    if (line.lot() != null) {
      mq.lots.put(line.lot(), qty.value());
    }
    return mq;
  }

  /** Writes the allocated quantities (and lots of tracked products) to the moves not done yet. */
  void writeQuantities(MappedRecord picking, Allocation allocation) {
    for (MoveQty mq : allocation.moves()) {
      MoveInfo move = mq.move;
      if ("done".equals(move.state())) {
        continue;
      }
      if (move.product().isTracked() && !mq.lots.isEmpty()) {
        odoo.writeMoveLots(move, picking.id(), mq.lots, mq.quantity);
      } else {
        odoo.writeMoveQuantity(move.id(), mq.quantity);
      }
    }
  }
}
