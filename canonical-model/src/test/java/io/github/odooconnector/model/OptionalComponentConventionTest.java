package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one convention for optional components (HELPERS.md, canonical-model README): an optional
 * component is nullable and its record offers {@code Optional<X> optionalX()}; nothing in the
 * public API is typed {@code Optional} except those accessors and derived results.
 */
class OptionalComponentConventionTest {

  /**
   * Components that are nullable by type but never null in practice, with the reason. Everything
   * else without {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty} is optional.
   */
  private static final Map<String, String> NEVER_NULL =
      Map.of(
          "Sku.value", "required by the class-level @ValidSku",
          "Gtin.value", "required by the class-level @ValidGtin",
          "Sscc.value", "required by the class-level @ValidSscc",
          "CanonicalViolation.path", "the constructor turns null into an empty string",
          "CanonicalViolation.message", "the constructor requires it",
          "CanonicalViolation.constraint", "the constructor turns null into an empty string");

  private static boolean isOptional(Class<?> type, RecordComponent rc) throws NoSuchFieldException {
    if (rc.getType().isPrimitive() || rc.getType() == List.class) {
      return false; // primitives have a value; lists are never null (empty when absent)
    }
    if (NEVER_NULL.containsKey(type.getSimpleName() + "." + rc.getName())) {
      return false;
    }
    Field field = type.getDeclaredField(rc.getName());
    return Stream.of(NotNull.class, NotBlank.class, NotEmpty.class)
        .noneMatch(field::isAnnotationPresent);
  }

  private static String accessorName(RecordComponent rc) {
    return "optional" + Character.toUpperCase(rc.getName().charAt(0)) + rc.getName().substring(1);
  }

  @Test
  void everyOptionalComponentHasAnOptionalAccessorOfItsType() throws Exception {
    List<String> missing = new ArrayList<>();
    int optional = 0;
    for (Class<?> type : ModelCompletenessTest.publicRecordsOfTheModelPackage()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        if (!isOptional(type, rc)) {
          continue;
        }
        optional++;
        String where = type.getSimpleName() + "." + accessorName(rc) + "()";
        Method accessor;
        try {
          accessor = type.getMethod(accessorName(rc));
        } catch (NoSuchMethodException e) {
          missing.add(where + " is missing");
          continue;
        }
        Type returned = accessor.getGenericReturnType();
        if (!(returned instanceof ParameterizedType p
            && p.getRawType() == Optional.class
            && p.getActualTypeArguments()[0].equals(rc.getGenericType()))) {
          missing.add(
              where + " returns " + returned + ", not Optional<" + rc.getGenericType() + ">");
        }
      }
    }
    assertThat(missing).as("optional components without their accessor").isEmpty();
    assertThat(optional).as("optional components found").isGreaterThan(60);
  }

  @Test
  void optionalAccessorsReturnTheComponentAndEmptyWhenItIsNull() throws Exception {
    int checked = 0;
    for (Object sample : Samples.everyDocument()) {
      if (!(sample instanceof Record record)) {
        continue;
      }
      Class<?> type = record.getClass();
      RecordComponent[] rcs = type.getRecordComponents();
      for (int i = 0; i < rcs.length; i++) {
        RecordComponent rc = rcs[i];
        if (!isOptional(type, rc)) {
          continue;
        }
        Method accessor = type.getMethod(accessorName(rc));
        Object value = rc.getAccessor().invoke(record);
        assertThat(accessor.invoke(record))
            .as("%s.%s on the sample", type.getSimpleName(), accessor.getName())
            .isEqualTo(Optional.ofNullable(value));
        Object withoutIt = copyWithNull(record, i);
        assertThat(accessor.invoke(withoutIt))
            .as("%s.%s when null", type.getSimpleName(), accessor.getName())
            .isEqualTo(Optional.empty());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(60);
  }

  private static Object copyWithNull(Record sample, int index) throws ReflectiveOperationException {
    RecordComponent[] rcs = sample.getClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      args[i] = i == index ? null : rcs[i].getAccessor().invoke(sample);
    }
    Class<?>[] types = Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> ctor = sample.getClass().getDeclaredConstructor(types);
    return ctor.newInstance(args);
  }

  @Test
  void noComponentAndNoPublicParameterIsTypedOptional() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : ModelCompletenessTest.publicTypesOfTheModelPackage()) {
      List<Class<?>> types = new ArrayList<>(List.of(type));
      types.addAll(Arrays.asList(type.getDeclaredClasses())); // the builders
      for (Class<?> t : types) {
        if (t.isRecord()) {
          for (RecordComponent rc : t.getRecordComponents()) {
            if (rc.getType() == Optional.class) {
              offenders.add(t.getSimpleName() + "." + rc.getName());
            }
          }
        }
        List<Executable> executables = new ArrayList<>(Arrays.asList(t.getDeclaredMethods()));
        executables.addAll(Arrays.asList(t.getDeclaredConstructors()));
        for (Executable e : executables) {
          if (Modifier.isPublic(e.getModifiers())
              && Arrays.asList(e.getParameterTypes()).contains(Optional.class)) {
            offenders.add(t.getSimpleName() + "." + e.getName());
          }
        }
      }
    }
    assertThat(offenders).as("Optional-typed components or parameters").isEmpty();
  }
}
