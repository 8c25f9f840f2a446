package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.UnitOfDimension;
import io.github.odooconnector.model.internal.Decimals;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative weight in a mass unit ({@code KGM}, {@code GRM}, {@code LBR}, ...), for example a
 * parcel's gross weight. Serialized as {@code {"value":1.25,"unit":"KGM"}}. Equality ignores the
 * scale of the value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the weight, zero or more; at most 18 integer digits and 34 decimals
 * @param unit a unit of dimension {@link UnitDimension#MASS}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Weight(
    @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 34) BigDecimal value,
    @NotNull @UnitOfDimension(UnitDimension.MASS) UnitOfMeasure unit) {

  /**
   * Creates a validated weight.
   *
   * @param value the weight, zero or more
   * @param unit a mass unit
   * @return the weight
   * @throws CanonicalValidationException if an argument is null, the value is negative or out of
   *     bounds, or the unit is not a mass unit
   */
  public static Weight of(BigDecimal value, UnitOfMeasure unit) {
    return Factories.requireValid(new Weight(value, unit));
  }

  /**
   * Creates a validated weight in kilograms.
   *
   * @param kilograms decimal string, for example {@code "1.25"}
   * @return the weight
   * @throws CanonicalValidationException if the text is not a decimal number, is negative or out of
   *     bounds; the violation names {@code value} and the offending text
   */
  public static Weight kilograms(String kilograms) {
    BigDecimal parsed = Factories.decimalOrNull(kilograms);
    return Factories.requireValid(
        new Weight(parsed, UnitOfMeasure.KGM), Factories.notADecimal("value", kilograms, parsed));
  }

  /**
   * Converts to another mass unit.
   *
   * @param target a mass unit
   * @return the converted weight
   * @throws IncompatibleUnitsException if {@code target} (or this unit) is not a mass unit
   */
  public Weight to(UnitOfMeasure target) {
    if (unit.dimension() != UnitDimension.MASS) {
      throw new IncompatibleUnitsException(unit, target);
    }
    Quantity q = toQuantity().to(target);
    return new Weight(q.value(), q.unit());
  }

  /**
   * The weight as a {@link Quantity}.
   *
   * @return the quantity
   */
  public Quantity toQuantity() {
    return new Quantity(value, unit);
  }

  /**
   * Equality by unit and numeric value, ignoring scale.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Weight w && unit == w.unit && Decimals.equalsIgnoringScale(value, w.value);
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
   * Renders the weight for a person, as {@link Quantity#display()} does: {@code 12.25 kg}, {@code 3
   * lb}.
   *
   * @return the display text
   */
  public String display() {
    return toQuantity().display();
  }

  /**
   * Renders the exact value and the UN/ECE code, as {@code 1.25 KGM}; see {@link #display()} for
   * the form a person reads.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return Decimals.toText(value) + " " + unit;
  }
}
