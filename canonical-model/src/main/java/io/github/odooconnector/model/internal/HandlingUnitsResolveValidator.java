package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates {@link HandlingUnitsResolve}. */
public final class HandlingUnitsResolveValidator
    implements ConstraintValidator<HandlingUnitsResolve, PackedShipNotice> {

  @Override
  public boolean isValid(PackedShipNotice packed, ConstraintValidatorContext context) {
    if (packed == null || packed.notice() == null) {
      return true;
    }
    List<HandlingUnit> units = packed.handlingUnits();
    Map<String, String> parentOf = new HashMap<>();
    for (HandlingUnit u : units) {
      if (u != null && u.unitId() != null) {
        parentOf.put(u.unitId(), u.parentUnitId());
      }
    }
    Map<String, AsnLine> lines = new HashMap<>();
    for (AsnLine line : packed.notice().lines()) {
      if (line != null && line.lineId() != null) {
        lines.put(line.lineId(), line);
      }
    }
    Violator v = new Violator(context);
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
              "must reference another handling unit of this notice, but no other unit has id '"
                  + parent
                  + "'");
        } else if (cyclic(u.unitId(), parentOf)) {
          v.at(i, "parentUnitId", "must not form a cycle, but '" + parent + "' leads back");
        }
      }
      for (int j = 0; j < u.contents().size(); j++) {
        PackedItem item = u.contents().get(j);
        if (item == null || item.lineId() == null || item.quantity() == null) {
          continue;
        }
        AsnLine line = lines.get(item.lineId());
        if (line == null) {
          v.atItem(
              i,
              j,
              "lineId",
              "must reference a line of this notice, but no line has id '" + item.lineId() + "'");
          continue;
        }
        Quantity sum = packedPerLine.get(item.lineId());
        Quantity expected = line.expectedQuantity();
        if (expected == null || !item.quantity().unit().isConvertibleTo(expected.unit())) {
          v.atItem(i, j, "quantity", "must be in a unit of the line's expected quantity");
          continue;
        }
        Quantity next = sum == null ? item.quantity() : sum.plus(item.quantity());
        packedPerLine.put(item.lineId(), next);
        if (next.compareAmount(expected) > 0) {
          v.atItem(
              i,
              j,
              "quantity",
              "must not pack more of line '"
                  + item.lineId()
                  + "' than announced ("
                  + expected.display()
                  + ")");
        }
      }
    }
    return v.valid;
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
