package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.Gtin;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** The segments of one received transaction (header and trailer included) and typed getters. */
public final class Body {
  private final List<Segment> segments;

  public Body(List<Segment> segments) {
    this.segments = List.copyOf(segments);
  }

  public List<Segment> segments() {
    return segments;
  }

  /** The segments between the header (ST/UNH) and the trailer (SE/UNT). */
  public List<Segment> content() {
    return segments.subList(1, Math.max(1, segments.size() - 1));
  }

  public Segment header() {
    return segments.get(0);
  }

  public Optional<Segment> first(String tag) {
    return segments.stream().filter(s -> s.tag().equals(tag)).findFirst();
  }

  public Optional<Segment> first(String tag, int element, String qualifier) {
    return segments.stream()
        .filter(s -> s.tag().equals(tag) && s.el(element).equals(qualifier))
        .findFirst();
  }

  public Segment require(String tag) {
    return first(tag).orElseThrow(() -> missingSegment(tag));
  }

  public MappingException missingSegment(String tag) {
    return new MappingException(
        header(),
        tag,
        0,
        0,
        EdiErrorKind.MISSING_SEGMENT,
        "required segment " + tag + " is missing from this transaction");
  }

  public static String text(Segment s, int element) {
    return comp(s, element, 1);
  }

  public static String comp(Segment s, int element, int component) {
    String v = s.comp(element, component);
    if (v.isBlank()) {
      throw error(s, element, component, EdiErrorKind.MISSING_ELEMENT, "required value is missing");
    }
    return v.strip();
  }

  public static String optional(Segment s, int element) {
    String v = s.el(element).strip();
    return v.isEmpty() ? null : v;
  }

  public static String optional(Segment s, int element, int component) {
    String v = s.comp(element, component).strip();
    return v.isEmpty() ? null : v;
  }

  public static BigDecimal decimal(Segment s, int element) {
    return decimal(s, element, 1);
  }

  public static BigDecimal decimal(Segment s, int element, int component) {
    String v = comp(s, element, component);
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw error(s, element, component, EdiErrorKind.INVALID_VALUE, "'" + v + "' is not a number");
    }
  }

  public static LocalDate date(Segment s, int element) {
    return date(s, element, 1);
  }

  public static LocalDate date(Segment s, int element, int component) {
    String v = comp(s, element, component);
    try {
      if (v.length() >= 8) {
        return LocalDate.parse(v.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw error(
        s, element, component, EdiErrorKind.INVALID_VALUE, "'" + v + "' is not a CCYYMMDD date");
  }

  public static LocalTime time(Segment s, int element, int component, String v) {
    try {
      if (v.length() == 4) {
        return LocalTime.parse(v, DateTimeFormatter.ofPattern("HHmm"));
      }
      if (v.length() == 6) {
        return LocalTime.parse(v, DateTimeFormatter.ofPattern("HHmmss"));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw error(
        s, element, component, EdiErrorKind.INVALID_VALUE, "'" + v + "' is not an HHMM[SS] time");
  }

  public static Quantity quantity(
      Segment s, int valueElement, int unitElement, Function<String, UnitOfMeasure> units) {
    BigDecimal value = decimal(s, valueElement);
    return Quantity.of(value, unit(s, unitElement, 1, units));
  }

  public static UnitOfMeasure unit(
      Segment s, int element, int component, Function<String, UnitOfMeasure> units) {
    String code = comp(s, element, component);
    try {
      return units.apply(code);
    } catch (CanonicalValidationException | IllegalArgumentException e) {
      throw error(
          s, element, component, EdiErrorKind.INVALID_VALUE, "unknown unit of measure " + code);
    }
  }

  public static Sku sku(Segment s, int element, int component) {
    String v = comp(s, element, component);
    try {
      return Sku.of(v);
    } catch (CanonicalValidationException e) {
      throw error(s, element, component, EdiErrorKind.INVALID_VALUE, "invalid SKU '" + v + "'");
    }
  }

  public static Gtin gtin(Segment s, int element, int component) {
    String v = comp(s, element, component);
    try {
      return Gtin.of(v);
    } catch (CanonicalValidationException e) {
      throw error(s, element, component, EdiErrorKind.INVALID_VALUE, "invalid GTIN '" + v + "'");
    }
  }

  public static Sscc sscc(Segment s, int element, int component) {
    String v = comp(s, element, component);
    try {
      return Sscc.of(v);
    } catch (CanonicalValidationException e) {
      throw error(s, element, component, EdiErrorKind.INVALID_VALUE, "invalid SSCC '" + v + "'");
    }
  }

  public static Money money(Segment s, int element, int component, String currency) {
    BigDecimal amount = decimal(s, element, component);
    if (currency == null) {
      throw error(
          s,
          element,
          component,
          EdiErrorKind.MISSING_ELEMENT,
          "price without a currency (CUR/CUX)");
    }
    try {
      return Money.of(amount, currency);
    } catch (CanonicalValidationException e) {
      throw error(s, element, component, EdiErrorKind.INVALID_VALUE, e.getMessage());
    }
  }

  public static <T extends Enum<T>> T code(
      Segment s, int element, int component, Map<String, T> codes) {
    String v = comp(s, element, component);
    T t = codes.get(v);
    if (t == null) {
      throw error(
          s,
          element,
          component,
          EdiErrorKind.INVALID_VALUE,
          "unsupported code '" + v + "', expected one of " + new TreeSet<>(codes.keySet()));
    }
    return t;
  }

  public static MappingException error(
      Segment s, int element, int component, EdiErrorKind kind, String message) {
    boolean simple =
        element > 0 && (element > s.elements().size() || s.elements().get(element - 1).size() <= 1);
    return new MappingException(s, s.tag(), element, simple ? 0 : component, kind, message);
  }
}
