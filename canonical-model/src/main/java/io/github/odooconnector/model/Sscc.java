package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.odooconnector.model.constraints.ValidSscc;
import io.github.odooconnector.model.internal.CheckDigits;
import java.util.List;

/**
 * A GS1 Serial Shipping Container Code: the 18-digit number on a pallet or parcel label
 * (application identifier {@code (00)}), including its check digit.
 *
 * <p>Serialized as a plain JSON string of 18 digits. The constructor only normalizes: it strips
 * white space and a leading {@code (00)} / {@code 00} application identifier as scanned from a
 * GS1-128 barcode. It never throws, so JSON input is reported through {@link CanonicalValidator}
 * with all other violations; {@link #of(String)} is the fail-fast factory for code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 18 digits whose last digit is the GS1 check digit
 */
@ValidSscc
public record Sscc(@JsonValue String value) {

  /**
   * Normalizes white space and a leading application identifier; never throws.
   *
   * @param value the digits
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Sscc {
    if (value != null) {
      value = value.strip();
      if (value.startsWith("(00)")) {
        value = value.substring(4);
      } else if (value.length() == 20 && value.startsWith("00") && CheckDigits.isAllDigits(value)) {
        value = value.substring(2);
      }
    }
  }

  /**
   * Creates a validated SSCC.
   *
   * @param value 18 digits including a correct check digit (optionally prefixed by {@code (00)})
   * @return the SSCC
   * @throws CanonicalValidationException if the length or the check digit is wrong
   */
  public static Sscc of(String value) {
    return CanonicalValidator.requireValid(new Sscc(value));
  }

  /**
   * Builds an SSCC from its 17 data digits (extension digit, GS1 company prefix and serial
   * reference) by appending the computed check digit. This is how a WMS allocates SSCCs for new
   * parcels.
   *
   * @param dataDigits exactly 17 digits
   * @return the SSCC
   * @throws CanonicalValidationException if {@code dataDigits} is null or not 17 digits; the
   *     violation names {@code dataDigits} and the offending text
   */
  public static Sscc fromDataDigits(String dataDigits) {
    if (dataDigits == null || dataDigits.length() != 17 || !CheckDigits.isAllDigits(dataDigits)) {
      throw new CanonicalValidationException(
          "Sscc",
          List.of(
              Factories.violation(
                  "dataDigits",
                  dataDigits,
                  dataDigits == null ? "must not be null" : "must be exactly 17 digits",
                  dataDigits == null ? "NotNull" : "ValidSscc")));
    }
    return new Sscc(dataDigits + CheckDigits.gs1CheckDigit(dataDigits));
  }

  /**
   * Returns whether {@code value} is 18 digits with a correct GS1 check digit.
   *
   * @param value candidate digits, may be null
   * @return true when valid
   */
  public static boolean isValid(String value) {
    return value != null && value.length() == 18 && CheckDigits.hasValidGs1CheckDigit(value);
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
