package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates {@link HandlingUnitsResolve} on an {@link AdvanceShipNotice}: packed items name {@link
 * AsnLine#lineId()}s and pack at most the announced quantity.
 */
public final class AsnHandlingUnitsValidator
    implements ConstraintValidator<HandlingUnitsResolve, AdvanceShipNotice> {

  @Override
  public boolean isValid(AdvanceShipNotice asn, ConstraintValidatorContext context) {
    if (asn == null || asn.handlingUnits().isEmpty()) {
      return true;
    }
    Map<String, Quantity> lines = new HashMap<>();
    for (AsnLine line : asn.lines()) {
      if (line != null && line.lineId() != null) {
        lines.put(line.lineId(), line.expectedQuantity());
      }
    }
    return HandlingUnitChecks.check(context, asn.handlingUnits(), lines, "notice");
  }
}
