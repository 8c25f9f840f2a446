package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The stock status bucket a quantity is in at the warehouse: whether it can be sold, is already
 * promised, is held back, is broken or is still on its way. A WMS reports its stock per bucket; the
 * integration maps each bucket to an Odoo location (for example quarantine to {@code
 * WH/Quarantine}) so that held stock is compared with held stock.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name. A {@link StockLevel}
 * without status is {@link #AVAILABLE} (the form used before buckets existed).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum StockStatus {
  /** Free stock that can be allocated to orders. */
  @JsonProperty("available")
  AVAILABLE,
  /** Stock allocated (reserved, picked but not shipped) to open orders; still on hand. */
  @JsonProperty("allocated")
  ALLOCATED,
  /** Stock on hold or in quarantine (quality inspection, recall, customs): not sellable. */
  @JsonProperty("quarantine")
  QUARANTINE,
  /** Damaged stock waiting for a decision (repair, write-off, return to vendor). */
  @JsonProperty("damaged")
  DAMAGED,
  /** Stock on its way between sites, counted by the WMS but not on a shelf. */
  @JsonProperty("in_transit")
  IN_TRANSIT;

  /**
   * Whether stock in this bucket can be sold: {@link #AVAILABLE} and {@link #ALLOCATED} (allocated
   * stock is on the shelf, promised to an order).
   *
   * @return true for sellable buckets
   */
  public boolean isSellable() {
    return this == AVAILABLE || this == ALLOCATED;
  }
}
