package io.github.odooconnector.wms.spi;

/**
 * The adapter does not support the operation (see {@link
 * io.github.odooconnector.wms.spi.WmsCapabilities}); permanent.
 *
 * <p>Immutable and thread-safe.
 */
public class UnsupportedWmsOperationException extends WmsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   */
  public UnsupportedWmsOperationException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  public UnsupportedWmsOperationException(String message, Throwable cause) {
    super(message, cause);
  }
}
