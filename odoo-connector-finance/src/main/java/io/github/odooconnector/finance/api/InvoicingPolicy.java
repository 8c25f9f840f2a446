package io.github.odooconnector.finance.api;

/**
 * When a done delivery creates the customer invoice. Enum constants are immutable and thread-safe.
 */
public enum InvoicingPolicy {
  /** Every done delivery invoices what was delivered and not invoiced yet. */
  PER_DELIVERY,
  /**
   * The order is invoiced once, when its last delivery is done and every line is delivered in full;
   * earlier deliveries wait.
   */
  PER_ORDER_WHEN_FULLY_DELIVERED,
  /** Deliveries never create invoices (the trigger is recorded, nothing is written). */
  NEVER
}
