package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.CanonicalViolation;
import io.github.odooconnector.model.Gtin;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.Weight;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns Hibernate Validator violations into {@link CanonicalViolation}s with JSON-style paths. */
public final class ViolationRenderer {
  private static final int MAX_VALUE_LENGTH = 120;

  private static final Comparator<CanonicalViolation> ORDER =
      Comparator.comparing(CanonicalViolation::path, ViolationRenderer::comparePaths)
          .thenComparing(CanonicalViolation::constraint)
          .thenComparing(CanonicalViolation::message);

  private ViolationRenderer() {}

  /**
   * Compares paths so that list indices sort numerically ({@code lines[2]} before {@code
   * lines[10]}).
   *
   * @param a first path
   * @param b second path
   * @return the comparison result
   */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(na.length(), nb.length());
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = na.compareTo(nb);
        if (byDigits != 0) {
          return byDigits;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * Renders and sorts violations.
   *
   * @param violations raw violations
   * @param <T> root type
   * @return sorted immutable list
   */
  public static <T> List<CanonicalViolation> render(Set<ConstraintViolation<T>> violations) {
    return violations.stream().map(ViolationRenderer::render).sorted(ORDER).toList();
  }

  /**
   * Creates one violation found outside Hibernate Validator (a decimal string that does not parse,
   * a negative count), rendering the offending value like every other violation.
   *
   * @param path property path, for example {@code value}
   * @param invalidValue the offending value, may be null
   * @param message English explanation
   * @param constraint name of the broken rule
   * @return the violation
   */
  public static CanonicalViolation violation(
      String path, Object invalidValue, String message, String constraint) {
    return new CanonicalViolation(path, value(invalidValue), message, constraint);
  }

  /**
   * Sorts violations in the order {@link #render(Set)} uses.
   *
   * @param violations the violations
   * @return a sorted immutable copy
   */
  public static List<CanonicalViolation> sort(Collection<CanonicalViolation> violations) {
    return violations.stream().sorted(ORDER).toList();
  }

  private static CanonicalViolation render(ConstraintViolation<?> v) {
    String constraint =
        v.getConstraintDescriptor() == null
            ? ""
            : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return new CanonicalViolation(
        path(v.getPropertyPath()), value(v.getInvalidValue()), v.getMessage(), constraint);
  }

  /**
   * Renders a property path as {@code lines[0].quantity}: container element nodes such as {@code
   * <list element>} and class-level nodes contribute only their index.
   *
   * @param path the path
   * @return the rendered path, empty for the root
   */
  static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        sb.append('[').append(key == null ? "" : key).append(']');
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
      }
    }
    return sb.toString();
  }

  /** Records whose text form is a short, non-personal value. */
  private static final Set<Class<?>> VALUE_TYPES =
      Set.of(
          Sku.class,
          Gtin.class,
          Sscc.class,
          Quantity.class,
          Money.class,
          Weight.class,
          LocationRef.class);

  /**
   * Renders an offending value as short text: scalars and value types verbatim (abbreviated when
   * long), collections by size, composite records by type name only.
   *
   * @param value the value
   * @return text or null
   */
  static String value(Object value) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof Collection<?> c) {
      text = c.isEmpty() ? "[]" : "[" + c.size() + " element" + (c.size() == 1 ? "" : "s") + "]";
    } else if (value instanceof Map<?, ?> m) {
      text = m.isEmpty() ? "{}" : "{" + m.size() + " entries}";
    } else if (value instanceof BigDecimal d) {
      text = Decimals.toText(d);
    } else if (value instanceof Record && !VALUE_TYPES.contains(value.getClass())) {
      // Composite records (a Party, an Address) may carry personal data and are long: name the type
      // only.
      text = "<" + value.getClass().getSimpleName() + ">";
    } else {
      text = String.valueOf(value);
    }
    return text.length() <= MAX_VALUE_LENGTH
        ? text
        : text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
  }
}
