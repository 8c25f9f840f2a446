package io.github.odooconnector.wms.api;

import io.github.odooconnector.wms.spi.WmsException;

/**
 * A workflow could not apply a WMS fact to Odoo for a business reason (unknown order, picking in an
 * unexpected state, product not on the picking); permanent until a person resolves it.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsWorkflowException extends WmsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   */
  public WmsWorkflowException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  public WmsWorkflowException(String message, Throwable cause) {
    super(message, cause);
  }
}
