package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Mechanically breaks every {@code @Size}, {@code @NotNull}, {@code @NotBlank} and
 * {@code @NotEmpty} of every record (starting from the valid samples) and checks that exactly that
 * violation is reported at that component, and that the maximum length itself is accepted.
 * Complements the hand-written cases in {@link ConstraintTest}, which cover the domain constraints
 * (check digits, ISO codes, quantity signs, units, uniqueness).
 */
class SystematicConstraintTest {

  private static Object copyWith(Record sample, int index, Object value)
      throws ReflectiveOperationException {
    RecordComponent[] rcs = sample.getClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      args[i] = i == index ? value : rcs[i].getAccessor().invoke(sample);
    }
    Class<?>[] types = Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> ctor = sample.getClass().getDeclaredConstructor(types);
    return ctor.newInstance(args);
  }

  private static Set<Class<? extends Annotation>> annotationTypes(Class<?> type, String field)
      throws NoSuchFieldException {
    return Arrays.stream(type.getDeclaredField(field).getAnnotations())
        .map(Annotation::annotationType)
        .collect(Collectors.toSet());
  }

  @TestFactory
  Stream<DynamicTest> everySizeAndPresenceConstraintOfEveryRecord() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Object sample : Samples.everyDocument()) {
      if (!(sample instanceof Record record)) {
        continue;
      }
      Class<?> type = record.getClass();
      RecordComponent[] rcs = type.getRecordComponents();
      for (int i = 0; i < rcs.length; i++) {
        RecordComponent rc = rcs[i];
        int index = i;
        String name = type.getSimpleName() + "." + rc.getName();
        if (rc.getType().isPrimitive()) {
          continue;
        }
        try {
          Size size = type.getDeclaredField(rc.getName()).getAnnotation(Size.class);
          Set<Class<? extends Annotation>> annotations = annotationTypes(type, rc.getName());
          if (size != null && rc.getType() == String.class) {
            // Other constraints of the same component (an e-mail format) may fire too, but nothing
            // elsewhere.
            tests.add(
                DynamicTest.dynamicTest(
                    name + " longer than " + size.max() + " is rejected",
                    () ->
                        assertThat(
                                Violations.of(copyWith(record, index, "x".repeat(size.max() + 1))))
                            .contains(rc.getName() + "|Size")
                            .allMatch(v -> v.startsWith(rc.getName() + "|"))));
            if (Set.of(Size.class, NotBlank.class).containsAll(annotations)) {
              tests.add(
                  DynamicTest.dynamicTest(
                      name + " of exactly " + size.max() + " is accepted",
                      () ->
                          Violations.assertValid(copyWith(record, index, "x".repeat(size.max())))));
            }
          }
          String presence =
              annotations.contains(NotNull.class)
                  ? "NotNull"
                  : annotations.contains(NotBlank.class)
                      ? "NotBlank"
                      : annotations.contains(NotEmpty.class) ? "NotEmpty" : null;
          if (presence != null) {
            tests.add(
                DynamicTest.dynamicTest(
                    name + " missing is rejected or defaulted",
                    () -> {
                      Record copy = (Record) copyWith(record, index, null);
                      Object normalized = rc.getAccessor().invoke(copy);
                      if (normalized == null || normalized instanceof List<?> l && l.isEmpty()) {
                        Violations.assertOnly(copy, rc.getName(), presence);
                      } else {
                        assertThat(normalized).as("%s defaults when missing", name).isNotNull();
                        Violations.assertValid(copy);
                      }
                    }));
          }
          if (annotations.contains(NotBlank.class)) {
            tests.add(
                DynamicTest.dynamicTest(
                    name + " blank is rejected",
                    () ->
                        Violations.assertOnly(
                            copyWith(record, index, " \t"), rc.getName(), "NotBlank")));
          }
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(150);
    return tests.stream();
  }
}
