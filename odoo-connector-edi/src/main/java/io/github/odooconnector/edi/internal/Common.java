package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.optional;
import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Formats and party/location segments shared by the mappers. */
public final class Common {
  static final DateTimeFormatter D8 = DateTimeFormatter.ofPattern("yyyyMMdd");
  static final DateTimeFormatter T6 = DateTimeFormatter.ofPattern("HHmmss");
  static final DateTimeFormatter DT14 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private Common() {}

  static String d8(LocalDate d) {
    return d == null ? null : d.format(D8);
  }

  static String d8(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC).format(D8);
  }

  static String t6(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC).format(T6);
  }

  static String dt14(Instant i) {
    return i.atOffset(ZoneOffset.UTC).format(DT14);
  }

  static String num(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /** Reads a date element and a time element (HHMM or HHMMSS, UTC) into an instant. */
  static Instant instant(Segment s, int dateElement, int timeElement) {
    LocalDate date = Body.date(s, dateElement);
    String t = s.el(timeElement);
    if (t.isEmpty()) {
      return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return date.atTime(Body.time(s, timeElement, 0, t)).toInstant(ZoneOffset.UTC);
  }

  /** Reads a CCYYMMDD[HHMM[SS]] value of a composite component into an instant (UTC). */
  static Instant instant14(Segment s, int element, int component) {
    String v = Body.comp(s, element, component);
    LocalDate date = Body.date(s, element, component);
    String t = v.length() > 8 ? v.substring(8) : "";
    if (t.isEmpty()) {
      return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return date.atTime(Body.time(s, element, component, t)).toInstant(ZoneOffset.UTC);
  }

  static String currencyOf(Collection<Money> prices, String field) {
    String currency = null;
    for (Money m : prices) {
      if (m == null) {
        continue;
      }
      if (currency != null && !currency.equals(m.currency())) {
        throw new EdiWriteException(
            field
                + ": all prices of one document must share a currency, found "
                + currency
                + " and "
                + m.currency());
      }
      currency = m.currency();
    }
    return currency;
  }

  static void notes(List<Segment> out, String tag, String qualifier, String text, int width) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i += width) {
      String chunk = text.substring(i, Math.min(text.length(), i + width));
      out.add(qualifier == null ? Segment.of(tag, chunk) : Segment.of(tag, qualifier, chunk));
    }
  }

  static String readNotes(List<Segment> segments, String tag, int element, String qualifier) {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      if (s.tag().equals(tag) && (qualifier == null || s.el(1).equals(qualifier))) {
        b.append(s.el(element));
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  // ---------------------------------------------------------------- X12 parties (N1 loop)

  /** An N1 loop: N1 and the N2/N3/N4/PER that follow it. */
  record PartyLoop(Segment n1, Segment n2, Segment n3, Segment n4, Segment per) {}

  static void x12Party(List<Segment> out, String code, Party p) {
    out.add(Segment.of("N1", code, p.name(), p.partyId() == null ? null : "92", p.partyId()));
    if (p.companyName() != null) {
      out.add(Segment.of("N2", p.companyName()));
    }
    Address a = p.address();
    if (a != null) {
      out.add(Segment.of("N3", a.street1(), a.street2()));
      out.add(Segment.of("N4", a.city(), a.region(), a.postalCode(), a.countryCode()));
    }
    if (p.email() != null || p.phone() != null) {
      out.add(
          Segment.of(
              "PER",
              "IC",
              null,
              p.phone() == null ? null : "TE",
              p.phone(),
              p.email() == null ? null : "EM",
              p.email()));
    }
  }

  static void x12Location(List<Segment> out, String code, LocationRef location) {
    out.add(Segment.of("N1", code, null, "92", location.warehouse()));
    if (location.bin() != null) {
      out.add(Segment.of("N2", location.bin()));
    }
  }

  static Map<String, PartyLoop> x12Parties(List<Segment> segments) {
    Map<String, PartyLoop> loops = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment n1 = segments.get(i);
      if (!n1.tag().equals("N1")) {
        continue;
      }
      Segment n2 = null;
      Segment n3 = null;
      Segment n4 = null;
      Segment per = null;
      for (int j = i + 1; j < segments.size(); j++) {
        Segment s = segments.get(j);
        switch (s.tag()) {
          case "N2" -> n2 = s;
          case "N3" -> n3 = s;
          case "N4" -> n4 = s;
          case "PER" -> per = s;
          default -> j = segments.size();
        }
      }
      loops.putIfAbsent(n1.el(1), new PartyLoop(n1, n2, n3, n4, per));
    }
    return loops;
  }

  static Party x12Party(PartyLoop l) {
    Address address = null;
    if (l.n3() != null || l.n4() != null) {
      if (l.n3() == null || l.n4() == null) {
        Segment s = l.n3() == null ? l.n4() : l.n3();
        throw Body.error(s, 0, 0, EdiErrorKind.MISSING_SEGMENT, "an address needs both N3 and N4");
      }
      address =
          new Address(
              text(l.n3(), 1),
              optional(l.n3(), 2),
              text(l.n4(), 1),
              optional(l.n4(), 2),
              optional(l.n4(), 3),
              text(l.n4(), 4));
    }
    String phone = null;
    String email = null;
    if (l.per() != null) {
      for (int e = 3; e <= 7; e += 2) {
        if ("TE".equals(l.per().el(e))) {
          phone = optional(l.per(), e + 1);
        } else if ("EM".equals(l.per().el(e))) {
          email = optional(l.per(), e + 1);
        }
      }
    }
    return new Party(
        optional(l.n1(), 4),
        text(l.n1(), 2),
        l.n2() == null ? null : optional(l.n2(), 1),
        address,
        email,
        phone);
  }

  static LocationRef x12Location(PartyLoop l) {
    String warehouse = optional(l.n1(), 4);
    return new LocationRef(
        warehouse == null ? text(l.n1(), 2) : warehouse,
        l.n2() == null ? null : optional(l.n2(), 1));
  }

  // ---------------------------------------------------------------- EDIFACT parties (NAD)

  static Segment nad(String code, Party p) {
    Address a = p.address();
    return Segment.of(
        "NAD",
        code,
        p.partyId() == null ? null : Segment.c(p.partyId(), "", "92"),
        null,
        Segment.c(p.name(), p.companyName()),
        a == null ? null : Segment.c(a.street1(), a.street2()),
        a == null ? null : a.city(),
        a == null ? null : a.region(),
        a == null ? null : a.postalCode(),
        a == null ? null : a.countryCode());
  }

  static List<Segment> nadWithContacts(String code, Party p) {
    List<Segment> out = new ArrayList<>();
    out.add(nad(code, p));
    if (p.email() != null || p.phone() != null) {
      out.add(Segment.of("CTA", "IC"));
      if (p.phone() != null) {
        out.add(Segment.of("COM", Segment.c(p.phone(), "TE")));
      }
      if (p.email() != null) {
        out.add(Segment.of("COM", Segment.c(p.email(), "EM")));
      }
    }
    return out;
  }

  /** NAD segments by party qualifier, each with the COM segments that follow it. */
  static Map<String, List<Segment>> nads(List<Segment> segments) {
    Map<String, List<Segment>> loops = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment nad = segments.get(i);
      if (!nad.tag().equals("NAD")) {
        continue;
      }
      List<Segment> loop = new ArrayList<>();
      loop.add(nad);
      for (int j = i + 1; j < segments.size(); j++) {
        Segment s = segments.get(j);
        if (s.tag().equals("CTA") || s.tag().equals("COM") || s.tag().equals("LOC")) {
          loop.add(s);
        } else {
          break;
        }
      }
      loops.putIfAbsent(nad.el(1), loop);
    }
    return loops;
  }

  static Party party(List<Segment> loop) {
    Segment n = loop.get(0);
    Address address = null;
    if (n.has(5) || n.has(6) || n.has(9)) {
      address =
          new Address(
              Body.comp(n, 5, 1),
              optional(n, 5, 2),
              text(n, 6),
              optional(n, 7),
              optional(n, 8),
              text(n, 9));
    }
    String phone = null;
    String email = null;
    for (Segment s : loop) {
      if (s.tag().equals("COM")) {
        if ("TE".equals(s.comp(1, 2))) {
          phone = optional(s, 1, 1);
        } else if ("EM".equals(s.comp(1, 2))) {
          email = optional(s, 1, 1);
        }
      }
    }
    return new Party(
        optional(n, 2, 1), Body.comp(n, 4, 1), optional(n, 4, 2), address, email, phone);
  }

  static List<Segment> nadLocation(String code, LocationRef location) {
    List<Segment> out = new ArrayList<>();
    out.add(Segment.of("NAD", code, Segment.c(location.warehouse(), "", "92")));
    if (location.bin() != null) {
      out.add(Segment.of("LOC", "7", location.bin()));
    }
    return out;
  }

  static LocationRef location(List<Segment> loop) {
    String bin = null;
    for (Segment s : loop) {
      if (s.tag().equals("LOC") && s.el(1).equals("7")) {
        bin = optional(s, 2);
      }
    }
    return new LocationRef(Body.comp(loop.get(0), 2, 1), bin);
  }
}
