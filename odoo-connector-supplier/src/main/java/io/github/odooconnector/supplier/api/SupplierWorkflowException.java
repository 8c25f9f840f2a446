package io.github.odooconnector.supplier.api;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * A supplier document cannot be applied to Odoo as it is: the purchase order it names does not
 * exist or is in a state that does not allow it, or Odoo's data cannot be expressed canonically.
 * Nothing was written. Not retryable.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public final class SupplierWorkflowException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the document and the offending value
   */
  public SupplierWorkflowException(String message) {
    super(message);
  }
}
