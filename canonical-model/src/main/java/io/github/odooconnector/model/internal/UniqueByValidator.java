package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.constraints.UniqueBy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Validates {@link UniqueBy} on lists of records. */
public final class UniqueByValidator implements ConstraintValidator<UniqueBy, List<?>> {
  private String component;

  @Override
  public void initialize(UniqueBy annotation) {
    component = annotation.value();
  }

  @Override
  public boolean isValid(List<?> list, ConstraintValidatorContext context) {
    if (list == null || list.size() < 2) {
      return true;
    }
    Map<Object, Integer> firstIndex = new HashMap<>();
    boolean valid = true;
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      if (element == null) {
        continue;
      }
      Object key = read(element);
      if (key == null) {
        continue;
      }
      Integer first = firstIndex.putIfAbsent(key, i);
      if (first != null) {
        if (valid) {
          context.disableDefaultConstraintViolation();
        }
        valid = false;
        context
            .buildConstraintViolationWithTemplate(
                Violations.escape("duplicates " + component + " of element " + first))
            .addPropertyNode(component)
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }

  private Object read(Object element) {
    return RecordAccessors.read(element, component);
  }
}
