package io.github.odooconnector.reliability.spi;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Root of the reliability kit's unchecked exceptions.
 *
 * <p>Messages never contain secrets. Instances are not meant to be shared across threads while
 * being mutated (standard {@link Throwable} semantics).
 */
public class ReliabilityException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   */
  public ReliabilityException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ReliabilityException(String message, Throwable cause) {
    super(message, cause);
  }
}
