package io.github.odooconnector.testkit.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test clock that starts at a fixed instant and advances by a fixed step every time it is read
 * (zero step: frozen until {@link #advance}). With a step below one second many writes share a
 * second, as they do on a busy Odoo. Thread-safe.
 */
final class SteppingClock extends Clock {

  private final AtomicLong micros;
  private final long stepMicros;

  SteppingClock(Instant start, Duration step) {
    this.micros = new AtomicLong(start.getEpochSecond() * 1_000_000L + start.getNano() / 1000);
    this.stepMicros = step.toNanos() / 1000;
  }

  void advance(Duration d) {
    micros.addAndGet(d.toNanos() / 1000);
  }

  Instant peek() {
    long m = micros.get();
    return Instant.ofEpochSecond(m / 1_000_000L, (m % 1_000_000L) * 1000);
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
    long m = micros.getAndAdd(stepMicros);
    return Instant.ofEpochSecond(m / 1_000_000L, (m % 1_000_000L) * 1000);
  }
}
