package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.constraints.HasAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link HasAddress}. */
public final class HasAddressValidator implements ConstraintValidator<HasAddress, Party> {
  @Override
  public boolean isValid(Party party, ConstraintValidatorContext context) {
    return party == null || party.address() != null;
  }
}
