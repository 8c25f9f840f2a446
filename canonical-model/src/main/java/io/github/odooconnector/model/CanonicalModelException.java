package io.github.odooconnector.model;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Root of the unchecked exceptions thrown by the canonical model: invalid documents ({@link
 * CanonicalValidationException}), unreadable JSON ({@link CanonicalJsonException}) and impossible
 * unit conversions ({@link IncompatibleUnitsException}).
 *
 * <p>Exceptions are immutable once thrown and safe to share between threads.
 */
public class CanonicalModelException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong; never contains secrets
   */
  public CanonicalModelException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong; never contains secrets
   * @param cause the underlying cause
   */
  public CanonicalModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
