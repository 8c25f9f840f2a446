package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * INVRPT (inventory report, EANCOM style): BGM+35 with 1225 {@code 5} (replace: a complete
 * snapshot, absent products have no stock) or {@code 9} (original: a partial one), DTM+137 the
 * moment the levels describe, NAD+WH the warehouse; per level LIN, PIA (our SKU), LOC+18 warehouse
 * and bin (C519), QTY with the partner's qualifier of the level's {@link StockStatus} carrying the
 * on-hand quantity and QTY with its available qualifier carrying on hand minus reserved, GIN+BX the
 * lot (PIA 7143 {@code NB} is read too), DTM+36 expiry, DTM+361 best before, DTM+94 production.
 *
 * <p>A partner's LIN group may carry several status quantities; each becomes a level. The available
 * quantity belongs to the available bucket (or to the only level of the group). A level without
 * status is written as available and read back as {@link StockStatus#AVAILABLE}.
 */
final class EdifactInventory {
  private static final String EXPIRY = "36";
  private static final String BEST_BEFORE = "361";
  private static final String PRODUCTION = "94";

  private EdifactInventory() {}

  static List<Segment> write(InventorySnapshot snapshot, EdifactCodes codes) {
    List<Segment> out = new ArrayList<>();
    out.add(Segment.of("BGM", "35", snapshot.snapshotId(), snapshot.complete() ? "5" : "9"));
    out.add(Edifact.dtm("137", snapshot.takenAt()));
    out.addAll(Common.nadLocation("WH", LocationRef.of(snapshot.warehouse())));
    int seq = 0;
    for (StockLevel l : snapshot.levels()) {
      out.add(Segment.of("LIN", ++seq));
      Edifact.products(out, codes, l.sku(), null);
      out.add(
          Segment.of(
              "LOC",
              "18",
              Segment.c(l.location().warehouse()),
              l.location().bin() == null ? null : Segment.c(l.location().bin())));
      out.add(Edifact.qty(codes.stockQuantityQualifiers().get(l.statusOrAvailable()), l.onHand()));
      if (l.reserved() != null) {
        out.add(Edifact.qty(codes.availableQuantityQualifier(), l.available()));
      }
      if (l.lotNumber() != null) {
        out.add(Segment.of("GIN", "BX", l.lotNumber()));
      }
      date(out, EXPIRY, l.expiryDate());
      date(out, BEST_BEFORE, l.bestBeforeDate());
      date(out, PRODUCTION, l.productionDate());
    }
    Edifact.summary(out, snapshot.levels().size());
    return out;
  }

  private static void date(List<Segment> out, String qualifier, LocalDate date) {
    if (date != null) {
      out.add(Edifact.dtm(qualifier, date));
    }
  }

  static InventorySnapshot read(Body body, EdifactCodes codes) {
    Segment bgm = body.require("BGM");
    Edifact.Sections m = Edifact.sections(body);
    Segment taken = Edifact.dtmOf(m.header(), "137");
    if (taken == null) {
      throw body.missingSegment("DTM+137");
    }
    List<Segment> wh = Common.nads(m.header()).get("WH");
    if (wh == null) {
      throw body.missingSegment("NAD+WH");
    }
    String warehouse = Body.comp(wh.get(0), 2, 1);
    List<StockLevel> levels = new ArrayList<>();
    for (List<Segment> group : m.lines()) {
      levels.addAll(levels(group, codes, warehouse));
    }
    Edifact.checkCount(body, m.summary(), m.lines().size());
    return new InventorySnapshot(
        text(bgm, 2), warehouse, Edifact.instant(taken), "5".equals(bgm.el(3)), levels);
  }

  private static List<StockLevel> levels(
      List<Segment> group, EdifactCodes codes, String warehouse) {
    Segment lin = group.get(0);
    Sku sku = Edifact.products(group, codes, null);
    LocationRef location = new LocationRef(warehouse, null);
    String lot = null;
    for (Segment s : group) {
      if (s.tag().equals("LOC") && s.el(1).equals("18")) {
        location = new LocationRef(Body.comp(s, 2, 1), Body.optional(s, 3, 1));
      } else if (s.tag().equals("GIN") && s.el(1).equals("BX")) {
        lot = text(s, 2);
      } else if (s.tag().equals("PIA") && lot == null) {
        for (int e = 2; e <= s.elements().size(); e++) {
          if (s.comp(e, 2).equals("NB")) {
            lot = Body.comp(s, e, 1);
          }
        }
      }
    }
    Map<StockStatus, String> qualifiers = codes.stockQuantityQualifiers();
    List<StockLevel.Builder> built = new ArrayList<>();
    List<StockStatus> statuses = new ArrayList<>();
    Segment available = null;
    for (Segment s : group) {
      if (!s.tag().equals("QTY")) {
        continue;
      }
      String qualifier = s.comp(1, 1);
      if (qualifier.equals(codes.availableQuantityQualifier())) {
        available = s;
        continue;
      }
      StockStatus status = statusOf(qualifiers, qualifier);
      if (status == null) {
        TreeSet<String> allowed = new TreeSet<>(qualifiers.values());
        allowed.add(codes.availableQuantityQualifier());
        throw Body.error(
            s,
            1,
            1,
            EdiErrorKind.INVALID_VALUE,
            "unsupported stock quantity qualifier '" + qualifier + "', expected one of " + allowed);
      }
      statuses.add(status);
      built.add(StockLevel.builder().status(status).onHand(Edifact.qty(s)));
    }
    if (built.isEmpty()) {
      if (available == null) {
        throw Body.error(
            lin, 0, 0, EdiErrorKind.MISSING_SEGMENT, "line without a stock quantity (QTY)");
      }
      statuses.add(StockStatus.AVAILABLE);
      built.add(StockLevel.builder().status(StockStatus.AVAILABLE).onHand(Edifact.qty(available)));
    } else if (available != null) {
      int target = statuses.indexOf(StockStatus.AVAILABLE);
      if (target < 0 && built.size() > 1) {
        throw Body.error(
            available,
            1,
            1,
            EdiErrorKind.INVALID_VALUE,
            "available quantity on a line without an available bucket and with several buckets");
      }
      reserve(built.get(Math.max(0, target)), available);
    }
    LocalDate expiry = date(group, EXPIRY);
    LocalDate bestBefore = date(group, BEST_BEFORE);
    LocalDate production = date(group, PRODUCTION);
    List<StockLevel> result = new ArrayList<>();
    for (StockLevel.Builder b : built) {
      result.add(
          b.sku(sku)
              .location(location)
              .lotNumber(lot)
              .expiryDate(expiry)
              .bestBeforeDate(bestBefore)
              .productionDate(production)
              .buildUnvalidated());
    }
    return result;
  }

  private static void reserve(StockLevel.Builder level, Segment available) {
    Quantity onHand = level.buildUnvalidated().onHand();
    Quantity free = Edifact.qty(available);
    if (free.unit() != onHand.unit()) {
      throw Body.error(
          available,
          1,
          3,
          EdiErrorKind.INVALID_VALUE,
          "available quantity in " + free.unit() + ", on hand in " + onHand.unit());
    }
    Quantity reserved = onHand.minus(free);
    if (reserved.signum() < 0) {
      throw Body.error(
          available,
          1,
          2,
          EdiErrorKind.INVALID_VALUE,
          "available " + free.display() + " exceeds on hand " + onHand.display());
    }
    level.reserved(reserved);
  }

  private static StockStatus statusOf(Map<StockStatus, String> qualifiers, String qualifier) {
    for (Map.Entry<StockStatus, String> e : qualifiers.entrySet()) {
      if (e.getValue().equals(qualifier)) {
        return e.getKey();
      }
    }
    return null;
  }

  private static LocalDate date(List<Segment> group, String qualifier) {
    Segment dtm = Edifact.dtmOf(group, qualifier);
    return dtm == null ? null : Edifact.date(dtm);
  }
}
