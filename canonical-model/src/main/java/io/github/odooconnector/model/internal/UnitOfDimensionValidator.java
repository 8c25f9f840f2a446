package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.UnitDimension;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.constraints.UnitOfDimension;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validates {@link UnitOfDimension}. */
public final class UnitOfDimensionValidator
    implements ConstraintValidator<UnitOfDimension, UnitOfMeasure> {
  private Set<UnitDimension> accepted = EnumSet.allOf(UnitDimension.class);

  @Override
  public void initialize(UnitOfDimension annotation) {
    accepted =
        annotation.value().length == 0
            ? EnumSet.allOf(UnitDimension.class)
            : EnumSet.copyOf(List.of(annotation.value()));
  }

  @Override
  public boolean isValid(UnitOfMeasure unit, ConstraintValidatorContext context) {
    if (unit == null || accepted.contains(unit.dimension())) {
      return true;
    }
    Violations.replaceMessage(
        context,
        "must be a unit of dimension "
            + accepted.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).sorted().toList()
            + " but "
            + unit
            + " measures "
            + unit.dimension().name().toLowerCase(Locale.ROOT));
    return false;
  }
}
