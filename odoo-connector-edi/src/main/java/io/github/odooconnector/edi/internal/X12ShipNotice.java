package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.optional;
import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Gtin;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Weight;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 856 Ship Notice/Manifest with the hierarchy S (shipment) - O (order) - T (tare: pallet) - P
 * (pack: carton) - I (item). An item HL under a T or P is packed in that unit; under O it is loose.
 * A line packed in several cartons appears once per carton; reading sums its quantities.
 */
final class X12ShipNotice {
  private X12ShipNotice() {}

  static List<Segment> write(PackedShipNotice packed, ZonedDateTime now) {
    AdvanceShipNotice n = packed.notice();
    List<Segment> out = new ArrayList<>();
    out.add(
        Segment.of("BSN", "00", n.asnId(), now.format(Common.D8), now.format(Common.T6), "0001"));
    int[] hl = {0};
    int shipmentHl = ++hl[0];
    out.add(Segment.of("HL", shipmentHl, null, "S"));
    n.optionalCarrierService()
        .ifPresent(c -> out.add(Segment.of("TD5", "B", "2", c.carrier(), null, c.service())));
    for (String tracking : n.trackingNumbers()) {
      out.add(Segment.of("REF", "2I", tracking));
    }
    if (n.expectedArrival() != null) {
      out.add(
          Segment.of(
              "DTM", "017", Common.d8(n.expectedArrival()), Common.t6(n.expectedArrival()), "UT"));
    }
    Common.x12Party(out, "SF", n.supplier());
    Common.x12Location(out, "ST", n.destination());
    int orderHl = ++hl[0];
    out.add(Segment.of("HL", orderHl, shipmentHl, "O"));
    if (n.purchaseOrderRef() != null) {
      out.add(Segment.of("PRF", n.purchaseOrderRef()));
    }
    Map<String, AsnLine> lines = new LinkedHashMap<>();
    n.lines().forEach(l -> lines.put(l.lineId(), l));
    Map<String, Quantity> packedQty = new HashMap<>();
    Map<String, Integer> unitHl = new HashMap<>();
    int items = 0;
    for (HandlingUnit u : Hierarchy.parentsFirst(packed.handlingUnits())) {
      int id = ++hl[0];
      unitHl.put(u.unitId(), id);
      int parent = u.parentUnitId() == null ? orderHl : unitHl.get(u.parentUnitId());
      out.add(Segment.of("HL", id, parent, u.type() == HandlingUnitType.PALLET ? "T" : "P"));
      if (u.sscc() != null) {
        out.add(Segment.of("MAN", "GM", u.sscc().value()));
      }
      if (u.sscc() == null || !u.unitId().equals(u.sscc().value())) {
        out.add(Segment.of("MAN", "ZZ", u.unitId()));
      }
      if (u.grossWeight() != null) {
        out.add(
            Segment.of(
                "MEA",
                "PD",
                "G",
                Common.num(u.grossWeight().value()),
                Units.toX12(u.grossWeight().unit(), "grossWeight of " + u.unitId())));
      }
      for (PackedItem item : u.contents()) {
        items++;
        item(out, ++hl[0], id, lines.get(item.lineId()), item.quantity());
        packedQty.merge(item.lineId(), item.quantity(), Quantity::plus);
      }
    }
    for (AsnLine line : n.lines()) {
      Quantity done = packedQty.get(line.lineId());
      Quantity loose = done == null ? line.expectedQuantity() : line.expectedQuantity().minus(done);
      if (loose.signum() > 0) {
        items++;
        item(out, ++hl[0], orderHl, line, loose);
      }
    }
    out.add(Segment.of("CTT", items));
    return out;
  }

  private static void item(List<Segment> out, int id, int parent, AsnLine line, Quantity qty) {
    out.add(Segment.of("HL", id, parent, "I"));
    List<Object> lin = new ArrayList<>(List.of(line.lineId(), "SK", line.sku().value()));
    if (line.gtin() != null) {
      lin.add(gtinQualifier(line.gtin()));
      lin.add(line.gtin().value());
    }
    if (line.lotNumber() != null) {
      lin.add("LT");
      lin.add(line.lotNumber());
    }
    if (line.purchaseOrderLineRef() != null) {
      lin.add("PL");
      lin.add(line.purchaseOrderLineRef());
    }
    out.add(Segment.of("LIN", lin.toArray()));
    out.add(
        Segment.of(
            "SN1",
            null,
            Common.num(qty.value()),
            Units.toX12(qty.unit(), "line " + line.lineId() + " quantity")));
    if (line.expiryDate() != null) {
      out.add(Segment.of("DTM", "036", Common.d8(line.expiryDate())));
    }
  }

  static String gtinQualifier(Gtin gtin) {
    return switch (gtin.value().length()) {
      case 12 -> "UP";
      case 14 -> "UK";
      default -> "EN";
    };
  }

  static PackedShipNotice read(Body body) {
    Segment bsn = body.require("BSN");
    AdvanceShipNotice.Builder notice = AdvanceShipNotice.builder().asnId(text(bsn, 2));
    Map<String, Common.PartyLoop> parties = Common.x12Parties(body.content());
    Common.PartyLoop sf = parties.get("SF");
    if (sf == null) {
      throw body.missingSegment("N1*SF");
    }
    notice.supplier(Common.x12Party(sf));
    Common.PartyLoop st = parties.get("ST");
    if (st == null) {
      throw body.missingSegment("N1*ST");
    }
    notice.destination(Common.x12Location(st));

    Map<String, String> levelOf = new HashMap<>();
    Map<String, String> parentOf = new HashMap<>();
    Map<String, HandlingUnit.Builder> units = new LinkedHashMap<>();
    Map<String, String> unitIdOfHl = new HashMap<>();
    Map<String, AsnLine.Builder> lines = new LinkedHashMap<>();
    Map<String, Quantity> lineQty = new HashMap<>();
    String currentHl = null;
    String level = null;
    String currentLine = null;
    Segment currentLin = null;
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "HL" -> {
          currentHl = text(s, 1);
          level = text(s, 3);
          if (levelOf.containsKey(currentHl)) {
            throw Body.error(s, 1, 0, EdiErrorKind.INVALID_VALUE, "duplicate HL id " + currentHl);
          }
          String parent = optional(s, 2);
          if (parent != null && !levelOf.containsKey(parent)) {
            throw Body.error(
                s,
                2,
                0,
                EdiErrorKind.INVALID_VALUE,
                "parent HL " + parent + " is not defined before");
          }
          levelOf.put(currentHl, level);
          parentOf.put(currentHl, parent);
          currentLine = null;
          currentLin = null;
          if (level.equals("T") || level.equals("P")) {
            String parentUnit = parent == null ? null : unitIdOfHl.get(parent);
            units.put(
                currentHl,
                HandlingUnit.builder()
                    .unitId("HL-" + currentHl)
                    .parentUnitId(parentUnit)
                    .type(level.equals("T") ? HandlingUnitType.PALLET : HandlingUnitType.CARTON));
            unitIdOfHl.put(currentHl, "HL-" + currentHl);
          } else if (!List.of("S", "O", "I").contains(level)) {
            throw Body.error(
                s, 3, 0, EdiErrorKind.INVALID_VALUE, "unsupported HL level code '" + level + "'");
          }
        }
        case "TD5" -> notice.carrierService(new CarrierService(text(s, 3), optional(s, 5)));
        case "REF" -> {
          if (s.el(1).equals("2I")) {
            notice.addTrackingNumber(text(s, 2));
          }
        }
        case "DTM" -> {
          if (s.el(1).equals("017")) {
            notice.expectedArrival(Common.instant(s, 2, 3));
          } else if (s.el(1).equals("036") && currentLin != null) {
            lines.get(currentLine).expiryDate(Body.date(s, 2));
          }
        }
        case "PRF" -> notice.purchaseOrderRef(text(s, 1));
        case "MAN" -> {
          HandlingUnit.Builder u = units.get(currentHl);
          if (u == null) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "MAN outside a T/P level");
          }
          if (s.el(1).equals("GM")) {
            u.sscc(Body.sscc(s, 2, 1));
            if (unitIdOfHl.get(currentHl).startsWith("HL-")) {
              rename(units, unitIdOfHl, currentHl, text(s, 2));
            }
          } else if (s.el(1).equals("ZZ")) {
            rename(units, unitIdOfHl, currentHl, text(s, 2));
          }
        }
        case "MEA" -> {
          HandlingUnit.Builder u = units.get(currentHl);
          if (u != null && s.el(2).equals("G")) {
            u.grossWeight(Weight.of(Body.decimal(s, 3), Body.unit(s, 4, 1, Units::fromX12)));
          }
        }
        case "LIN" -> {
          if (!"I".equals(level)) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "LIN outside an I level");
          }
          currentLine = text(s, 1);
          currentLin = s;
          AsnLine.Builder line = lines.get(currentLine);
          if (line == null) {
            line = AsnLine.builder().lineId(currentLine);
            lines.put(currentLine, line);
          }
          for (int e = 2; e + 1 <= s.elements().size(); e += 2) {
            switch (s.el(e)) {
              case "SK" -> line.sku(Body.sku(s, e + 1, 1));
              case "EN", "UP", "UK" -> line.gtin(Body.gtin(s, e + 1, 1));
              case "LT" -> line.lotNumber(text(s, e + 1));
              case "PL" -> line.purchaseOrderLineRef(text(s, e + 1));
              default -> {
                // other product qualifiers are not mapped
              }
            }
          }
        }
        case "SN1" -> {
          if (currentLine == null) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "SN1 without a LIN");
          }
          Quantity q = Body.quantity(s, 2, 3, Units::fromX12);
          Quantity before = lineQty.get(currentLine);
          if (before != null && !before.unit().isConvertibleTo(q.unit())) {
            throw Body.error(s, 3, 0, EdiErrorKind.INVALID_VALUE, "unit differs between cartons");
          }
          lineQty.put(currentLine, before == null ? q : before.plus(q));
          String parent = parentOf.get(currentHl);
          HandlingUnit.Builder unit = parent == null ? null : units.get(parent);
          if (unit != null) {
            unit.addItem(new PackedItem(currentLine, q));
          }
        }
        default -> {
          // segments not mapped to the canonical notice are ignored
        }
      }
    }
    if (lines.isEmpty()) {
      throw body.missingSegment("LIN");
    }
    for (Map.Entry<String, AsnLine.Builder> e : lines.entrySet()) {
      Quantity q = lineQty.get(e.getKey());
      if (q == null) {
        throw body.missingSegment("SN1 (line " + e.getKey() + ")");
      }
      notice.addLine(e.getValue().expectedQuantity(q).buildUnvalidated());
    }
    List<HandlingUnit> built = new ArrayList<>();
    for (Map.Entry<String, HandlingUnit.Builder> e : units.entrySet()) {
      String parentHl = parentOf.get(e.getKey());
      HandlingUnit.Builder b = e.getValue();
      b.unitId(unitIdOfHl.get(e.getKey()));
      b.parentUnitId(parentHl == null ? null : unitIdOfHl.get(parentHl));
      built.add(b.buildUnvalidated());
    }
    return new PackedShipNotice(notice.buildUnvalidated(), built);
  }

  private static void rename(
      Map<String, HandlingUnit.Builder> units,
      Map<String, String> unitIdOfHl,
      String hl,
      String unitId) {
    unitIdOfHl.put(hl, unitId);
    units.get(hl).unitId(unitId);
  }
}
