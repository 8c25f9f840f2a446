package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.mapping.MoveInfo;
import io.github.odooconnector.mapping.ProductInfo;
import io.github.odooconnector.model.IncompatibleUnitsException;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads the lines a WMS confirmed (shipped, received, returned) over the moves of an Odoo
 * picking, then writes the resulting quantities and lots to the moves.
 *
 * <p>The two steps are apart on purpose: {@link #allocate} only reads and checks every line (units,
 * lots, products of substitutions), so a message with one bad line is refused before anything is
 * written; {@link #write} then writes the whole allocation. Thread-safe.
 */
final class MoveAllocator {

  /**
   * A confirmed line from the WMS, in its own unit.
   *
   * @param label how messages name the line, for example {@code shipment S-1 lines[2]}
   */
  record Line(
      String label,
      String lineRef,
      Sku sku,
      Quantity quantity,
      String lot,
      List<String> serials,
      StockLots.LotDates dates) {

    Line {
      dates = dates == null ? StockLots.LotDates.NONE : dates;
    }

    /** A line without lot dates. */
    Line(
        String label,
        String lineRef,
        Sku sku,
        Quantity quantity,
        String lot,
        List<String> serials) {
      this(label, lineRef, sku, quantity, lot, serials, StockLots.LotDates.NONE);
    }

    private String where(String field) {
      return label + "." + field + " (SKU " + sku.value() + ")";
    }
  }

  /** Which way the goods go, which decides what happens to lines no move takes. */
  enum Direction {
    /** Shipments: a line of another product than its move is a substitution, an extra move. */
    OUTGOING,
    /**
     * Receipts and returns: unmatched lines are reported, not booked; tracked products need their
     * lot or serial numbers.
     */
    INCOMING
  }

  /** Per move: the quantity in the move's unit and the lot detail. */
  static final class MoveQty {
    /** The move; null for an extra move that {@link #write} has yet to create. */
    private MoveInfo move;

    private final ProductInfo product;
    private final Quantity demand;
    BigDecimal quantity = BigDecimal.ZERO;
    final Map<String, BigDecimal> lots = new LinkedHashMap<>();

    /** The dates the WMS reported per lot (or serial) name. */
    final Map<String, StockLots.LotDates> lotDates = new LinkedHashMap<>();

    /** The lines booked on this move, in order (handling units are packed from them). */
    final List<Line> booked = new ArrayList<>();

    private MoveQty(MoveInfo move) {
      this.move = move;
      this.product = move.product();
      this.demand = move.demand();
    }

    private MoveQty(ProductInfo product, Quantity demand) {
      this.product = product;
      this.demand = demand;
    }

    ProductInfo product() {
      return product;
    }

    Quantity demand() {
      return demand;
    }

    /** The move id; only for moves that exist in Odoo. */
    long moveId() {
      return move.id();
    }

    /** Whether the move was done before (then {@link #write} leaves it alone). */
    boolean isDone() {
      return move != null && "done".equals(move.state());
    }
  }

  /** The moves with their new quantities, and the lines no move of the picking could take. */
  record Allocation(List<MoveQty> moves, List<Line> unmatched, Direction direction) {

    /** An allocation of goods going out. */
    Allocation(List<MoveQty> moves, List<Line> unmatched) {
      this(moves, unmatched, Direction.OUTGOING);
    }
  }

  private final WmsPickingGateway odoo;

  MoveAllocator(WmsPickingGateway odoo) {
    this.odoo = odoo;
  }

  /**
   * Matches lines to moves (by line reference, the move id, else by SKU, moves not yet full first)
   * and checks every line, writing nothing. Outgoing lines of another product than their move, or
   * of none, become planned extra moves (substitutions).
   *
   * @throws InvalidWmsMessageException if a line's unit does not convert to its move's unit, its
   *     serial numbers do not match its quantity, or incoming goods of a tracked product name no
   *     lot or serial
   * @throws WmsWorkflowException if a substituted product is unknown to Odoo
   */
  Allocation allocate(MappedRecord picking, List<Line> lines, Direction direction) {
    List<MoveQty> moves = new ArrayList<>();
    for (MoveInfo m : odoo.moves(picking)) {
      moves.add(new MoveQty(m));
    }
    List<Line> unmatched = new ArrayList<>();
    for (Line line : lines) {
      MoveQty target = target(moves, line);
      if (target == null || !target.product.sku().equals(line.sku())) {
        // no move, or the WMS substituted another product on this line
        unmatched.add(line);
        continue;
      }
      book(target, line, direction);
    }
    if (direction == Direction.OUTGOING) {
      for (Line line : unmatched) {
        ProductInfo product =
            odoo.productBySku(line.sku())
                .orElseThrow(
                    () ->
                        new WmsWorkflowException(
                            line.label()
                                + ": WMS shipped SKU "
                                + line.sku()
                                + " which is not on picking and unknown to Odoo"));
        MoveQty extra = new MoveQty(product, convert(line, product.unit()));
        moves.add(extra);
        book(extra, line, direction);
      }
      unmatched = List.of();
    }
    return new Allocation(moves, unmatched, direction);
  }

  private static MoveQty target(List<MoveQty> moves, Line line) {
    if (line.lineRef() != null) {
      for (MoveQty m : moves) {
        if (String.valueOf(m.move.id()).equals(line.lineRef())) {
          return m;
        }
      }
    }
    MoveQty anyOfSku = null;
    for (MoveQty m : moves) {
      if (m.product.sku().equals(line.sku())) {
        if (m.quantity.compareTo(m.demand.value()) < 0) {
          return m;
        }
        anyOfSku = anyOfSku == null ? m : anyOfSku;
      }
    }
    return anyOfSku;
  }

  private static void book(MoveQty target, Line line, Direction direction) {
    BigDecimal qty = convert(line, target.demand.unit()).value();
    if (target.product.isSerial()
        && !line.serials().isEmpty()
        && BigDecimal.valueOf(line.serials().size()).compareTo(qty) != 0) {
      throw new InvalidWmsMessageException(
          line.where("serialNumbers")
              + ": "
              + line.serials().size()
              + " serial numbers for a quantity of "
              + qty.stripTrailingZeros().toPlainString()
              + " "
              + target.demand.unit());
    }
    if (direction == Direction.INCOMING
        && target.product.isTracked()
        && line.lot() == null
        && line.serials().isEmpty()) {
      throw new InvalidWmsMessageException(
          line.where(target.product.isSerial() ? "serialNumbers" : "lotNumber")
              + ": the product is tracked by "
              + (target.product.isSerial() ? "serial number" : "lot")
              + " in Odoo, so goods coming in must name their "
              + (target.product.isSerial() ? "serial numbers" : "lot"));
    }
    target.quantity = target.quantity.add(qty);
    target.booked.add(line);
    if (!line.serials().isEmpty()) {
      for (String serial : line.serials()) {
        target.lots.merge(serial, BigDecimal.ONE, BigDecimal::add);
        target.lotDates.merge(serial, line.dates(), StockLots.LotDates::orElse);
      }
    } else if (line.lot() != null) {
      target.lots.merge(line.lot(), qty, BigDecimal::add);
      target.lotDates.merge(line.lot(), line.dates(), StockLots.LotDates::orElse);
    }
  }

  /** The line's quantity in {@code unit}. */
  static Quantity convert(Line line, UnitOfMeasure unit) {
    try {
      return line.quantity().to(unit);
    } catch (IncompatibleUnitsException e) {
      throw new InvalidWmsMessageException(line.where("quantity") + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates the planned extra moves, then writes the allocated quantities (and the lots of tracked
   * products, each found or created in Odoo with the dates the WMS reported) to every move not done
   * yet.
   */
  void write(MappedRecord picking, Allocation allocation) {
    for (MoveQty mq : allocation.moves()) {
      if (mq.move == null) {
        long moveId = odoo.createMove(picking, mq.product, mq.demand);
        mq.move =
            new MoveInfo(
                moveId,
                mq.product,
                mq.demand,
                Quantity.of(BigDecimal.ZERO, mq.product.unit()),
                "draft",
                List.of(),
                picking.many2one("sourceLocation").map(Many2one::id).orElse(0L),
                picking.many2one("destinationLocation").map(Many2one::id).orElse(0L));
      }
    }
    // Every lot is found or created (in the picking's company; on 18/19 a lot shared by all
    // companies is found too) before the first move is written.
    Long companyId = picking.many2one("company").map(Many2one::id).orElse(null);
    Map<MoveQty, Map<String, Long>> lotIds = new HashMap<>();
    for (MoveQty mq : allocation.moves()) {
      if ("done".equals(mq.move.state()) || !mq.product.isTracked() || mq.lots.isEmpty()) {
        continue;
      }
      Map<String, Long> ids = new LinkedHashMap<>();
      for (String name : mq.lots.keySet()) {
        ids.put(
            name,
            odoo.lots()
                .findOrCreate(
                    mq.product.id(),
                    companyId,
                    name,
                    mq.lotDates.getOrDefault(name, StockLots.LotDates.NONE)));
      }
      lotIds.put(mq, ids);
    }
    for (MoveQty mq : allocation.moves()) {
      MoveInfo move = mq.move;
      if ("done".equals(move.state())) {
        continue;
      }
      if (lotIds.containsKey(mq)) {
        odoo.writeMoveLots(
            move,
            picking.id(),
            mq.lots,
            mq.quantity,
            lotIds.get(mq),
            allocation.direction() == Direction.INCOMING);
      } else {
        odoo.writeMoveQuantity(move.id(), mq.quantity);
      }
    }
  }
}
