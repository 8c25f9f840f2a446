package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Segments shared by the EDIFACT message mappers (ORDERS, ORDRSP, INVOIC, INVRPT): the split of a
 * message into header, LIN groups and summary (after UNS), DTM with format codes 102/203/204, FTX
 * notes, CUX currency, PIA product ids, QTY, line numbers and the CNT line count.
 */
final class Edifact {
  /** Longest LIN 1082 line item number (an..6); longer line ids travel in RFF+LI. */
  private static final int LIN_NUMBER_MAX = 6;

  private static final int FTX_WIDTH = 70;

  private Edifact() {}

  /** A message split at its first LIN and at UNS: header, one list per LIN group, summary. */
  record Sections(List<Segment> header, List<List<Segment>> lines, List<Segment> summary) {}

  static Sections sections(Body body) {
    List<Segment> header = new ArrayList<>();
    List<List<Segment>> lines = new ArrayList<>();
    List<Segment> summary = new ArrayList<>();
    boolean inSummary = false;
    for (Segment s : body.content()) {
      if (inSummary) {
        summary.add(s);
      } else if (s.tag().equals("UNS")) {
        inSummary = true;
      } else if (s.tag().equals("LIN")) {
        lines.add(new ArrayList<>(List.of(s)));
      } else if (lines.isEmpty()) {
        header.add(s);
      } else {
        lines.get(lines.size() - 1).add(s);
      }
    }
    return new Sections(header, lines, summary);
  }

  // ------------------------------------------------------------------ dates

  static Segment dtm(String qualifier, LocalDate date) {
    return Segment.of("DTM", Segment.c(qualifier, Common.d8(date), "102"));
  }

  static Segment dtm(String qualifier, Instant instant) {
    return Segment.of("DTM", Segment.c(qualifier, Common.dt14(instant), "204"));
  }

  /** The date of a DTM (format 102, 203 or 204; the time, if any, is ignored). */
  static LocalDate date(Segment dtm) {
    format(dtm);
    return Body.date(dtm, 1, 2);
  }

  /** The moment of a DTM in UTC (format 102 is the start of the day). */
  static Instant instant(Segment dtm) {
    String f = format(dtm);
    if (f.equals("102")) {
      return Body.date(dtm, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return Common.instant14(dtm, 1, 2);
  }

  private static String format(Segment dtm) {
    String v = Body.comp(dtm, 1, 2);
    String f = dtm.comp(1, 3);
    String expected =
        switch (f) {
          case "102" -> "\\d{8}";
          case "203" -> "\\d{12}";
          case "204" -> "\\d{14}";
          case "" -> "\\d{8}(\\d{4}(\\d{2})?)?";
          default ->
              throw Body.error(
                  dtm,
                  1,
                  3,
                  EdiErrorKind.INVALID_VALUE,
                  "unsupported date format '" + f + "', expected 102, 203 or 204");
        };
    if (!v.matches(expected)) {
      throw Body.error(
          dtm,
          1,
          2,
          EdiErrorKind.INVALID_VALUE,
          "'" + v + "' does not match date format " + (f.isEmpty() ? "102/203/204" : f));
    }
    return f.isEmpty() ? (v.length() == 8 ? "102" : "204") : f;
  }

  /** The first DTM of a qualifier in a list of segments, or null. */
  static Segment dtmOf(List<Segment> segments, String qualifier) {
    for (Segment s : segments) {
      if (s.tag().equals("DTM") && s.comp(1, 1).equals(qualifier)) {
        return s;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ texts, references

  /** Free text as FTX+AAI segments of 70 characters (C108 4440). */
  static void notes(List<Segment> out, String text) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i += FTX_WIDTH) {
      String chunk = text.substring(i, Math.min(text.length(), i + FTX_WIDTH));
      out.add(Segment.of("FTX", "AAI", null, null, Segment.c(chunk)));
    }
  }

  static String notes(List<Segment> header) {
    StringBuilder b = new StringBuilder();
    for (Segment s : header) {
      if (s.tag().equals("FTX") && s.el(1).equals("AAI")) {
        List<String> text = s.elements().size() >= 4 ? s.elements().get(3) : List.of();
        text.forEach(b::append);
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** The reference (C506 1154) of the first RFF of a qualifier, or null. */
  static String reference(List<Segment> segments, String qualifier) {
    for (Segment s : segments) {
      if (s.tag().equals("RFF") && s.comp(1, 1).equals(qualifier)) {
        return Body.comp(s, 1, 2);
      }
    }
    return null;
  }

  static Segment currency(String currency, String usage) {
    return Segment.of("CUX", Segment.c("2", currency, usage));
  }

  static String currency(List<Segment> header) {
    for (Segment s : header) {
      if (s.tag().equals("CUX")) {
        return Body.comp(s, 1, 2);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ lines

  /** LIN 1082: the line id itself when it fits an..6, else the sequence number. */
  static String linNumber(String lineId, int sequence) {
    return fitsLin(lineId) ? lineId : String.valueOf(sequence);
  }

  /** RFF+LI carrying a line id that does not fit LIN 1082, or nothing. */
  static void lineReference(List<Segment> out, String lineId) {
    if (!fitsLin(lineId)) {
      out.add(Segment.of("RFF", Segment.c("LI", lineId)));
    }
  }

  private static boolean fitsLin(String lineId) {
    return lineId.length() <= LIN_NUMBER_MAX && lineId.matches("[A-Za-z0-9]+");
  }

  /** The line id of a LIN group: RFF+LI if present, else LIN 1082. */
  static String lineId(List<Segment> group) {
    String reference = reference(group, "LI");
    return reference != null ? reference : Body.text(group.get(0), 1);
  }

  /** PIA+5 with our SKU (the partner's SKU qualifier) and PIA+1 with the supplier's number. */
  static void products(List<Segment> out, EdifactCodes codes, Sku sku, String supplierSku) {
    out.add(Segment.of("PIA", "5", Segment.c(sku.value(), codes.skuQualifier())));
    if (supplierSku != null) {
      out.add(Segment.of("PIA", "1", Segment.c(supplierSku, "SA")));
    }
  }

  /**
   * Reads our SKU (the partner's SKU qualifier, in any of the PIA's five ids) and, when asked, the
   * supplier's article number (SA) of a LIN group.
   */
  static Sku products(List<Segment> group, EdifactCodes codes, Consumer<String> supplierSku) {
    Sku sku = null;
    for (Segment s : group) {
      if (!s.tag().equals("PIA")) {
        continue;
      }
      for (int e = 2; e <= Math.min(6, s.elements().size()); e++) {
        String qualifier = s.comp(e, 2);
        if (qualifier.equals(codes.skuQualifier()) && sku == null) {
          sku = Body.sku(s, e, 1);
        } else if (qualifier.equals("SA") && supplierSku != null) {
          supplierSku.accept(Body.comp(s, e, 1));
        }
      }
    }
    if (sku == null) {
      throw Body.error(
          group.get(0),
          0,
          0,
          EdiErrorKind.MISSING_SEGMENT,
          "line "
              + group.get(0).el(1)
              + " has no PIA with our item number (qualifier "
              + codes.skuQualifier()
              + ")");
    }
    return sku;
  }

  static Segment qty(String qualifier, Quantity q) {
    return Segment.of(
        "QTY", Segment.c(qualifier, Common.num(q.value()), Units.toEdifact(q.unit())));
  }

  /** The quantity of a QTY (a missing unit is a piece, as EANCOM defaults it). */
  static Quantity qty(Segment s) {
    BigDecimal value = Body.decimal(s, 1, 2);
    UnitOfMeasure unit =
        s.comp(1, 3).isBlank() ? UnitOfMeasure.EA : Body.unit(s, 1, 3, Units::fromEdifact);
    return Quantity.of(value, unit);
  }

  static Segment qtyOf(List<Segment> group, String qualifier) {
    for (Segment s : group) {
      if (s.tag().equals("QTY") && s.comp(1, 1).equals(qualifier)) {
        return s;
      }
    }
    return null;
  }

  /** The first segment of a tag with a first-element qualifier in a list, or null. */
  static Segment first(List<Segment> segments, String tag, String qualifier) {
    for (Segment s : segments) {
      if (s.tag().equals(tag) && s.comp(1, 1).equals(qualifier)) {
        return s;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ summary

  static void summary(List<Segment> out, int lines) {
    out.add(Segment.of("UNS", "S"));
    out.add(Segment.of("CNT", Segment.c("2", lines)));
  }

  /** CNT+2 (number of line items), if present, must count the LIN groups. */
  static void checkCount(Body body, List<Segment> summary, int lines) {
    Segment cnt = first(summary, "CNT", "2");
    if (cnt == null) {
      cnt = body.first("CNT", 1, "2").orElse(null);
    }
    if (cnt == null) {
      return;
    }
    BigDecimal n = Body.decimal(cnt, 1, 2);
    if (n.compareTo(BigDecimal.valueOf(lines)) != 0) {
      throw Body.error(
          cnt,
          1,
          2,
          EdiErrorKind.CONTROL_MISMATCH,
          "CNT counts " + n.toPlainString() + " line items, the message has " + lines);
    }
  }

  /** Money compared at cents, as partners round amounts to two decimals. */
  static boolean sameAmount(BigDecimal declared, BigDecimal computed) {
    return declared
            .setScale(2, RoundingMode.HALF_UP)
            .compareTo(computed.setScale(2, RoundingMode.HALF_UP))
        == 0;
  }
}
