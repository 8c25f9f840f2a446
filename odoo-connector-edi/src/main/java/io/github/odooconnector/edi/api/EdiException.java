package io.github.odooconnector.edi.api;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Root of this module's exceptions. Not retryable: the same input fails the same way.
 *
 * <p>Exceptions are effectively immutable once thrown.
 */
public abstract class EdiException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  protected EdiException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   * @param cause the underlying error
   */
  protected EdiException(String message, Throwable cause) {
    super(message, cause);
  }
}
