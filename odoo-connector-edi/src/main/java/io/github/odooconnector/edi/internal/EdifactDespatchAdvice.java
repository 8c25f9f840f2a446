package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.optional;
import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.CarrierService;
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
 * DESADV (D.96A and later): CPS segment groups carry the hierarchy (CPS+n+parent), PAC the level
 * (PX pallet, CT carton), GIN+BJ the SSCC and GIN+ZZZ our unit id, MEA+PD+AAB the gross weight;
 * LIN/PIA/QTY+12 the packed line quantities; RFF+LI:lineId and RFF+ON:po:line reference the line.
 */
final class EdifactDespatchAdvice {
  private EdifactDespatchAdvice() {}

  static List<Segment> write(PackedShipNotice packed, ZonedDateTime now) {
    AdvanceShipNotice n = packed.notice();
    List<Segment> out = new ArrayList<>();
    out.add(Segment.of("BGM", "351", n.asnId(), "9"));
    out.add(Segment.of("DTM", Segment.c("137", now.format(Common.DT14), "204")));
    if (n.expectedArrival() != null) {
      out.add(Segment.of("DTM", Segment.c("132", Common.dt14(n.expectedArrival()), "204")));
    }
    if (n.purchaseOrderRef() != null) {
      out.add(Segment.of("RFF", Segment.c("ON", n.purchaseOrderRef())));
    }
    for (String t : n.trackingNumbers()) {
      out.add(Segment.of("RFF", Segment.c("CN", t)));
    }
    out.addAll(Common.nadWithContacts("SU", n.supplier()));
    out.addAll(Common.nadLocation("ST", n.destination()));
    n.optionalCarrierService()
        .ifPresent(
            c ->
                out.add(
                    Segment.of(
                        "TDT",
                        "20",
                        null,
                        null,
                        null,
                        Segment.c(c.carrier(), "", "", c.service()))));
    int[] cps = {1};
    out.add(Segment.of("CPS", "1"));
    Map<String, AsnLine> lines = new LinkedHashMap<>();
    n.lines().forEach(l -> lines.put(l.lineId(), l));
    Map<String, Integer> unitCps = new HashMap<>();
    Map<String, Quantity> packedQty = new HashMap<>();
    int[] lin = {0};
    for (HandlingUnit u : Hierarchy.parentsFirst(packed.handlingUnits())) {
      int id = ++cps[0];
      unitCps.put(u.unitId(), id);
      int parent = u.parentUnitId() == null ? 1 : unitCps.get(u.parentUnitId());
      out.add(Segment.of("CPS", id, parent));
      out.add(Segment.of("PAC", "1", null, u.type() == HandlingUnitType.PALLET ? "PX" : "CT"));
      if (u.grossWeight() != null) {
        out.add(
            Segment.of(
                "MEA",
                "PD",
                "AAB",
                Segment.c(
                    Units.toEdifact(u.grossWeight().unit()), Common.num(u.grossWeight().value()))));
      }
      out.add(Segment.of("PCI", "33E"));
      if (u.sscc() != null) {
        out.add(Segment.of("GIN", "BJ", u.sscc().value()));
      }
      if (u.sscc() == null || !u.unitId().equals(u.sscc().value())) {
        out.add(Segment.of("GIN", "ZZZ", u.unitId()));
      }
      for (PackedItem item : u.contents()) {
        line(out, ++lin[0], lines.get(item.lineId()), item.quantity());
        packedQty.merge(item.lineId(), item.quantity(), Quantity::plus);
      }
    }
    boolean looseGroup = false;
    for (AsnLine line : n.lines()) {
      Quantity done = packedQty.get(line.lineId());
      Quantity loose = done == null ? line.expectedQuantity() : line.expectedQuantity().minus(done);
      if (loose.signum() > 0) {
        if (!looseGroup) {
          out.add(Segment.of("CPS", ++cps[0], "1"));
          looseGroup = true;
        }
        line(out, ++lin[0], line, loose);
      }
    }
    out.add(Segment.of("CNT", Segment.c("2", lin[0])));
    return out;
  }

  private static void line(List<Segment> out, int seq, AsnLine line, Quantity qty) {
    out.add(
        Segment.of(
            "LIN", seq, null, line.gtin() == null ? null : Segment.c(line.gtin().value(), "SRV")));
    out.add(Segment.of("PIA", "5", Segment.c(line.sku().value(), "SA")));
    out.add(
        Segment.of("QTY", Segment.c("12", Common.num(qty.value()), Units.toEdifact(qty.unit()))));
    if (line.lotNumber() != null) {
      out.add(Segment.of("GIN", "BX", line.lotNumber()));
    }
    if (line.expiryDate() != null) {
      out.add(Segment.of("DTM", Segment.c("36", Common.d8(line.expiryDate()), "102")));
    }
    out.add(Segment.of("RFF", Segment.c("LI", line.lineId())));
    if (line.purchaseOrderLineRef() != null) {
      out.add(Segment.of("RFF", Segment.c("ON", "", line.purchaseOrderLineRef())));
    }
  }

  static PackedShipNotice read(Body body) {
    Segment bgm = body.require("BGM");
    AdvanceShipNotice.Builder notice = AdvanceShipNotice.builder().asnId(text(bgm, 2));
    Map<String, List<Segment>> nads = Common.nads(body.content());
    if (!nads.containsKey("SU")) {
      throw body.missingSegment("NAD+SU");
    }
    if (!nads.containsKey("ST")) {
      throw body.missingSegment("NAD+ST");
    }
    notice.supplier(Common.party(nads.get("SU")));
    notice.destination(Common.location(nads.get("ST")));

    Map<String, HandlingUnit.Builder> units = new LinkedHashMap<>();
    Map<String, String> unitIdOfCps = new HashMap<>();
    Map<String, String> parentOfCps = new HashMap<>();
    Map<String, AsnLine.Builder> lines = new LinkedHashMap<>();
    Map<String, Quantity> lineQty = new HashMap<>();
    String cps = null;
    Segment lin = null;
    AsnLine.Builder line = null;
    Quantity qty = null;
    List<Runnable> closeLine = new ArrayList<>();
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "DTM" -> {
          switch (s.comp(1, 1)) {
            case "132" -> notice.expectedArrival(Common.instant14(s, 1, 2));
            case "36" -> {
              if (line != null) {
                line.expiryDate(Body.date(s, 1, 2));
              }
            }
            default -> {
              // document date and others are not mapped
            }
          }
        }
        case "RFF" -> {
          String q = s.comp(1, 1);
          if (lin == null && q.equals("ON")) {
            notice.purchaseOrderRef(Body.comp(s, 1, 2));
          } else if (lin == null && q.equals("CN")) {
            notice.addTrackingNumber(Body.comp(s, 1, 2));
          } else if (lin != null && q.equals("LI")) {
            line.lineId(Body.comp(s, 1, 2));
          } else if (lin != null && q.equals("ON")) {
            line.purchaseOrderLineRef(Body.comp(s, 1, 3));
          }
        }
        case "TDT" ->
            notice.carrierService(new CarrierService(Body.comp(s, 5, 1), optional(s, 5, 4)));
        case "CPS" -> {
          flush(closeLine);
          lin = null;
          line = null;
          cps = text(s, 1);
          String parent = optional(s, 2);
          if (parent != null
              && !parent.equals("1")
              && !unitIdOfCps.containsKey(parent)
              && !parentOfCps.containsKey(parent)) {
            throw Body.error(
                s,
                2,
                0,
                EdiErrorKind.INVALID_VALUE,
                "parent CPS " + parent + " is not defined before");
          }
          parentOfCps.put(cps, parent);
        }
        case "PAC" -> {
          if (cps == null) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "PAC outside a CPS group");
          }
          String type = Body.comp(s, 3, 1);
          HandlingUnitType t =
              switch (type) {
                case "PX", "PE", "201" -> HandlingUnitType.PALLET;
                case "CT", "CS", "BX", "PK" -> HandlingUnitType.CARTON;
                default ->
                    throw Body.error(
                        s,
                        3,
                        1,
                        EdiErrorKind.INVALID_VALUE,
                        "unsupported package type '" + type + "'");
              };
          String parentUnit = unitIdOfCps.get(parentOfCps.get(cps));
          units.put(
              cps, HandlingUnit.builder().unitId("CPS-" + cps).parentUnitId(parentUnit).type(t));
          unitIdOfCps.put(cps, "CPS-" + cps);
        }
        case "MEA" -> {
          HandlingUnit.Builder u = cps == null ? null : units.get(cps);
          if (u != null && lin == null && s.comp(2, 1).equals("AAB")) {
            u.grossWeight(Weight.of(Body.decimal(s, 3, 2), Body.unit(s, 3, 1, Units::fromEdifact)));
          }
        }
        case "GIN" -> {
          if (lin != null) {
            if (s.el(1).equals("BX")) {
              line.lotNumber(text(s, 2));
            }
          } else {
            HandlingUnit.Builder u = cps == null ? null : units.get(cps);
            if (u == null) {
              throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "GIN outside a package");
            }
            if (s.el(1).equals("BJ")) {
              u.sscc(Body.sscc(s, 2, 1));
              if (unitIdOfCps.get(cps).startsWith("CPS-")) {
                unitIdOfCps.put(cps, text(s, 2));
              }
            } else if (s.el(1).equals("ZZZ")) {
              unitIdOfCps.put(cps, text(s, 2));
            }
          }
        }
        case "LIN" -> {
          flush(closeLine);
          lin = s;
          line = AsnLine.builder();
          if (s.has(3)) {
            line.gtin(Body.gtin(s, 3, 1));
          }
          qty = null;
          AsnLine.Builder current = line;
          Segment linSegment = s;
          String inCps = cps;
          closeLine.add(() -> close(current, linSegment, inCps, lines, lineQty, units));
        }
        case "PIA" -> {
          if (line != null && s.comp(2, 2).equals("SA")) {
            line.sku(Body.sku(s, 2, 1));
          }
        }
        case "QTY" -> {
          if (line != null && s.comp(1, 1).equals("12")) {
            qty = Quantity.of(Body.decimal(s, 1, 2), Body.unit(s, 1, 3, Units::fromEdifact));
            line.expectedQuantity(qty);
          }
        }
        default -> {
          // not mapped
        }
      }
    }
    flush(closeLine);
    if (lines.isEmpty()) {
      throw body.missingSegment("LIN");
    }
    for (Map.Entry<String, AsnLine.Builder> e : lines.entrySet()) {
      notice.addLine(e.getValue().expectedQuantity(lineQty.get(e.getKey())).buildUnvalidated());
    }
    List<HandlingUnit> built = new ArrayList<>();
    for (Map.Entry<String, HandlingUnit.Builder> e : units.entrySet()) {
      HandlingUnit.Builder b = e.getValue();
      b.unitId(unitIdOfCps.get(e.getKey()));
      String parent = parentOfCps.get(e.getKey());
      b.parentUnitId(parent == null ? null : unitIdOfCps.get(parent));
      built.add(b.buildUnvalidated());
    }
    // items were attached with provisional ids; re-key them is not needed (items carry line ids)
    return new PackedShipNotice(notice.buildUnvalidated(), built);
  }

  private static void flush(List<Runnable> closeLine) {
    closeLine.forEach(Runnable::run);
    closeLine.clear();
  }

  private static void close(
      AsnLine.Builder builder,
      Segment lin,
      String cps,
      Map<String, AsnLine.Builder> lines,
      Map<String, Quantity> lineQty,
      Map<String, HandlingUnit.Builder> units) {
    AsnLine probe = builder.buildUnvalidated();
    if (probe.lineId() == null) {
      throw Body.error(lin, 0, 0, EdiErrorKind.MISSING_SEGMENT, "line without RFF+LI line id");
    }
    if (probe.expectedQuantity() == null) {
      throw Body.error(lin, 0, 0, EdiErrorKind.MISSING_SEGMENT, "line without QTY+12");
    }
    Quantity q = probe.expectedQuantity();
    lines.putIfAbsent(probe.lineId(), builder);
    Quantity before = lineQty.get(probe.lineId());
    lineQty.put(probe.lineId(), before == null ? q : before.plus(q));
    HandlingUnit.Builder unit = cps == null ? null : units.get(cps);
    if (unit != null) {
      unit.addItem(new PackedItem(probe.lineId(), q));
    }
  }
}
