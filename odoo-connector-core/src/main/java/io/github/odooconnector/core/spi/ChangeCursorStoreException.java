package io.github.odooconnector.core.spi;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * A {@link ChangeCursorStore} could not load, save or delete a feed's position (database
 * unreachable, statement failed). Retryable: nothing was committed, the feed keeps its previous
 * position and redelivers from there. Immutable once thrown; safe to share between threads.
 */
public class ChangeCursorStoreException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the feed
   * @param cause the underlying failure, or {@code null}
   */
  public ChangeCursorStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Store failures are usually transient (a database restart, a full pool).
   *
   * @return {@code true}
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
