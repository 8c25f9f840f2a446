package io.github.odooconnector.common;

/**
 * Root of every unchecked exception odoo-connector throws, whatever the module: the Odoo client,
 * the reliability kit, the canonical model, the mapping, the WMS and carrier workflows and their
 * adapters. Catch it to handle "anything the SDK reported"; catch a subclass to act on one kind of
 * failure.
 *
 * <p>{@link #isRetryable()} is the one way the SDK says whether repeating the same operation later
 * may succeed: subclasses override it (a transport failure or a rate limit answers {@code true}, a
 * validation error {@code false}); there are no retryable flags or parallel classifications.
 *
 * <p>Messages never contain credentials. Standard {@link Throwable} thread-safety: do not mutate an
 * instance (suppressed exceptions, stack trace) while other threads read it.
 */
public abstract class OdooConnectorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, naming the offending field, value or record where there is one
   */
  protected OdooConnectorException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong, naming the offending field, value or record where there is one
   * @param cause the underlying failure, or {@code null}
   */
  protected OdooConnectorException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether repeating the same operation later, unchanged, may succeed. The default is {@code
   * false}; subclasses describing transient failures override it.
   *
   * @return {@code true} if the failure is transient
   */
  public boolean isRetryable() {
    return false;
  }
}
