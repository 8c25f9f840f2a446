package io.github.odooconnector.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.odooconnector.model.internal.AtLeastOneOfValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a record type: at least one of the named record components must be non-null, for example an
 * {@link io.github.odooconnector.model.InventoryMovement} needs a {@code from} or a {@code to}
 * location. The violation is reported at the first named component.
 *
 * <p>Annotations are immutable; the validator behind it is stateless and thread-safe.
 */
@Documented
@Constraint(validatedBy = AtLeastOneOfValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AtLeastOneOf {
  /**
   * Names of the record components of which at least one must be set.
   *
   * @return the component names
   */
  String[] value();

  /**
   * The violation message.
   *
   * @return the message template
   */
  String message() default "at least one of {value} must be set";

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
