package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates {@link HandlingUnitsResolve} on a {@link Receipt}: packed items name {@link
 * ReceiptLine#lineId()}s and pack at most the received quantity.
 */
public final class ReceiptHandlingUnitsValidator
    implements ConstraintValidator<HandlingUnitsResolve, Receipt> {

  @Override
  public boolean isValid(Receipt receipt, ConstraintValidatorContext context) {
    if (receipt == null || receipt.handlingUnits().isEmpty()) {
      return true;
    }
    Map<String, Quantity> lines = new HashMap<>();
    for (ReceiptLine line : receipt.lines()) {
      if (line != null) {
        HandlingUnitChecks.addLine(lines, line.lineId(), line.receivedQuantity());
      }
    }
    return HandlingUnitChecks.check(context, receipt.handlingUnits(), lines, "receipt");
  }
}
