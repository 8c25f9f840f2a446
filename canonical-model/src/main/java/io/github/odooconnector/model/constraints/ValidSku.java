package io.github.odooconnector.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.odooconnector.model.internal.SkuConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a type whose value must be a usable SKU: not blank, at most 128 characters, no control
 * characters. Applied to {@link io.github.odooconnector.model.Sku}, so that a bad SKU is reported
 * at the property that holds it (for example {@code lines[0].sku}), matching the JSON where a SKU
 * is a plain string.
 *
 * <p>Annotations are immutable; the validator behind it is stateless and thread-safe.
 */
@Documented
@Constraint(validatedBy = SkuConstraintValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidSku {
  /**
   * The violation message.
   *
   * @return the message template
   */
  String message() default
      "must be a non-blank SKU of at most 128 characters without control characters";

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
