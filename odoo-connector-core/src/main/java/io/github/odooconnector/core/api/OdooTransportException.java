package io.github.odooconnector.core.api;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The call failed on the way to or from Odoo: connection refused or reset, timeout, HTTP 5xx or
 * 429, an open circuit breaker or an exhausted rate limiter, or Odoo answered that it lost its
 * database connection while serving the call (a server stopping or restarting: {@code
 * psycopg2.InterfaceError: cursor already closed}, {@code OperationalError}; Odoo rolled the call's
 * transaction back, so the call, write or not, was not applied and is retried). Retryable; the
 * client already retried as configured before throwing it. Immutable once thrown; safe to share
 * between threads.
 */
public class OdooTransportException extends OdooException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message human readable message; never contains credentials
   * @param model the model (or RPC service) called; empty if none
   * @param method the method called; empty if none
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known
   * @param httpStatus the HTTP status received, or {@code 0} when no response arrived
   * @param retryAfter the delay the server asked for ({@code Retry-After}), or {@code null}
   * @param cause the underlying cause, or {@code null}
   */
  public OdooTransportException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      int httpStatus,
      Duration retryAfter,
      Throwable cause) {
    super(message, model, method, serverVersion, null, cause);
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }

  /**
   * The HTTP status of the failed response.
   *
   * @return the status, empty when no response was received (connect failure, timeout, reset)
   */
  public OptionalInt httpStatus() {
    return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
  }

  /**
   * The delay the server asked the client to wait before retrying ({@code Retry-After} header).
   *
   * @return the delay, empty when the server sent none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Transport failures are transient; subclasses for failures that repeat identically ({@link
   * OdooTlsException}) or whose outcome is unknown ({@link OdooOutcomeUnknownException}) override
   * this.
   *
   * @return {@code true}
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
