package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.mapping.ProductInfo;
import io.github.odooconnector.mapping.ProductLookup;
import io.github.odooconnector.model.IncompatibleUnitsException;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.InventoryDiscrepancy;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.UnmappedProduct;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Workflow 4: compares a WMS inventory snapshot with Odoo's quants per SKU and location (in the
 * product's unit), reports the differences and, per policy, adjusts Odoo. Thread-safe.
 */
final class InventoryReconciler {

  private final WmsPickingGateway odoo;
  private final WmsAdapter adapter;
  private final Idempotent idempotent;
  private final EventPublisher events;
  private final WmsSettings settings;

  InventoryReconciler(
      WmsPickingGateway odoo,
      WmsAdapter adapter,
      Idempotent idempotent,
      EventPublisher events,
      WmsSettings settings) {
    this.odoo = odoo;
    this.adapter = adapter;
    this.idempotent = idempotent;
    this.events = events;
    this.settings = settings;
  }

  ReconciliationReport reconcileInventory(String warehouse, ReconciliationPolicy policy) {
    if (!adapter.capabilities().supports(WmsFeature.INVENTORY_SNAPSHOT)) {
      throw new UnsupportedWmsOperationException(
          adapter.name() + " does not support inventory snapshots");
    }
    InventoryPageRequest request =
        InventoryPageRequest.first(warehouse, adapter.capabilities().maxInventoryPageSize());
    List<StockLevel> levels = new ArrayList<>();
    String snapshotId = null;
    Instant takenAt = null;
    int pages = 0;
    while (true) {
      InventoryPage page = adapter.fetchInventory(request);
      if (snapshotId == null) {
        snapshotId = page.snapshotId();
        takenAt = page.takenAt();
      } else if (!snapshotId.equals(page.snapshotId())) {
        throw new WmsWorkflowException(
            "inventory pages belong to different snapshots ("
                + snapshotId
                + ", "
                + page.snapshotId()
                + "); retry the reconciliation");
      }
      levels.addAll(page.levels());
      if (page.isLast()) {
        break;
      }
      if (++pages > 100_000) {
        throw new WmsWorkflowException("inventory snapshot has more than 100000 pages; giving up");
      }
      request = request.next(page);
    }
    return reconcile(new InventorySnapshot(snapshotId, warehouse, takenAt, true, levels), policy);
  }

  private record LocKey(String sku, String location) implements Comparable<LocKey> {
    @Override
    public int compareTo(LocKey o) {
      return Comparator.comparing(LocKey::sku).thenComparing(LocKey::location).compare(this, o);
    }
  }

  /** What the reconciliation knows about each SKU in Odoo: its product, or why there is none. */
  private final class Catalog {
    final Map<String, ProductInfo> bySku = new HashMap<>();
    final Map<String, String> problems = new HashMap<>();

    /** The product of a SKU, looked up once; null when Odoo has none or cannot map it. */
    ProductInfo product(String sku) {
      if (!bySku.containsKey(sku) && !problems.containsKey(sku)) {
        ProductLookup lookup = odoo.productLookupBySku(new Sku(sku));
        lookup.products().values().forEach(p -> bySku.put(sku, p));
        lookup.unmapped().values().forEach(e -> problems.put(sku, e.getMessage()));
        if (lookup.products().isEmpty() && lookup.unmapped().isEmpty()) {
          bySku.put(sku, null);
        }
      }
      return bySku.get(sku);
    }

    /** Why a SKU could not be compared. */
    String problem(String sku) {
      return problems.getOrDefault(sku, "SKU unknown to Odoo");
    }
  }

  /** Odoo's quantities per SKU and location, and the products it could not map. */
  private record OdooSide(
      Map<LocKey, BigDecimal> quantities,
      Map<LocKey, Long> locationIds,
      List<UnmappedProduct> unmapped) {}

  ReconciliationReport reconcile(InventorySnapshot snapshot, ReconciliationPolicy policy) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(policy, "policy");
    EventValidator.requireValid(snapshot, "inventory snapshot " + snapshot.snapshotId());
    // WMS side, summed per SKU and Odoo location name (lots are compared in total).
    Map<LocKey, Quantity> wms = new TreeMap<>();
    for (StockLevel level : snapshot.levels()) {
      LocKey key = new LocKey(level.sku().value(), odoo.odooLocationName(level.location()));
      wms.merge(key, level.onHand(), Quantity::plus);
    }
    Catalog catalog = new Catalog();
    List<Long> onlyProducts = null;
    if (!snapshot.complete()) {
      // a cycle count: compare the counted products only
      onlyProducts = new ArrayList<>();
      for (LocKey key : wms.keySet()) {
        ProductInfo p = catalog.product(key.sku());
        if (p != null && !onlyProducts.contains(p.id())) {
          onlyProducts.add(p.id());
        }
      }
    }
    OdooSide inOdoo = odooSide(odoo.internalQuants(snapshot.warehouse(), onlyProducts), catalog);
    Set<LocKey> all = new TreeSet<>(wms.keySet());
    all.addAll(inOdoo.quantities().keySet());
    int matched = 0;
    List<InventoryDiscrepancy> discrepancies = new ArrayList<>();
    // Everything is compared before the first adjustment is written, so a product that cannot be
    // compared never leaves a reconciliation half-applied.
    List<Runnable> adjustments = new ArrayList<>();
    for (LocKey key : all) {
      Quantity wmsQty = wms.get(key);
      Sku sku = new Sku(key.sku());
      ProductInfo product = catalog.product(key.sku());
      if (product == null) {
        discrepancies.add(
            new InventoryDiscrepancy(
                sku,
                key.location(),
                wmsQty,
                Quantity.of(BigDecimal.ZERO, wmsQty.unit()),
                wmsQty,
                InventoryDiscrepancy.Status.UNRESOLVED,
                catalog.problem(key.sku())));
        continue;
      }
      Quantity odooQty =
          Quantity.of(inOdoo.quantities().getOrDefault(key, BigDecimal.ZERO), product.unit());
      Quantity converted;
      try {
        converted =
            wmsQty == null
                ? Quantity.of(BigDecimal.ZERO, product.unit())
                : wmsQty.to(product.unit());
      } catch (IncompatibleUnitsException e) {
        discrepancies.add(
            new InventoryDiscrepancy(
                sku,
                key.location(),
                wmsQty,
                odooQty,
                Quantity.of(BigDecimal.ZERO, product.unit()),
                InventoryDiscrepancy.Status.UNRESOLVED,
                e.getMessage()));
        continue;
      }
      Quantity diff = converted.minus(odooQty);
      if (diff.value().abs().compareTo(policy.ignoreBelow()) <= 0) {
        matched++;
        continue;
      }
      InventoryDiscrepancy.Status status;
      String note = "";
      if (!policy.applyAdjustments()) {
        status = InventoryDiscrepancy.Status.REPORTED;
      } else if (diff.value().abs().compareTo(policy.adjustmentTolerance()) > 0) {
        status = InventoryDiscrepancy.Status.EXCEEDS_TOLERANCE;
      } else if (product.isTracked()) {
        status = InventoryDiscrepancy.Status.UNRESOLVED;
        note = "lot/serial tracked product: adjust per lot in Odoo";
      } else {
        Long locationId = inOdoo.locationIds().get(key);
        adjustments.add(() -> adjust(snapshot.snapshotId(), key, product, converted, locationId));
        status = InventoryDiscrepancy.Status.ADJUSTED;
      }
      discrepancies.add(
          new InventoryDiscrepancy(sku, key.location(), converted, odooQty, diff, status, note));
    }
    adjustments.forEach(Runnable::run);
    ReconciliationReport report =
        new ReconciliationReport(
            snapshot.snapshotId(),
            snapshot.takenAt(),
            all.size(),
            matched,
            discrepancies,
            inOdoo.unmapped());
    if (!report.isClean()) {
      events.publish(
          settings.keyPrefix() + "reconciliation:" + snapshot.snapshotId(),
          WmsEventTypes.INVENTORY_DISCREPANCY,
          snapshot.snapshotId(),
          report);
    }
    return report;
  }

  /**
   * Sums the quants per SKU and location; quants of products that cannot be mapped are summed per
   * product and reported instead of compared.
   */
  private OdooSide odooSide(List<OdooRecord> quants, Catalog catalog) {
    FieldMap qm = settings.mapping().quant();
    LinkedHashSet<Long> productIds = new LinkedHashSet<>();
    for (OdooRecord q : quants) {
      productIds.add(MappedRecord.of(q, qm).requireMany2one("product").id());
    }
    ProductLookup lookup = odoo.productLookup(productIds);
    lookup.products().values().forEach(p -> catalog.bySku.put(p.sku().value(), p));
    Map<LocKey, BigDecimal> quantities = new TreeMap<>();
    Map<LocKey, Long> locationIds = new HashMap<>();
    Map<Long, UnmappedProduct> unmapped = new TreeMap<>();
    for (OdooRecord q : quants) {
      MappedRecord m = MappedRecord.of(q, qm);
      Many2one product = m.requireMany2one("product");
      ProductInfo p = lookup.products().get(product.id());
      MappingException problem = lookup.unmapped().get(product.id());
      if (problem != null) {
        unmapped.merge(
            product.id(),
            new UnmappedProduct(
                product.id(),
                product.displayName(),
                m.decimalOrZero("quantity"),
                problem.getMessage()),
            (a, b) ->
                new UnmappedProduct(
                    a.productId(), a.name(), a.odooQuantity().add(b.odooQuantity()), a.reason()));
      }
      if (p == null) {
        continue;
      }
      Many2one loc = m.requireMany2one("location");
      LocKey key = new LocKey(p.sku().value(), loc.displayName());
      quantities.merge(key, m.decimalOrZero("quantity"), BigDecimal::add);
      locationIds.put(key, loc.id());
    }
    return new OdooSide(quantities, locationIds, List.copyOf(unmapped.values()));
  }

  private void adjust(
      String snapshotId, LocKey key, ProductInfo product, Quantity target, Long knownLocationId) {
    String idKey =
        settings.keyPrefix() + "adjust:" + snapshotId + ":" + key.sku() + "@" + key.location();
    idempotent.execute(
        idKey,
        Map.of("sku", key.sku(), "location", key.location(), "qty", target.value().toPlainString()),
        String.class,
        () -> {
          long locationId =
              knownLocationId != null ? knownLocationId : odoo.locationByName(key.location());
          long quantId = odoo.adjustQuant(product.id(), locationId, target.value());
          if (!odoo.quantHolds(quantId, target.value())) {
            throw new WmsWorkflowException(
                "inventory adjustment of "
                    + key.sku()
                    + " at "
                    + key.location()
                    + " did not take effect in Odoo");
          }
          return String.valueOf(quantId);
        });
  }
}
