package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's stock levels per SKU and location, read in pages like a WMS's inventory API. Not
 * thread-safe: guarded by the owning {@link SimulatedWms}.
 */
final class StockBook {

  private final int pageSize;
  private final Map<String, StockLevel> stock = new TreeMap<>();

  StockBook(int pageSize) {
    this.pageSize = pageSize;
  }

  void set(StockLevel level) {
    stock.put(key(level.sku(), level.location()), level);
  }

  void add(Sku sku, LocationRef location, Quantity qty) {
    StockLevel prev = stock.get(key(sku, location));
    set(StockLevel.of(sku, location, prev == null ? qty : prev.onHand().plus(qty)));
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

  private static String key(Sku sku, LocationRef location) {
    return sku.value() + "@" + location;
  }
}
