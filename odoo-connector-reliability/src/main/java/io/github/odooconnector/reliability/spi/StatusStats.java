package io.github.odooconnector.reliability.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How many outbox entries or inbox messages are in one status, and since when the oldest of them
 * has been waiting: for monitoring (gauges such as "pending events" and "oldest pending age") and
 * health checks ("the outbox is stuck", "dead letters are present").
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the number of entries in the status, at least 0
 * @param oldest when the oldest of them was created (outbox: enqueued; inbox: received); {@code
 *     null} exactly when {@code count} is 0, see {@link #optionalOldest()}
 */
public record StatusStats(long count, Instant oldest) {

  private static final StatusStats EMPTY = new StatusStats(0, null);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the count is negative, or {@code oldest} is missing for a
   *     positive count or present for a zero count
   * @param count see the record description
   * @param oldest see the record description
   */
  public StatusStats {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    if ((count == 0) != (oldest == null)) {
      throw new IllegalArgumentException(
          "oldest must be given exactly when count > 0, got count "
              + count
              + " and oldest "
              + oldest);
    }
  }

  /**
   * No entries.
   *
   * @return the shared empty value
   */
  public static StatusStats empty() {
    return EMPTY;
  }

  /**
   * When the oldest entry in the status was created.
   *
   * @return the instant, or empty when there is none
   */
  public Optional<Instant> optionalOldest() {
    return Optional.ofNullable(oldest);
  }

  /**
   * How long the oldest entry has existed at {@code now}.
   *
   * @param now the current time, for example {@code clock.instant()}
   * @return the age; {@link Duration#ZERO} when there is no entry (or the entry is from the future
   *     of a skewed clock)
   */
  public Duration oldestAge(Instant now) {
    Objects.requireNonNull(now, "now");
    if (oldest == null || oldest.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(oldest, now);
  }
}
