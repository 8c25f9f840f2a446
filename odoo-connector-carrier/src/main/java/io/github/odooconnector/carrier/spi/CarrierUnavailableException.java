package io.github.odooconnector.carrier.spi;

/**
 * The carrier could not be reached or answered with a transient server error (timeout, connection
 * refused, HTTP 5xx). Retryable.
 *
 * <p>Immutable and thread-safe.
 */
public class CarrierUnavailableException extends CarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param message description without secrets
   * @param carrierErrorCode the carrier's error code or {@code null}
   * @param cause the cause or {@code null}
   */
  public CarrierUnavailableException(
      String carrierCode, String message, String carrierErrorCode, Throwable cause) {
    super(carrierCode, message, carrierErrorCode, cause);
  }

  /**
   * Always {@code true}: the carrier may answer when asked again later.
   *
   * @return {@code true}
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
