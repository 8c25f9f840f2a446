package io.github.odooconnector.reliability.testing;

import java.time.Duration;

/** Small helpers the contract suites share. Not part of the published API. */
final class Waits {

  private Waits() {}

  /** Sleeps {@code d} of real time (tests waiting for a store that keeps its own time). */
  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
