package io.github.odooconnector.escalation.api;

/** Moments a customer may be told about. Enum constants are immutable and thread-safe. */
public enum Milestone {
  /** The goods left the warehouse. */
  SHIPPED,
  /** The delivery will be late. */
  DELAYED,
  /** The goods were delivered. */
  DELIVERED
}
