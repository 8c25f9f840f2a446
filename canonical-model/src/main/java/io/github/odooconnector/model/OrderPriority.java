package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How urgently a fulfillment order should be processed; WMSs map it to wave/pick priority.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum OrderPriority {
  /** Can wait behind everything else. */
  @JsonProperty("low")
  LOW,
  /** The default. */
  @JsonProperty("normal")
  NORMAL,
  /** Ahead of normal orders. */
  @JsonProperty("high")
  HIGH,
  /** Same-day / expedite; ahead of everything. */
  @JsonProperty("urgent")
  URGENT
}
