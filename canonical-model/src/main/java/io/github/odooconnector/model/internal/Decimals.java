package io.github.odooconnector.model.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** BigDecimal helpers for quantities and money. */
public final class Decimals {
  private Decimals() {}

  /**
   * Divides exactly when the quotient terminates, otherwise with {@link MathContext#DECIMAL128}; strips trailing
   * zeros without going to a negative scale.
   *
   * @param dividend dividend
   * @param divisor divisor, not zero
   * @return the quotient
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal q;
    try {
      q = dividend.divide(divisor);
    } catch (ArithmeticException nonTerminating) {
      q = dividend.divide(divisor, MathContext.DECIMAL128);
    }
    return normalize(q);
  }

  /**
   * Strips trailing zeros but never produces a negative scale (so {@code 1000} stays {@code 1000}, not
   * {@code 1E+3}).
   *
   * @param value the value
   * @return the normalized value
   */
  public static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Null-safe numeric equality ignoring scale.
   *
   * @param a first value, may be null
   * @param b second value, may be null
   * @return true when both are null or numerically equal
   */
  public static boolean equalsIgnoringScale(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.compareTo(b) == 0;
  }

  /**
   * Hash code consistent with {@link #equalsIgnoringScale}.
   *
   * @param value the value, may be null
   * @return the hash
   */
  public static int hashIgnoringScale(BigDecimal value) {
    return value == null ? 0 : normalize(value).hashCode();
  }
}
