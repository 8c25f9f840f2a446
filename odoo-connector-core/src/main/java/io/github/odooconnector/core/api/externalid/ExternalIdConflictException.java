package io.github.odooconnector.core.api.externalid;

import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.ServerVersion;

/**
 * A create-or-update by external id found the external id pointing to a record of another model, so
 * it changed nothing. Not retryable. Immutable once thrown; safe to share between threads.
 */
public class ExternalIdConflictException extends OdooException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the external id, the model asked for and the model it points to
   * @param model the model asked for
   * @param serverVersion the server version
   */
  public ExternalIdConflictException(String message, String model, ServerVersion serverVersion) {
    super(message, model, "", serverVersion, null, null);
  }
}
