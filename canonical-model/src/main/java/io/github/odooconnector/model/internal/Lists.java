package io.github.odooconnector.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive-copy helpers shared by the canonical records. */
public final class Lists {
  private Lists() {}

  /**
   * Returns an unmodifiable copy of {@code list}; {@code null} becomes an empty list.
   *
   * <p>Unlike {@link List#copyOf}, {@code null} elements are kept so that the validator can report
   * them (with their index) together with every other violation instead of failing on the first
   * one.
   *
   * @param list the list to copy, may be null
   * @param <T> element type
   * @return an unmodifiable list, never null
   */
  public static <T> List<T> copy(List<? extends T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    for (T element : list) {
      if (element == null) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    return List.copyOf(list);
  }
}
