package io.github.odooconnector.core.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Optional client-side rate limit (Odoo Online and proxies throttle): at most {@code permits} calls
 * per {@code period}, smoothed; a call waits up to {@code maxWait} for a permit, then fails with
 * {@link OdooTransportException}. Immutable and thread-safe.
 *
 * @param permits calls allowed per period
 * @param period the period
 * @param maxWait longest time a call waits for a permit
 */
public record RateLimitSettings(int permits, Duration period, Duration maxWait) {

  /**
   * Validates the components.
   *
   * @param permits at least 1
   * @param period positive
   * @param maxWait not negative
   */
  public RateLimitSettings {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(maxWait, "maxWait");
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be >= 1, got " + permits);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, got " + period);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative, got " + maxWait);
    }
  }
}
