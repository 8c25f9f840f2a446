package io.github.odooconnector.model.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Cached reflective access to record components by name, for generic constraint validators. */
final class RecordAccessors {
  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  private RecordAccessors() {}

  /**
   * Reads a record component.
   *
   * @param record the record instance
   * @param component the component name
   * @return the value, may be null
   * @throws IllegalStateException if the type has no such component (a programming error in an
   *     annotation)
   */
  static Object read(Object record, String component) {
    Method accessor =
        ACCESSORS.computeIfAbsent(record.getClass(), RecordAccessors::accessors).get(component);
    if (accessor == null) {
      throw new IllegalStateException(
          record.getClass().getName() + " has no record component " + component);
    }
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + component + " of " + record.getClass().getName(), e);
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
