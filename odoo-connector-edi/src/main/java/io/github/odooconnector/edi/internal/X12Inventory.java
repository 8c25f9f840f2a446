package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.X12WarehouseOptions;
import io.github.odooconnector.model.IncompatibleUnitsException;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.model.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * X12 846 inventory inquiry/advice ({@code InventorySnapshot}): BIA (report type complete/partial,
 * snapshot id, date, time), N1*WH warehouse; one LIN per product and lot (LIN*n*SK*sku*LT*lot,
 * DTM*036 expiry) with, per stock status, QTY (the status's on-hand qualifier, total, unit) and SDQ
 * (bin/quantity pairs), then optionally QTY with the available qualifier (on hand minus reserved)
 * and its SDQ; CTT counts the LINs. Stock without a bin is the QTY total less the SDQ pairs, and is
 * read before the bins of its status.
 */
final class X12Inventory {
  private static final String LOCATION_QUALIFIER = "92";
  private static final int PAIRS = 10;

  private X12Inventory() {}

  private record Item(Sku sku, String lot, LocalDate expiry) {}

  static List<Segment> write(InventorySnapshot snap, X12WarehouseOptions o) {
    List<Segment> out = new ArrayList<>();
    out.add(
        Segment.of(
            "BIA",
            "00",
            snap.complete() ? o.completeReportType() : o.partialReportType(),
            snap.snapshotId(),
            Common.d8(snap.takenAt()),
            Common.t6(snap.takenAt())));
    Common.x12Location(out, "WH", new LocationRef(snap.warehouse(), null));
    Map<Item, Map<StockStatus, List<StockLevel>>> items = new LinkedHashMap<>();
    for (int i = 0; i < snap.levels().size(); i++) {
      StockLevel l = snap.levels().get(i);
      if (!l.location().warehouse().equals(snap.warehouse())) {
        throw new EdiWriteException(
            "levels["
                + i
                + "].location: warehouse "
                + l.location().warehouse()
                + " is not the snapshot's "
                + snap.warehouse()
                + "; an 846 reports one warehouse (N1*WH)");
      }
      items
          .computeIfAbsent(
              new Item(l.sku(), l.lotNumber(), l.expiryDate()), k -> new LinkedHashMap<>())
          .computeIfAbsent(l.statusOrAvailable(), k -> new ArrayList<>())
          .add(l);
    }
    int lin = 0;
    for (Map.Entry<Item, Map<StockStatus, List<StockLevel>>> item : items.entrySet()) {
      Item key = item.getKey();
      List<Object> ids = new ArrayList<>(List.of(++lin));
      ids.addAll(X12Warehouse.productIds(o, key.sku(), null));
      if (key.lot() != null) {
        ids.add(X12Warehouse.LOT);
        ids.add(key.lot());
      }
      out.add(Segment.of("LIN", ids.toArray()));
      if (key.expiry() != null) {
        out.add(Segment.of("DTM", "036", Common.d8(key.expiry())));
      }
      for (Map.Entry<StockStatus, List<StockLevel>> status : item.getValue().entrySet()) {
        String code = o.stockQuantityQualifiers().get(status.getKey());
        if (code == null) {
          throw new EdiWriteException(
              "stock status "
                  + status.getKey()
                  + " has no 846 quantity qualifier for this partner"
                  + " (X12WarehouseOptions.stockQuantityQualifier)");
        }
        List<StockLevel> levels = status.getValue();
        UnitOfMeasure unit = levels.get(0).onHand().unit();
        quantities(out, code, unit, levels, false);
        if (levels.stream().anyMatch(l -> l.reserved() != null)) {
          quantities(out, o.availableQuantityQualifier(), unit, levels, true);
        }
      }
    }
    out.add(Segment.of("CTT", lin));
    return out;
  }

  /** QTY with the total of the levels and SDQ pairs for the levels with a bin. */
  private static void quantities(
      List<Segment> out, String code, UnitOfMeasure unit, List<StockLevel> levels, boolean avail) {
    String x12Unit = Units.toX12(unit, "stock level of " + levels.get(0).sku().value());
    BigDecimal total = BigDecimal.ZERO;
    List<Object> pairs = new ArrayList<>();
    for (StockLevel l : levels) {
      BigDecimal value;
      try {
        value = (avail ? l.available() : l.onHand()).to(unit).value();
      } catch (IncompatibleUnitsException e) {
        throw new EdiWriteException(
            "stock levels of " + l.sku().value() + " mix units " + unit + " and " + l.onHand());
      }
      total = total.add(value);
      if (l.location().bin() != null) {
        pairs.add(l.location().bin());
        pairs.add(Common.num(value));
      }
    }
    out.add(Segment.of("QTY", code, Common.num(total), x12Unit));
    for (int i = 0; i < pairs.size(); i += 2 * PAIRS) {
      List<Object> sdq = new ArrayList<>(List.of(x12Unit, LOCATION_QUALIFIER));
      sdq.addAll(pairs.subList(i, Math.min(pairs.size(), i + 2 * PAIRS)));
      out.add(Segment.of("SDQ", sdq.toArray()));
    }
  }

  /** One status of one item being read: its QTY, the levels of its SDQ and the available QTY. */
  private static final class Group {
    final StockStatus status;
    final Segment qty;
    final Quantity total;
    final List<String> bins = new ArrayList<>();
    final List<Quantity> onHand = new ArrayList<>();
    final Map<Integer, Quantity> available = new HashMap<>();
    Segment availableQty;
    Quantity availableTotal;

    Group(StockStatus status, Segment qty, Quantity total) {
      this.status = status;
      this.qty = qty;
      this.total = total;
    }
  }

  static InventorySnapshot read(Body body, X12WarehouseOptions o) {
    Segment bia = body.require("BIA");
    String type = text(bia, 2);
    if (!type.equals(o.completeReportType()) && !type.equals(o.partialReportType())) {
      throw Body.error(
          bia,
          2,
          0,
          EdiErrorKind.INVALID_VALUE,
          "unsupported report type '"
              + type
              + "', configured are "
              + o.completeReportType()
              + " (complete) and "
              + o.partialReportType()
              + " (partial)");
    }
    List<Segment> header = new ArrayList<>();
    List<X12Warehouse.Loop> loops =
        X12Warehouse.loops(body.content(), Set.of("LIN"), Set.of("CTT"), header);
    Common.PartyLoop wh = Common.x12Parties(header).get("WH");
    if (wh == null) {
      throw body.missingSegment("N1*WH");
    }
    String warehouse = Common.x12Location(wh).warehouse();
    Map<String, StockStatus> statuses = new HashMap<>();
    o.stockQuantityQualifiers().forEach((status, code) -> statuses.put(code, status));
    List<StockLevel> levels = new ArrayList<>();
    for (X12Warehouse.Loop loop : loops) {
      Segment lin = loop.line();
      Sku sku = X12Warehouse.productIds(lin, 2, Integer.MAX_VALUE, o, null);
      String lot = null;
      for (int e = 2; e + 1 <= lin.elements().size(); e += 2) {
        if (lin.el(e).equals(X12Warehouse.LOT)) {
          lot = text(lin, e + 1);
        }
      }
      LocalDate expiry = null;
      Group group = null;
      List<Group> groups = new ArrayList<>();
      for (Segment s : loop.segments()) {
        switch (s.tag()) {
          case "DTM" -> {
            if (s.el(1).equals("036")) {
              expiry = Body.date(s, 2);
            }
          }
          case "QTY" -> {
            Quantity q = X12Warehouse.quantity(s, 2, 3);
            String code = text(s, 1);
            if (code.equals(o.availableQuantityQualifier()) && group != null) {
              group.availableQty = s;
              group.availableTotal = q;
            } else if (code.equals(o.availableQuantityQualifier())) {
              group = new Group(StockStatus.AVAILABLE, s, q);
              groups.add(group);
            } else {
              StockStatus status = statuses.get(code);
              if (status == null) {
                throw Body.error(
                    s,
                    1,
                    0,
                    EdiErrorKind.INVALID_VALUE,
                    "unsupported quantity qualifier '"
                        + code
                        + "', configured are "
                        + new TreeSet<>(statuses.keySet())
                        + " and "
                        + o.availableQuantityQualifier()
                        + " (available)");
              }
              group = new Group(status, s, q);
              groups.add(group);
            }
          }
          case "SDQ" -> sdq(s, group);
          default -> {
            // not mapped
          }
        }
      }
      if (groups.isEmpty()) {
        throw Body.error(lin, 0, 0, EdiErrorKind.MISSING_SEGMENT, "LIN without a QTY");
      }
      for (Group g : groups) {
        levels.addAll(levels(g, sku, lot, expiry, warehouse));
      }
    }
    body.first("CTT")
        .ifPresent(
            ctt -> {
              if (Body.decimal(ctt, 1).compareTo(BigDecimal.valueOf(loops.size())) != 0) {
                throw Body.error(
                    ctt,
                    1,
                    0,
                    EdiErrorKind.CONTROL_MISMATCH,
                    "CTT counts " + ctt.el(1) + " items, the transaction has " + loops.size());
              }
            });
    return new InventorySnapshot(
        text(bia, 3),
        warehouse,
        Common.instant(bia, 4, 5),
        type.equals(o.completeReportType()),
        levels);
  }

  private static void sdq(Segment s, Group group) {
    if (group == null) {
      throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "SDQ without a QTY");
    }
    UnitOfMeasure unit = Body.unit(s, 1, 1, Units::fromX12);
    for (int e = 3; e + 1 <= s.elements().size(); e += 2) {
      if (!s.has(e)) {
        continue;
      }
      String bin = text(s, e);
      Quantity q = Quantity.of(Body.decimal(s, e + 1), unit);
      if (!unit.isConvertibleTo(group.total.unit())) {
        throw Body.error(s, 1, 0, EdiErrorKind.INVALID_VALUE, "unit differs from the QTY's");
      }
      if (group.availableQty == null) {
        group.bins.add(bin);
        group.onHand.add(q);
      } else {
        int index = group.bins.indexOf(bin);
        while (index >= 0 && group.available.containsKey(index)) {
          int next = group.bins.subList(index + 1, group.bins.size()).indexOf(bin);
          index = next < 0 ? -1 : index + 1 + next;
        }
        if (index < 0) {
          throw Body.error(
              s,
              e,
              0,
              EdiErrorKind.INVALID_VALUE,
              "available quantity for location '" + bin + "' which has no on-hand quantity");
        }
        group.available.put(index, q);
      }
    }
  }

  /** The levels of a group: the one without a bin (QTY less the SDQ pairs) first, then the bins. */
  private static List<StockLevel> levels(
      Group g, Sku sku, String lot, LocalDate expiry, String warehouse) {
    List<StockLevel> result = new ArrayList<>();
    Quantity rest = g.total;
    for (Quantity q : g.onHand) {
      rest = rest.minus(q);
    }
    Quantity restAvailable = g.availableTotal;
    if (restAvailable != null) {
      for (Quantity q : g.available.values()) {
        restAvailable = restAvailable.minus(q);
      }
    }
    if (g.bins.isEmpty() || rest.signum() != 0) {
      if (rest.signum() < 0 && !g.bins.isEmpty()) {
        throw Body.error(
            g.qty, 2, 0, EdiErrorKind.INVALID_VALUE, "the SDQ quantities exceed the QTY total");
      }
      Quantity reserved = restAvailable == null ? null : rest.minus(restAvailable);
      result.add(level(sku, new LocationRef(warehouse, null), lot, rest, reserved, g, expiry));
    } else if (restAvailable != null && restAvailable.signum() != 0) {
      throw Body.error(
          Objects.requireNonNull(g.availableQty),
          2,
          0,
          EdiErrorKind.INVALID_VALUE,
          "the available quantity is not split over the locations (SDQ)");
    }
    for (int i = 0; i < g.bins.size(); i++) {
      Quantity available = g.available.get(i);
      Quantity onHand = g.onHand.get(i);
      Quantity reserved =
          available != null
              ? onHand.minus(available)
              : g.availableTotal == null ? null : onHand.minus(onHand);
      result.add(
          level(sku, new LocationRef(warehouse, g.bins.get(i)), lot, onHand, reserved, g, expiry));
    }
    return result;
  }

  private static StockLevel level(
      Sku sku,
      LocationRef location,
      String lot,
      Quantity onHand,
      Quantity reserved,
      Group g,
      LocalDate expiry) {
    return new StockLevel(sku, location, lot, onHand, reserved, g.status, expiry, null, null);
  }
}
