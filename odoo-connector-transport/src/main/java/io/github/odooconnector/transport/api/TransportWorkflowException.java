package io.github.odooconnector.transport.api;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * A freight document or request cannot be applied to Odoo as it is: the picking it names does not
 * exist, is not a delivery or receipt, is missing what a TMS needs (a partner, a weight), or the
 * outcome passed in is not of the kind the call needs. Nothing was written. Not retryable.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public final class TransportWorkflowException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the picking and the offending value
   */
  public TransportWorkflowException(String message) {
    super(message);
  }
}
