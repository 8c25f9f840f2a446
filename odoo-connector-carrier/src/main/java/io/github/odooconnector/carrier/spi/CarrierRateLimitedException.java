package io.github.odooconnector.carrier.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * The carrier refused the call because a rate limit was hit (HTTP 429 or equivalent). Retryable
 * after {@link #retryAfter()} when the carrier said how long to wait.
 *
 * <p>Immutable and thread-safe.
 */
public class CarrierRateLimitedException extends CarrierUnavailableException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param message description without secrets
   * @param retryAfter how long the carrier asked to wait, or {@code null} if it did not say
   */
  public CarrierRateLimitedException(String carrierCode, String message, Duration retryAfter) {
    super(carrierCode, message, null, null);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the carrier asked callers to wait before retrying.
   *
   * @return the delay, empty when the carrier did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
