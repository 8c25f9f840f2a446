package io.github.odooconnector.boot;

import java.time.Duration;

/**
 * {@code odoo.retry.*}: exponential backoff of the Odoo client.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooRetryProperties {
  /** Total attempts including the first. */
  private int maxAttempts = 4;

  /** Delay before the first retry. */
  private Duration initialDelay = Duration.ofMillis(200);

  /** Upper bound of any delay. */
  private Duration maxDelay = Duration.ofSeconds(10);

  /**
   * Attempts.
   *
   * @return total attempts
   */
  public int getMaxAttempts() {
    return maxAttempts;
  }

  /**
   * Sets the attempts.
   *
   * @param maxAttempts total attempts
   */
  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /**
   * First delay.
   *
   * @return the delay
   */
  public Duration getInitialDelay() {
    return initialDelay;
  }

  /**
   * Sets the first delay.
   *
   * @param initialDelay the delay
   */
  public void setInitialDelay(Duration initialDelay) {
    this.initialDelay = initialDelay;
  }

  /**
   * Maximum delay.
   *
   * @return the delay
   */
  public Duration getMaxDelay() {
    return maxDelay;
  }

  /**
   * Sets the maximum delay.
   *
   * @param maxDelay the delay
   */
  public void setMaxDelay(Duration maxDelay) {
    this.maxDelay = maxDelay;
  }
}
