package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Kind of difference between what was expected and what was actually received.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DiscrepancyType {
  /** Fewer units received than expected. */
  @JsonProperty("shortage")
  SHORTAGE,
  /** More units received than expected. */
  @JsonProperty("overage")
  OVERAGE,
  /** Units arrived damaged. */
  @JsonProperty("damaged")
  DAMAGED,
  /** A different item than the one expected arrived. */
  @JsonProperty("wrong_item")
  WRONG_ITEM,
  /** An item arrived that was not announced at all. */
  @JsonProperty("unexpected_item")
  UNEXPECTED_ITEM,
  /** The lot or serial number differs from the announced one. */
  @JsonProperty("lot_mismatch")
  LOT_MISMATCH,
  /**
   * A handling unit (pallet or carton) arrived under an SSCC the advance ship notice did not
   * announce; its goods are booked like any other.
   */
  @JsonProperty("unannounced_unit")
  UNANNOUNCED_UNIT
}
