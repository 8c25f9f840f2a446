package io.github.odooconnector.wms.spi;

/**
 * The WMS refused the credentials (HTTP 401/403); permanent until the configuration is fixed.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsAuthenticationException extends WmsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   */
  public WmsAuthenticationException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  public WmsAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
