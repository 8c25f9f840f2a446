package io.github.odooconnector.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a canonical document (or a value such as a {@link Gtin}) breaks one or more
 * constraints. Carries every violation, not only the first, so a sender can fix all problems in one
 * round trip.
 *
 * <p>Immutable once thrown and safe to share between threads.
 */
public class CanonicalValidationException extends CanonicalModelException {
  private static final long serialVersionUID = 1L;

  /** The violations; an immutable list of records, hence serializable in practice. */
  @SuppressWarnings("serial")
  private final List<CanonicalViolation> violations;

  /**
   * Creates an exception for the given violations.
   *
   * @param subject short name of what was validated, for example {@code Shipment}
   * @param violations the violations, at least one
   */
  public CanonicalValidationException(String subject, List<CanonicalViolation> violations) {
    super(describe(subject, violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Every violation, in a stable order (sorted by property path, then constraint).
   *
   * @return the violations, never empty
   */
  public List<CanonicalViolation> violations() {
    return violations;
  }

  private static String describe(String subject, List<CanonicalViolation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    return "invalid "
        + subject
        + " ("
        + violations.size()
        + " violation"
        + (violations.size() == 1 ? "" : "s")
        + "): "
        + violations.stream().map(CanonicalViolation::toString).collect(Collectors.joining("; "));
  }
}
