package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Units of measure identified by their UN/ECE Recommendation 20 common code (the code is the JSON
 * form).
 *
 * <p>Each unit belongs to a {@link UnitDimension}; units of the same dimension (except {@link
 * UnitDimension#PACKAGE}) have an exact factor to the dimension's base unit ({@code C62} piece,
 * {@code KGM} kilogram, {@code MTR} metre, {@code LTR} litre, {@code MTK} square metre, {@code SEC}
 * second), so {@link Quantity#to(UnitOfMeasure)} can convert between them. {@code EA} (each) and
 * {@code C62} (one/piece) are the same unit under two codes ({@code H87} is a third): all appear in
 * the wild, all are accepted, and they convert 1:1.
 *
 * <p>For people, {@link #symbol()} gives the usual symbol ({@code KGM} → {@code kg}, {@code C62} →
 * {@code pcs}) and {@link Quantity#display()} renders {@code 12 pcs}; the code stays the only form
 * used in JSON and in every exchange with other systems.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum UnitOfMeasure {
  /** Each (piece); equivalent to {@link #C62}. */
  EA(UnitDimension.COUNT, "1", "pcs"),
  /** One (piece), the Rec 20 code for a single unit. */
  C62(UnitDimension.COUNT, "1", "pcs"),
  /** Piece; a third code for the same count unit, used by some EDI partners. */
  H87(UnitDimension.COUNT, "1", "pcs"),
  /** Pair (2 pieces). */
  PR(UnitDimension.COUNT, "2", "pair"),
  /** Dozen (12 pieces). */
  DZN(UnitDimension.COUNT, "12", "dozen"),
  /** Kilogram, the base unit of mass. */
  KGM(UnitDimension.MASS, "1", "kg"),
  /** Gram. */
  GRM(UnitDimension.MASS, "0.001", "g"),
  /** Milligram. */
  MGM(UnitDimension.MASS, "0.000001", "mg"),
  /** Metric tonne. */
  TNE(UnitDimension.MASS, "1000", "t"),
  /** Pound (avoirdupois), exactly 0.45359237 kg. */
  LBR(UnitDimension.MASS, "0.45359237", "lb"),
  /** Ounce (avoirdupois), exactly 0.028349523125 kg. */
  ONZ(UnitDimension.MASS, "0.028349523125", "oz"),
  /** Metre, the base unit of length. */
  MTR(UnitDimension.LENGTH, "1", "m"),
  /** Centimetre. */
  CMT(UnitDimension.LENGTH, "0.01", "cm"),
  /** Millimetre. */
  MMT(UnitDimension.LENGTH, "0.001", "mm"),
  /** Kilometre. */
  KMT(UnitDimension.LENGTH, "1000", "km"),
  /** Inch, exactly 0.0254 m. */
  INH(UnitDimension.LENGTH, "0.0254", "in"),
  /** Foot, exactly 0.3048 m. */
  FOT(UnitDimension.LENGTH, "0.3048", "ft"),
  /** Yard, exactly 0.9144 m. */
  YRD(UnitDimension.LENGTH, "0.9144", "yd"),
  /** Statute mile, exactly 1609.344 m. */
  SMI(UnitDimension.LENGTH, "1609.344", "mi"),
  /** Litre, the base unit of volume. */
  LTR(UnitDimension.VOLUME, "1", "L"),
  /** Millilitre. */
  MLT(UnitDimension.VOLUME, "0.001", "ml"),
  /** Cubic metre. */
  MTQ(UnitDimension.VOLUME, "1000", "m³"),
  /** US liquid gallon, exactly 3.785411784 l. */
  GLL(UnitDimension.VOLUME, "3.785411784", "gal"),
  /** US fluid ounce, exactly 0.0295735295625 l. */
  OZA(UnitDimension.VOLUME, "0.0295735295625", "fl oz"),
  /** US liquid quart, exactly 0.946352946 l. */
  QT(UnitDimension.VOLUME, "0.946352946", "qt"),
  /** Cubic foot, exactly 28.316846592 l. */
  FTQ(UnitDimension.VOLUME, "28.316846592", "ft³"),
  /** Square metre, the base unit of area. */
  MTK(UnitDimension.AREA, "1", "m²"),
  /** Square foot, exactly 0.09290304 m². */
  FTK(UnitDimension.AREA, "0.09290304", "ft²"),
  /** Second, the base unit of time. */
  SEC(UnitDimension.TIME, "1", "s"),
  /** Minute. */
  MIN(UnitDimension.TIME, "60", "min"),
  /** Hour. */
  HUR(UnitDimension.TIME, "3600", "h"),
  /** Day (24 hours). */
  DAY(UnitDimension.TIME, "86400", "d"),
  /** Box. Packaging unit: converts only to itself. */
  BX(UnitDimension.PACKAGE, null, "box"),
  /** Carton. Packaging unit: converts only to itself. */
  CT(UnitDimension.PACKAGE, null, "carton"),
  /** Pack. Packaging unit: converts only to itself. */
  PK(UnitDimension.PACKAGE, null, "pack"),
  /** Pallet (lift). Packaging unit: converts only to itself. */
  PF(UnitDimension.PACKAGE, null, "pallet");

  private final UnitDimension dimension;
  private final BigDecimal factorToBase;
  private final String symbol;

  UnitOfMeasure(UnitDimension dimension, String factorToBase, String symbol) {
    this.dimension = dimension;
    this.factorToBase = factorToBase == null ? null : new BigDecimal(factorToBase);
    this.symbol = symbol;
  }

  /**
   * The UN/ECE Rec 20 common code, which is also the JSON form.
   *
   * @return the code, for example {@code KGM}
   */
  @JsonValue
  public String code() {
    return name();
  }

  /**
   * The symbol a person reads, for display only: {@code pcs} for the piece codes ({@code EA},
   * {@code C62}, {@code H87}), {@code pair}, {@code dozen}, {@code kg}, {@code g}, {@code lb},
   * {@code m}, {@code cm}, {@code L}, {@code m³}, {@code h}, {@code box}, {@code pallet}, ...
   * Several codes can share a symbol, so a symbol does not identify a unit: data exchange (JSON,
   * Odoo, adapters) always uses {@link #code()}.
   *
   * @return the symbol, for example {@code kg} for {@link #KGM}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The dimension this unit measures.
   *
   * @return the dimension
   */
  public UnitDimension dimension() {
    return dimension;
  }

  /**
   * The exact factor that converts a value in this unit to the dimension's base unit, if there is
   * one.
   *
   * @return the factor; empty for packaging units
   */
  public Optional<BigDecimal> factorToBase() {
    return Optional.ofNullable(factorToBase);
  }

  /**
   * Returns whether a quantity in this unit can be converted to {@code other}.
   *
   * @param other the target unit
   * @return true when both units share a dimension and have a fixed ratio (or are the same unit)
   */
  public boolean isConvertibleTo(UnitOfMeasure other) {
    Objects.requireNonNull(other, "other");
    return this == other
        || (dimension == other.dimension && factorToBase != null && other.factorToBase != null);
  }

  /**
   * Looks up a unit by its Rec 20 code, ignoring case and surrounding white space.
   *
   * @param code the code, for example {@code kgm} or {@code EA}
   * @return the unit
   * @throws CanonicalValidationException if the code is null or not a supported Rec 20 code; the
   *     violation names {@code code} and the offending text
   */
  @JsonCreator
  public static UnitOfMeasure fromCode(String code) {
    if (code != null) {
      String normalized = code.strip().toUpperCase(Locale.ROOT);
      for (UnitOfMeasure unit : values()) {
        if (unit.name().equals(normalized)) {
          return unit;
        }
      }
    }
    throw new CanonicalValidationException(
        "UnitOfMeasure",
        List.of(
            Factories.violation(
                "code",
                code,
                code == null ? "must not be null" : "must be a supported UN/ECE Rec 20 unit code",
                code == null ? "NotNull" : "UnitCode")));
  }
}
