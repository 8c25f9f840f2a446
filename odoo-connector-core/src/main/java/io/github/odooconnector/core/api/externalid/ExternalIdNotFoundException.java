package io.github.odooconnector.core.api.externalid;

import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.ServerVersion;

/**
 * No {@code ir.model.data} entry has the external id (or it points to another model than the one
 * asked for). Not retryable. Immutable once thrown; safe to share between threads.
 */
public class ExternalIdNotFoundException extends OdooException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which external id and model
   * @param model the model asked for
   * @param serverVersion the server version
   */
  public ExternalIdNotFoundException(String message, String model, ServerVersion serverVersion) {
    super(message, model, "search_read", serverVersion, null, null);
  }
}
