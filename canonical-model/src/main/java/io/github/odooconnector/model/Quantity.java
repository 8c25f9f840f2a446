package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.internal.Decimals;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of something in a {@link UnitOfMeasure}: {@code 12 EA}, {@code 2.5 KGM}, {@code 120
 * CMT}.
 *
 * <p>The value is a {@link BigDecimal} and serialized as a JSON number without loss: {@code
 * {"value":2.5,"unit":"KGM"}}. Quantities may be negative (stock levels in Odoo can go negative);
 * documents that need a positive or non-negative amount say so with {@link
 * io.github.odooconnector.model.constraints.PositiveQuantity} / {@link
 * io.github.odooconnector.model.constraints.NonNegativeQuantity}.
 *
 * <p>Equality ignores the scale of the value ({@code 1.0 KGM} equals {@code 1 KGM}) but not the
 * unit ({@code 1 KGM} does not equal {@code 1000 GRM}; use {@link #isEquivalentTo(Quantity)} for
 * that).
 *
 * <p>Conversion ({@link #to(UnitOfMeasure)}) works within a {@link UnitDimension} with exact
 * factors; converting to a larger unit divides and is rounded to 34 significant digits ({@link
 * java.math.MathContext#DECIMAL128}) when the result does not terminate. Converting across
 * dimensions throws {@link IncompatibleUnitsException}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the amount: at most 18 integer digits and 34 decimals (bounds that keep arithmetic
 *     and rendering cheap even for hostile input such as {@code 1E+999999999})
 * @param unit the unit of measure
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quantity(
    @NotNull @Digits(integer = 18, fraction = 34) BigDecimal value, @NotNull UnitOfMeasure unit) {

  /**
   * Creates a validated quantity.
   *
   * @param value the amount, may be negative: at most 18 integer digits and 34 decimals (bounds
   *     that keep arithmetic and rendering cheap even for hostile input such as {@code
   *     1E+999999999})
   * @param unit the unit
   * @return the quantity
   * @throws CanonicalValidationException if an argument is null or the value is out of bounds
   */
  public static Quantity of(BigDecimal value, UnitOfMeasure unit) {
    return Factories.requireValid(new Quantity(value, unit));
  }

  /**
   * Creates a validated quantity from a decimal string such as {@code "2.5"} (surrounding white
   * space is ignored).
   *
   * @param value the amount as a decimal string, may be negative
   * @param unit the unit
   * @return the quantity
   * @throws CanonicalValidationException if {@code value} is not a decimal number within the
   *     bounds, or an argument is null; the violation names {@code value} and the offending text
   */
  public static Quantity of(String value, UnitOfMeasure unit) {
    BigDecimal parsed = Factories.decimalOrNull(value);
    return Factories.requireValid(
        new Quantity(parsed, unit), Factories.notADecimal("value", value, parsed));
  }

  /**
   * Creates a validated whole-number quantity.
   *
   * @param value the amount, may be negative
   * @param unit the unit
   * @return the quantity
   * @throws CanonicalValidationException if {@code unit} is null
   */
  public static Quantity of(long value, UnitOfMeasure unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /**
   * Creates a count of pieces ({@link UnitOfMeasure#C62}).
   *
   * @param count number of pieces, zero or more
   * @return the quantity
   * @throws CanonicalValidationException if {@code count} is negative (a count of pieces cannot be;
   *     use {@link #of(long, UnitOfMeasure)} for a signed stock difference)
   */
  public static Quantity pieces(long count) {
    Quantity candidate = new Quantity(BigDecimal.valueOf(count), UnitOfMeasure.C62);
    if (count < 0) {
      return Factories.requireValid(
          candidate,
          Factories.violation(
              "value", count, "must be greater than or equal to 0", "PositiveOrZero"));
    }
    return candidate;
  }

  /**
   * Converts this quantity to another unit of the same dimension.
   *
   * @param target the unit to convert to
   * @return the converted quantity (this instance when the unit is the same)
   * @throws IncompatibleUnitsException if the units are of different dimensions or have no fixed
   *     ratio
   */
  public Quantity to(UnitOfMeasure target) {
    Objects.requireNonNull(target, "target");
    if (target == unit) {
      return this;
    }
    if (!unit.isConvertibleTo(target)) {
      throw new IncompatibleUnitsException(unit, target);
    }
    BigDecimal base = value.multiply(unit.factorToBase().orElseThrow());
    return new Quantity(Decimals.divide(base, target.factorToBase().orElseThrow()), target);
  }

  /**
   * Adds another quantity, converting it to this quantity's unit first.
   *
   * @param other the quantity to add
   * @return the sum, in this quantity's unit
   * @throws IncompatibleUnitsException if the units cannot be converted
   */
  public Quantity plus(Quantity other) {
    return new Quantity(value.add(other.to(unit).value), unit);
  }

  /**
   * Subtracts another quantity, converting it to this quantity's unit first.
   *
   * @param other the quantity to subtract
   * @return the difference, in this quantity's unit
   * @throws IncompatibleUnitsException if the units cannot be converted
   */
  public Quantity minus(Quantity other) {
    return new Quantity(value.subtract(other.to(unit).value), unit);
  }

  /**
   * Multiplies the amount, for example to compute a line total in pieces.
   *
   * @param factor the factor
   * @return the product, in this quantity's unit
   */
  public Quantity times(BigDecimal factor) {
    return new Quantity(value.multiply(Objects.requireNonNull(factor, "factor")), unit);
  }

  /**
   * Returns the negated quantity.
   *
   * @return {@code -this}
   */
  public Quantity negate() {
    return new Quantity(value.negate(), unit);
  }

  /**
   * Returns the sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return value.signum();
  }

  /**
   * Returns whether the amount is zero.
   *
   * @return true for zero in any unit
   */
  @JsonIgnore
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Compares the amounts of two quantities of the same dimension, converting {@code other} to this
   * unit.
   *
   * @param other the quantity to compare with
   * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
   * @throws IncompatibleUnitsException if the units cannot be converted
   */
  public int compareAmount(Quantity other) {
    return value.compareTo(other.to(unit).value);
  }

  /**
   * Returns whether both quantities describe the same amount, possibly in different units ({@code 1
   * KGM} is equivalent to {@code 1000 GRM}; {@code 3 EA} to {@code 3 C62}).
   *
   * @param other the quantity to compare with
   * @return true when equal after conversion; false when the units cannot be converted
   */
  public boolean isEquivalentTo(Quantity other) {
    return unit.isConvertibleTo(other.unit) && compareAmount(other) == 0;
  }

  /**
   * Equality by unit and numeric value, ignoring the scale of the value.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q
        && unit == q.unit
        && Decimals.equalsIgnoringScale(value, q.value);
  }

  /**
   * Hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(Decimals.hashIgnoringScale(value), unit);
  }

  /**
   * Renders the quantity for a person: the amount without trailing zeros and the unit's {@link
   * UnitOfMeasure#symbol() symbol}, for example {@code 12 pcs}, {@code 2.5 kg}, {@code 1 dozen}.
   * For logs, messages and reports; not parsed back (the JSON form and {@link #toString()} keep the
   * exact value and the UN/ECE code).
   *
   * @return the display text
   */
  public String display() {
    return Decimals.toText(value == null ? null : Decimals.normalize(value))
        + " "
        + (unit == null ? "?" : unit.symbol());
  }

  /**
   * Renders the exact value and the UN/ECE code, as {@code 2.50 KGM}; see {@link #display()} for
   * the form a person reads.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return Decimals.toText(value) + " " + unit;
  }
}
