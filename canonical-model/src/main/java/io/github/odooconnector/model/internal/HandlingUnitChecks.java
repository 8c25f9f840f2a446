package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks behind {@link HandlingUnitsResolve}, shared by the documents that carry handling
 * units: parents resolve without cycles, SSCCs are not repeated, packed items name a line of the
 * document and no line is packed beyond its quantity. Stateless and thread-safe.
 */
final class HandlingUnitChecks {

  private HandlingUnitChecks() {}

  /**
   * Checks the units of one document.
   *
   * @param units the document's handling units
   * @param lineQuantities the quantity of each line a packed item may name, by line id
   * @param document how messages name the document ({@code notice}, {@code receipt}, ...)
   * @return whether everything resolves
   */
  static boolean check(
      ConstraintValidatorContext context,
      List<HandlingUnit> units,
      Map<String, Quantity> lineQuantities,
      String document) {
    Map<String, String> parentOf = new HashMap<>();
    for (HandlingUnit u : units) {
      if (u != null && u.unitId() != null) {
        parentOf.put(u.unitId(), u.parentUnitId());
      }
    }
    Violator v = new Violator(context);
    Set<String> ssccs = new HashSet<>();
    Map<String, Quantity> packedPerLine = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      HandlingUnit u = units.get(i);
      if (u == null) {
        continue;
      }
      String parent = u.parentUnitId();
      if (parent != null) {
        if (!parentOf.containsKey(parent) || parent.equals(u.unitId())) {
          v.at(
              i,
              "parentUnitId",
              "must reference another handling unit of this "
                  + document
                  + ", but no other unit has id '"
                  + parent
                  + "'");
        } else if (cyclic(u.unitId(), parentOf)) {
          v.at(i, "parentUnitId", "must not form a cycle, but '" + parent + "' leads back");
        }
      }
      if (u.sscc() != null && u.sscc().value() != null && !ssccs.add(u.sscc().value())) {
        v.at(
            i,
            "sscc",
            "must be unique in this " + document + ", but " + u.sscc().value() + " is repeated");
      }
      for (int j = 0; j < u.contents().size(); j++) {
        PackedItem item = u.contents().get(j);
        if (item == null || item.lineId() == null || item.quantity() == null) {
          continue;
        }
        if (!lineQuantities.containsKey(item.lineId())) {
          v.atItem(
              i,
              j,
              "lineId",
              "must reference a line of this "
                  + document
                  + ", but no line has id '"
                  + item.lineId()
                  + "'");
          continue;
        }
        Quantity expected = lineQuantities.get(item.lineId());
        if (expected == null || !item.quantity().unit().isConvertibleTo(expected.unit())) {
          v.atItem(i, j, "quantity", "must be in a unit of the line's quantity");
          continue;
        }
        Quantity sum = packedPerLine.get(item.lineId());
        Quantity next = sum == null ? item.quantity() : sum.plus(item.quantity());
        packedPerLine.put(item.lineId(), next);
        if (next.compareAmount(expected) > 0) {
          v.atItem(
              i,
              j,
              "quantity",
              "must not pack more of line '"
                  + item.lineId()
                  + "' than "
                  + ("notice".equals(document) ? "announced" : "the line holds")
                  + " ("
                  + expected.display()
                  + ")");
        }
      }
    }
    return v.valid;
  }

  /** Adds {@code quantity} to the line's total; a null or unconvertible one makes it unknown. */
  static void addLine(Map<String, Quantity> totals, String lineId, Quantity quantity) {
    if (lineId == null) {
      return;
    }
    if (!totals.containsKey(lineId)) {
      totals.put(lineId, quantity);
      return;
    }
    Quantity sum = totals.get(lineId);
    totals.put(
        lineId,
        sum == null || quantity == null || !quantity.unit().isConvertibleTo(sum.unit())
            ? null
            : sum.plus(quantity));
  }

  private static boolean cyclic(String start, Map<String, String> parentOf) {
    Set<String> seen = new HashSet<>();
    String current = start;
    while (current != null) {
      if (!seen.add(current)) {
        return true;
      }
      current = parentOf.get(current);
    }
    return false;
  }

  private static final class Violator {
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Violator(ConstraintValidatorContext context) {
      this.context = context;
    }

    void at(int unit, String property, String message) {
      start();
      context
          .buildConstraintViolationWithTemplate(Violations.escape(message))
          .addPropertyNode("handlingUnits")
          .addPropertyNode(property)
          .inIterable()
          .atIndex(unit)
          .addConstraintViolation();
    }

    void atItem(int unit, int item, String property, String message) {
      start();
      context
          .buildConstraintViolationWithTemplate(Violations.escape(message))
          .addPropertyNode("handlingUnits")
          .addPropertyNode("contents")
          .inIterable()
          .atIndex(unit)
          .addPropertyNode(property)
          .inIterable()
          .atIndex(item)
          .addConstraintViolation();
    }

    private void start() {
      if (valid) {
        context.disableDefaultConstraintViolation();
      }
      valid = false;
    }
  }
}
