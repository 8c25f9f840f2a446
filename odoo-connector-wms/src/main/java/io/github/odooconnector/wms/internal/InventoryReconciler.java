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
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.ExpiredStock;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Workflow 4: compares a WMS inventory snapshot with Odoo's quants per SKU and location (in the
 * product's unit) and, for lot-tracked products the WMS reports per lot, per lot; each stock status
 * bucket is compared at the Odoo location configured for it. Reports the differences and the
 * expired stock Odoo still holds as available and, per policy, adjusts Odoo. Thread-safe.
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

  /** What is compared: a SKU at an Odoo location, per lot ({@code ""} when compared in total). */
  private record LocKey(String sku, String location, String lot) implements Comparable<LocKey> {
    @Override
    public int compareTo(LocKey o) {
      return Comparator.comparing(LocKey::sku)
          .thenComparing(LocKey::location)
          .thenComparing(LocKey::lot)
          .compare(this, o);
    }

    /** The lot as reported, null when compared in total. */
    String lotOrNull() {
      return lot.isEmpty() ? null : lot;
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

  /** One quant of a mapped product with a lot, for the expiry check. */
  private record LotQuant(
      ProductInfo product, long lotId, String lot, String location, BigDecimal qty) {}

  /** Odoo's quantities per SKU, location and lot, and the products it could not map. */
  private record OdooSide(
      Map<LocKey, BigDecimal> quantities,
      Map<LocKey, Long> locationIds,
      Map<LocKey, Long> lotIds,
      List<UnmappedProduct> unmapped,
      List<LotQuant> lotQuants) {}

  /**
   * The Odoo location a WMS level is compared at: the one configured for its status bucket, else
   * the level's own location.
   */
  private String odooLocation(StockLevel level) {
    String configured = settings.statusLocations().get(level.statusOrAvailable());
    return configured != null ? configured : odoo.odooLocationName(level.location());
  }

  /**
   * The SKUs compared per lot: lot-tracked in Odoo, and the WMS reports at least one of their
   * levels with a lot number. A WMS that reports a tracked product without lots is compared in
   * total, as before lots were compared.
   */
  private Set<String> perLotSkus(InventorySnapshot snapshot, Catalog catalog) {
    Set<String> skus = new HashSet<>();
    for (StockLevel level : snapshot.levels()) {
      if (level.lotNumber() != null && !skus.contains(level.sku().value())) {
        ProductInfo p = catalog.product(level.sku().value());
        if (p != null && p.isTracked()) {
          skus.add(level.sku().value());
        }
      }
    }
    return skus;
  }

  ReconciliationReport reconcile(InventorySnapshot snapshot, ReconciliationPolicy policy) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(policy, "policy");
    EventValidator.requireValid(snapshot, "inventory snapshot " + snapshot.snapshotId());
    Catalog catalog = new Catalog();
    Set<String> perLot = perLotSkus(snapshot, catalog);
    // WMS side, summed per SKU, Odoo location (per status bucket) and lot where compared per lot.
    Map<LocKey, Quantity> wms = new TreeMap<>();
    Map<LocKey, StockLevel> wmsLevels = new HashMap<>();
    for (StockLevel level : snapshot.levels()) {
      String sku = level.sku().value();
      String lot = perLot.contains(sku) && level.lotNumber() != null ? level.lotNumber() : "";
      LocKey key = new LocKey(sku, odooLocation(level), lot);
      wms.merge(key, level.onHand(), Quantity::plus);
      wmsLevels.putIfAbsent(key, level);
    }
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
    Map<Long, OdooRecord> quants = new LinkedHashMap<>();
    for (OdooRecord q : odoo.internalQuants(snapshot.warehouse(), onlyProducts)) {
      quants.put(q.id(), q);
    }
    if (onlyProducts == null || !onlyProducts.isEmpty()) {
      for (OdooRecord q :
          odoo.quantsAtLocations(
              new TreeSet<>(settings.statusLocations().values()), onlyProducts)) {
        quants.putIfAbsent(q.id(), q);
      }
    }
    OdooSide inOdoo = odooSide(List.copyOf(quants.values()), catalog, perLot);
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
                catalog.problem(key.sku()),
                key.lotOrNull()));
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
                e.getMessage(),
                key.lotOrNull()));
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
      } else if (product.isTracked() && key.lot().isEmpty()) {
        status = InventoryDiscrepancy.Status.UNRESOLVED;
        note = "lot/serial tracked product reported without lots: adjust per lot in Odoo";
      } else {
        Long locationId = inOdoo.locationIds().get(key);
        Long lotId = inOdoo.lotIds().get(key);
        StockLevel reported = wmsLevels.get(key);
        adjustments.add(
            () ->
                adjust(
                    snapshot.snapshotId(), key, product, converted, locationId, lotId, reported));
        status = InventoryDiscrepancy.Status.ADJUSTED;
      }
      discrepancies.add(
          new InventoryDiscrepancy(
              sku, key.location(), converted, odooQty, diff, status, note, key.lotOrNull()));
    }
    adjustments.forEach(Runnable::run);
    ReconciliationReport report =
        new ReconciliationReport(
            snapshot.snapshotId(),
            snapshot.takenAt(),
            all.size(),
            matched,
            discrepancies,
            inOdoo.unmapped(),
            expiredStock(inOdoo.lotQuants()));
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
   * The stock of expired lots Odoo still holds as available: positive quants of lots whose
   * expiration date is before now, outside the locations configured for quarantined and damaged
   * stock (and in transit); by SKU, lot and location.
   */
  private List<ExpiredStock> expiredStock(List<LotQuant> lotQuants) {
    Set<String> held = new HashSet<>();
    for (StockStatus s :
        List.of(StockStatus.QUARANTINE, StockStatus.DAMAGED, StockStatus.IN_TRANSIT)) {
      String loc = settings.statusLocations().get(s);
      if (loc != null) {
        held.add(loc);
      }
    }
    List<LotQuant> candidates =
        lotQuants.stream()
            .filter(q -> q.qty().signum() > 0 && !held.contains(q.location()))
            .toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<Long, Instant> expirations =
        odoo.lots()
            .expirationDates(new TreeSet<>(candidates.stream().map(LotQuant::lotId).toList()));
    Instant now = settings.clock().instant();
    Map<LocKey, ExpiredStock> expired = new TreeMap<>();
    for (LotQuant q : candidates) {
      Instant expiry = expirations.get(q.lotId());
      if (expiry == null || !expiry.isBefore(now)) {
        continue;
      }
      LocKey key = new LocKey(q.product().sku().value(), q.location(), q.lot());
      expired.merge(
          key,
          new ExpiredStock(
              q.product().sku(),
              q.lot(),
              q.location(),
              Quantity.of(q.qty(), q.product().unit()),
              expiry),
          (a, b) ->
              new ExpiredStock(
                  a.sku(),
                  a.lotNumber(),
                  a.location(),
                  a.quantity().plus(b.quantity()),
                  a.expirationDate()));
    }
    return List.copyOf(expired.values());
  }

  /**
   * Sums the quants per SKU, location and (for {@code perLot} SKUs) lot; quants of products that
   * cannot be mapped are summed per product and reported instead of compared.
   */
  private OdooSide odooSide(List<OdooRecord> quants, Catalog catalog, Set<String> perLot) {
    FieldMap qm = settings.mapping().quant();
    LinkedHashSet<Long> productIds = new LinkedHashSet<>();
    for (OdooRecord q : quants) {
      productIds.add(MappedRecord.of(q, qm).requireMany2one("product").id());
    }
    ProductLookup lookup = odoo.productLookup(productIds);
    lookup.products().values().forEach(p -> catalog.bySku.put(p.sku().value(), p));
    Map<LocKey, BigDecimal> quantities = new TreeMap<>();
    Map<LocKey, Long> locationIds = new HashMap<>();
    Map<LocKey, Long> lotIds = new HashMap<>();
    Map<Long, UnmappedProduct> unmapped = new TreeMap<>();
    List<LotQuant> lotQuants = new ArrayList<>();
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
      Optional<Many2one> lot = m.many2one("lot");
      String lotKey =
          perLot.contains(p.sku().value()) ? lot.map(Many2one::displayName).orElse("") : "";
      LocKey key = new LocKey(p.sku().value(), loc.displayName(), lotKey);
      quantities.merge(key, m.decimalOrZero("quantity"), BigDecimal::add);
      locationIds.put(key, loc.id());
      if (!lotKey.isEmpty()) {
        lot.ifPresent(l -> lotIds.put(key, l.id()));
      }
      lot.ifPresent(
          l ->
              lotQuants.add(
                  new LotQuant(
                      p, l.id(), l.displayName(), loc.displayName(), m.decimalOrZero("quantity"))));
    }
    return new OdooSide(quantities, locationIds, lotIds, List.copyOf(unmapped.values()), lotQuants);
  }

  /**
   * Sets Odoo's quant of the key to the WMS quantity, once per snapshot and key. A lot the WMS
   * reports and Odoo does not know is created (with the dates of the WMS level) first.
   */
  private void adjust(
      String snapshotId,
      LocKey key,
      ProductInfo product,
      Quantity target,
      Long knownLocationId,
      Long knownLotId,
      StockLevel reported) {
    String idKey =
        settings.keyPrefix()
            + "adjust:"
            + snapshotId
            + ":"
            + key.sku()
            + "@"
            + key.location()
            + (key.lot().isEmpty() ? "" : "#" + key.lot());
    idempotent.execute(
        idKey,
        key.lot().isEmpty()
            ? Map.of(
                "sku", key.sku(), "location", key.location(), "qty", target.value().toPlainString())
            : Map.of(
                "sku",
                key.sku(),
                "location",
                key.location(),
                "lot",
                key.lot(),
                "qty",
                target.value().toPlainString()),
        String.class,
        () -> {
          long locationId =
              knownLocationId != null ? knownLocationId : odoo.locationByName(key.location());
          Long lotId = knownLotId;
          if (lotId == null && !key.lot().isEmpty()) {
            lotId =
                odoo.lots()
                    .findOrCreate(
                        product.id(),
                        null,
                        key.lot(),
                        reported == null
                            ? StockLots.LotDates.NONE
                            : new StockLots.LotDates(
                                reported.expiryDate(),
                                reported.bestBeforeDate(),
                                reported.productionDate()));
          }
          long quantId = odoo.adjustQuant(product.id(), locationId, lotId, target.value());
          if (!odoo.quantHolds(quantId, target.value())) {
            throw new WmsWorkflowException(
                "inventory adjustment of "
                    + key.sku()
                    + (key.lot().isEmpty() ? "" : " lot " + key.lot())
                    + " at "
                    + key.location()
                    + " did not take effect in Odoo");
          }
          return String.valueOf(quantId);
        });
  }
}
