package io.github.odooconnector.wms.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of comparing a WMS inventory snapshot with Odoo's {@code stock.quant}s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param snapshotId the WMS snapshot compared
 * @param takenAt when the WMS took the snapshot
 * @param compared how many product/location pairs were compared
 * @param matched how many pairs agreed (within the noise threshold)
 * @param discrepancies the pairs that disagree, sorted by SKU then location
 * @param unmappedProducts products Odoo holds stock of that could not be compared at all (no
 *     internal reference, unknown unit), by product id
 * @param expiredStock stock of lots whose expiration date has passed that Odoo still holds in a
 *     stock location (not in the quarantine or damaged location), by SKU, lot and location
 */
public record ReconciliationReport(
    String snapshotId,
    Instant takenAt,
    int compared,
    int matched,
    List<InventoryDiscrepancy> discrepancies,
    List<UnmappedProduct> unmappedProducts,
    List<ExpiredStock> expiredStock) {

  /**
   * Validates and copies.
   *
   * @param snapshotId the snapshot id
   * @param takenAt when it was taken
   * @param compared number of pairs compared
   * @param matched number of pairs that agree
   * @param discrepancies the differences
   * @param unmappedProducts the products that could not be compared
   * @param expiredStock expired stock Odoo still considers available
   */
  public ReconciliationReport {
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(takenAt, "takenAt");
    discrepancies = List.copyOf(discrepancies);
    unmappedProducts = List.copyOf(unmappedProducts);
    expiredStock = expiredStock == null ? List.of() : List.copyOf(expiredStock);
  }

  /**
   * A report without expired stock (the form used before expiry was checked).
   *
   * @param snapshotId the snapshot id
   * @param takenAt when it was taken
   * @param compared number of pairs compared
   * @param matched number of pairs that agree
   * @param discrepancies the differences
   * @param unmappedProducts the products that could not be compared
   */
  public ReconciliationReport(
      String snapshotId,
      Instant takenAt,
      int compared,
      int matched,
      List<InventoryDiscrepancy> discrepancies,
      List<UnmappedProduct> unmappedProducts) {
    this(snapshotId, takenAt, compared, matched, discrepancies, unmappedProducts, List.of());
  }

  /**
   * Whether WMS and Odoo agree everywhere, every product could be compared and Odoo holds no
   * expired stock as available.
   *
   * @return true when there is no discrepancy, no unmapped product and no expired stock
   */
  public boolean isClean() {
    return discrepancies.isEmpty() && unmappedProducts.isEmpty() && expiredStock.isEmpty();
  }

  /**
   * The discrepancies with a given status.
   *
   * @param status the status
   * @return the matching discrepancies
   */
  public List<InventoryDiscrepancy> withStatus(InventoryDiscrepancy.Status status) {
    return discrepancies.stream().filter(d -> d.status() == status).toList();
  }
}
