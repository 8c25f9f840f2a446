package io.github.odooconnector.boot;

/**
 * {@code odoo.console.*}: the operations console (off by default).
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooConsoleProperties {
  /** Serve the console at /odoo-connector/console (put it behind your security). */
  private boolean enabled;

  /**
   * Whether the console is served.
   *
   * @return true when served
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns the console on or off.
   *
   * @param enabled true to serve it
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
