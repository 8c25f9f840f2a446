package io.github.odooconnector.boot;

/**
 * {@code odoo.inbox.*}: how the inbox jobs ({@code wms-inbox}, {@code shipping-tracking-inbox})
 * learn about new webhooks.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooInboxProperties {
  /**
   * Run the inbox jobs as soon as a webhook is accepted or replayed (PostgreSQL LISTEN/NOTIFY on
   * one extra pooled connection; in memory: on every new message) instead of waiting for
   * odoo.jobs.interval, which stays the fallback. Off: poll only, no listening connection.
   */
  private boolean wakeOnReceive = true;

  /**
   * Whether accepted webhooks wake the inbox jobs.
   *
   * @return true to wake them
   */
  public boolean isWakeOnReceive() {
    return wakeOnReceive;
  }

  /**
   * Turns the wake-ups on or off.
   *
   * @param wakeOnReceive true to wake the jobs on new webhooks
   */
  public void setWakeOnReceive(boolean wakeOnReceive) {
    this.wakeOnReceive = wakeOnReceive;
  }
}
