package io.github.odooconnector.escalation.api;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * An incident cannot be escalated because the Odoo record it belongs on cannot be found (for
 * example no {@code res.partner} stands for an EDI trading partner). Nothing was written. Not
 * retryable: the configuration or Odoo's data must change first.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public final class EscalationException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing, naming the record looked for
   */
  public EscalationException(String message) {
    super(message);
  }
}
