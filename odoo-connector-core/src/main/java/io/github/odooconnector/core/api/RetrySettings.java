package io.github.odooconnector.core.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries retryable failures (transport errors, HTTP 429/5xx, serialization
 * failures): exponential backoff from {@code initialDelay} to {@code maxDelay} with random {@code
 * jitter}, at most {@code maxAttempts} attempts in total, honouring the server's {@code
 * Retry-After} up to {@code maxDelay}. Non-idempotent calls are only retried when the request
 * provably did not reach Odoo. Immutable and thread-safe.
 *
 * @param maxAttempts total attempts including the first (1 disables retries)
 * @param initialDelay delay before the first retry
 * @param maxDelay upper bound of any delay, including a server's {@code Retry-After}
 * @param jitter random spread applied to each delay, between 0.0 and 1.0 (0.25 = plus or minus 25%)
 */
public record RetrySettings(
    int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter) {

  /**
   * Validates the components.
   *
   * @param maxAttempts at least 1
   * @param initialDelay positive
   * @param maxDelay at least {@code initialDelay}
   * @param jitter in [0, 1]
   */
  public RetrySettings {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive, got " + initialDelay);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be within [0, 1], got " + jitter);
    }
  }

  /**
   * 4 attempts, 200 ms doubling up to 10 s, 25% jitter.
   *
   * @return the default settings
   */
  public static RetrySettings defaults() {
    return new RetrySettings(4, Duration.ofMillis(200), Duration.ofSeconds(10), 0.25);
  }

  /**
   * No retries at all.
   *
   * @return settings with a single attempt
   */
  public static RetrySettings none() {
    return new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1), 0.0);
  }
}
