package io.github.odooconnector.model;

/**
 * How a WMS must track the units of an item: not at all, per lot/batch, or per unique serial number
 * (Odoo's {@code product.template.tracking}: {@code none}, {@code lot}, {@code serial}).
 */
public enum ItemTracking {
  /** Units are counted only. */
  NONE,
  /** Units belong to a lot/batch, recorded on every movement. */
  LOT,
  /** Every unit has its own serial number. */
  SERIAL
}
