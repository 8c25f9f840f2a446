package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.optional;
import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.X12WarehouseOptions;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.OrderPriority;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * X12 940 (warehouse shipping order, {@code FulfillmentOrder}) and 945 (warehouse shipping advice,
 * {@code Shipment}).
 *
 * <p>940: W05 order, N1*ST ship-to, N1*WH warehouse, N9 order reference and priority, G62*10
 * requested ship date, G62*04 release time, NTE*WHI instructions, W66 carrier; per line LX, W01
 * (quantity, unit, SKU, GTIN), G69 description, N9*LI line id, N9*LT lot, N9 order line; W76 total.
 *
 * <p>945: W06 (depositor order = fulfillment order, ship date, shipment id), N1*SF ship-from, N1*ST
 * ship-to, N9 order reference and tracking numbers, G62*11 shipped at, W27 carrier; one LX per run
 * of lines in the same parcel with the parcel's MAN*GM (SSCC), MAN*ZZ (parcel id), MAN*CP
 * (tracking); per line W12 (ordered, shipped, difference, unit, SKU), N9*LI order line, N9*LT lot
 * (expiry in N904), N9*SE serials; W03 total shipped.
 */
final class X12WarehouseOrders {
  private static final Set<String> SUMMARY = Set.of("W76", "W03", "CTT");

  private X12WarehouseOrders() {}

  // ------------------------------------------------------------------------------ 940

  static List<Segment> write940(FulfillmentOrder fo, X12WarehouseOptions o) {
    List<Segment> out = new ArrayList<>();
    out.add(Segment.of("W05", "N", fo.fulfillmentOrderId()));
    Common.x12Party(out, "ST", fo.shipTo());
    Common.x12Location(out, "WH", new LocationRef(fo.warehouse(), null));
    X12Warehouse.ref(out, o.orderReferenceQualifier(), fo.orderRef());
    if (fo.priority() != OrderPriority.NORMAL) {
      X12Warehouse.ref(out, o.priorityQualifier(), fo.priority().name());
    }
    X12Warehouse.date(out, "10", fo.requestedShipDate());
    X12Warehouse.date(out, "04", fo.createdAt());
    Common.notes(out, "NTE", "WHI", fo.instructions(), 80);
    fo.optionalCarrierService().ifPresent(c -> out.add(X12Warehouse.w66(c, o)));
    int lx = 0;
    List<Quantity> quantities = new ArrayList<>();
    for (FulfillmentLine l : fo.lines()) {
      out.add(Segment.of("LX", ++lx));
      List<Object> w01 =
          new ArrayList<>(
              List.of(
                  Common.num(l.quantity().value()),
                  X12Warehouse.unit(l.quantity(), "line " + l.lineId() + " quantity"),
                  ""));
      w01.addAll(X12Warehouse.productIds(o, l.sku(), l.gtin()));
      out.add(Segment.of("W01", w01.toArray()));
      Common.notes(out, "G69", null, l.description(), 45);
      X12Warehouse.ref(out, X12Warehouse.LINE, l.lineId());
      X12Warehouse.lot(out, l.lotNumber(), null, "line " + l.lineId());
      X12Warehouse.ref(out, o.orderReferenceQualifier(), l.orderLineRef());
      quantities.add(l.quantity());
    }
    out.add(Segment.of("W76", X12Warehouse.total(quantities)));
    return out;
  }

  static FulfillmentOrder read940(Body body, X12WarehouseOptions o) {
    Segment w05 = body.require("W05");
    if (!text(w05, 1).equals("N")) {
      throw Body.error(
          w05,
          1,
          0,
          EdiErrorKind.INVALID_VALUE,
          "unsupported order status '" + w05.el(1) + "', expected N (original)");
    }
    List<Segment> header = new ArrayList<>();
    List<X12Warehouse.Loop> loops =
        X12Warehouse.loops(body.content(), Set.of("W01"), SUMMARY, header);
    FulfillmentOrder.Builder fo = FulfillmentOrder.builder().fulfillmentOrderId(text(w05, 2));
    Map<String, Common.PartyLoop> parties = Common.x12Parties(header);
    Common.PartyLoop st = parties.get("ST");
    if (st == null) {
      throw body.missingSegment("N1*ST");
    }
    fo.shipTo(Common.x12Party(st));
    Common.PartyLoop wh = parties.get("WH");
    if (wh == null) {
      throw body.missingSegment("N1*WH");
    }
    fo.warehouse(Common.x12Location(wh).warehouse());
    fo.orderRef(X12Warehouse.ref(header, o.orderReferenceQualifier()));
    for (Segment s : header) {
      if (s.tag().equals("N9") && s.el(1).equals(o.priorityQualifier())) {
        fo.priority(priority(s));
      } else if (s.tag().equals("W66")) {
        fo.carrierService(X12Warehouse.fromW66(s));
      }
    }
    Segment ship = X12Warehouse.g62(header, "10");
    if (ship != null) {
      fo.requestedShipDate(Body.date(ship, 2));
    }
    Segment created = X12Warehouse.g62(header, "04");
    if (created != null) {
      fo.createdAt(Common.instant(created, 2, 4));
    }
    fo.instructions(Common.readNotes(header, "NTE", 2, "WHI"));
    if (loops.isEmpty()) {
      throw body.missingSegment("W01");
    }
    List<Quantity> quantities = new ArrayList<>();
    for (int i = 0; i < loops.size(); i++) {
      X12Warehouse.Loop loop = loops.get(i);
      Segment w01 = loop.line();
      FulfillmentLine.Builder line =
          FulfillmentLine.builder().quantity(X12Warehouse.quantity(w01, 1, 2));
      line.sku(X12Warehouse.productIds(w01, 4, 8, o, line::gtin));
      String lineId = loop.ref(X12Warehouse.LINE);
      line.lineId(lineId == null ? String.valueOf(i + 1) : lineId);
      String lot = loop.ref(X12Warehouse.LOT);
      line.lotNumber(lot == null ? optional(w01, 13) : lot);
      line.description(loop.description());
      line.orderLineRef(loop.ref(o.orderReferenceQualifier()));
      FulfillmentLine built = line.buildUnvalidated();
      quantities.add(built.quantity());
      fo.addLine(built);
    }
    X12Warehouse.checkTotal(X12Warehouse.last(body.content(), "W76"), quantities, "units ordered");
    return fo.buildUnvalidated();
  }

  private static OrderPriority priority(Segment n9) {
    String v = text(n9, 2);
    for (OrderPriority p : OrderPriority.values()) {
      if (p.name().equals(v)) {
        return p;
      }
    }
    throw Body.error(
        n9,
        2,
        0,
        EdiErrorKind.INVALID_VALUE,
        "unsupported priority '" + v + "', expected one of LOW, NORMAL, HIGH, URGENT");
  }

  // ------------------------------------------------------------------------------ 945

  static List<Segment> write945(Shipment sh, X12WarehouseOptions o) {
    List<Segment> out = new ArrayList<>();
    out.add(
        Segment.of(
            "W06", "F", sh.fulfillmentOrderRef(), Common.d8(sh.shippedAt()), sh.shipmentId()));
    sh.optionalShipFrom().ifPresent(l -> Common.x12Location(out, "SF", l));
    sh.optionalShipTo().ifPresent(p -> Common.x12Party(out, "ST", p));
    X12Warehouse.ref(out, o.orderReferenceQualifier(), sh.orderRef());
    for (String tracking : sh.trackingNumbers()) {
      X12Warehouse.ref(out, o.trackingReferenceQualifier(), tracking);
    }
    X12Warehouse.date(out, "11", sh.shippedAt());
    out.add(X12Warehouse.w27(sh.carrierService(), o));
    int lx = 0;
    String parcel = null;
    Set<String> written = new HashSet<>();
    List<Quantity> quantities = new ArrayList<>();
    for (ShipmentLine l : sh.lines()) {
      if (lx == 0 || !Objects.equals(l.parcelId(), parcel)) {
        out.add(Segment.of("LX", ++lx));
        parcel = l.parcelId();
        if (parcel != null) {
          marks(out, sh.parcel(parcel).orElseThrow());
          written.add(parcel);
        }
      }
      String field = "line " + l.sku().value() + " quantity";
      String qty = Common.num(l.quantity().value());
      List<Object> w12 =
          new ArrayList<>(List.of("CC", qty, qty, "0", X12Warehouse.unit(l.quantity(), field), ""));
      w12.addAll(X12Warehouse.productIds(o, l.sku(), null));
      out.add(Segment.of("W12", w12.toArray()));
      X12Warehouse.ref(out, X12Warehouse.LINE, l.orderLineRef());
      X12Warehouse.lot(out, l.lotNumber(), l.expiryDate(), "line " + l.sku().value());
      for (String serial : l.serialNumbers()) {
        X12Warehouse.ref(out, X12Warehouse.SERIAL, serial);
      }
      quantities.add(l.quantity());
    }
    for (Parcel p : sh.parcels()) {
      if (!written.contains(p.parcelId())) {
        out.add(Segment.of("LX", ++lx));
        marks(out, p);
      }
    }
    out.add(Segment.of("W03", X12Warehouse.total(quantities)));
    return out;
  }

  private static void marks(List<Segment> out, Parcel p) {
    if (p.sscc() != null) {
      out.add(Segment.of("MAN", "GM", p.sscc().value()));
    }
    if (p.sscc() == null || !p.parcelId().equals(p.sscc().value())) {
      out.add(Segment.of("MAN", "ZZ", p.parcelId()));
    }
    if (p.trackingNumber() != null) {
      out.add(Segment.of("MAN", "CP", p.trackingNumber()));
    }
  }

  static Shipment read945(Body body, X12WarehouseOptions o) {
    Segment w06 = body.require("W06");
    List<Segment> header = new ArrayList<>();
    X12Warehouse.loops(body.content(), Set.of("LX", "W12"), SUMMARY, header);
    Shipment.Builder sh =
        Shipment.builder().shipmentId(text(w06, 4)).fulfillmentOrderRef(optional(w06, 2));
    Map<String, Common.PartyLoop> parties = Common.x12Parties(header);
    if (parties.containsKey("SF")) {
      sh.shipFrom(Common.x12Location(parties.get("SF")));
    }
    if (parties.containsKey("ST")) {
      sh.shipTo(Common.x12Party(parties.get("ST")));
    }
    sh.orderRef(X12Warehouse.ref(header, o.orderReferenceQualifier()));
    for (Segment s : header) {
      if (s.tag().equals("N9") && s.el(1).equals(o.trackingReferenceQualifier())) {
        sh.addTrackingNumber(text(s, 2));
      }
    }
    Segment shipped = X12Warehouse.g62(header, "11");
    sh.shippedAt(
        shipped != null
            ? Common.instant(shipped, 2, 4)
            : Body.date(w06, 3).atStartOfDay().toInstant(ZoneOffset.UTC));
    Segment w27 = header.stream().filter(s -> s.tag().equals("W27")).findFirst().orElse(null);
    if (w27 == null) {
      throw body.missingSegment("W27");
    }
    sh.carrierService(X12Warehouse.fromW27(w27));
    Map<String, Parcel.Builder> parcels = new LinkedHashMap<>();
    Map<String, Segment> marks = null;
    boolean resolved = false;
    String parcelId = null;
    ShipmentLine.Builder line = null;
    List<ShipmentLine.Builder> lines = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "LX" -> {
          if (!resolved) {
            parcel(parcels, marks);
          }
          marks = new LinkedHashMap<>();
          resolved = false;
          parcelId = null;
          line = null;
        }
        case "MAN" -> {
          if (marks == null || resolved) {
            throw Body.error(
                s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "MAN outside an LX level (before W12)");
          }
          text(s, 2); // a mark without its value is a missing element
          marks.put(text(s, 1), s);
        }
        case "W12" -> {
          if (!resolved) {
            parcelId = parcel(parcels, marks);
            resolved = true;
          }
          Quantity q = X12Warehouse.quantity(s, 3, 5);
          if (q.signum() <= 0) {
            line = null; // ordered but not shipped: no shipment line
          } else {
            line = ShipmentLine.builder().quantity(q).parcelId(parcelId);
            line.sku(X12Warehouse.productIds(s, 7, 9, o, null));
            line.lotNumber(optional(s, 9));
            lines.add(line);
            quantities.add(q);
          }
        }
        case "N9" -> {
          if (line != null) {
            lineRef(line, s);
          }
        }
        default -> {
          // header segments are read above; others are not mapped
        }
      }
    }
    if (!resolved) {
      parcel(parcels, marks);
    }
    if (lines.isEmpty()) {
      throw body.missingSegment("W12 (a shipped line)");
    }
    parcels.values().forEach(p -> sh.addParcel(p.buildUnvalidated()));
    lines.forEach(l -> sh.addLine(l.buildUnvalidated()));
    X12Warehouse.checkTotal(X12Warehouse.last(body.content(), "W03"), quantities, "units shipped");
    return sh.buildUnvalidated();
  }

  private static void lineRef(ShipmentLine.Builder line, Segment n9) {
    switch (n9.el(1)) {
      case X12Warehouse.LINE -> line.orderLineRef(text(n9, 2));
      case X12Warehouse.LOT -> {
        line.lotNumber(text(n9, 2));
        if (n9.has(4)) {
          line.expiryDate(Body.date(n9, 4));
        }
      }
      case X12Warehouse.SERIAL -> line.addSerialNumber(text(n9, 2));
      default -> {
        // other references are not mapped
      }
    }
  }

  /** The parcel of an LX's marks: id from MAN*ZZ, else the SSCC of MAN*GM; null without marks. */
  private static String parcel(Map<String, Parcel.Builder> parcels, Map<String, Segment> marks) {
    if (marks == null || marks.isEmpty()) {
      return null;
    }
    Segment zz = marks.get("ZZ");
    Segment gm = marks.get("GM");
    Segment cp = marks.get("CP");
    Segment named = zz != null ? zz : gm != null ? gm : cp;
    String id = text(named, 2);
    if (!parcels.containsKey(id)) {
      Parcel.Builder p = Parcel.builder().parcelId(id);
      if (gm != null) {
        p.sscc(Body.sscc(gm, 2, 1));
      }
      if (cp != null) {
        p.trackingNumber(text(cp, 2));
      }
      parcels.put(id, p);
    }
    return id;
  }
}
