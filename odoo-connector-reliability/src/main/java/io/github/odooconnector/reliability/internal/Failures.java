package io.github.odooconnector.reliability.internal;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.reliability.api.RetryLaterException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one classification of handler failures shared by the outbox worker and the inbox: an SDK
 * exception that is not retryable is permanent (parked at once); anything else is retried with the
 * configured backoff, or after the delay a {@link RetryLaterException} asks for, until the retry
 * budget is spent.
 */
public final class Failures {

  private Failures() {}

  /** What to do after a failed attempt. */
  public record Decision(boolean giveUp, Instant nextAttemptAt) {}

  /** Decides for a failure at {@code now} after {@code attempts} attempts. */
  public static Decision decide(Exception error, int attempts, RetrySettings retry, Instant now) {
    if (error instanceof OdooConnectorException sdk && !sdk.isRetryable()) {
      return new Decision(true, now);
    }
    if (!retry.allowsAnotherAttempt(attempts)) {
      return new Decision(true, now);
    }
    Optional<Duration> hint =
        error instanceof RetryLaterException later ? later.optionalRetryAfter() : Optional.empty();
    return new Decision(false, now.plus(hint.orElseGet(() -> retry.delayAfter(attempts))));
  }
}
