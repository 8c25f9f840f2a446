package io.github.odooconnector.core.api;

import java.time.Duration;

/**
 * Observability hook, registered with {@link OdooClientBuilder#listener(CallListener)}: receives
 * the lifecycle of every call (start, each attempt, retries, outcome and duration) so a host can
 * feed its own metrics, tracing or logs without the SDK forcing a logging backend. Events carry no
 * arguments and no credentials.
 *
 * <p>Implementations must be thread-safe (calls run concurrently) and fast; exceptions thrown by a
 * listener are swallowed so observability can never break a call. All methods default to doing
 * nothing.
 */
public interface CallListener {

  /** A listener that ignores every event. */
  CallListener NOOP = new CallListener() {};

  /**
   * A call starts (before rate limiting, authentication and the first attempt).
   *
   * @param call the call
   */
  default void callStarted(CallInfo call) {}

  /**
   * An attempt is about to be sent.
   *
   * @param call the call
   * @param attempt 1 for the first attempt, 2 for the first retry, ...
   */
  default void attemptStarted(CallInfo call, int attempt) {}

  /**
   * An attempt failed and will be retried after {@code delay}.
   *
   * @param call the call
   * @param failedAttempt number of the attempt that failed
   * @param failure why it failed
   * @param delay how long the client waits before the next attempt
   */
  default void retryScheduled(
      CallInfo call, int failedAttempt, OdooException failure, Duration delay) {}

  /**
   * The call succeeded.
   *
   * @param call the call
   * @param attempts number of attempts made (1 = no retry)
   * @param duration wall time of the whole call
   */
  default void callSucceeded(CallInfo call, int attempts, Duration duration) {}

  /**
   * The call failed for good; the exception is thrown to the caller right after.
   *
   * @param call the call
   * @param attempts number of attempts made
   * @param duration wall time of the whole call
   * @param failure the exception thrown to the caller
   */
  default void callFailed(CallInfo call, int attempts, Duration duration, OdooException failure) {}
}
