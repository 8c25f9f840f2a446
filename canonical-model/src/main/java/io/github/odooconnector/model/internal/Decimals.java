package io.github.odooconnector.model.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** BigDecimal helpers for quantities and money. */
public final class Decimals {
  private static final int MAX_PLAIN_SCALE = 100;

  private Decimals() {}

  /**
   * Divides exactly when the quotient terminates, otherwise with {@link MathContext#DECIMAL128};
   * strips trailing zeros without going to a negative scale.
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
   * Strips trailing zeros but never produces a negative scale (so {@code 1000} stays {@code 1000},
   * not {@code 1E+3}).
   *
   * @param value the value
   * @return the normalized value
   */
  public static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    // A huge negative scale (1E+999999999 from hostile input) would allocate a gigantic integer:
    // leave it alone.
    return stripped.scale() < 0 && stripped.scale() >= -MAX_PLAIN_SCALE
        ? stripped.setScale(0)
        : stripped;
  }

  /**
   * Renders a value as plain text ({@code 1000}, {@code 0.001}), or in scientific notation when the
   * plain form would be absurdly long (hostile input such as {@code 1E+999999999} must not allocate
   * a billion characters).
   *
   * @param value the value, may be null
   * @return the text, {@code "null"} for null
   */
  public static String toText(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    return Math.abs((long) value.scale()) <= MAX_PLAIN_SCALE && value.precision() <= MAX_PLAIN_SCALE
        ? value.toPlainString()
        : value.toString();
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
