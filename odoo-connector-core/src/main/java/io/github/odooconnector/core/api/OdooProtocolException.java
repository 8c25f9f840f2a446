package io.github.odooconnector.core.api;

/**
 * The server's answer could not be understood, or a value cannot travel over the protocol in use:
 * malformed or hostile XML/JSON, an unexpected shape, a body larger than the configured maximum, an
 * HTML page where an RPC answer was expected; over XML-RPC also a string with a control character
 * XML cannot carry (raised before anything is sent) and a result Odoo could not encode (a {@code
 * None} inside it, or a recordset: the call ran and committed, only its answer is lost). Not
 * retryable. Immutable once thrown; safe to share between threads.
 */
public class OdooProtocolException extends OdooException {

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
  public OdooProtocolException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }
}
