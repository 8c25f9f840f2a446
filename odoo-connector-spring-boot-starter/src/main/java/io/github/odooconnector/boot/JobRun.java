package io.github.odooconnector.boot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to run an {@link OdooJob}, as the console and the Actuator endpoint list it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param job the job name
 * @param startedAt when the attempt started
 * @param duration how long it took
 * @param outcome {@code SUCCEEDED}, {@code FAILED} or {@code SKIPPED} (another instance held the
 *     lock)
 * @param error the failure, {@code null} unless failed; see {@link #optionalError()}
 */
public record JobRun(
    String job, Instant startedAt, Duration duration, Outcome outcome, String error) {

  /** How a run ended. */
  public enum Outcome {
    /** The task ran and returned. */
    SUCCEEDED,
    /** The task threw. */
    FAILED,
    /** Another run held the job's lock; nothing ran here. */
    SKIPPED
  }

  /**
   * Validates the components.
   *
   * @param job see the record description
   * @param startedAt see the record description
   * @param duration see the record description
   * @param outcome see the record description
   * @param error see the record description
   */
  public JobRun {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * The failure.
   *
   * @return the error text, or empty
   */
  public Optional<String> optionalError() {
    return Optional.ofNullable(error);
  }
}
