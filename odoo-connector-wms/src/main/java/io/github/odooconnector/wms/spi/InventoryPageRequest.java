package io.github.odooconnector.wms.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * Asks the WMS for one page of its stock levels.
 *
 * <p>Immutable and thread-safe.
 *
 * @param warehouse the WMS warehouse code
 * @param cursor the opaque cursor returned with the previous page; null for the first page
 * @param pageSize the maximum number of stock levels to return, at least 1
 */
public record InventoryPageRequest(String warehouse, String cursor, int pageSize) {

  /**
   * Validates.
   *
   * @param warehouse the warehouse code
   * @param cursor the cursor, null for the first page
   * @param pageSize the page size, at least 1
   */
  public InventoryPageRequest {
    Objects.requireNonNull(warehouse, "warehouse");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
    }
  }

  /**
   * The request for the first page.
   *
   * @param warehouse the warehouse code
   * @param pageSize the page size
   * @return the request
   */
  public static InventoryPageRequest first(String warehouse, int pageSize) {
    return new InventoryPageRequest(warehouse, null, pageSize);
  }

  /**
   * The cursor of the previous page.
   *
   * @return the cursor, empty for the first page
   */
  public Optional<String> optionalCursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * The request for the page after {@code page}.
   *
   * @param page the page just read; must have a next cursor
   * @return the request
   * @throws IllegalArgumentException if {@code page} was the last one
   */
  public InventoryPageRequest next(InventoryPage page) {
    return new InventoryPageRequest(
        warehouse,
        page.optionalNextCursor()
            .orElseThrow(() -> new IllegalArgumentException("the page was the last one")),
        pageSize);
  }
}
