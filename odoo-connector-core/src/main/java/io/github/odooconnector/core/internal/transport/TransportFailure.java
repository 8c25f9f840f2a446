package io.github.odooconnector.core.internal.transport;

import java.time.Duration;

/**
 * A failed HTTP exchange, before it is turned into a typed {@code OdooException} by the caller (who
 * knows the model, method and whether the call is idempotent).
 */
public final class TransportFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Could not connect: the request was never sent. */
    CONNECT,
    /**
     * TLS handshake failed (untrusted certificate, host name mismatch): never sent, not worth
     * retrying.
     */
    TLS,
    /** No complete response within the timeout. */
    TIMEOUT,
    /** Connection broken after sending. */
    IO,
    /**
     * HTTP status that signals a transient server/proxy problem (429, 5xx without an Odoo error
     * body).
     */
    HTTP_STATUS,
    /**
     * Odoo answered that it lost its database connection while serving the call (a server stopping,
     * PostgreSQL unavailable): {@code notProcessed} unless it failed at the commit.
     */
    DATABASE_UNAVAILABLE,
    /** Response body larger than the configured maximum. */
    TOO_LARGE,
    /** The client was interrupted while waiting. */
    INTERRUPTED
  }

  private final Kind kind;
  private final int status;
  private final transient Duration retryAfter;
  private final boolean notProcessed;

  /**
   * Creates a failure.
   *
   * @param kind category
   * @param message description, no secrets
   * @param status HTTP status or 0
   * @param retryAfter server-requested delay or null
   * @param notProcessed whether the server provably did not process the request
   * @param cause cause or null
   */
  public TransportFailure(
      Kind kind,
      String message,
      int status,
      Duration retryAfter,
      boolean notProcessed,
      Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.notProcessed = notProcessed;
  }

  /**
   * @return the category
   */
  public Kind kind() {
    return kind;
  }

  /**
   * @return HTTP status or 0
   */
  public int status() {
    return status;
  }

  /**
   * @return server requested delay, or null
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  /**
   * @return true when the server provably did not process the request (safe to retry any call)
   */
  public boolean notProcessed() {
    return notProcessed;
  }
}
