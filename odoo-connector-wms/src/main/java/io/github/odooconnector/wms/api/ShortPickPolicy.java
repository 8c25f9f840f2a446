package io.github.odooconnector.wms.api;

/**
 * What the shipment confirmation does with the part of a picking the WMS did not ship.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ShortPickPolicy {
  /** Leave the rest on a backorder picking (Odoo's default "create backorder"). */
  BACKORDER,
  /** Cancel the rest ("no backorder"). */
  CANCEL_REMAINDER
}
