package io.github.odooconnector.wms.api;

/**
 * What applying one inbound WMS event did.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ApplyOutcome {
  /**
   * The event changed Odoo (picking validated, receipt done, return created, adjustment applied).
   */
  APPLIED,
  /** The event had been applied before; nothing changed. */
  DUPLICATE,
  /**
   * The event needs no Odoo change and was only published to the outbox for the host application.
   */
  FORWARDED
}
