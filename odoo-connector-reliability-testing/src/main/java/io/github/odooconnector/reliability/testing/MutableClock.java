package io.github.odooconnector.reliability.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that a test moves by hand, so leases, backoff and retention can be tested without
 * sleeping. Give the same instance to the facade under test (for example {@code
 * WebhookInbox.builder(store).clock(clock)}) and to the store if it measures time itself.
 *
 * <p>Thread-safe: {@link #advance(Duration)} and {@link #instant()} may be called from any thread.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;

  /**
   * Creates a clock standing at {@code start}.
   *
   * @param start the initial instant
   */
  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /**
   * Creates a clock standing at 2026-01-15T10:00:00Z, the instant the contract suites start from.
   *
   * @return a new clock
   */
  public static MutableClock atEpoch() {
    return new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  }

  /**
   * Moves the clock forward (or backward, with a negative duration).
   *
   * @param d how far
   */
  public void advance(Duration d) {
    Objects.requireNonNull(d, "d");
    now.updateAndGet(i -> i.plus(d));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
