package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.mapping.ProductInfo;
import io.github.odooconnector.mapping.ProductLookup;
import io.github.odooconnector.model.CanonicalModelException;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.ItemTracking;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsFeature;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow 0: tells the WMS about products before it has to receive or ship them. Each product is
 * read from Odoo, mapped to an {@link Item} and pushed once per distinct content: the idempotency
 * key contains a fingerprint of the item, so pushing an unchanged product again does not reach the
 * WMS and a changed one is pushed again. Weights are read as kilograms and volumes as cubic metres
 * (Odoo's defaults). Thread-safe.
 */
final class ItemMaster {

  private final WmsPickingGateway odoo;
  private final WmsAdapter adapter;
  private final Idempotent idempotent;
  private final WmsSettings settings;

  ItemMaster(
      WmsPickingGateway odoo, WmsAdapter adapter, Idempotent idempotent, WmsSettings settings) {
    this.odoo = odoo;
    this.adapter = adapter;
    this.idempotent = idempotent;
    this.settings = settings;
  }

  boolean supported() {
    return adapter.capabilities().supports(WmsFeature.ITEM_MASTER);
  }

  private void requireSupported() {
    if (!supported()) {
      throw new UnsupportedWmsOperationException(adapter.name() + " does not keep an item master");
    }
  }

  /** Pushes every product with an internal reference that is not a service. */
  BatchReport resync() {
    requireSupported();
    Domain domain =
        Domain.where("default_code", "!=", false).and(Domain.where("type", "!=", "service"));
    return pushAll(odoo.itemRecords(domain), List.of());
  }

  /** Pushes the products with these SKUs; a SKU Odoo does not know is a failed item. */
  BatchReport push(Collection<Sku> skus) {
    requireSupported();
    List<String> codes = skus.stream().map(Sku::value).distinct().toList();
    return pushAll(odoo.itemRecords(Domain.where("default_code", "in", codes)), codes);
  }

  /**
   * Pushes the products a WMS said it does not know, for a release to be tried once more; throws
   * the first failure, since the release cannot succeed without every item.
   */
  void pushForRetry(Collection<Sku> skus) {
    BatchReport report = push(skus);
    if (!report.failed().isEmpty()) {
      BatchReport.Failure f = report.failed().get(0);
      throw new WmsWorkflowException(
          "the WMS does not know " + f.reference() + " and pushing it failed: " + f.error());
    }
  }

  private BatchReport pushAll(List<OdooRecord> records, List<String> expectedSkus) {
    List<Long> ids = records.stream().map(OdooRecord::id).toList();
    ProductLookup lookup = odoo.productLookup(ids);
    BatchRun run = BatchRun.stoppingOnWmsOutage();
    Set<String> found = new LinkedHashSet<>();
    for (OdooRecord r : records) {
      String ref = r.string("default_code").orElse("product.product(" + r.id() + ")");
      found.add(ref);
      run.run(
          ref,
          () -> {
            MappingException unmapped = lookup.unmapped().get(r.id());
            if (unmapped != null) {
              throw new WmsWorkflowException(unmapped.getMessage(), unmapped);
            }
            return pushOne(item(r, lookup.products().get(r.id())));
          });
    }
    for (String sku : expectedSkus) {
      if (!found.contains(sku)) {
        run.run(
            sku,
            () -> {
              throw new WmsWorkflowException("no Odoo product has the internal reference " + sku);
            });
      }
    }
    return run.report();
  }

  private BatchRun.Done pushOne(Item item) {
    String sku = item.sku().value();
    String key =
        settings.keyPrefix() + "item:" + sku + ":" + idempotent.fingerprint(item).substring(0, 16);
    if (idempotent.completedResult(key, String.class).isPresent()) {
      return BatchRun.Done.skipped(sku, "unchanged since it was last pushed");
    }
    idempotent.execute(
        key,
        item,
        String.class,
        () -> {
          adapter.upsertItem(item, key);
          return sku;
        });
    return BatchRun.Done.succeeded(sku);
  }

  private Item item(OdooRecord r, ProductInfo product) {
    try {
      Item.Builder b =
          Item.builder()
              .sku(product.sku())
              .description(r.string("display_name").orElse(product.name()))
              .unit(product.unit())
              .tracking(tracking(r.string("tracking").orElse("none")))
              .expiryTracked(r.bool("use_expiration_date"));
      r.string("barcode").ifPresent(b::addBarcode);
      positive(r, "weight").ifPresent(w -> b.weight(Weight.of(w, UnitOfMeasure.KGM)));
      positive(r, "volume").ifPresent(v -> b.volume(Quantity.of(v, UnitOfMeasure.MTQ)));
      r.string("hs_code").ifPresent(b::hsCode);
      r.many2one("country_of_origin")
          .flatMap(c -> odoo.countryCode(c.id()))
          .ifPresent(b::countryOfOrigin);
      return b.build();
    } catch (CanonicalModelException e) {
      throw new WmsWorkflowException(
          "product " + product.sku().value() + " cannot be sent to the WMS: " + e.getMessage(), e);
    }
  }

  private static Optional<BigDecimal> positive(OdooRecord r, String field) {
    return r.decimal(field).filter(v -> v.signum() > 0);
  }

  private static ItemTracking tracking(String odoo) {
    return switch (odoo) {
      case "lot" -> ItemTracking.LOT;
      case "serial" -> ItemTracking.SERIAL;
      default -> ItemTracking.NONE;
    };
  }
}
