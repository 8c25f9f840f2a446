package io.github.odooconnector.wms.spi;

import io.github.odooconnector.model.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the WMS's stock levels.
 *
 * <p>Immutable and thread-safe.
 *
 * @param snapshotId the WMS's id of the snapshot all pages belong to (pages of one snapshot share
 *     it)
 * @param takenAt the time the WMS took the snapshot
 * @param levels the stock levels on this page: one per SKU, location, lot and {@linkplain
 *     io.github.odooconnector.model.StockStatus status bucket}, with the lot's dates where the WMS
 *     knows them (serial-tracked stock one level per serial number)
 * @param nextCursor the cursor of the next page; null on the last page
 */
public record InventoryPage(
    String snapshotId, Instant takenAt, List<StockLevel> levels, String nextCursor) {

  /**
   * Validates and copies.
   *
   * @param snapshotId the snapshot id
   * @param takenAt when the snapshot was taken
   * @param levels the stock levels
   * @param nextCursor the next cursor, null on the last page
   */
  public InventoryPage {
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(takenAt, "takenAt");
    levels = List.copyOf(levels);
  }

  /**
   * The cursor of the next page.
   *
   * @return the cursor, empty on the last page
   */
  public Optional<String> optionalNextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Whether this is the last page.
   *
   * @return true when there is no next cursor
   */
  public boolean isLast() {
    return nextCursor == null;
  }
}
