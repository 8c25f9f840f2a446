package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.wms.spi.WmsUnknownItemException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's item master: the products it was told about, and (when required) the check that
 * refuses orders with products it does not know. Not thread-safe: guarded by the owning {@link
 * SimulatedWms}.
 */
final class ItemCatalog {

  private final boolean required;
  private final Map<Sku, Item> items = new LinkedHashMap<>();
  private final Set<String> keys = new LinkedHashSet<>();
  private int upserts;

  ItemCatalog(boolean required) {
    this.required = required;
  }

  /** Stores an item; a key seen before is a no-op, like an idempotent WMS API. */
  void upsert(Item item, String idempotencyKey) {
    if (keys.add(idempotencyKey)) {
      upserts++;
      items.put(item.sku(), item);
    }
  }

  /** Refuses an order naming products the item master lacks, when one is required. */
  void requireKnown(FulfillmentOrder order) {
    if (!required) {
      return;
    }
    List<Sku> unknown =
        order.lines().stream()
            .map(FulfillmentLine::sku)
            .filter(s -> !items.containsKey(s))
            .distinct()
            .toList();
    if (!unknown.isEmpty()) {
      throw new WmsUnknownItemException(
          "order " + order.fulfillmentOrderId() + " names unknown items " + unknown, unknown);
    }
  }

  Map<Sku, Item> items() {
    return Map.copyOf(items);
  }

  int upserts() {
    return upserts;
  }
}
