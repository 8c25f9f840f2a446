package io.github.odooconnector.core.api;

/**
 * The model called does not exist on the server: a typo in the model name, or the Odoo app that
 * defines it (for example {@code delivery} for {@code delivery.carrier}) is not installed in this
 * database. Odoo reports it as {@code UserError "Object x doesn't exist"} over JSON-RPC and XML-RPC
 * and as HTTP 404 {@code NotFound "the model 'x' does not exist"} over JSON-2; the client raises
 * this exception for all three. {@link #model()} names the model. Not retryable. Immutable once
 * thrown; safe to share between threads.
 */
public class OdooUnknownModelException extends OdooConfigurationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human readable message naming the model; never contains credentials
   * @param model the model that does not exist
   * @param method the method called; empty if none
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known
   * @param odooExceptionName the Python exception Odoo reported, or {@code null}
   * @param cause the underlying cause, or {@code null}
   */
  public OdooUnknownModelException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
