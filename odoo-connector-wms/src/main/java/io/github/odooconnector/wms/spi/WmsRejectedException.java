package io.github.odooconnector.wms.spi;

/**
 * The WMS refused the request (validation error, unknown SKU, order already shipped, HTTP 4xx other
 * than 401/403/404/408/429); permanent until the data is fixed.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsRejectedException extends WmsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   */
  public WmsRejectedException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  public WmsRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
