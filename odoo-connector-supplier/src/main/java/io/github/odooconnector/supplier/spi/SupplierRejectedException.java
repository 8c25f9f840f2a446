package io.github.odooconnector.supplier.spi;

/**
 * The supplier refused the request (unknown item, closed account, invalid order); retrying the same
 * request will not help.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public class SupplierRejectedException extends SupplierException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public SupplierRejectedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong
   * @param cause the cause
   */
  public SupplierRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
