package io.github.odooconnector.supplier.spi;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Root of the exceptions a supplier adapter throws. Not retryable unless a subclass says so.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public class SupplierException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public SupplierException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong
   * @param cause the cause
   */
  public SupplierException(String message, Throwable cause) {
    super(message, cause);
  }
}
