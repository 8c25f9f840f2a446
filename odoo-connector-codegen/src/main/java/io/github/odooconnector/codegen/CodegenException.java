package io.github.odooconnector.codegen;

import io.github.odooconnector.common.OdooConnectorException;
import java.util.List;
import java.util.Objects;

/**
 * The generator's input is unusable: an unknown model or field in the configuration, a field whose
 * type changed between snapshots, a malformed or foreign snapshot file, two snapshots of the same
 * Odoo version, ... Every problem found is listed (not just the first), each naming the offending
 * model, field or file. Not retryable. Immutable once thrown; safe to share between threads.
 */
public class CodegenException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param summary what failed, for example {@code "odoo-models.json has 2 problems"}
   * @param problems one message per problem, at least one
   */
  public CodegenException(String summary, List<String> problems) {
    super(summary + ":\n  - " + String.join("\n  - ", problems), null);
    this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /**
   * Creates the exception for one problem.
   *
   * @param problem the problem
   * @param cause the underlying cause, or {@code null}
   */
  public CodegenException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = List.of(problem);
  }

  /**
   * Every problem found.
   *
   * @return one message per problem
   */
  public List<String> problems() {
    return problems;
  }
}
