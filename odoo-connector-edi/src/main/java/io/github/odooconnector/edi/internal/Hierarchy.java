package io.github.odooconnector.edi.internal;

import io.github.odooconnector.model.HandlingUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Orders handling units so that every parent comes before its children (stable otherwise). */
final class Hierarchy {
  private Hierarchy() {}

  static List<HandlingUnit> parentsFirst(List<HandlingUnit> units) {
    List<HandlingUnit> result = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    List<HandlingUnit> pending = new ArrayList<>(units);
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        HandlingUnit u = it.next();
        if (u.parentUnitId() == null || placed.contains(u.parentUnitId())) {
          result.add(u);
          placed.add(u.unitId());
          it.remove();
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException("handling units form a cycle: " + pending);
      }
    }
    return result;
  }
}
