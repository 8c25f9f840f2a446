package io.github.odooconnector.wms.spi;

/**
 * The WMS could not be reached or answered with a server error (HTTP 5xx, timeout, connection
 * refused); retryable.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsUnavailableException extends WmsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   */
  public WmsUnavailableException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  public WmsUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
