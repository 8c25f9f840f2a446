package io.github.odooconnector.supplier.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.PackedItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The pallets and cartons of a ship notice as Odoo packages: one package per handling unit that
 * holds goods of the receipt, named by its SSCC (or {@code <order>/<unit id>} without one, so that
 * unit ids, which are only unique within a notice, do not meet another order's), and on versions
 * that nest packages (19) also its containers, each in its parent. A package of that name that
 * exists already is reused (and moved to the right container), so applying a notice again or a
 * corrected one creates no second package. Thread-safe (stateless apart from the gateway).
 */
final class AsnPackages {
  private final PurchaseGateway odoo;

  AsnPackages(PurchaseGateway odoo) {
    this.odoo = odoo;
  }

  /** The package name of a unit. */
  static String name(HandlingUnit unit, String orderName) {
    return unit.sscc() != null ? unit.sscc().value() : orderName + "/" + unit.unitId();
  }

  /** The packages made for a notice: unit id to package id and name, in creation order. */
  record Packages(Map<String, Long> ids, Map<String, String> names) {
    List<String> allNames() {
      return List.copyOf(names.values());
    }
  }

  /**
   * Finds or creates the packages of the units holding any of {@code lineIds}, and on versions that
   * nest packages their containers too.
   *
   * @param units the notice's handling units
   * @param orderName the purchase order's name, for units without an SSCC
   * @param lineIds the notice lines matched to the receipt
   * @param changes where readable lines about created packages are added
   */
  Packages ensure(
      List<HandlingUnit> units, String orderName, Set<String> lineIds, List<String> changes) {
    Map<String, HandlingUnit> byId = new LinkedHashMap<>();
    units.forEach(u -> byId.put(u.unitId(), u));
    boolean nests = odoo.nestsPackages();
    Set<HandlingUnit> wanted = new LinkedHashSet<>();
    for (HandlingUnit u : units) {
      if (u.contents().stream().map(PackedItem::lineId).anyMatch(lineIds::contains)) {
        addWithContainers(u, byId, nests, wanted, new LinkedHashSet<>());
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    wanted.forEach(u -> names.put(u.unitId(), name(u, orderName)));
    Map<String, OdooRecord> existing = odoo.packagesNamed(new ArrayList<>(names.values()));
    Map<String, Long> ids = new LinkedHashMap<>();
    for (HandlingUnit u : wanted) {
      String name = names.get(u.unitId());
      Long parent = nests && u.parentUnitId() != null ? ids.get(u.parentUnitId()) : null;
      OdooRecord found = existing.get(name);
      long id;
      if (found == null) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        if (parent != null) {
          values.put(PurchaseGateway.PARENT_PACKAGE, parent);
        }
        id = odoo.createPackage(values);
        changes.add(
            "package "
                + name
                + " ("
                + u.type()
                + (parent == null ? "" : " in " + names.get(u.parentUnitId()))
                + ")");
      } else {
        id = found.id();
        if (nests) {
          Long current =
              found.many2one(PurchaseGateway.PARENT_PACKAGE).map(Many2one::id).orElse(null);
          if (!Objects.equals(current, parent)) {
            odoo.writePackage(
                id, Map.of(PurchaseGateway.PARENT_PACKAGE, parent == null ? false : parent));
          }
        }
      }
      ids.put(u.unitId(), id);
    }
    return new Packages(ids, names);
  }

  /** Adds a unit after its containers (when packages nest); {@code path} guards against cycles. */
  private static void addWithContainers(
      HandlingUnit u,
      Map<String, HandlingUnit> byId,
      boolean nests,
      Set<HandlingUnit> wanted,
      Set<String> path) {
    if (wanted.contains(u) || !path.add(u.unitId())) {
      return;
    }
    HandlingUnit parent = u.parentUnitId() == null ? null : byId.get(u.parentUnitId());
    if (nests && parent != null) {
      addWithContainers(parent, byId, true, wanted, path);
    }
    wanted.add(u);
  }
}
