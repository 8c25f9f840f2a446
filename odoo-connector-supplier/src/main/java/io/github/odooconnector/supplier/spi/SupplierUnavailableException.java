package io.github.odooconnector.supplier.spi;

/**
 * The supplier could not be reached or answered with a temporary failure; retrying may succeed.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public class SupplierUnavailableException extends SupplierException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public SupplierUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong
   * @param cause the cause
   */
  public SupplierUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Always true: a later attempt may reach the supplier.
   *
   * @return true
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
