package io.github.odooconnector.micrometer;

import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.OdooException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Combines several {@link CallListener}s into the one an {@code OdooClientBuilder} takes, for
 * example metrics and logging. Stateless.
 */
public final class CallListeners {

  private CallListeners() {}

  /**
   * A listener that forwards every event to each listener in order; one that throws does not stop
   * the others.
   *
   * @param listeners the listeners
   * @return the combined listener
   */
  public static CallListener of(CallListener... listeners) {
    List<CallListener> all = List.of(listeners);
    all.forEach(l -> Objects.requireNonNull(l, "listener"));
    return new CallListener() {
      @Override
      public void callStarted(CallInfo call) {
        each(l -> l.callStarted(call));
      }

      @Override
      public void attemptStarted(CallInfo call, int attempt) {
        each(l -> l.attemptStarted(call, attempt));
      }

      @Override
      public void retryScheduled(
          CallInfo call, int failedAttempt, OdooException failure, Duration delay) {
        each(l -> l.retryScheduled(call, failedAttempt, failure, delay));
      }

      @Override
      public void callSucceeded(CallInfo call, int attempts, Duration duration) {
        each(l -> l.callSucceeded(call, attempts, duration));
      }

      @Override
      public void callFailed(
          CallInfo call, int attempts, Duration duration, OdooException failure) {
        each(l -> l.callFailed(call, attempts, duration, failure));
      }

      private void each(Consumer<CallListener> event) {
        for (CallListener l : all) {
          try {
            event.accept(l);
          } catch (RuntimeException e) {
            // a failing listener must not silence the others
          }
        }
      }

      @Override
      public String toString() {
        return "CallListeners" + all;
      }
    };
  }
}
