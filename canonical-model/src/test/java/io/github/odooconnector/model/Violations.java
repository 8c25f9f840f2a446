package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertion helpers for validation results. */
final class Violations {
  private Violations() {}

  /** Rendered as "path|Constraint" for compact, exact assertions. */
  static List<String> of(Object o) {
    return CanonicalValidator.validate(o).stream()
        .map(v -> v.path() + "|" + v.constraint())
        .toList();
  }

  static void assertValid(Object o) {
    assertThat(CanonicalValidator.validate(o)).as("violations of %s", o).isEmpty();
  }

  static void assertOnly(Object o, String path, String constraint) {
    assertThat(of(o)).as("violations of %s", o).containsExactly(path + "|" + constraint);
  }
}
