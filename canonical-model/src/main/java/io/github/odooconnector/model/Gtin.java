package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.odooconnector.model.constraints.ValidGtin;
import io.github.odooconnector.model.internal.CheckDigits;

/**
 * A GS1 Global Trade Item Number (the barcode on a product: EAN-8, UPC-A, EAN-13 or GTIN-14),
 * including its check digit.
 *
 * <p>Serialized as a plain JSON string of digits. Design: the record constructor only normalizes
 * (strips white space) and never throws, so that JSON input containing several bad GTINs is
 * reported in one go by {@link CanonicalValidator} through the class-level {@link ValidGtin}
 * constraint; {@link #of(String)} is the fail-fast factory for code and throws a {@link
 * CanonicalValidationException} naming the offending value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 8, 12, 13 or 14 digits whose last digit is the GS1 check digit
 */
@ValidGtin
public record Gtin(@JsonValue String value) {

  /**
   * Normalizes surrounding white space; never throws.
   *
   * @param value the digits
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Gtin {
    value = value == null ? null : value.strip();
  }

  /**
   * Creates a validated GTIN.
   *
   * @param value 8, 12, 13 or 14 digits including a correct check digit
   * @return the GTIN
   * @throws CanonicalValidationException if the length or the check digit is wrong
   */
  public static Gtin of(String value) {
    return CanonicalValidator.requireValid(new Gtin(value));
  }

  /**
   * Returns whether {@code value} is a well-formed GTIN-8/12/13/14 with a correct check digit.
   *
   * @param value candidate digits, may be null
   * @return true when valid
   */
  public static boolean isValid(String value) {
    if (value == null) {
      return false;
    }
    int n = value.length();
    return (n == 8 || n == 12 || n == 13 || n == 14) && CheckDigits.hasValidGs1CheckDigit(value);
  }

  /**
   * The GTIN padded with leading zeros to 14 digits, the form GS1 recommends for storage and
   * comparison (for example UPC-A {@code 036000291452} and EAN-13 {@code 0036000291452} are the
   * same item).
   *
   * @return 14 digits
   */
  public String toGtin14() {
    return "0".repeat(Math.max(0, 14 - value.length())) + value;
  }

  /**
   * Returns whether this and {@code other} identify the same trade item once both are padded to
   * GTIN-14.
   *
   * @param other another GTIN
   * @return true when equal as GTIN-14
   */
  public boolean isSameItemAs(Gtin other) {
    return toGtin14().equals(other.toGtin14());
  }

  /**
   * Returns the digits.
   *
   * @return the digits
   */
  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
