package io.github.odooconnector.core.api;

/**
 * Odoo rejected the credentials: wrong login/password, invalid or revoked API key, unknown user or
 * a disabled account (Odoo's {@code AccessDenied}, JSON-2 HTTP 401, {@code authenticate} returning
 * {@code false}, XML-RPC fault code 3). Not retryable: fix the configuration. Immutable once
 * thrown; safe to share between threads.
 */
public class OdooAuthenticationException extends OdooException {

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
  public OdooAuthenticationException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
