package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.ServerVersion;

/**
 * A typed call used a field, or a selection value, that the connected Odoo version does not have
 * according to the generated model: for example {@code ProductProduct.IS_STORABLE} (Odoo 18+) on an
 * Odoo 17 server, or the selection value {@code product} of {@code product.template.type} on Odoo
 * 18. Raised before anything is sent, so nothing was written. Not retryable. Immutable once thrown;
 * safe to share between threads.
 */
public class FieldNotAvailableException extends OdooException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is not available and on which version
   * @param serverVersion the connected server's version
   */
  public FieldNotAvailableException(String message, ServerVersion serverVersion) {
    super(message, "", "", serverVersion, null, null);
  }
}
