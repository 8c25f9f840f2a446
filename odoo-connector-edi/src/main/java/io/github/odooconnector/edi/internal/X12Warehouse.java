package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.optional;
import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.X12WarehouseOptions;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Gtin;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the X12 warehouse transactions (940/945/943/944/846) share: N9 references (line id, lot with
 * its expiry date in N904, serials, order line), G62 dates, product id pairs, the W66/W27 carrier,
 * the split into header and line loops and the check of the summary totals (W76/W03/W14).
 */
final class X12Warehouse {
  /** N9 qualifier of our line identifier (line item identifier). */
  static final String LINE = "LI";

  /** N9 qualifier of a lot, its expiry date in N904. */
  static final String LOT = "LT";

  /** N9 qualifier of one serial number. */
  static final String SERIAL = "SE";

  /** N9 qualifier of a purchase order line reference (943). */
  static final String PURCHASE_ORDER = "PO";

  /** G62-03 time qualifier written with a G62 time. */
  static final String TIME = "W";

  private X12Warehouse() {}

  /** One line loop: its first segment (W01, W12, W04, W07, LIN) and what follows it. */
  record Loop(Segment line, List<Segment> segments) {
    String ref(String qualifier) {
      return X12Warehouse.ref(segments, qualifier);
    }

    List<String> refs(String qualifier) {
      List<String> values = new ArrayList<>();
      for (Segment s : segments) {
        if (s.tag().equals("N9") && s.el(1).equals(qualifier)) {
          values.add(text(s, 2));
        }
      }
      return values;
    }

    /** The lot (N9*LT) and its expiry date (N904); the date is null when absent. */
    LocalDate lotExpiry() {
      for (Segment s : segments) {
        if (s.tag().equals("N9") && s.el(1).equals(LOT) && s.has(4)) {
          return Body.date(s, 4);
        }
      }
      return null;
    }

    String description() {
      return Common.readNotes(segments, "G69", 1, null);
    }
  }

  /**
   * Splits a transaction's content into header segments and line loops, each started by one of
   * {@code lineTags}; {@code summaryTags} (W76, W03, W14, CTT) close the last loop.
   */
  static List<Loop> loops(
      List<Segment> content, Set<String> lineTags, Set<String> summaryTags, List<Segment> header) {
    List<Loop> loops = new ArrayList<>();
    List<Segment> current = null;
    for (Segment s : content) {
      if (lineTags.contains(s.tag())) {
        current = new ArrayList<>();
        loops.add(new Loop(s, current));
      } else if (summaryTags.contains(s.tag())) {
        current = null;
      } else if (current != null) {
        current.add(s);
      } else if (loops.isEmpty()) {
        header.add(s);
      }
    }
    return loops;
  }

  static String ref(List<Segment> segments, String qualifier) {
    for (Segment s : segments) {
      if (s.tag().equals("N9") && s.el(1).equals(qualifier)) {
        return text(s, 2);
      }
    }
    return null;
  }

  static void ref(List<Segment> out, String qualifier, String value) {
    if (value != null) {
      out.add(Segment.of("N9", qualifier, value));
    }
  }

  static void lot(List<Segment> out, String lot, LocalDate expiry, String field) {
    if (lot == null && expiry != null) {
      throw new EdiWriteException(
          field + ": an expiry date is carried with its lot (N9*LT N904), but there is no lot");
    }
    if (lot != null) {
      out.add(Segment.of("N9", LOT, lot, null, Common.d8(expiry)));
    }
  }

  static void date(List<Segment> out, String qualifier, Instant at) {
    if (at != null) {
      out.add(Segment.of("G62", qualifier, Common.d8(at), TIME, Common.t6(at)));
    }
  }

  static void date(List<Segment> out, String qualifier, LocalDate date) {
    if (date != null) {
      out.add(Segment.of("G62", qualifier, Common.d8(date)));
    }
  }

  static Segment g62(List<Segment> header, String qualifier) {
    for (Segment s : header) {
      if (s.tag().equals("G62") && s.el(1).equals(qualifier)) {
        return s;
      }
    }
    return null;
  }

  /** Qualifier/id pairs of our SKU and, when present, the GTIN. */
  static List<Object> productIds(X12WarehouseOptions o, Sku sku, Gtin gtin) {
    List<Object> ids = new ArrayList<>(List.of(o.productQualifier(), sku.value()));
    if (gtin != null) {
      ids.add(X12ShipNotice.gtinQualifier(gtin));
      ids.add(gtin.value());
    }
    return ids;
  }

  /** Reads the qualifier/id pairs at {@code first}, {@code first + 2}, ... up to {@code last}. */
  static Sku productIds(
      Segment s, int first, int last, X12WarehouseOptions o, Consumer<Gtin> gtin) {
    Sku sku = null;
    for (int e = first; e < last && e + 1 <= s.elements().size(); e += 2) {
      String qualifier = s.el(e);
      if (qualifier.equals(o.productQualifier())) {
        sku = Body.sku(s, e + 1, 1);
      } else if (gtin != null && Set.of("EN", "UP", "UK").contains(qualifier)) {
        gtin.accept(Body.gtin(s, e + 1, 1));
      }
    }
    if (sku == null) {
      throw Body.error(
          s,
          first,
          0,
          EdiErrorKind.MISSING_ELEMENT,
          "no product id with qualifier " + o.productQualifier() + " (our SKU)");
    }
    return sku;
  }

  static Quantity quantity(Segment s, int value, int unit) {
    return Body.quantity(s, value, unit, Units::fromX12);
  }

  static String unit(Quantity q, String field) {
    return Units.toX12(q.unit(), field);
  }

  // ------------------------------------------------------------------ carrier

  /** W66 (940): payment, transport method, routing (service) in W66-05, SCAC (carrier) W66-10. */
  static Segment w66(CarrierService c, X12WarehouseOptions o) {
    return Segment.of(
        "W66",
        o.shipmentMethodOfPayment(),
        o.transportationMethod(),
        null,
        null,
        c.service(),
        null,
        null,
        null,
        null,
        c.carrier());
  }

  static CarrierService fromW66(Segment s) {
    String carrier = s.has(10) ? text(s, 10) : text(s, 5);
    return new CarrierService(carrier, s.has(10) ? optional(s, 5) : null);
  }

  /** W27 (945/943): transport method, SCAC (carrier), routing (service), payment. */
  static Segment w27(CarrierService c, X12WarehouseOptions o) {
    return Segment.of(
        "W27", o.transportationMethod(), c.carrier(), c.service(), o.shipmentMethodOfPayment());
  }

  static CarrierService fromW27(Segment s) {
    String carrier = s.has(2) ? text(s, 2) : text(s, 3);
    return new CarrierService(carrier, s.has(2) ? optional(s, 3) : null);
  }

  // ------------------------------------------------------------------ totals

  static String total(List<Quantity> quantities) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Quantity q : quantities) {
      sum = sum.add(q.value());
    }
    return Common.num(sum);
  }

  /** Checks a summary total (W76-01, W03-01, W14-01) against the sum of the line quantities. */
  static void checkTotal(Segment total, List<Quantity> quantities, String what) {
    if (total == null || !total.has(1)) {
      return;
    }
    BigDecimal declared = Body.decimal(total, 1);
    BigDecimal sum = new BigDecimal(total(quantities));
    if (declared.compareTo(sum) != 0) {
      throw Body.error(
          total,
          1,
          0,
          EdiErrorKind.CONTROL_MISMATCH,
          total.tag()
              + " counts "
              + declared.toPlainString()
              + " "
              + what
              + ", the lines sum to "
              + sum.toPlainString());
    }
  }

  static Segment last(List<Segment> content, String tag) {
    Segment found = null;
    for (Segment s : content) {
      if (s.tag().equals(tag)) {
        found = s;
      }
    }
    return found;
  }
}
