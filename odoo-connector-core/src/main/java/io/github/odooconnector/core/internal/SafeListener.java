package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.OdooException;
import java.time.Duration;

/**
 * Shields calls from listener failures: a listener that throws never breaks a call. Thread-safe.
 */
final class SafeListener implements CallListener {
  private final CallListener delegate;

  SafeListener(CallListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void callStarted(CallInfo call) {
    try {
      delegate.callStarted(call);
    } catch (RuntimeException ignored) {
      // observability must not break calls
    }
  }

  @Override
  public void attemptStarted(CallInfo call, int attempt) {
    try {
      delegate.attemptStarted(call, attempt);
    } catch (RuntimeException ignored) {
      // observability must not break calls
    }
  }

  @Override
  public void retryScheduled(
      CallInfo call, int failedAttempt, OdooException failure, Duration delay) {
    try {
      delegate.retryScheduled(call, failedAttempt, failure, delay);
    } catch (RuntimeException ignored) {
      // observability must not break calls
    }
  }

  @Override
  public void callSucceeded(CallInfo call, int attempts, Duration duration) {
    try {
      delegate.callSucceeded(call, attempts, duration);
    } catch (RuntimeException ignored) {
      // observability must not break calls
    }
  }

  @Override
  public void callFailed(CallInfo call, int attempts, Duration duration, OdooException failure) {
    try {
      delegate.callFailed(call, attempts, duration, failure);
    } catch (RuntimeException ignored) {
      // observability must not break calls
    }
  }
}
