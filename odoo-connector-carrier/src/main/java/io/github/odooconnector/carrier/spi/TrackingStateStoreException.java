package io.github.odooconnector.carrier.spi;

/**
 * A {@link TrackingStateStore} could not read or write (database unreachable, connection lost,
 * table missing). Retryable: nothing was applied for the event whose state could not be stored
 * beyond what a redelivery re-applies, so repeating the tracking call later is safe. Store
 * implementations throw it for failures of their backend.
 *
 * <p>Immutable and thread-safe.
 */
public class TrackingStateStoreException extends CarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the store and the operation, without credentials
   * @param cause the backend's failure, or {@code null}
   */
  public TrackingStateStoreException(String message, Throwable cause) {
    super(null, message, null, cause);
  }

  /**
   * Always {@code true}: the store may be reachable again later.
   *
   * @return {@code true}
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
