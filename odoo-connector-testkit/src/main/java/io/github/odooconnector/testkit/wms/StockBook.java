package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's stock levels per SKU, location, lot and status bucket, read in pages like a WMS's
 * inventory API. Not thread-safe: guarded by the owning {@link SimulatedWms}.
 */
final class StockBook {

  private final int pageSize;
  private final Map<String, StockLevel> stock = new TreeMap<>();

  StockBook(int pageSize) {
    this.pageSize = pageSize;
  }

  void set(StockLevel level) {
    stock.put(
        key(level.sku(), level.location(), level.lotNumber(), level.statusOrAvailable()), level);
  }

  void add(Sku sku, LocationRef location, Quantity qty) {
    StockLevel prev = stock.get(key(sku, location, null, StockStatus.AVAILABLE));
    set(StockLevel.of(sku, location, prev == null ? qty : prev.onHand().plus(qty)));
  }

  /** Adds received goods of a lot (available, with the lot's dates). */
  void addLot(
      Sku sku,
      LocationRef location,
      String lot,
      Quantity qty,
      LocalDate expiry,
      LocalDate bestBefore,
      LocalDate production) {
    if (lot == null) {
      add(sku, location, qty);
      return;
    }
    StockLevel prev = stock.get(key(sku, location, lot, StockStatus.AVAILABLE));
    set(
        StockLevel.builder()
            .sku(sku)
            .location(location)
            .lotNumber(lot)
            .onHand(prev == null ? qty : prev.onHand().plus(qty))
            .expiryDate(expiry)
            .bestBeforeDate(bestBefore)
            .productionDate(production)
            .build());
  }

  /** One page of the levels of the requested warehouse, in a stable order. */
  InventoryPage page(InventoryPageRequest request, Instant takenAt) {
    List<StockLevel> all =
        stock.values().stream()
            .filter(l -> l.location().warehouse().equals(request.warehouse()))
            .toList();
    int from = request.optionalCursor().map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + Math.min(request.pageSize(), pageSize));
    String next = to < all.size() ? String.valueOf(to) : null;
    return new InventoryPage(
        "SIM-SNAPSHOT-" + stock.hashCode(), takenAt, all.subList(from, to), next);
  }

  private static String key(Sku sku, LocationRef location, String lot, StockStatus status) {
    return sku.value() + "@" + location + "#" + (lot == null ? "" : lot) + "/" + status;
  }
}
