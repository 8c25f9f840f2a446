package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.constraints.NonNegativeQuantity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link NonNegativeQuantity}. A null value inside the quantity is reported by its own
 * NotNull.
 */
public final class NonNegativeQuantityValidator
    implements ConstraintValidator<NonNegativeQuantity, Quantity> {
  @Override
  public boolean isValid(Quantity q, ConstraintValidatorContext context) {
    return q == null || q.value() == null || q.value().signum() >= 0;
  }
}
