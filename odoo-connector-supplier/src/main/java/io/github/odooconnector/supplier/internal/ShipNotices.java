package io.github.odooconnector.supplier.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.IncompatibleUnitsException;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.supplier.api.ShipNoticeOutcome;
import io.github.odooconnector.supplier.api.SupplierIncident;
import io.github.odooconnector.supplier.api.SupplierWorkflowException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A supplier's ship notice applied to the order's open receipt: scheduled date, expected
 * quantities, lots and packages on the move lines, and the incidents a buyer must see (a late
 * arrival, lines that do not match the order). Runs inside the notice's idempotency key.
 * Thread-safe (stateless apart from its collaborators).
 */
final class ShipNotices {
  private final PurchaseGateway odoo;
  private final AsnPackages packages;
  private final Incidents incidents;
  private final SupplierSettings settings;

  ShipNotices(PurchaseGateway odoo, Incidents incidents, SupplierSettings settings) {
    this.odoo = odoo;
    this.packages = new AsnPackages(odoo);
    this.incidents = incidents;
    this.settings = settings;
  }

  /** One notice line matched to a move, with its quantity in the move's unit. */
  private record Matched(AsnLine line, OdooRecord move, UnitOfMeasure unit, BigDecimal quantity) {}

  ShipNoticeOutcome apply(PackedShipNotice packed, String ref) {
    AdvanceShipNotice notice = packed.notice();
    // one incident per notice: a corrected notice (same id) finds the one raised before
    String incidentRef = "ship-notice/" + ref + "/" + notice.asnId();
    OdooRecord po = odoo.order(ref);
    List<OdooRecord> receipts = odoo.openReceipts(po.id());
    if (receipts.isEmpty()) {
      throw new SupplierWorkflowException(
          "purchase order " + ref + " has no open receipt for ship notice " + notice.asnId());
    }
    OdooRecord picking = receipts.get(0);
    String pickingName = picking.string("name").orElse(String.valueOf(picking.id()));
    List<OdooRecord> moves = odoo.moves(picking.id());
    Map<Long, String> codes =
        odoo.productCodes(
            moves.stream()
                .map(m -> m.many2one("product_id").orElseThrow().id())
                .distinct()
                .toList());
    String moveUom = odoo.uomField(PurchaseGateway.MOVE);
    Map<String, OdooRecord> moveBySku = new LinkedHashMap<>();
    for (OdooRecord m : moves) {
      moveBySku.putIfAbsent(codes.get(m.many2one("product_id").orElseThrow().id()), m);
    }
    List<String> changes = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, Matched> matched = new LinkedHashMap<>();
    Map<Long, BigDecimal> expected = new LinkedHashMap<>();
    for (AsnLine line : notice.lines()) {
      OdooRecord move = moveBySku.get(line.sku().value());
      if (move == null) {
        unmatched.add(
            "line "
                + line.lineId()
                + ": "
                + line.sku().value()
                + " "
                + line.expectedQuantity().display()
                + " is not on "
                + pickingName);
        continue;
      }
      String label = pickingName + " " + line.sku().value();
      UnitOfMeasure unit =
          OdooUnits.of(move.many2one(moveUom).map(Many2one::displayName).orElse(null), label);
      BigDecimal qty = inUnit(notice, line.lineId(), line.expectedQuantity(), unit);
      matched.put(line.lineId(), new Matched(line, move, unit, qty));
      expected.merge(move.id(), qty, BigDecimal::add);
    }
    List<OdooRecord> orderLines = odoo.lines(po.id());
    List<String> mismatches = new ArrayList<>(unmatched);
    mismatches.addAll(overShipped(orderLines, moves, codes, expected));
    Instant arrival = notice.expectedArrival();
    // late = arriving on a later day than the last planned line (the order's date when no line has)
    LocalDate planned =
        orderLines.stream()
            .map(l -> l.datetime("date_planned"))
            .flatMap(Optional::stream)
            .max(Instant::compareTo)
            .or(() -> po.datetime("date_planned"))
            .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC))
            .orElse(null);
    boolean late =
        arrival != null
            && planned != null
            && LocalDate.ofInstant(arrival, ZoneOffset.UTC).isAfter(planned);
    if (arrival != null) {
      odoo.writePicking(picking.id(), Map.of("scheduled_date", arrival));
      changes.add(pickingName + " scheduled for " + arrival);
      if (late) {
        changes.add(pickingName + " arrives after the planned " + planned);
      }
    }
    AsnPackages.Packages pkgs =
        packages.ensure(packed.handlingUnits(), ref, matched.keySet(), changes);
    Map<String, List<PackedItem>> packedIn = new HashMap<>();
    Map<String, List<String>> unitsOfLine = new HashMap<>();
    for (HandlingUnit u : packed.handlingUnits()) {
      if (pkgs.ids().containsKey(u.unitId())) {
        for (PackedItem item : u.contents()) {
          packedIn.computeIfAbsent(item.lineId(), k -> new ArrayList<>()).add(item);
          unitsOfLine.computeIfAbsent(item.lineId(), k -> new ArrayList<>()).add(u.unitId());
        }
      }
    }
    for (OdooRecord m : moves) {
      BigDecimal qty = expected.get(m.id());
      if (qty == null) {
        continue;
      }
      String code = codes.get(m.many2one("product_id").orElseThrow().id());
      BigDecimal demand = m.decimal("product_uom_qty").orElse(BigDecimal.ZERO);
      if (qty.compareTo(demand) != 0) {
        odoo.writeMove(m.id(), Map.of("product_uom_qty", qty));
        changes.add(code + " expected " + plain(qty) + " (ordered " + plain(demand) + ")");
      }
      List<Matched> lines = matched.values().stream().filter(x -> x.move().id() == m.id()).toList();
      boolean lots = lines.stream().anyMatch(x -> x.line().lotNumber() != null);
      boolean inPackages = lines.stream().anyMatch(x -> packedIn.containsKey(x.line().lineId()));
      List<Long> old = m.ids("move_line_ids");
      String pkgField = odoo.resultPackageField();
      boolean hadPackages =
          !inPackages
              && odoo.moveLines(old).stream().anyMatch(l -> l.many2one(pkgField).isPresent());
      if (!lots && !inPackages && !hadPackages) {
        continue;
      }
      List<Map<String, Object>> create = new ArrayList<>();
      for (Matched x : lines) {
        String lot = x.line().lotNumber();
        String what = code + (lot == null ? "" : " lot " + lot);
        BigDecimal rest = x.quantity();
        List<PackedItem> items = packedIn.getOrDefault(x.line().lineId(), List.of());
        List<String> inUnits = unitsOfLine.getOrDefault(x.line().lineId(), List.of());
        for (int i = 0; i < items.size(); i++) {
          BigDecimal q = inUnit(notice, x.line().lineId(), items.get(i).quantity(), x.unit());
          long pkg = pkgs.ids().get(inUnits.get(i));
          create.add(moveLine(picking, m, moveUom, q, lot, pkgField, pkg));
          changes.add(what + " " + plain(q) + " in package " + pkgs.names().get(inUnits.get(i)));
          rest = rest.subtract(q);
        }
        if (rest.signum() > 0) {
          create.add(moveLine(picking, m, moveUom, rest, lot, pkgField, null));
          if (lot != null) {
            changes.add(what + " " + plain(rest));
          }
        }
      }
      odoo.replaceMoveLines(old, create);
    }
    odoo.post(PurchaseGateway.PICKING, picking.id(), summary(packed, changes));
    if (late) {
      incidents.raise(
          new SupplierIncident(
              SupplierIncident.Kind.LATE_DELIVERY,
              PurchaseGateway.PICKING,
              picking.id(),
              pickingName,
              incidentRef,
              "Supplier delivery for " + ref + " arrives late",
              "Ship notice "
                  + notice.asnId()
                  + " announces "
                  + pickingName
                  + " for "
                  + arrival
                  + "; "
                  + ref
                  + " was planned for "
                  + planned),
          null,
          settings.reviewer());
    }
    if (!mismatches.isEmpty()) {
      incidents.raise(
          new SupplierIncident(
              SupplierIncident.Kind.SHIP_NOTICE_MISMATCH,
              PurchaseGateway.PICKING,
              picking.id(),
              pickingName,
              incidentRef,
              "Ship notice " + notice.asnId() + " does not match " + ref,
              String.join("\n", mismatches)),
          "<ul>"
              + mismatches.stream()
                  .map(u -> "<li>" + DefaultSupplierIntegration.escape(u) + "</li>")
                  .reduce("", String::concat)
              + "</ul>",
          settings.reviewer());
    }
    return new ShipNoticeOutcome(ref, pickingName, changes, unmatched, pkgs.allNames());
  }

  /** Notice quantities above what the order has for a product, one readable line each. */
  private List<String> overShipped(
      List<OdooRecord> orderLines,
      List<OdooRecord> moves,
      Map<Long, String> codes,
      Map<Long, BigDecimal> sums) {
    String lineUom = odoo.uomField(PurchaseGateway.LINE);
    String moveUom = odoo.uomField(PurchaseGateway.MOVE);
    Map<Long, Quantity> ordered = new HashMap<>();
    for (OdooRecord l : orderLines) {
      long product = l.many2one("product_id").orElseThrow().id();
      UnitOfMeasure unit =
          OdooUnits.of(
              l.many2one(lineUom).map(Many2one::displayName).orElse(null), "order line " + l.id());
      Quantity q = Quantity.of(l.decimal("product_qty").orElse(BigDecimal.ZERO), unit);
      ordered.merge(product, q, (a, b) -> a.plus(b.to(a.unit())));
    }
    List<String> out = new ArrayList<>();
    for (OdooRecord m : moves) {
      BigDecimal shipped = sums.get(m.id());
      long product = m.many2one("product_id").orElseThrow().id();
      Quantity onOrder = ordered.get(product);
      if (shipped == null || onOrder == null) {
        continue;
      }
      UnitOfMeasure unit =
          OdooUnits.of(m.many2one(moveUom).map(Many2one::displayName).orElse(null), "move");
      BigDecimal max;
      try {
        max = onOrder.to(unit).value();
      } catch (IncompatibleUnitsException e) {
        continue;
      }
      if (shipped.compareTo(max) > 0) {
        out.add(
            codes.get(product) + ": " + plain(shipped) + " shipped, " + plain(max) + " ordered");
      }
    }
    return out;
  }

  private static Map<String, Object> moveLine(
      OdooRecord picking,
      OdooRecord m,
      String moveUom,
      BigDecimal quantity,
      String lot,
      String pkgField,
      Long pkg) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("move_id", m.id());
    v.put("picking_id", picking.id());
    v.put("product_id", m.many2one("product_id").orElseThrow().id());
    v.put("product_uom_id", m.many2one(moveUom).orElseThrow().id());
    v.put("quantity", quantity);
    v.put("location_id", m.many2one("location_id").orElseThrow().id());
    v.put("location_dest_id", m.many2one("location_dest_id").orElseThrow().id());
    if (lot != null) {
      v.put("lot_name", lot);
    }
    if (pkg != null) {
      v.put(pkgField, pkg);
    }
    return v;
  }

  private static BigDecimal inUnit(
      AdvanceShipNotice notice, String lineId, Quantity quantity, UnitOfMeasure unit) {
    try {
      return quantity.to(unit).value();
    } catch (IncompatibleUnitsException e) {
      throw new SupplierWorkflowException(
          "ship notice "
              + notice.asnId()
              + " line "
              + lineId
              + ": "
              + quantity.display()
              + " cannot be expressed in "
              + unit);
    }
  }

  private static String summary(PackedShipNotice packed, List<String> changes) {
    AdvanceShipNotice n = packed.notice();
    String escaped = DefaultSupplierIntegration.escape(n.asnId());
    StringBuilder b = new StringBuilder("<p>Supplier ship notice ").append(escaped);
    if (!n.trackingNumbers().isEmpty()) {
      b.append(", tracking ")
          .append(DefaultSupplierIntegration.escape(String.join(", ", n.trackingNumbers())));
    }
    b.append("</p><ul>");
    changes.forEach(
        c -> b.append("<li>").append(DefaultSupplierIntegration.escape(c)).append("</li>"));
    for (HandlingUnit u : packed.handlingUnits()) {
      b.append("<li>")
          .append(u.type())
          .append(' ')
          .append(DefaultSupplierIntegration.escape(u.unitId()))
          .append(u.sscc() == null ? "" : " SSCC " + u.sscc().value())
          .append(
              u.parentUnitId() == null
                  ? ""
                  : " on " + DefaultSupplierIntegration.escape(u.parentUnitId()))
          .append("</li>");
    }
    return b.append("</ul>").toString();
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
