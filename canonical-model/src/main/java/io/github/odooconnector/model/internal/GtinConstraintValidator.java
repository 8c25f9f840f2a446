package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Gtin;
import io.github.odooconnector.model.constraints.ValidGtin;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidGtin}: length 8/12/13/14, digits only, correct GS1 check digit. */
public final class GtinConstraintValidator implements ConstraintValidator<ValidGtin, Gtin> {
  @Override
  public boolean isValid(Gtin gtin, ConstraintValidatorContext context) {
    if (gtin == null) {
      return true;
    }
    String v = gtin.value();
    String problem;
    if (v == null || v.isEmpty()) {
      problem = "must not be empty";
    } else if (!CheckDigits.isAllDigits(v)) {
      problem = "must contain digits only";
    } else if (v.length() != 8 && v.length() != 12 && v.length() != 13 && v.length() != 14) {
      problem = "must have 8, 12, 13 or 14 digits but has " + v.length();
    } else if (!CheckDigits.hasValidGs1CheckDigit(v)) {
      problem =
          "has a wrong check digit (expected "
              + CheckDigits.gs1CheckDigit(v.substring(0, v.length() - 1))
              + ")";
    } else {
      return true;
    }
    Violations.replaceMessage(context, "GTIN " + problem);
    return false;
  }
}
