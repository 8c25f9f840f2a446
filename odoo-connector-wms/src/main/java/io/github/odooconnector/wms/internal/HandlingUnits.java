package io.github.odooconnector.wms.internal;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.CanonicalModelException;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Handling units (pallets and cartons with their SSCCs) between the WMS documents and Odoo's
 * packages: the units of an advance ship notice come from the destination packages of the receipt's
 * move lines; the units a receipt or ship confirmation reports become the destination packages of
 * the picking's move lines, one package per unit named by its SSCC (its unit id when it has none),
 * nested in its pallet where Odoo nests packages (19); a received SSCC the notice did not announce
 * is an {@link DiscrepancyType#UNANNOUNCED_UNIT} discrepancy. Every Odoo call goes through the
 * gateway's {@link StockPackages}. Thread-safe.
 */
final class HandlingUnits {

  private final StockPackages packages;

  HandlingUnits(WmsPickingGateway odoo) {
    this.packages = odoo.packages();
  }

  // ---------------------------------------------------------------- ASN out

  /**
   * The notice with a handling unit per package the receipt's open move lines go into (and, where
   * packages nest, per pallet they are on): named and labelled by the package name (its SSCC when
   * the name is one), holding the quantities of its move lines; the notice as it was when no line
   * is packed.
   *
   * @throws WmsWorkflowException if the packages do not make valid units
   */
  AdvanceShipNotice announce(AdvanceShipNotice asn, long pickingId) {
    Map<String, AsnLine> asnLines = new LinkedHashMap<>();
    for (AsnLine l : asn.lines()) {
      asnLines.put(l.lineId(), l);
    }
    Map<Long, Map<String, BigDecimal>> contents = new LinkedHashMap<>();
    for (StockPackages.MoveLine ml : packages.moveLines(pickingId)) {
      String lineId = String.valueOf(ml.moveId());
      if (ml.packageId() != null && asnLines.containsKey(lineId) && ml.quantity().signum() > 0) {
        contents
            .computeIfAbsent(ml.packageId(), k -> new LinkedHashMap<>())
            .merge(lineId, ml.quantity(), BigDecimal::add);
      }
    }
    if (contents.isEmpty()) {
      return asn;
    }
    Map<Long, StockPackages.PackageInfo> infos = withContainers(contents.keySet());
    Set<Long> containers = new HashSet<>();
    infos.values().forEach(p -> containers.add(p.parentId()));
    Map<Long, String> unitIds = unitIds(infos);
    Map<String, BigDecimal> left = new HashMap<>();
    asnLines.forEach((id, l) -> left.put(id, l.expectedQuantity().value()));
    List<HandlingUnit> units = new ArrayList<>();
    for (StockPackages.PackageInfo p : infos.values()) {
      HandlingUnit.Builder unit =
          HandlingUnit.builder()
              .unitId(unitIds.get(p.id()))
              .parentUnitId(p.parentId() == null ? null : unitIds.get(p.parentId()))
              .type(typeOf(p, containers.contains(p.id())))
              .sscc(ssccOf(p.name()));
      contents
          .getOrDefault(p.id(), Map.of())
          .forEach(
              (lineId, qty) -> {
                BigDecimal take = qty.min(left.get(lineId));
                if (take.signum() > 0) {
                  left.merge(lineId, take.negate(), BigDecimal::add);
                  unit.addItem(
                      new PackedItem(
                          lineId,
                          Quantity.of(take, asnLines.get(lineId).expectedQuantity().unit())));
                }
              });
      units.add(unit.buildUnvalidated());
    }
    try {
      return asn.toBuilder().handlingUnits(units).build();
    } catch (CanonicalModelException e) {
      throw new WmsWorkflowException(
          "the packages of receipt "
              + asn.asnId()
              + " are no valid handling units: "
              + e.getMessage(),
          e);
    }
  }

  /** The packages and, where packages nest, every package they are in. */
  private Map<Long, StockPackages.PackageInfo> withContainers(Set<Long> ids) {
    Map<Long, StockPackages.PackageInfo> infos = new LinkedHashMap<>(packages.packages(ids));
    Set<Long> missing = new LinkedHashSet<>();
    for (int depth = 0; depth < 10; depth++) {
      missing.clear();
      for (StockPackages.PackageInfo p : infos.values()) {
        if (p.parentId() != null && !infos.containsKey(p.parentId())) {
          missing.add(p.parentId());
        }
      }
      if (missing.isEmpty()) {
        break;
      }
      infos.putAll(packages.packages(missing));
    }
    return infos;
  }

  /** A unit id per package: its name, made unique by the package id where names repeat. */
  private static Map<Long, String> unitIds(Map<Long, StockPackages.PackageInfo> infos) {
    Map<String, Integer> count = new HashMap<>();
    infos.values().forEach(p -> count.merge(p.name(), 1, Integer::sum));
    Map<Long, String> ids = new HashMap<>();
    infos
        .values()
        .forEach(
            p -> ids.put(p.id(), count.get(p.name()) > 1 ? p.name() + "#" + p.id() : p.name()));
    return ids;
  }

  /**
   * A package holding others is a pallet, one inside another a carton; otherwise its package type
   * decides (a name with "carton", "box" or "case" is a carton), else it is a pallet.
   */
  private static HandlingUnitType typeOf(StockPackages.PackageInfo p, boolean holdsPackages) {
    if (holdsPackages) {
      return HandlingUnitType.PALLET;
    }
    if (p.parentId() != null) {
      return HandlingUnitType.CARTON;
    }
    String type = p.typeName() == null ? "" : p.typeName().toLowerCase(Locale.ROOT);
    return type.contains("carton") || type.contains("box") || type.contains("case")
        ? HandlingUnitType.CARTON
        : HandlingUnitType.PALLET;
  }

  /** The SSCC a package name is (with or without its {@code (00)} identifier), else null. */
  static Sscc ssccOf(String name) {
    if (name == null) {
      return null;
    }
    Sscc candidate = new Sscc(name);
    return Sscc.isValid(candidate.value()) ? candidate : null;
  }

  // ---------------------------------------------------------------- receipts

  /**
   * One {@link DiscrepancyType#UNANNOUNCED_UNIT} per SKU in each outermost received unit whose SSCC
   * the notice did not announce, unless the WMS reported it itself. Compared only when the receipt
   * was announced with SSCCs (the destination packages of its move lines); a receipt announced
   * without units takes the WMS's units as they come. Reads Odoo only when the receipt has units.
   */
  List<Discrepancy> unannounced(long pickingId, Receipt receipt, String reference) {
    if (receipt.handlingUnits().stream().noneMatch(u -> u.sscc() != null)) {
      return List.of();
    }
    Set<String> announced = announcedSsccs(pickingId);
    if (announced.isEmpty()) {
      return List.of();
    }
    Set<Sku> reportedByWms = new HashSet<>();
    for (Discrepancy d : receipt.discrepancies()) {
      if (d.type() == DiscrepancyType.UNANNOUNCED_UNIT) {
        reportedByWms.add(d.sku());
      }
    }
    Map<String, HandlingUnit> byId = new HashMap<>();
    receipt.handlingUnits().forEach(u -> byId.put(u.unitId(), u));
    Map<String, ReceiptLine> lines = new HashMap<>();
    receipt.lines().stream().filter(l -> l.lineId() != null).forEach(l -> lines.put(l.lineId(), l));
    List<Discrepancy> found = new ArrayList<>();
    for (HandlingUnit u : receipt.handlingUnits()) {
      if (!isUnannounced(u, announced)
          || (u.parentUnitId() != null && isUnannounced(byId.get(u.parentUnitId()), announced))) {
        continue; // announced, or reported with the outer unit it is in
      }
      Map<Sku, Quantity> goods = new LinkedHashMap<>();
      Map<Sku, String> firstLine = new HashMap<>();
      for (HandlingUnit inner : receipt.handlingUnits()) {
        if (!isWithin(inner, u, byId)) {
          continue;
        }
        for (PackedItem item : inner.contents()) {
          ReceiptLine line = lines.get(item.lineId());
          if (line != null) {
            Quantity q = item.quantity();
            goods.merge(line.sku(), q, (a, b) -> a.plus(b.to(a.unit())));
            firstLine.putIfAbsent(line.sku(), line.lineId());
          }
        }
      }
      goods.forEach(
          (sku, qty) -> {
            if (!reportedByWms.contains(sku)) {
              found.add(
                  new Discrepancy(
                      sku,
                      DiscrepancyType.UNANNOUNCED_UNIT,
                      null,
                      qty,
                      firstLine.get(sku),
                      "SSCC "
                          + u.sscc().value()
                          + " ("
                          + u.type().name().toLowerCase(Locale.ROOT)
                          + " "
                          + u.unitId()
                          + ") was not announced for "
                          + reference
                          + "; its goods were booked"));
            }
          });
    }
    return found;
  }

  private static boolean isUnannounced(HandlingUnit u, Set<String> announced) {
    return u != null && u.sscc() != null && !announced.contains(u.sscc().value());
  }

  /** Whether {@code inner} is {@code outer} or sits in it, at any depth. */
  private static boolean isWithin(
      HandlingUnit inner, HandlingUnit outer, Map<String, HandlingUnit> byId) {
    HandlingUnit current = inner;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (current.unitId().equals(outer.unitId())) {
        return true;
      }
      current = current.parentUnitId() == null ? null : byId.get(current.parentUnitId());
    }
    return false;
  }

  /** The SSCCs of the packages (and their pallets) the receipt's move lines go into. */
  private Set<String> announcedSsccs(long pickingId) {
    Set<Long> ids = new LinkedHashSet<>();
    for (StockPackages.MoveLine ml : packages.moveLines(pickingId)) {
      if (ml.packageId() != null) {
        ids.add(ml.packageId());
      }
    }
    Set<String> ssccs = new HashSet<>();
    if (!ids.isEmpty()) {
      for (StockPackages.PackageInfo p : withContainers(ids).values()) {
        Sscc sscc = ssccOf(p.name());
        if (sscc != null) {
          ssccs.add(sscc.value());
        }
      }
    }
    return ssccs;
  }

  // ---------------------------------------------------------------- packing received or shipped
  // goods

  /** A quantity of one move (in the move's unit) to put in one unit's package. */
  private record Demand(
      MoveAllocator.MoveQty move, Set<String> lots, HandlingUnit unit, BigDecimal quantity) {}

  /**
   * Puts what the units hold into their Odoo packages: after {@link MoveAllocator#write} booked the
   * lines, the move lines of every move with packed goods are replaced by lines per lot and package
   * (the unpacked rest keeps its package). Packed items name the lines' {@code lineRef} (a receipt
   * line's id, a shipment line's order line); items of lines no move took are not booked and not
   * packed. Does nothing without units.
   */
  void pack(long pickingId, List<HandlingUnit> units, MoveAllocator.Allocation allocation) {
    if (units.isEmpty()) {
      return;
    }
    List<Demand> demands = demands(units, allocation);
    if (demands.isEmpty()) {
      return;
    }
    Map<String, HandlingUnit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.unitId(), u));
    Map<String, Long> packageIds = new HashMap<>();
    Map<Long, List<Demand>> byMove = new LinkedHashMap<>();
    for (Demand d : demands) {
      packageOf(d.unit(), byId, packageIds);
      byMove.computeIfAbsent(d.move().moveId(), k -> new ArrayList<>()).add(d);
    }
    Map<Long, List<StockPackages.MoveLine>> linesByMove = new HashMap<>();
    for (StockPackages.MoveLine ml : packages.moveLines(pickingId)) {
      linesByMove.computeIfAbsent(ml.moveId(), k -> new ArrayList<>()).add(ml);
    }
    for (Map.Entry<Long, List<Demand>> e : byMove.entrySet()) {
      List<StockPackages.MoveLine> existing = linesByMove.getOrDefault(e.getKey(), List.of());
      if (existing.isEmpty()) {
        continue;
      }
      Map<Long, BigDecimal> left = new HashMap<>();
      existing.forEach(l -> left.put(l.id(), l.quantity()));
      List<Map<String, Object>> lines = new ArrayList<>();
      for (Demand d : e.getValue()) {
        BigDecimal need = d.quantity();
        for (StockPackages.MoveLine l : existing) {
          BigDecimal avail = left.get(l.id());
          if (need.signum() <= 0) {
            break;
          }
          if (avail.signum() <= 0 || (!d.lots().isEmpty() && !d.lots().contains(l.lotName()))) {
            continue;
          }
          BigDecimal take = need.min(avail);
          lines.add(packages.copyOf(l, pickingId, take, packageIds.get(d.unit().unitId())));
          left.put(l.id(), avail.subtract(take));
          need = need.subtract(take);
        }
      }
      for (StockPackages.MoveLine l : existing) {
        if (left.get(l.id()).signum() > 0) {
          lines.add(packages.copyOf(l, pickingId, left.get(l.id()), l.packageId()));
        }
      }
      packages.replaceMoveLines(
          e.getKey(), existing.stream().map(StockPackages.MoveLine::id).toList(), lines);
    }
  }

  /** Spreads each packed item over the booked lines it names, in order, per move. */
  private static List<Demand> demands(
      List<HandlingUnit> units, MoveAllocator.Allocation allocation) {
    Map<String, List<Map.Entry<MoveAllocator.Line, MoveAllocator.MoveQty>>> byRef = new HashMap<>();
    Map<MoveAllocator.Line, Quantity> left = new IdentityHashMap<>();
    for (MoveAllocator.MoveQty mq : allocation.moves()) {
      if (mq.isDone()) {
        continue;
      }
      for (MoveAllocator.Line line : mq.booked) {
        if (line.lineRef() != null) {
          byRef.computeIfAbsent(line.lineRef(), k -> new ArrayList<>()).add(Map.entry(line, mq));
          left.put(line, line.quantity());
        }
      }
    }
    List<Demand> demands = new ArrayList<>();
    for (HandlingUnit unit : units) {
      for (PackedItem item : unit.contents()) {
        Quantity need = item.quantity();
        for (Map.Entry<MoveAllocator.Line, MoveAllocator.MoveQty> e :
            byRef.getOrDefault(item.lineId(), List.of())) {
          Quantity avail = left.get(e.getKey());
          if (need.signum() <= 0) {
            break;
          }
          if (avail.signum() <= 0) {
            continue;
          }
          Quantity wanted = need.to(avail.unit());
          Quantity take = wanted.compareAmount(avail) <= 0 ? wanted : avail;
          left.put(e.getKey(), avail.minus(take));
          need = need.minus(take.to(need.unit()));
          MoveAllocator.Line line = e.getKey();
          Set<String> lots =
              !line.serials().isEmpty()
                  ? Set.copyOf(line.serials())
                  : line.lot() != null ? Set.of(line.lot()) : Set.of();
          demands.add(
              new Demand(e.getValue(), lots, unit, take.to(e.getValue().demand().unit()).value()));
        }
      }
    }
    return demands;
  }

  /** The package of a unit, found or created with the packages of the units it is in first. */
  private long packageOf(
      HandlingUnit unit, Map<String, HandlingUnit> byId, Map<String, Long> packageIds) {
    Long known = packageIds.get(unit.unitId());
    if (known != null) {
      return known;
    }
    Long parent = null;
    HandlingUnit outer = unit.parentUnitId() == null ? null : byId.get(unit.parentUnitId());
    if (outer != null && packages.nests()) {
      parent = packageOf(outer, byId, packageIds);
    }
    long id =
        packages.findOrCreate(unit.sscc() != null ? unit.sscc().value() : unit.unitId(), parent);
    packageIds.put(unit.unitId(), id);
    return id;
  }
}
