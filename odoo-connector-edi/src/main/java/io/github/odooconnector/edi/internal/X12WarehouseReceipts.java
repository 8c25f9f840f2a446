package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.optional;
import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.X12WarehouseOptions;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * X12 943 (warehouse stock transfer shipment advice, {@code AdvanceShipNotice}) and 944 (warehouse
 * stock transfer receipt advice, {@code Receipt}).
 *
 * <p>943: W06 (depositor order = ASN id, date, PO number in W06-06), N1*SF supplier, N1*ST
 * destination (N2 bin), N9 tracking numbers, G62*17 expected arrival, W27 carrier; per line W04
 * (quantity, unit, SKU, GTIN), N9*LI line id, N9*LT lot (expiry in N904), N9*PO order line; W03.
 *
 * <p>944: W17 (receipt date, receipt id, depositor order = ASN ref), N1*WH location (N2 bin), N9*PO
 * purchase order, G62*09 received at; per line W07 (received quantity, unit, SKU), N9*LI, N9*LT,
 * N9*SE serials, and one W13 (quantity, unit, receiving condition) per discrepancy of the line; W14
 * total received. An over/short W13 carries the difference, so the line's expected quantity is the
 * received one corrected by it; a line without one was received as expected (against an ASN).
 */
final class X12WarehouseReceipts {
  private static final Set<String> SUMMARY = Set.of("W03", "W14", "CTT");

  private X12WarehouseReceipts() {}

  // ------------------------------------------------------------------------------ 943

  static List<Segment> write943(AdvanceShipNotice n, ZonedDateTime now, X12WarehouseOptions o) {
    List<Segment> out = new ArrayList<>();
    out.add(
        Segment.of("W06", "F", n.asnId(), now.format(Common.D8), null, null, n.purchaseOrderRef()));
    Common.x12Party(out, "SF", n.supplier());
    Common.x12Location(out, "ST", n.destination());
    for (String tracking : n.trackingNumbers()) {
      X12Warehouse.ref(out, o.trackingReferenceQualifier(), tracking);
    }
    X12Warehouse.date(out, "17", n.expectedArrival());
    n.optionalCarrierService().ifPresent(c -> out.add(X12Warehouse.w27(c, o)));
    List<Quantity> quantities = new ArrayList<>();
    for (AsnLine l : n.lines()) {
      List<Object> w04 =
          new ArrayList<>(
              List.of(
                  Common.num(l.expectedQuantity().value()),
                  X12Warehouse.unit(l.expectedQuantity(), "line " + l.lineId() + " quantity"),
                  ""));
      w04.addAll(X12Warehouse.productIds(o, l.sku(), l.gtin()));
      out.add(Segment.of("W04", w04.toArray()));
      X12Warehouse.ref(out, X12Warehouse.LINE, l.lineId());
      X12Warehouse.lot(out, l.lotNumber(), l.expiryDate(), "line " + l.lineId());
      X12Warehouse.ref(out, X12Warehouse.PURCHASE_ORDER, l.purchaseOrderLineRef());
      quantities.add(l.expectedQuantity());
    }
    out.add(Segment.of("W03", X12Warehouse.total(quantities)));
    return out;
  }

  static AdvanceShipNotice read943(Body body, X12WarehouseOptions o) {
    Segment w06 = body.require("W06");
    List<Segment> header = new ArrayList<>();
    List<X12Warehouse.Loop> loops =
        X12Warehouse.loops(body.content(), Set.of("W04"), SUMMARY, header);
    AdvanceShipNotice.Builder n =
        AdvanceShipNotice.builder().asnId(text(w06, 2)).purchaseOrderRef(optional(w06, 6));
    Map<String, Common.PartyLoop> parties = Common.x12Parties(header);
    Common.PartyLoop sf = parties.get("SF");
    if (sf == null) {
      throw body.missingSegment("N1*SF");
    }
    n.supplier(Common.x12Party(sf));
    Common.PartyLoop st = parties.get("ST");
    if (st == null) {
      throw body.missingSegment("N1*ST");
    }
    n.destination(Common.x12Location(st));
    for (Segment s : header) {
      if (s.tag().equals("N9") && s.el(1).equals(o.trackingReferenceQualifier())) {
        n.addTrackingNumber(text(s, 2));
      } else if (s.tag().equals("W27")) {
        n.carrierService(X12Warehouse.fromW27(s));
      }
    }
    Segment arrival = X12Warehouse.g62(header, "17");
    if (arrival != null) {
      n.expectedArrival(Common.instant(arrival, 2, 4));
    }
    if (loops.isEmpty()) {
      throw body.missingSegment("W04");
    }
    List<Quantity> quantities = new ArrayList<>();
    for (int i = 0; i < loops.size(); i++) {
      X12Warehouse.Loop loop = loops.get(i);
      Segment w04 = loop.line();
      AsnLine.Builder line = AsnLine.builder().expectedQuantity(X12Warehouse.quantity(w04, 1, 2));
      line.sku(X12Warehouse.productIds(w04, 4, 8, o, line::gtin));
      String lineId = loop.ref(X12Warehouse.LINE);
      line.lineId(lineId == null ? String.valueOf(i + 1) : lineId)
          .lotNumber(loop.ref(X12Warehouse.LOT))
          .expiryDate(loop.lotExpiry())
          .purchaseOrderLineRef(loop.ref(X12Warehouse.PURCHASE_ORDER));
      AsnLine built = line.buildUnvalidated();
      quantities.add(built.expectedQuantity());
      n.addLine(built);
    }
    X12Warehouse.checkTotal(X12Warehouse.last(body.content(), "W03"), quantities, "units");
    return n.buildUnvalidated();
  }

  // ------------------------------------------------------------------------------ 944

  static List<Segment> write944(Receipt r, X12WarehouseOptions o) {
    List<Segment> out = new ArrayList<>();
    out.add(Segment.of("W17", "F", Common.d8(r.receivedAt()), r.receiptId(), r.asnRef()));
    Common.x12Location(out, "WH", r.location());
    X12Warehouse.ref(out, X12Warehouse.PURCHASE_ORDER, r.purchaseOrderRef());
    X12Warehouse.date(out, "09", r.receivedAt());
    Map<ReceiptLine, List<Discrepancy>> byLine = discrepanciesByLine(r);
    List<Quantity> quantities = new ArrayList<>();
    for (ReceiptLine l : r.lines()) {
      String field = "line " + (l.lineId() == null ? l.sku().value() : l.lineId());
      List<Object> w07 =
          new ArrayList<>(
              List.of(
                  Common.num(l.receivedQuantity().value()),
                  X12Warehouse.unit(l.receivedQuantity(), field + " receivedQuantity"),
                  ""));
      w07.addAll(X12Warehouse.productIds(o, l.sku(), null));
      out.add(Segment.of("W07", w07.toArray()));
      X12Warehouse.ref(out, X12Warehouse.LINE, l.lineId());
      X12Warehouse.lot(out, l.lotNumber(), l.expiryDate(), field);
      for (String serial : l.serialNumbers()) {
        X12Warehouse.ref(out, X12Warehouse.SERIAL, serial);
      }
      for (Discrepancy d : byLine.get(l)) {
        out.add(w13(d, o, field));
      }
      quantities.add(l.receivedQuantity());
    }
    out.add(Segment.of("W14", X12Warehouse.total(quantities)));
    return out;
  }

  /**
   * The discrepancies of each line: the listed ones (by line id, else the first line of their SKU)
   * and, for a line whose expected quantity differs from the received one without a listed
   * over/short, the derived one, so that the expectation is not lost.
   */
  private static Map<ReceiptLine, List<Discrepancy>> discrepanciesByLine(Receipt r) {
    Map<ReceiptLine, List<Discrepancy>> byLine = new IdentityHashMap<>();
    r.lines().forEach(l -> byLine.put(l, new ArrayList<>()));
    for (Discrepancy d : r.discrepancies()) {
      ReceiptLine line =
          r.lines().stream()
              .filter(
                  l -> d.lineId() != null ? d.lineId().equals(l.lineId()) : d.sku().equals(l.sku()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new EdiWriteException(
                          "discrepancies["
                              + (r.discrepancies().indexOf(d))
                              + "]: a 944 reports a W13 exception under a received line (W07),"
                              + " but no line has "
                              + (d.lineId() != null
                                  ? "lineId " + d.lineId()
                                  : "sku " + d.sku().value())));
      byLine.get(line).add(d);
    }
    for (ReceiptLine l : r.lines()) {
      boolean overShort = byLine.get(l).stream().anyMatch(d -> isOverShort(d.type()));
      int sign = l.variance().map(Quantity::signum).orElse(0);
      if (!overShort && sign != 0) {
        byLine
            .get(l)
            .add(
                new Discrepancy(
                    l.sku(),
                    sign < 0 ? DiscrepancyType.SHORTAGE : DiscrepancyType.OVERAGE,
                    l.expectedQuantity(),
                    l.receivedQuantity(),
                    l.lineId(),
                    null));
      }
    }
    return byLine;
  }

  private static boolean isOverShort(DiscrepancyType t) {
    return t == DiscrepancyType.OVERAGE || t == DiscrepancyType.SHORTAGE;
  }

  private static Segment w13(Discrepancy d, X12WarehouseOptions o, String field) {
    String code = o.receivingConditions().get(d.type());
    if (code == null) {
      throw new EdiWriteException(
          field
              + ": discrepancy type "
              + d.type()
              + " has no W13 receiving condition code for this partner"
              + " (X12WarehouseOptions.receivingCondition)");
    }
    Quantity q;
    if (isOverShort(d.type())) {
      if (d.expectedQuantity() == null || d.actualQuantity() == null) {
        throw new EdiWriteException(
            field + ": a " + d.type() + " discrepancy needs expectedQuantity and actualQuantity");
      }
      Quantity diff = d.actualQuantity().minus(d.expectedQuantity());
      q = diff.signum() < 0 ? diff.negate() : diff;
    } else {
      if (d.actualQuantity() == null) {
        throw new EdiWriteException(
            field + ": a " + d.type() + " discrepancy needs actualQuantity (W13-01)");
      }
      q = d.actualQuantity();
    }
    return Segment.of(
        "W13", Common.num(q.value()), X12Warehouse.unit(q, field + " discrepancy"), code);
  }

  static Receipt read944(Body body, X12WarehouseOptions o) {
    Segment w17 = body.require("W17");
    List<Segment> header = new ArrayList<>();
    List<X12Warehouse.Loop> loops =
        X12Warehouse.loops(body.content(), Set.of("W07"), SUMMARY, header);
    String asnRef = optional(w17, 4);
    Receipt.Builder r =
        Receipt.builder()
            .receiptId(text(w17, 3))
            .asnRef(asnRef)
            .purchaseOrderRef(X12Warehouse.ref(header, X12Warehouse.PURCHASE_ORDER));
    Common.PartyLoop wh = Common.x12Parties(header).get("WH");
    if (wh == null) {
      throw body.missingSegment("N1*WH");
    }
    r.location(Common.x12Location(wh));
    Segment received = X12Warehouse.g62(header, "09");
    r.receivedAt(
        received != null
            ? Common.instant(received, 2, 4)
            : Body.date(w17, 2).atStartOfDay().toInstant(ZoneOffset.UTC));
    if (loops.isEmpty()) {
      throw body.missingSegment("W07");
    }
    Map<String, DiscrepancyType> conditions = new HashMap<>();
    o.receivingConditions().forEach((type, code) -> conditions.put(code, type));
    List<Quantity> quantities = new ArrayList<>();
    for (int i = 0; i < loops.size(); i++) {
      X12Warehouse.Loop loop = loops.get(i);
      Segment w07 = loop.line();
      Quantity receivedQty = X12Warehouse.quantity(w07, 1, 2);
      ReceiptLine.Builder line =
          ReceiptLine.builder()
              .receivedQuantity(receivedQty)
              .sku(X12Warehouse.productIds(w07, 4, 8, o, null));
      String lineId = Objects.requireNonNullElse(loop.ref(X12Warehouse.LINE), "" + (i + 1));
      line.lineId(lineId)
          .lotNumber(loop.ref(X12Warehouse.LOT))
          .expiryDate(loop.lotExpiry())
          .serialNumbers(loop.refs(X12Warehouse.SERIAL));
      Quantity expected = asnRef == null ? null : receivedQty;
      for (Segment s : loop.segments()) {
        if (!s.tag().equals("W13")) {
          continue;
        }
        Quantity q = X12Warehouse.quantity(s, 1, 2);
        if (!q.unit().isConvertibleTo(receivedQty.unit())) {
          throw Body.error(
              s, 2, 0, EdiErrorKind.INVALID_VALUE, "unit differs from the received quantity's");
        }
        DiscrepancyType type = condition(s, conditions);
        Discrepancy.Builder d =
            Discrepancy.builder().sku(line.buildUnvalidated().sku()).type(type).lineId(lineId);
        switch (type) {
          case OVERAGE -> expected = receivedQty.minus(q);
          case SHORTAGE -> expected = receivedQty.plus(q);
          default -> {
            d.actualQuantity(q);
            if (type == DiscrepancyType.UNEXPECTED_ITEM) {
              expected = null;
            }
          }
        }
        if (isOverShort(type)) {
          d.expectedQuantity(expected).actualQuantity(receivedQty);
        }
        r.addDiscrepancy(d.buildUnvalidated());
      }
      line.expectedQuantity(expected);
      quantities.add(receivedQty);
      r.addLine(line.buildUnvalidated());
    }
    X12Warehouse.checkTotal(X12Warehouse.last(body.content(), "W14"), quantities, "units received");
    return r.buildUnvalidated();
  }

  private static DiscrepancyType condition(Segment w13, Map<String, DiscrepancyType> conditions) {
    String code = text(w13, 3);
    DiscrepancyType type = conditions.get(code);
    if (type == null) {
      throw Body.error(
          w13,
          3,
          0,
          EdiErrorKind.INVALID_VALUE,
          "unsupported receiving condition '"
              + code
              + "', configured are "
              + new TreeSet<>(conditions.keySet()));
    }
    return type;
  }
}
