package io.github.odooconnector.boot;

/**
 * {@code odoo.outbox.*}: how the {@code outbox-delivery} job learns about new events.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooOutboxProperties {
  /**
   * Run the outbox-delivery job as soon as an event is enqueued or replayed (PostgreSQL
   * LISTEN/NOTIFY on one extra pooled connection; in memory: on every enqueue) instead of waiting
   * for odoo.jobs.interval, which stays the fallback. Off: poll only, no listening connection.
   */
  private boolean wakeOnAppend = true;

  /**
   * Whether new events wake the delivery job.
   *
   * @return true to wake it
   */
  public boolean isWakeOnAppend() {
    return wakeOnAppend;
  }

  /**
   * Turns the wake-ups on or off.
   *
   * @param wakeOnAppend true to wake the job on new events
   */
  public void setWakeOnAppend(boolean wakeOnAppend) {
    this.wakeOnAppend = wakeOnAppend;
  }
}
