package io.github.odooconnector.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a failed operation is retried, wherever the SDK retries: Odoo calls (the client's
 * transport-level retries), outbox and inbox redelivery, carrier label purchase. Exponential
 * backoff from {@code initialDelay}, multiplied by {@code multiplier} after each failure and capped
 * at {@code maxDelay}, with random {@code jitter}; at most {@code maxAttempts} attempts in total.
 *
 * <p>Only failures whose exception answers {@link OdooConnectorException#isRetryable()} with {@code
 * true} are retried; the component doing the retrying documents anything it adds (the Odoo client
 * honours a server's {@code Retry-After} up to {@code maxDelay} and never repeats a write that may
 * have reached Odoo).
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts total attempts including the first, at least 1 (1 disables retries)
 * @param initialDelay delay before the first retry, zero or positive
 * @param maxDelay upper bound of any delay, at least {@code initialDelay}
 * @param multiplier growth factor of the delay per failed attempt, at least 1.0
 * @param jitter fraction in {@code [0, 1]} of each delay that is randomised (0.25 = up to 25%
 *     shorter; 0 = deterministic)
 */
public record RetrySettings(
    int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

  /**
   * Validates the components.
   *
   * @param maxAttempts see the record description
   * @param initialDelay see the record description
   * @param maxDelay see the record description
   * @param multiplier see the record description
   * @param jitter see the record description
   * @throws IllegalArgumentException naming the offending component and value
   */
  public RetrySettings {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("initialDelay must not be negative, got " + initialDelay);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be >= 1.0, got " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be within [0, 1], got " + jitter);
    }
  }

  /**
   * Doubling backoff (multiplier 2.0).
   *
   * @param maxAttempts total attempts including the first, at least 1
   * @param initialDelay delay before the first retry
   * @param maxDelay upper bound of any delay
   * @param jitter fraction of each delay that is randomised, in {@code [0, 1]}
   */
  public RetrySettings(int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter) {
    this(maxAttempts, initialDelay, maxDelay, 2.0, jitter);
  }

  /**
   * The Odoo client's default: 4 attempts, 200 ms doubling up to 10 s, 25% jitter.
   *
   * @return the default settings for calls to Odoo
   */
  public static RetrySettings defaults() {
    return new RetrySettings(4, Duration.ofMillis(200), Duration.ofSeconds(10), 0.25);
  }

  /**
   * The default for message redelivery (outbox, inbox): 10 attempts, 1 s doubling up to 10 min, 20%
   * jitter (about 30 minutes from the first failure to the dead letter).
   *
   * @return the default settings for redelivering messages
   */
  public static RetrySettings redeliveryDefaults() {
    return new RetrySettings(10, Duration.ofSeconds(1), Duration.ofMinutes(10), 0.2);
  }

  /**
   * Exponential backoff doubling from {@code initialDelay} up to {@code maxDelay}, 20% jitter.
   *
   * @param maxAttempts total attempts including the first
   * @param initialDelay delay before the first retry
   * @param maxDelay upper bound of any delay
   * @return the settings
   */
  public static RetrySettings exponential(
      int maxAttempts, Duration initialDelay, Duration maxDelay) {
    return new RetrySettings(maxAttempts, initialDelay, maxDelay, 0.2);
  }

  /**
   * A fixed delay between attempts, without jitter.
   *
   * @param maxAttempts total attempts including the first
   * @param delay delay before every retry
   * @return the settings
   */
  public static RetrySettings fixed(int maxAttempts, Duration delay) {
    return new RetrySettings(maxAttempts, delay, delay, 1.0, 0.0);
  }

  /**
   * No retries at all.
   *
   * @return settings with a single attempt
   */
  public static RetrySettings none() {
    return new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1), 0.0);
  }

  /**
   * The delay before the next attempt after {@code failedAttempts} failures, jitter applied.
   *
   * @param failedAttempts attempts that failed so far (1 after the first failure)
   * @return the delay, between {@code (1 - jitter)} times and exactly the capped backoff
   */
  public Duration delayAfter(int failedAttempts) {
    double base = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
    double capped = Math.min(base, (double) maxDelay.toNanos());
    double factor = jitter == 0.0 ? 1.0 : 1.0 - jitter * ThreadLocalRandom.current().nextDouble();
    return Duration.ofNanos((long) (capped * factor));
  }

  /**
   * Whether another attempt is allowed after {@code attemptsSoFar} attempts.
   *
   * @param attemptsSoFar attempts made so far
   * @return {@code true} if {@code attemptsSoFar < maxAttempts}
   */
  public boolean allowsAnotherAttempt(int attemptsSoFar) {
    return attemptsSoFar < maxAttempts;
  }
}
