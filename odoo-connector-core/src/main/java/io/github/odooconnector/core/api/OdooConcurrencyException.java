package io.github.odooconnector.core.api;

/**
 * The database aborted the transaction because of a concurrent update (PostgreSQL serialization
 * failure, deadlock or lock timeout). The transaction was rolled back, so the call can safely be
 * repeated, even for writes. Immutable once thrown; safe to share between threads.
 */
public class OdooConcurrencyException extends OdooException {

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
  public OdooConcurrencyException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
  }

  /**
   * Always retryable.
   *
   * @return {@code true}
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
