package io.github.odooconnector.wms.api;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import java.util.Objects;
import java.util.Optional;

/**
 * One product/location (and lot, for lot-tracked products the WMS reports per lot) where the WMS
 * and Odoo disagree.
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
 * @param lotNumber the lot (or serial) compared, or null when the product was compared in total
 *     (untracked, or the WMS reports it without lots)
 */
public record InventoryDiscrepancy(
    Sku sku,
    String location,
    Quantity wmsQuantity,
    Quantity odooQuantity,
    Quantity difference,
    Status status,
    String note,
    String lotNumber) {

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
   * @param lotNumber the lot, or null
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

  /**
   * A discrepancy of a product compared in total (no lot).
   *
   * @param sku the product
   * @param location the location
   * @param wmsQuantity the WMS quantity
   * @param odooQuantity the Odoo quantity
   * @param difference the difference
   * @param status the status
   * @param note details
   */
  public InventoryDiscrepancy(
      Sku sku,
      String location,
      Quantity wmsQuantity,
      Quantity odooQuantity,
      Quantity difference,
      Status status,
      String note) {
    this(sku, location, wmsQuantity, odooQuantity, difference, status, note, null);
  }

  /**
   * The lot compared, if the product was compared per lot.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }
}
