package io.github.odooconnector.transport.spi;

/**
 * Whether freight leaves or reaches our warehouse. Enum constants are immutable and thread-safe.
 */
public enum FreightDirection {
  /** From our warehouse to a customer (an outgoing Odoo delivery). */
  OUTBOUND,
  /** From a supplier to our warehouse (an incoming Odoo receipt). */
  INBOUND
}
