package io.github.odooconnector.model.internal;

/** GS1 modulo-10 check digit arithmetic shared by GTIN and SSCC. */
public final class CheckDigits {
  private CheckDigits() {}

  /**
   * Returns whether {@code digits} consists of ASCII digits only.
   *
   * @param digits the string, may be null
   * @return true when non-null, non-empty and digits only
   */
  public static boolean isAllDigits(String digits) {
    if (digits == null || digits.isEmpty()) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Computes the GS1 check digit for the given data digits (everything except the check digit).
   *
   * @param data the data digits, ASCII digits only
   * @return the check digit, 0 to 9
   */
  public static int gs1CheckDigit(String data) {
    int sum = 0;
    boolean weightThree = true; // the right-most data digit has weight 3
    for (int i = data.length() - 1; i >= 0; i--) {
      int d = data.charAt(i) - '0';
      sum += weightThree ? d * 3 : d;
      weightThree = !weightThree;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Returns whether the last digit of {@code digits} is the correct GS1 check digit of the
   * preceding ones.
   *
   * @param digits the full number including its check digit
   * @return true when valid
   */
  public static boolean hasValidGs1CheckDigit(String digits) {
    if (!isAllDigits(digits) || digits.length() < 2) {
      return false;
    }
    int expected = gs1CheckDigit(digits.substring(0, digits.length() - 1));
    return digits.charAt(digits.length() - 1) - '0' == expected;
  }
}
