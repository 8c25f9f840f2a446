package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Life-cycle state of a sales or purchase order, normalized from Odoo's states.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum OrderStatus {
  /** Quotation / request for quotation, not yet confirmed. */
  @JsonProperty("draft")
  DRAFT,
  /** Confirmed order (Odoo {@code sale} / {@code purchase}). */
  @JsonProperty("confirmed")
  CONFIRMED,
  /** Locked or fully processed. */
  @JsonProperty("done")
  DONE,
  /** Cancelled. */
  @JsonProperty("cancelled")
  CANCELLED
}
