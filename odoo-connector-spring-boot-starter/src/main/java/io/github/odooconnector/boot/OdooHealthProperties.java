package io.github.odooconnector.boot;

import java.time.Duration;

/**
 * {@code odoo.health.*}: when the health indicator reports a problem.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooHealthProperties {
  /** The outbox counts as stuck (DOWN) when its oldest pending event is older than this. */
  private Duration outboxStuckAfter = Duration.ofMinutes(15);

  /** Whether to call Odoo (an authenticated read) on each health check. */
  private boolean checkOdoo = true;

  /**
   * Stuck threshold.
   *
   * @return the threshold
   */
  public Duration getOutboxStuckAfter() {
    return outboxStuckAfter;
  }

  /**
   * Sets the stuck threshold.
   *
   * @param outboxStuckAfter the threshold
   */
  public void setOutboxStuckAfter(Duration outboxStuckAfter) {
    this.outboxStuckAfter = outboxStuckAfter;
  }

  /**
   * Whether Odoo is called.
   *
   * @return true to call Odoo
   */
  public boolean isCheckOdoo() {
    return checkOdoo;
  }

  /**
   * Turns the Odoo check on or off.
   *
   * @param checkOdoo true to call Odoo
   */
  public void setCheckOdoo(boolean checkOdoo) {
    this.checkOdoo = checkOdoo;
  }
}
