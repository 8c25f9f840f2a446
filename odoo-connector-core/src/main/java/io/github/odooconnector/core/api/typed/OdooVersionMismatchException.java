package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.ServerVersion;

/**
 * A generated model was used with an Odoo server whose major version it was not generated for (for
 * example models generated from an Odoo 17 snapshot used against Odoo 19). Field names, types and
 * selection values may have changed, so typed calls refuse to guess: regenerate the models with a
 * snapshot of that version, and run {@code odoo.schema().verify(...)} to see what changed. Raised
 * before anything is sent. Not retryable. Immutable once thrown; safe to share between threads.
 */
public class OdooVersionMismatchException extends OdooException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which model, which versions it covers and the server's version
   * @param model the Odoo model (newest name)
   * @param serverVersion the connected server's version
   */
  public OdooVersionMismatchException(String message, String model, ServerVersion serverVersion) {
    super(message, model, "", serverVersion, null, null);
  }
}
