package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.constraints.ValidSku;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidSku}: not blank, at most 128 characters, no control characters. */
public final class SkuConstraintValidator implements ConstraintValidator<ValidSku, Sku> {
  /** Maximum SKU length. */
  public static final int MAX_LENGTH = 128;

  @Override
  public boolean isValid(Sku sku, ConstraintValidatorContext context) {
    if (sku == null) {
      return true;
    }
    String v = sku.value();
    String problem;
    if (v == null || v.isBlank()) {
      problem = "must not be blank";
    } else if (v.length() > MAX_LENGTH) {
      problem = "must have at most " + MAX_LENGTH + " characters but has " + v.length();
    } else if (v.chars().anyMatch(Character::isISOControl)) {
      problem = "must not contain control characters";
    } else {
      return true;
    }
    Violations.replaceMessage(context, "SKU " + problem);
    return false;
  }
}
