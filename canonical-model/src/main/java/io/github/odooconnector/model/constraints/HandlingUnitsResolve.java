package io.github.odooconnector.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.odooconnector.model.internal.HandlingUnitsResolveValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On {@link io.github.odooconnector.model.PackedShipNotice}: every handling unit's parent, when
 * set, names another unit of the notice and the parents form no cycle; every packed item names a
 * line of the notice; and no line is packed more than it announces. Violations are reported at
 * {@code handlingUnits[i].parentUnitId}, {@code handlingUnits[i].contents[j].lineId} and {@code
 * handlingUnits[i].contents[j].quantity}.
 *
 * <p>Annotations are immutable; the validator behind it is stateless and thread-safe.
 */
@Documented
@Constraint(validatedBy = HandlingUnitsResolveValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HandlingUnitsResolve {
  /**
   * The violation message.
   *
   * @return the message template
   */
  String message() default "must reference units and lines of this notice";

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
