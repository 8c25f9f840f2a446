package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.constraints.AtLeastOneOf;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link AtLeastOneOf}. */
public final class AtLeastOneOfValidator implements ConstraintValidator<AtLeastOneOf, Record> {
  private String[] components = new String[0];

  @Override
  public void initialize(AtLeastOneOf annotation) {
    components = annotation.value().clone();
  }

  @Override
  public boolean isValid(Record value, ConstraintValidatorContext context) {
    if (value == null || components.length == 0) {
      return true;
    }
    for (String component : components) {
      if (RecordAccessors.read(value, component) != null) {
        return true;
      }
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            Violations.escape("at least one of " + String.join(", ", components) + " must be set"))
        .addPropertyNode(components[0])
        .addConstraintViolation();
    return false;
  }
}
