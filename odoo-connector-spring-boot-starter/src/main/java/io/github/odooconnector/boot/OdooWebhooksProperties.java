package io.github.odooconnector.boot;

/**
 * {@code odoo.webhooks.*}: the webhook endpoint.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooWebhooksProperties {
  /** Serve POST /odoo-connector/webhooks/{source} for each WebhookVerifier bean. */
  private boolean enabled = true;

  /**
   * Whether the endpoint is served.
   *
   * @return true when served
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns the endpoint on or off.
   *
   * @param enabled true to serve it
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
