package io.github.odooconnector.wms.spi;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Root of the unchecked exceptions raised by WMS adapters and the WMS workflows.
 *
 * <p>Callers act on the subtype or on {@link #isRetryable()}: a retryable failure (WMS down, rate
 * limited, outcome unknown) leaves the work pending and the next run retries it with the same
 * idempotency key; a permanent failure (rejected, malformed message, unsupported operation) needs a
 * person or a code change. Messages never contain credentials or webhook secrets.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class WmsException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  protected WmsException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether repeating the same operation later (with the same idempotency key) may succeed.
   *
   * @return true for transient failures
   */
  public abstract boolean isRetryable();
}
