package io.github.odooconnector.reliability.api;

import io.github.odooconnector.reliability.spi.ReliabilityException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by an {@link EventHandler} or {@link InboxHandler} to say that the message should be tried
 * again, optionally not before a given delay: for example when a carrier answered {@code 429} with
 * {@code Retry-After: 120}. The attempt still counts towards {@code RetrySettings.maxAttempts()};
 * without a hint the configured backoff applies. Its counterpart is {@link
 * PermanentFailureException} (parked at once, no retries).
 *
 * <p>Standard {@link Throwable} thread-safety.
 */
public class RetryLaterException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  /** The delay asked for; {@code null} to use the configured backoff. */
  private final Duration retryAfter;

  /**
   * Creates an exception that uses the configured backoff.
   *
   * @param message why the attempt failed (stored as the error; no secrets)
   */
  public RetryLaterException(String message) {
    this(message, null, null);
  }

  /**
   * Creates an exception with a delay hint.
   *
   * @param message why the attempt failed (stored as the error; no secrets)
   * @param retryAfter the earliest next attempt from now; zero or positive, or {@code null} for the
   *     configured backoff
   * @param cause the underlying failure, or {@code null}
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   */
  public RetryLaterException(String message, Duration retryAfter, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, got " + retryAfter);
    }
    this.retryAfter = retryAfter;
  }

  /**
   * The delay the handler asked for.
   *
   * @return the delay, or empty to use the configured backoff
   */
  public Optional<Duration> optionalRetryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Always {@code true}: the message is to be tried again.
   *
   * @return {@code true}
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
