package io.github.odooconnector.testkit.internal;

import io.github.odooconnector.testkit.RecordedCall;
import java.util.ArrayList;
import java.util.List;

/** Thread-safe append-only log of received calls. */
public final class CallLog {
  private final List<RecordedCall> calls = new ArrayList<>();

  /**
   * Appends a call.
   *
   * @param call the call
   */
  public synchronized void add(RecordedCall call) {
    calls.add(call);
  }

  /**
   * A snapshot of all calls.
   *
   * @return immutable copy
   */
  public synchronized List<RecordedCall> snapshot() {
    return List.copyOf(calls);
  }

  /** Forgets all calls. */
  public synchronized void clear() {
    calls.clear();
  }
}
