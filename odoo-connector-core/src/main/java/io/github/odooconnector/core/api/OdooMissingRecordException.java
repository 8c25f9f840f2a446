package io.github.odooconnector.core.api;

/**
 * A record the call needed does not exist or was deleted: Odoo's {@code MissingError} (JSON-2 HTTP
 * 404). Note that Odoo's {@code read} silently skips deleted ids; only writes and method calls
 * raise this. Immutable once thrown; safe to share between threads.
 */
public class OdooMissingRecordException extends OdooException {

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
  public OdooMissingRecordException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
