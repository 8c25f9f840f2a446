package io.github.odooconnector.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.odooconnector.model.UnitDimension;
import io.github.odooconnector.model.internal.UnitOfDimensionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.odooconnector.model.UnitOfMeasure} must belong to one of the given
 * dimensions, for example a parcel weight must be expressed in a {@link UnitDimension#MASS} unit;
 * {@code null} is valid.
 *
 * <p>Annotations are immutable; the validator behind it is stateless and thread-safe.
 */
@Documented
@Constraint(validatedBy = UnitOfDimensionValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UnitOfDimension {
  /**
   * The accepted dimensions.
   *
   * @return the dimensions
   */
  UnitDimension[] value();

  /**
   * The violation message.
   *
   * @return the message template
   */
  String message() default "must be a unit of dimension {value}";

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
