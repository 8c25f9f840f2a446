package io.github.odooconnector.wms.api;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import java.util.Objects;

/**
 * One product/location where the WMS and Odoo disagree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sku the product
 * @param location the Odoo location (complete name, for example {@code WH/Stock})
 * @param wmsQuantity what the WMS holds, converted to the Odoo product unit (zero when the WMS has
 *     no record)
 * @param odooQuantity what Odoo holds (zero when Odoo has no quant)
 * @param difference {@code wmsQuantity - odooQuantity}
 * @param status what was done about it
 * @param note details, for example why it could not be compared; may be empty
 */
public record InventoryDiscrepancy(
    Sku sku,
    String location,
    Quantity wmsQuantity,
    Quantity odooQuantity,
    Quantity difference,
    Status status,
    String note) {

  /** What reconciliation did with a discrepancy. */
  public enum Status {
    /** Reported only (adjustments off). */
    REPORTED,
    /** Larger than the adjustment tolerance: reported for a person. */
    EXCEEDS_TOLERANCE,
    /** Odoo was adjusted to the WMS quantity. */
    ADJUSTED,
    /** Could not be compared (unknown product in Odoo, incompatible units). */
    UNRESOLVED
  }

  /**
   * Validates.
   *
   * @param sku the product
   * @param location the location
   * @param wmsQuantity the WMS quantity
   * @param odooQuantity the Odoo quantity
   * @param difference the difference
   * @param status the status
   * @param note details
   */
  public InventoryDiscrepancy {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(wmsQuantity, "wmsQuantity");
    Objects.requireNonNull(odooQuantity, "odooQuantity");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(status, "status");
    note = note == null ? "" : note;
  }
}
