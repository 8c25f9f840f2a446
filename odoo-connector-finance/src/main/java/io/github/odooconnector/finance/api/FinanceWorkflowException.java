package io.github.odooconnector.finance.api;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * A finance trigger cannot run as asked: the picking does not exist or is not done, or Odoo
 * answered the invoice wizard in a way the SDK does not understand. Nothing was written. Not
 * retryable.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public final class FinanceWorkflowException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the picking and the offending value
   */
  public FinanceWorkflowException(String message) {
    super(message);
  }
}
