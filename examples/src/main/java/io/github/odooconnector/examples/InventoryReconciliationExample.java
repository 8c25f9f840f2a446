package io.github.odooconnector.examples;

import static io.github.odooconnector.examples.internal.Console.row;
import static io.github.odooconnector.examples.internal.ExampleFailure.check;

import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.examples.internal.Console;
import io.github.odooconnector.examples.internal.ExampleEnvironment;
import io.github.odooconnector.mapping.UnitOfMeasureMap;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.InventoryDiscrepancy;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.UnmappedProduct;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Inventory reconciliation: the WMS's stock snapshot is compared with Odoo's {@code stock.quant}
 * per product and location (converting units of measure — the WMS counts one product in dozens),
 * the differences are reported (products Odoo cannot map, such as one without an internal
 * reference, are reported as unmapped and the run carries on), and a second pass adjusts Odoo where
 * the difference is within a tolerance while larger ones are left for a person.
 *
 * <p>Run it with {@code mvn -B -ntp -Dquick -pl examples -am package exec:java
 * -Dexec.mainClass=io.github.odooconnector.examples.InventoryReconciliationExample}.
 */
public final class InventoryReconciliationExample {
  private static final int TOLERANCE = 5;

  private InventoryReconciliationExample() {}

  /**
   * Runs the example; exits with status 1 and a reason when a step does not reach the expected
   * state.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ExampleEnvironment.runMain(InventoryReconciliationExample::run);
  }

  static void run(ExampleEnvironment env) {
    Console console = new Console("Inventory reconciliation");
    OdooClient odoo = env.odoo();
    console.step("Odoo: %s", env.description());
    ExampleSetup.Products products = env.products();
    long unreferenced = ExampleSetup.ensureUnreferencedProduct(odoo);
    env.onHand(unreferenced, ExampleSetup.UNREFERENCED, 3);
    env.takeSetupNotes().forEach(note -> console.detail("setup: %s", note));
    SimulatedWms wms = SimulatedWms.builder().name("acme-wms").build();
    WmsIntegration warehouse =
        env.wmsIntegration(wms, InMemoryIdempotencyStore.create(), InMemoryOutboxStore.create())
            .build();

    // The WMS counts what Odoo holds in its internal locations, except: the desk one short, the
    // chair counted in dozens (rounded up), the cabinet missing altogether. A product without an
    // internal reference has no SKU, so the WMS cannot know it.
    String wh = env.warehouseCode();
    LocationRef stock = LocationRef.of(wh, "Stock");
    String desk = ExampleSetup.DESK;
    String chair = ExampleSetup.CHAIR;
    String cabinet = ExampleSetup.CABINET;
    int mirrored = mirrorOdooStock(odoo, wms, Set.of(desk, chair, cabinet));
    BigDecimal first = onHand(odoo, products.id(desk));
    BigDecimal second = onHand(odoo, products.id(chair));
    wms.setStock(
        new Sku(desk), stock, Quantity.of(first.subtract(BigDecimal.ONE), UnitOfMeasure.C62));
    BigDecimal dozens =
        second.divide(BigDecimal.valueOf(12), 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    wms.setStock(new Sku(chair), stock, Quantity.of(dozens, UnitOfMeasure.DZN));
    console.step(
        "WMS snapshot for %s: %d stock levels as Odoo has them; %s one short; %s counted as %s"
            + " (Odoo has %s); %s not in the WMS",
        wh,
        mirrored,
        desk,
        chair,
        Quantity.of(dozens, UnitOfMeasure.DZN).display(),
        Quantity.of(second, UnitOfMeasure.C62).display(),
        cabinet);

    ReconciliationReport report =
        warehouse.reconcileInventory(wh, ReconciliationPolicy.reportOnly());
    console.step(
        "Report only: %d product/location pairs compared, %d matched, %d discrepancies",
        report.compared(), report.matched(), report.discrepancies().size());
    table(console, "Discrepancies (report only, Odoo untouched)", report);
    check(!report.isClean(), "expected discrepancies");
    console.detail(
        "%d product(s) with stock in Odoo could not be compared and were reported, not fatal:",
        report.unmappedProducts().size());
    for (UnmappedProduct u : report.unmappedProducts()) {
      console.detail(
          "  %s (id %d): %s in Odoo; %s",
          u.name(),
          u.productId(),
          u.odooQuantity().stripTrailingZeros().toPlainString(),
          u.reason());
    }
    check(
        report.unmappedProducts().stream().anyMatch(u -> u.productId() == unreferenced),
        "%s was not reported as unmapped",
        ExampleSetup.UNREFERENCED);

    ReconciliationReport adjusted =
        warehouse.reconcileInventory(
            wh, ReconciliationPolicy.adjustWithin(BigDecimal.valueOf(TOLERANCE)));
    List<InventoryDiscrepancy> done = adjusted.withStatus(InventoryDiscrepancy.Status.ADJUSTED);
    List<InventoryDiscrepancy> forPeople =
        adjusted.withStatus(InventoryDiscrepancy.Status.EXCEEDS_TOLERANCE);
    console.step(
        "Adjust within "
            + TOLERANCE
            + " units: %d adjusted in Odoo, %d beyond tolerance left for a person",
        done.size(),
        forPeople.size());
    table(console, "Discrepancies (adjust within " + TOLERANCE + ")", adjusted);
    check(!done.isEmpty(), "nothing was adjusted");
    BigDecimal afterFirst = onHand(odoo, products.id(desk));
    check(
        afterFirst.compareTo(first.subtract(BigDecimal.ONE)) == 0,
        "Odoo on hand for %s is %s, expected %s",
        desk,
        afterFirst,
        first.subtract(BigDecimal.ONE));
    console.step(
        "Odoo now has %s of %s on hand, as the WMS counted",
        Quantity.of(afterFirst, UnitOfMeasure.C62).display(), desk);
    console.success(
        "snapshot compared with unit conversion, small differences adjusted, large ones reported");
  }

  private static void table(Console console, String caption, ReconciliationReport report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("product", "location", "WMS", "Odoo", "difference", "status"));
    for (InventoryDiscrepancy d : report.discrepancies()) {
      rows.add(
          row(
              d.sku().value(),
              d.location(),
              d.wmsQuantity().display(),
              d.odooQuantity().display(),
              d.difference().display(),
              d.status()));
    }
    if (rows.size() == 1) {
      rows.add(row("-", "-", "-", "-", "-", "clean"));
    }
    console.table(caption, rows);
  }

  /**
   * Gives the WMS the stock Odoo holds in internal locations, per SKU and location, for every
   * product with an internal reference except {@code leaveOut}; returns the number of levels.
   */
  private static int mirrorOdooStock(OdooClient odoo, SimulatedWms wms, Set<String> leaveOut) {
    List<OdooRecord> quants =
        odoo.searchRead(
            "stock.quant",
            Domain.where("location_id.usage", "=", "internal"),
            List.of("product_id", "location_id", "quantity"),
            SearchOptions.defaults());
    Set<Long> productIds = new TreeSet<>();
    quants.forEach(q -> productIds.add(q.many2one("product_id").orElseThrow().id()));
    Map<Long, OdooRecord> productsById = new HashMap<>();
    for (OdooRecord p :
        odoo.withContext(Context.builder().activeTest(false).build())
            .read("product.product", List.copyOf(productIds), List.of("default_code", "uom_id"))) {
      productsById.put(p.id(), p);
    }
    UnitOfMeasureMap units = UnitOfMeasureMap.defaults();
    Map<String, Quantity> levels = new TreeMap<>();
    Map<String, StockLevel> byKey = new TreeMap<>();
    for (OdooRecord q : quants) {
      OdooRecord product = productsById.get(q.many2one("product_id").orElseThrow().id());
      Optional<String> code = product.string("default_code");
      Optional<UnitOfMeasure> unit =
          product.many2one("uom_id").flatMap(u -> units.find(u.displayName()));
      String location = q.many2one("location_id").orElseThrow().displayName();
      int slash = location.indexOf('/');
      BigDecimal quantity = q.decimal("quantity").orElse(BigDecimal.ZERO);
      if (code.isEmpty() || leaveOut.contains(code.get()) || unit.isEmpty() || slash < 0) {
        continue; // no SKU, left out on purpose, or a unit the WMS would not know
      }
      LocationRef where =
          LocationRef.of(location.substring(0, slash), location.substring(slash + 1));
      String key = code.get() + "@" + where;
      Quantity sum = levels.merge(key, Quantity.of(quantity, unit.get()), Quantity::plus);
      byKey.put(key, StockLevel.of(new Sku(code.get()), where, sum));
    }
    int count = 0;
    for (StockLevel level : byKey.values()) {
      if (level.onHand().value().signum() >= 0) {
        wms.setStock(level.sku(), level.location(), level.onHand());
        count++;
      }
    }
    return count;
  }

  private static BigDecimal onHand(OdooClient odoo, long productId) {
    return odoo.read("product.product", List.of(productId), List.of("qty_available"))
        .get(0)
        .decimal("qty_available")
        .orElse(BigDecimal.ZERO);
  }
}
