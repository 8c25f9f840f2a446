package io.github.odooconnector.common.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one way the modules check that a required text argument is present. Stateless and
 * thread-safe.
 *
 * <p>{@link #requireText(String, String)} is the shape to use: {@link NullPointerException} naming
 * the argument when it is {@code null}, {@link IllegalArgumentException} "{@code <name> must not be
 * blank}" when it is empty or whitespace. The overloads taking a supplier are for the few public
 * types whose documented contract reports a missing value with an exception (and message) of their
 * own.
 */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value} when it has a non-whitespace character.
   *
   * @param value the argument
   * @param name the argument's name, used in the message
   * @return {@code value}
   * @throws NullPointerException with message {@code name} when {@code value} is null
   * @throws IllegalArgumentException "{@code <name> must not be blank}" when {@code value} is blank
   */
  public static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Returns {@code value} when it has a non-whitespace character, otherwise throws what {@code
   * missing} supplies (for null and blank alike).
   *
   * @param value the argument
   * @param missing the exception to throw when {@code value} is null or blank
   * @param <X> the exception type
   * @return {@code value}
   * @throws X when {@code value} is null or blank
   */
  public static <X extends RuntimeException> String requireText(
      String value, Supplier<? extends X> missing) {
    return requireText(value, Integer.MAX_VALUE, missing);
  }

  /**
   * Returns {@code value} when it has a non-whitespace character and at most {@code maxLength}
   * characters, otherwise throws what {@code invalid} supplies.
   *
   * @param value the argument
   * @param maxLength the longest accepted value, at least 1
   * @param invalid the exception to throw when {@code value} is null, blank or too long
   * @param <X> the exception type
   * @return {@code value}
   * @throws X when {@code value} is null, blank or longer than {@code maxLength}
   */
  public static <X extends RuntimeException> String requireText(
      String value, int maxLength, Supplier<? extends X> invalid) {
    Objects.requireNonNull(invalid, "invalid");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive, got " + maxLength);
    }
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw invalid.get();
    }
    return value;
  }
}
