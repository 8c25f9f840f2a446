package io.github.odooconnector.transport.spi;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Root of the exceptions a TMS adapter throws. Not retryable unless a subclass says so.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public class TmsException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public TmsException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong, without secrets
   * @param cause the cause
   */
  public TmsException(String message, Throwable cause) {
    super(message, cause);
  }
}
