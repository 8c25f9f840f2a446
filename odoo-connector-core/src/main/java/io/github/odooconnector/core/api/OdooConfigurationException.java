package io.github.odooconnector.core.api;

/**
 * The server does not have what the client was configured or asked to use: the database does not
 * exist ({@link OdooUnknownDatabaseException}) or the model does not (a typo, or the Odoo app that
 * defines it is not installed: {@link OdooUnknownModelException}). The same mistake raises the same
 * subclass on JSON-2, JSON-RPC and XML-RPC. Never retryable: it fails the same way until the
 * configuration or the server changes. Immutable once thrown; safe to share between threads.
 */
public class OdooConfigurationException extends OdooException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human readable message naming what is missing; never contains credentials
   * @param model the model (or RPC service) called; empty if none
   * @param method the method called; empty if none
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known
   * @param odooExceptionName the Python exception Odoo reported, or {@code null}
   * @param cause the underlying cause, or {@code null}
   */
  public OdooConfigurationException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
