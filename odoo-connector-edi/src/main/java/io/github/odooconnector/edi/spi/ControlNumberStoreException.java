package io.github.odooconnector.edi.spi;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * A {@link ControlNumberSource} could not hand out a number because its store failed. Retryable: no
 * number was consumed, a later call may succeed.
 *
 * <p>Exceptions are not meant to be shared between threads while being modified; once thrown they
 * are effectively immutable.
 */
public class ControlNumberStoreException extends OdooConnectorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the sequence
   * @param cause the store's error
   */
  public ControlNumberStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A store failure is transient as far as the caller can tell.
   *
   * @return true
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
