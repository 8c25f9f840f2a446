package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates {@link HandlingUnitsResolve} on a {@link Shipment}: packed items name {@link
 * ShipmentLine#orderLineRef()}s and pack at most the quantity shipped on the lines of that order
 * line.
 */
public final class ShipmentHandlingUnitsValidator
    implements ConstraintValidator<HandlingUnitsResolve, Shipment> {

  @Override
  public boolean isValid(Shipment shipment, ConstraintValidatorContext context) {
    if (shipment == null || shipment.handlingUnits().isEmpty()) {
      return true;
    }
    Map<String, Quantity> lines = new HashMap<>();
    for (ShipmentLine line : shipment.lines()) {
      if (line != null) {
        HandlingUnitChecks.addLine(lines, line.orderLineRef(), line.quantity());
      }
    }
    return HandlingUnitChecks.check(context, shipment.handlingUnits(), lines, "shipment");
  }
}
