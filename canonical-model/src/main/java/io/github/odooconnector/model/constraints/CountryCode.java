package io.github.odooconnector.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.odooconnector.model.internal.CountryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string must be an upper-case ISO 3166-1 alpha-2 country code (plus {@code XK},
 * which Odoo uses for Kosovo); {@code null} is valid (combine with {@code @NotNull}).
 *
 * <p>Annotations are immutable; the validator behind it is stateless and thread-safe.
 */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CountryCode {
  /**
   * The violation message.
   *
   * @return the message template
   */
  String message() default "must be an ISO 3166-1 alpha-2 country code";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Bean Validation API.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
