package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.Map;

/** Validates {@link HandlingUnitsResolve} on a {@link PackedShipNotice}. */
public final class HandlingUnitsResolveValidator
    implements ConstraintValidator<HandlingUnitsResolve, PackedShipNotice> {

  @Override
  public boolean isValid(PackedShipNotice packed, ConstraintValidatorContext context) {
    if (packed == null || packed.notice() == null) {
      return true;
    }
    Map<String, Quantity> lines = new HashMap<>();
    for (AsnLine line : packed.notice().lines()) {
      if (line != null && line.lineId() != null) {
        lines.put(line.lineId(), line.expectedQuantity());
      }
    }
    return HandlingUnitChecks.check(context, packed.handlingUnits(), lines, "notice");
  }
}
