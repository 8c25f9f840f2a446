package io.github.odooconnector.transport.spi;

/** How a carrier answered a load tender. Enum constants are immutable and thread-safe. */
public enum TenderStatus {
  /** The carrier takes the load on the terms offered. */
  ACCEPTED,
  /** The carrier refuses the load. */
  REJECTED,
  /** The carrier would take the load on other terms (rate, pickup time): a counter-offer. */
  COUNTER_OFFERED
}
