package io.github.odooconnector.model;

import io.github.odooconnector.model.internal.ValidatorHolder;
import io.github.odooconnector.model.internal.ViolationRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validation behind the model's public factories ({@code of}, {@code pieces}, {@code
 * kilograms}, {@code fromCode}, ...): a factory builds its candidate with the non-throwing
 * canonical constructor and passes it here, together with the problems the constraints cannot see
 * (a decimal string that does not parse, a negative count). No invalid instance leaves a factory;
 * every problem is reported at once in one {@link CanonicalValidationException}.
 */
final class Factories {
  /**
   * Longest decimal string a factory parses (Jackson's default limit for JSON numbers); parsing
   * cost grows faster than linearly with length, and nothing longer fits the model's bounds.
   */
  private static final int MAX_DECIMAL_LENGTH = 1000;

  private Factories() {}

  /**
   * Validates a candidate built by a factory and returns it when valid.
   *
   * @param candidate the instance, built with the canonical constructor
   * @param extra violations found by the factory itself; a violation here replaces the validator's
   *     violations of the same path (so an unparsable {@code "abc"} is reported as such, not as a
   *     missing value)
   * @param <T> the type
   * @return {@code candidate}
   * @throws CanonicalValidationException listing every violation
   */
  static <T> T requireValid(T candidate, CanonicalViolation... extra) {
    List<CanonicalViolation> found = CanonicalValidator.validate(candidate);
    if (extra.length == 0) {
      if (!found.isEmpty()) {
        throw new CanonicalValidationException(candidate.getClass().getSimpleName(), found);
      }
      return candidate;
    }
    Set<String> replaced =
        List.of(extra).stream().map(CanonicalViolation::path).collect(Collectors.toSet());
    List<CanonicalViolation> all = new ArrayList<>(List.of(extra));
    found.stream().filter(v -> !replaced.contains(v.path())).forEach(all::add);
    throw new CanonicalValidationException(
        candidate.getClass().getSimpleName(), ViolationRenderer.sort(all));
  }

  /**
   * Validates one property of an instance derived by a wither, so that a copy never carries an
   * invalid value.
   *
   * @param object the copy
   * @param property the replaced component
   * @param <T> the type
   * @return {@code object}
   * @throws CanonicalValidationException if the property breaks its constraints
   */
  static <T> T requireValidProperty(T object, String property) {
    List<CanonicalViolation> found =
        ViolationRenderer.render(ValidatorHolder.validator().validateProperty(object, property));
    if (!found.isEmpty()) {
      throw new CanonicalValidationException(object.getClass().getSimpleName(), found);
    }
    return object;
  }

  /**
   * Parses a decimal string such as {@code "2.5"} or {@code "-1E+3"}, ignoring surrounding white
   * space.
   *
   * @param text the text, may be null
   * @return the number, or null when {@code text} is null, longer than 1,000 characters or not a
   *     decimal number (the caller then reports {@link #notADecimal})
   */
  static BigDecimal decimalOrNull(String text) {
    if (text == null || text.length() > MAX_DECIMAL_LENGTH) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The violations of a decimal string that did not parse: none when it parsed or was null (a
   * missing value is reported by the {@code @NotNull} constraint).
   *
   * @param path the component the text was meant for
   * @param text the text
   * @param parsed the result of {@link #decimalOrNull(String)}
   * @return zero or one violation
   */
  static CanonicalViolation[] notADecimal(String path, String text, BigDecimal parsed) {
    if (text == null || parsed != null) {
      return new CanonicalViolation[0];
    }
    String message =
        text.length() > MAX_DECIMAL_LENGTH
            ? "must be a decimal number of at most " + MAX_DECIMAL_LENGTH + " characters"
            : "must be a decimal number";
    return new CanonicalViolation[] {
      ViolationRenderer.violation(path, text, message, "DecimalNumber")
    };
  }

  /**
   * One violation found by a factory.
   *
   * @param path the component or argument
   * @param value the offending value
   * @param message English explanation
   * @param constraint name of the broken rule
   * @return the violation
   */
  static CanonicalViolation violation(
      String path, Object value, String message, String constraint) {
    return ViolationRenderer.violation(path, value, message, constraint);
  }
}
