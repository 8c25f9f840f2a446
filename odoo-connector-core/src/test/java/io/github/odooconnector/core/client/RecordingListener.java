package io.github.odooconnector.core.client;

import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.OdooException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records listener events for assertions. */
final class RecordingListener implements CallListener {

  record Event(String type, CallInfo call, int attempt, Duration duration, OdooException failure) {}

  final List<Event> events = new CopyOnWriteArrayList<>();

  @Override
  public void callStarted(CallInfo call) {
    events.add(new Event("start", call, 0, null, null));
  }

  @Override
  public void attemptStarted(CallInfo call, int attempt) {
    events.add(new Event("attempt", call, attempt, null, null));
  }

  @Override
  public void retryScheduled(
      CallInfo call, int failedAttempt, OdooException failure, Duration delay) {
    events.add(new Event("retry", call, failedAttempt, delay, failure));
  }

  @Override
  public void callSucceeded(CallInfo call, int attempts, Duration duration) {
    events.add(new Event("success", call, attempts, duration, null));
  }

  @Override
  public void callFailed(CallInfo call, int attempts, Duration duration, OdooException failure) {
    events.add(new Event("failure", call, attempts, duration, failure));
  }

  List<Event> of(String type, String method) {
    return events.stream()
        .filter(e -> e.type().equals(type) && e.call().method().equals(method))
        .toList();
  }
}
