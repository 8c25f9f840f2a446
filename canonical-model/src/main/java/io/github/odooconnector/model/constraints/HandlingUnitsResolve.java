package io.github.odooconnector.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.odooconnector.model.internal.AsnHandlingUnitsValidator;
import io.github.odooconnector.model.internal.HandlingUnitsResolveValidator;
import io.github.odooconnector.model.internal.ReceiptHandlingUnitsValidator;
import io.github.odooconnector.model.internal.ShipmentHandlingUnitsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a document with handling units ({@link io.github.odooconnector.model.PackedShipNotice}, {@link
 * io.github.odooconnector.model.AdvanceShipNotice}, {@link io.github.odooconnector.model.Receipt},
 * {@link io.github.odooconnector.model.Shipment}): every handling unit's parent, when set, names
 * another unit of the document and the parents form no cycle; no SSCC labels two units; every
 * packed item names a line of the document (an ASN line's {@code lineId}, a receipt line's {@code
 * lineId}, a shipment line's {@code orderLineRef}); and no line is packed beyond its quantity
 * (announced, received or shipped). Violations are reported at {@code
 * handlingUnits[i].parentUnitId}, {@code handlingUnits[i].sscc}, {@code
 * handlingUnits[i].contents[j].lineId} and {@code handlingUnits[i].contents[j].quantity}.
 *
 * <p>Annotations are immutable; the validator behind it is stateless and thread-safe.
 */
@Documented
@Constraint(
    validatedBy = {
      HandlingUnitsResolveValidator.class,
      AsnHandlingUnitsValidator.class,
      ReceiptHandlingUnitsValidator.class,
      ShipmentHandlingUnitsValidator.class
    })
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HandlingUnitsResolve {
  /**
   * The violation message.
   *
   * @return the message template
   */
  String message() default "must reference units and lines of this document";

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
