package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why stock moved between two locations.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum MovementReason {
  /** Goods received from a supplier or another site. */
  @JsonProperty("receipt")
  RECEIPT,
  /** Picked for an outbound order. */
  @JsonProperty("pick")
  PICK,
  /** Manual inventory correction. */
  @JsonProperty("adjustment")
  ADJUSTMENT,
  /** Correction found by a cycle count. */
  @JsonProperty("cycle_count")
  CYCLE_COUNT,
  /** Internal transfer between bins or warehouses. */
  @JsonProperty("transfer")
  TRANSFER,
  /** Scrapped (damaged, expired). */
  @JsonProperty("scrap")
  SCRAP,
  /** Customer return put back into (or out of) stock. */
  @JsonProperty("return")
  RETURN
}
