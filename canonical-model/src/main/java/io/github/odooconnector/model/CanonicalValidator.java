package io.github.odooconnector.model;

import io.github.odooconnector.model.internal.ValidatorHolder;
import io.github.odooconnector.model.internal.ViolationRenderer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Validates canonical documents and values against their Jakarta Validation constraints (Hibernate
 * Validator) and reports <em>every</em> violation at once, each with its property path (for example
 * {@code lines[1].quantity}), the offending value and an English message.
 *
 * <p>Design: the model's record constructors never throw on bad data (they only normalize and
 * copy), so a document read from JSON or built by a mapper can be checked as a whole here. The
 * fail-fast entry points apply the same rules and throw {@link CanonicalValidationException}: the
 * builders' {@code build()} methods and every public factory ({@link Gtin#of(String)}, {@link
 * Quantity#of(String, UnitOfMeasure)}, {@link Address#of(String, String, String, String)}, ...).
 *
 * <p>Stateless and thread-safe; the underlying validator is created once per class loader.
 */
public final class CanonicalValidator {
  private CanonicalValidator() {}

  /**
   * Validates an object (and everything reachable through {@code @Valid}; the payload of a {@link
   * BusinessEvent} too, reported under {@code payload.}).
   *
   * @param object the document, value or {@link BusinessEvent} to validate
   * @return every violation, sorted by path; empty when valid
   * @throws NullPointerException if {@code object} is null
   */
  public static List<CanonicalViolation> validate(Object object) {
    Objects.requireNonNull(object, "object");
    List<CanonicalViolation> own =
        ViolationRenderer.render(ValidatorHolder.validator().validate(object));
    if (!(object instanceof BusinessEvent<?> event) || event.payload() == null) {
      return own;
    }
    // The payload is a type variable: Hibernate Validator can cascade into it only with a
    // deprecated @Valid on a possible container (HV000272), so the envelope cascades by hand.
    List<CanonicalViolation> all = new ArrayList<>(own);
    if (event.payload() instanceof Collection<?> elements) {
      int i = 0;
      for (Object element : elements) {
        if (element != null) {
          addPrefixed(all, "payload[" + i + "]", validate(element));
        }
        i++;
      }
    } else {
      addPrefixed(all, "payload", validate(event.payload()));
    }
    return ViolationRenderer.sort(all);
  }

  private static void addPrefixed(
      List<CanonicalViolation> into, String prefix, List<CanonicalViolation> violations) {
    for (CanonicalViolation v : violations) {
      String path = v.path();
      String prefixed =
          path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
      into.add(new CanonicalViolation(prefixed, v.invalidValue(), v.message(), v.constraint()));
    }
  }

  /**
   * Returns whether the object has no violations.
   *
   * @param object the object to validate
   * @return true when valid
   */
  public static boolean isValid(Object object) {
    return validate(object).isEmpty();
  }

  /**
   * Validates an object and returns it when valid.
   *
   * @param object the object to validate
   * @param <T> its type
   * @return {@code object}
   * @throws CanonicalValidationException listing every violation
   * @throws NullPointerException if {@code object} is null
   */
  public static <T> T requireValid(T object) {
    List<CanonicalViolation> violations = validate(object);
    if (!violations.isEmpty()) {
      throw new CanonicalValidationException(object.getClass().getSimpleName(), violations);
    }
    return object;
  }
}
