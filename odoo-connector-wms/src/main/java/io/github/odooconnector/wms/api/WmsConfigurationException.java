package io.github.odooconnector.wms.api;

import io.github.odooconnector.wms.spi.WmsException;

/**
 * The integration is configured for an Odoo database that does not fit it, for example a release
 * marker field that does not exist on {@code stock.picking}. Raised by {@link
 * WmsIntegration.Builder#build()} (or by the first workflow call when Odoo could not be asked while
 * building); the message says what to change. Permanent until the configuration or the database is
 * fixed.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsConfigurationException extends WmsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it (no secrets)
   */
  public WmsConfigurationException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong and how to fix it (no secrets)
   * @param cause the underlying error, or null
   */
  public WmsConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
