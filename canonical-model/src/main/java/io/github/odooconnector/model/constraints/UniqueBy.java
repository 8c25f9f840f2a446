package io.github.odooconnector.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.odooconnector.model.internal.UniqueByValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated list of records must not contain two elements with the same non-null value of the
 * named record component, for example no two order lines with the same {@code lineId}
 * (confirmations reference lines by id, so a duplicate would be ambiguous). Each duplicate is
 * reported at {@code list[i].component}. {@code null} lists, {@code null} elements and {@code null}
 * values are ignored (other constraints report them).
 *
 * <p>Annotations are immutable; the validator behind it is stateless and thread-safe.
 */
@Documented
@Constraint(validatedBy = UniqueByValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueBy {
  /**
   * Name of the record component whose values must be unique.
   *
   * @return the component name, for example {@code lineId}
   */
  String value();

  /**
   * The violation message.
   *
   * @return the message template
   */
  String message() default "must be unique within the list";

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
