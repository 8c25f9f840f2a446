package io.github.odooconnector.core.api;

import java.time.Duration;

/**
 * A call that is not idempotent (a write, create, unlink or business method) may have reached Odoo,
 * but its answer was lost (connection reset after sending, timeout, 502/504). Odoo may or may not
 * have applied it, so the client did NOT repeat it. Callers must reconcile (read back the state) or
 * repeat it under an idempotency key. Immutable once thrown; safe to share between threads.
 */
public class OdooOutcomeUnknownException extends OdooTransportException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human readable message; never contains credentials
   * @param model the model called
   * @param method the method called
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known
   * @param httpStatus the HTTP status received, or {@code 0} when no response arrived
   * @param retryAfter the delay the server asked for, or {@code null}
   * @param cause the underlying transport failure, or {@code null}
   */
  public OdooOutcomeUnknownException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      int httpStatus,
      Duration retryAfter,
      Throwable cause) {
    super(message, model, method, serverVersion, httpStatus, retryAfter, cause);
  }

  /**
   * Not blindly retryable: the first attempt may have been applied.
   *
   * @return {@code false}
   */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
