package io.github.odooconnector.wms.spi;

/**
 * A request that changes state in the WMS was sent but its answer was lost, so it is unknown
 * whether it took effect. Retryable: repeat it with the same idempotency key, which the WMS must
 * honour.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsOutcomeUnknownException extends WmsUnavailableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   */
  public WmsOutcomeUnknownException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  public WmsOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
