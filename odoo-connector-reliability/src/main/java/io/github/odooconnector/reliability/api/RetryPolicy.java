package io.github.odooconnector.reliability.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how fast failed deliveries are retried: exponential backoff with an upper bound and
 * random jitter, giving up after {@code maxAttempts} attempts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts total attempts including the first, at least 1; after the last failed attempt
 *     the message becomes a dead letter
 * @param initialBackoff delay before the second attempt
 * @param maxBackoff upper bound of any delay
 * @param multiplier growth factor per attempt, at least 1.0
 * @param jitter fraction in {@code [0, 1]} of each delay that is randomised (0 = deterministic)
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    double multiplier,
    double jitter) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException naming the offending component
   * @param maxAttempts see the record description
   * @param initialBackoff see the record description
   * @param maxBackoff see the record description
   * @param multiplier see the record description
   * @param jitter see the record description
   */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= initialBackoff <= maxBackoff, got " + initialBackoff + " / " + maxBackoff);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be >= 1.0, got " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be within [0, 1], got " + jitter);
    }
  }

  /**
   * The default: 10 attempts, 1 s doubling up to 10 min, 20 % jitter (about 30 minutes from first
   * failure to dead letter).
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(10), 2.0, 0.2);
  }

  /**
   * Exponential backoff doubling from {@code initial} up to {@code max}, 20 % jitter.
   *
   * @param maxAttempts total attempts
   * @param initial first delay
   * @param max largest delay
   * @return the policy
   */
  public static RetryPolicy exponential(int maxAttempts, Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, 2.0, 0.2);
  }

  /**
   * The delay after the given failed attempt.
   *
   * @param failedAttempts attempts made so far (1 after the first failure)
   * @return the delay before the next attempt
   */
  public Duration delayAfter(int failedAttempts) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
    double capped = Math.min(base, (double) maxBackoff.toNanos());
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
