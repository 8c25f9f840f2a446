package io.github.odooconnector.core.api;

/**
 * The authenticated user is not allowed to do this: Odoo's {@code AccessError} (access rights,
 * record rules, private methods; JSON-2 HTTP 403, XML-RPC fault code 4). Immutable once thrown;
 * safe to share between threads.
 */
public class OdooAccessException extends OdooException {

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
  public OdooAccessException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
