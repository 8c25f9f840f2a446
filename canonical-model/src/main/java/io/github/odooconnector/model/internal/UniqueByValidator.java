package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.constraints.UniqueBy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates {@link UniqueBy} on lists of records. */
public final class UniqueByValidator implements ConstraintValidator<UniqueBy, List<?>> {
  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

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
        context.buildConstraintViolationWithTemplate(
                Violations.escape("duplicates " + component + " of element " + first))
            .addPropertyNode(component).inIterable().atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }

  private Object read(Object element) {
    Method accessor = ACCESSORS.computeIfAbsent(element.getClass(), UniqueByValidator::accessors).get(component);
    if (accessor == null) {
      throw new IllegalStateException(element.getClass().getName() + " has no record component " + component);
    }
    try {
      return accessor.invoke(element);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + element.getClass().getName(), e);
    }
  }

  private static Map<String, Method> accessors(Class<?> type) {
    Map<String, Method> result = new HashMap<>();
    RecordComponent[] components = type.getRecordComponents();
    if (components != null) {
      for (RecordComponent rc : components) {
        result.put(rc.getName(), rc.getAccessor());
      }
    }
    return Map.copyOf(result);
  }
}
