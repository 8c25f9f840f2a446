package io.github.odooconnector.wms.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The WMS asked the client to slow down (HTTP 429); retryable after {@link #retryAfter()}.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsRateLimitedException extends WmsUnavailableException {

  private static final long serialVersionUID = 1L;

  /** Suggested wait, or null when the WMS gave none. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   * @param retryAfter the wait the WMS asked for, or null
   */
  public WmsRateLimitedException(String message, Duration retryAfter) {
    super(Objects.requireNonNull(message, "message"));
    this.retryAfter = retryAfter;
  }

  /**
   * The wait the WMS asked for.
   *
   * @return the wait, empty when not given
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
