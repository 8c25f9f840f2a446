package io.github.odooconnector.core.api;

/**
 * Odoo raised an error the SDK does not classify further, typically a programming error on either
 * side: unknown method, wrong argument, invalid field in a domain ({@code builtins.ValueError},
 * {@code TypeError}, werkzeug {@code NotFound}/{@code UnprocessableEntity}, XML-RPC fault code 1).
 * An unknown model or database is an {@link OdooConfigurationException} instead. {@link
 * #odooExceptionName()} and the message carry Odoo's details. Immutable once thrown; safe to share
 * between threads.
 */
public class OdooServerException extends OdooException {

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
  public OdooServerException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
