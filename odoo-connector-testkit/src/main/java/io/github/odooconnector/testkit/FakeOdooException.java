package io.github.odooconnector.testkit;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Thrown when a {@link FakeOdoo} cannot be started or is misused (unknown model, unknown reference,
 * bad builder setting). Unchecked; thread-safe (immutable).
 */
public class FakeOdooException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public FakeOdooException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public FakeOdooException(String message, Throwable cause) {
    super(message, cause);
  }
}
