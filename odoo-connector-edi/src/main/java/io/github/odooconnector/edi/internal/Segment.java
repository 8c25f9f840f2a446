package io.github.odooconnector.edi.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One segment: its tag and elements, each element a list of components (a simple element has one).
 * Position is 1-based in the interchange and in the transaction (0 when written, not read).
 */
public record Segment(
    String tag, List<List<String>> elements, int position, int transactionPosition) {

  public Segment {
    List<List<String>> copy = new ArrayList<>();
    for (List<String> e : elements) {
      copy.add(List.copyOf(e));
    }
    // trailing empty elements are not written
    while (!copy.isEmpty() && copy.get(copy.size() - 1).stream().allMatch(String::isEmpty)) {
      copy.remove(copy.size() - 1);
    }
    elements = List.copyOf(copy);
  }

  /** A segment to write; each value is a simple element (null becomes empty). */
  public static Segment of(String tag, Object... values) {
    List<List<String>> elements = new ArrayList<>();
    for (Object v : values) {
      if (v instanceof Composite c) {
        elements.add(c.components());
      } else {
        elements.add(List.of(v == null ? "" : v.toString()));
      }
    }
    return new Segment(tag, elements, 0, 0);
  }

  /** A composite element for {@link #of}. */
  public static Composite c(Object... components) {
    List<String> list = new ArrayList<>();
    for (Object v : components) {
      list.add(v == null ? "" : v.toString());
    }
    while (list.size() > 1 && list.get(list.size() - 1).isEmpty()) {
      list.remove(list.size() - 1);
    }
    return new Composite(list);
  }

  /** Components of one composite element. */
  public record Composite(List<String> components) {}

  /** Element {@code position} (1-based), first component; empty when absent. */
  public String el(int position) {
    return comp(position, 1);
  }

  /** Component {@code component} (1-based) of element {@code position}; empty when absent. */
  public String comp(int position, int component) {
    if (position < 1 || position > elements.size()) {
      return "";
    }
    List<String> e = elements.get(position - 1);
    return component <= e.size() ? e.get(component - 1) : "";
  }

  public boolean has(int position) {
    return !el(position).isEmpty();
  }

  @Override
  public String toString() {
    return tag + Arrays.toString(elements.toArray());
  }
}
