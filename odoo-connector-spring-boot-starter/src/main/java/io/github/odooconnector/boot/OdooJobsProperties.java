package io.github.odooconnector.boot;

import java.time.Duration;

/**
 * {@code odoo.jobs.*}: the scheduled workflow jobs.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooJobsProperties {
  /** Run the jobs on a schedule (one instance at a time across the cluster). */
  private boolean enabled = true;

  /** Interval of the outbox delivery, inbox processing and release jobs. */
  private Duration interval = Duration.ofSeconds(10);

  /** Interval of the tracking poll and reconciliation jobs. */
  private Duration slowInterval = Duration.ofMinutes(15);

  /**
   * Whether jobs run.
   *
   * @return true when they run
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns the jobs on or off.
   *
   * @param enabled true to run them
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Fast interval.
   *
   * @return the interval
   */
  public Duration getInterval() {
    return interval;
  }

  /**
   * Sets the fast interval.
   *
   * @param interval the interval
   */
  public void setInterval(Duration interval) {
    this.interval = interval;
  }

  /**
   * Slow interval.
   *
   * @return the interval
   */
  public Duration getSlowInterval() {
    return slowInterval;
  }

  /**
   * Sets the slow interval.
   *
   * @param slowInterval the interval
   */
  public void setSlowInterval(Duration slowInterval) {
    this.slowInterval = slowInterval;
  }
}
