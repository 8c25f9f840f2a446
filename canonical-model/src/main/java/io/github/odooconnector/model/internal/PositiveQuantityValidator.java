package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link PositiveQuantity}. A null value inside the quantity is reported by its own
 * NotNull.
 */
public final class PositiveQuantityValidator
    implements ConstraintValidator<PositiveQuantity, Quantity> {
  @Override
  public boolean isValid(Quantity q, ConstraintValidatorContext context) {
    return q == null || q.value() == null || q.value().signum() > 0;
  }
}
