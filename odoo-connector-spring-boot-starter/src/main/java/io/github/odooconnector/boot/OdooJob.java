package io.github.odooconnector.boot;

import java.time.Duration;
import java.util.Objects;

/**
 * A job the starter runs on a schedule, at most once at a time across all instances of the
 * application (a PostgreSQL advisory lock on the shared database). Declare your own as a bean; the
 * starter adds the workflow jobs ({@code outbox-delivery}, {@code wms-release}, {@code wms-inbox},
 * {@code shipping-reconcile}, {@code shipping-stale-tracking}) for the beans it finds.
 *
 * <p>Immutable and thread-safe when the task is.
 *
 * @param name unique name; also the lock's identity
 * @param interval delay between the end of one run and the start of the next
 * @param task what to run; an exception is recorded as a failed run and the schedule goes on
 */
public record OdooJob(String name, Duration interval, Runnable task) {

  /**
   * Validates the components.
   *
   * @param name see the record description
   * @param interval see the record description
   * @param task see the record description
   */
  public OdooJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(task, "task");
    if (name.isBlank()) {
      throw new IllegalArgumentException("job name must not be blank");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("job interval must be positive, got " + interval);
    }
  }
}
