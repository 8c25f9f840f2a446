package io.github.odooconnector.core.api.schema;

import io.github.odooconnector.core.api.OdooException;
import java.util.Objects;

/**
 * The live Odoo schema differs from the generated models (thrown by {@link
 * DriftReport#throwIfDrifted()}); the message is the whole report. Not retryable: regenerate the
 * models or adapt the server. Immutable once thrown; safe to share between threads.
 */
public class SchemaDriftException extends OdooException {

  private static final long serialVersionUID = 1L;

  private final transient DriftReport report;

  /**
   * Creates the exception.
   *
   * @param report the report, not clean
   */
  public SchemaDriftException(DriftReport report) {
    super(
        Objects.requireNonNull(report, "report").format(),
        "",
        "fields_get",
        report.serverVersion(),
        null,
        null);
    this.report = report;
  }

  /**
   * The report.
   *
   * @return every difference found
   */
  public DriftReport report() {
    return report;
  }
}
