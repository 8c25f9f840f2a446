package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.constraints.ValidSscc;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidSscc}: 18 digits with a correct GS1 check digit. */
public final class SsccConstraintValidator implements ConstraintValidator<ValidSscc, Sscc> {
  @Override
  public boolean isValid(Sscc sscc, ConstraintValidatorContext context) {
    if (sscc == null) {
      return true;
    }
    String v = sscc.value();
    String problem;
    if (v == null || v.isEmpty()) {
      problem = "must not be empty";
    } else if (!CheckDigits.isAllDigits(v)) {
      problem = "must contain digits only";
    } else if (v.length() != 18) {
      problem = "must have 18 digits but has " + v.length();
    } else if (!CheckDigits.hasValidGs1CheckDigit(v)) {
      problem =
          "has a wrong check digit (expected "
              + CheckDigits.gs1CheckDigit(v.substring(0, 17))
              + ")";
    } else {
      return true;
    }
    Violations.replaceMessage(context, "SSCC " + problem);
    return false;
  }
}
