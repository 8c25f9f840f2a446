package io.github.odooconnector.core.api;

/**
 * Odoo refused the operation for a business reason: {@code UserError} or {@code ValidationError}
 * (JSON-2 HTTP 422, XML-RPC fault code 2). The message is Odoo's own, suitable to show to an
 * operator. Immutable once thrown; safe to share between threads.
 */
public class OdooValidationException extends OdooException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human readable message; never contains credentials
   * @param model the model (or RPC service) called; empty if none
   * @param method the method called; empty if none
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known
   * @param odooExceptionName the Python exception Odoo reported, or {@code null}
   * @param cause the underlying cause, or {@code null}
   */
  public OdooValidationException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
