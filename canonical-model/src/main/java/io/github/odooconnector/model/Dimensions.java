package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.UnitOfDimension;
import io.github.odooconnector.model.internal.Decimals;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Outer dimensions of a parcel or item: length × width × height in one length unit. Serialized as
 * {@code {"length":40,"width":30,"height":20,"unit":"CMT"}}. Equality ignores the scale of values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param length length, greater than zero; like all measures at most 18 integer digits and 34
 *     decimals
 * @param width width, greater than zero
 * @param height height, greater than zero
 * @param unit a unit of dimension {@link UnitDimension#LENGTH}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dimensions(
    @NotNull @Positive @Digits(integer = 18, fraction = 34) BigDecimal length,
    @NotNull @Positive @Digits(integer = 18, fraction = 34) BigDecimal width,
    @NotNull @Positive @Digits(integer = 18, fraction = 34) BigDecimal height,
    @NotNull @UnitOfDimension(UnitDimension.LENGTH) UnitOfMeasure unit) {

  /**
   * Creates validated dimensions.
   *
   * @param length length, greater than zero
   * @param width width, greater than zero
   * @param height height, greater than zero
   * @param unit a length unit
   * @return the dimensions
   * @throws CanonicalValidationException if an argument is null, a measure is not greater than zero
   *     or out of bounds, or the unit is not a length unit
   */
  public static Dimensions of(
      BigDecimal length, BigDecimal width, BigDecimal height, UnitOfMeasure unit) {
    return Factories.requireValid(new Dimensions(length, width, height, unit));
  }

  /**
   * Converts all three measures to another length unit.
   *
   * @param target a length unit
   * @return the converted dimensions
   * @throws IncompatibleUnitsException if {@code target} is not a length unit
   */
  public Dimensions to(UnitOfMeasure target) {
    if (unit.dimension() != UnitDimension.LENGTH) {
      throw new IncompatibleUnitsException(unit, target);
    }
    return new Dimensions(
        convert(length, target), convert(width, target), convert(height, target), target);
  }

  /**
   * The volume in cubic metres (exact for metric units and inches/feet).
   *
   * @return the volume in m³
   */
  public BigDecimal volumeCubicMetres() {
    Dimensions m = to(UnitOfMeasure.MTR);
    return Decimals.normalize(m.length.multiply(m.width).multiply(m.height));
  }

  /**
   * Renders the dimensions for a person: length x width x height without trailing zeros, then the
   * unit's {@link UnitOfMeasure#symbol() symbol}, for example {@code 120 x 80 x 15.5 cm}.
   *
   * @return the display text
   */
  public String display() {
    return text(length) + " x " + text(width) + " x " + text(height) + " " + unitSymbol();
  }

  private static String text(BigDecimal v) {
    return Decimals.toText(v == null ? null : Decimals.normalize(v));
  }

  private String unitSymbol() {
    return unit == null ? "?" : unit.symbol();
  }

  private BigDecimal convert(BigDecimal v, UnitOfMeasure target) {
    return new Quantity(v, unit).to(target).value();
  }

  /**
   * Equality by unit and numeric values, ignoring scale.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Dimensions d
        && unit == d.unit
        && Decimals.equalsIgnoringScale(length, d.length)
        && Decimals.equalsIgnoringScale(width, d.width)
        && Decimals.equalsIgnoringScale(height, d.height);
  }

  /**
   * Hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        Decimals.hashIgnoringScale(length),
        Decimals.hashIgnoringScale(width),
        Decimals.hashIgnoringScale(height),
        unit);
  }
}
