package io.github.odooconnector.examples;

import static io.github.odooconnector.examples.internal.Console.row;
import static io.github.odooconnector.examples.internal.ExampleFailure.check;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.examples.internal.Console;
import io.github.odooconnector.examples.internal.ExampleEnvironment;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.InventoryDiscrepancy;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Inventory reconciliation: the WMS's stock snapshot is compared with Odoo's {@code stock.quant}
 * per product and location (converting units of measure — the WMS counts one product in dozens),
 * the differences are reported, and a second pass adjusts Odoo where the difference is within a
 * tolerance while larger ones are left for a person.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am -DskipTests package exec:java
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
    SimulatedWms wms = SimulatedWms.builder().name("acme-wms").build();
    WmsIntegration warehouse =
        env.wmsIntegration(wms, InMemoryIdempotencyStore.create(), InMemoryOutboxStore.create())
            .build();

    // The WMS counts what Odoo believes, give or take: one item short, one counted in dozens (and a
    // few more),
    // one product missing from the WMS altogether.
    String wh = env.warehouseCode();
    LocationRef stock = LocationRef.of(wh, "Stock");
    List<String> skus = env.skus();
    List<OdooRecord> stocked =
        odoo.searchRead(
            "product.product",
            Domain.where("default_code", "!=", false),
            List.of("default_code", "qty_available"),
            SearchOptions.defaults().withOrder("default_code"));
    String missing = null;
    for (OdooRecord p : stocked) {
      String code = p.string("default_code").orElseThrow();
      BigDecimal qty = p.decimal("qty_available").orElse(BigDecimal.ZERO);
      if (qty.signum() <= 0) {
        continue;
      }
      if (missing == null && !skus.contains(code)) {
        missing = code;
        continue;
      }
      wms.setStock(new Sku(code), stock, Quantity.of(qty, UnitOfMeasure.C62));
    }
    BigDecimal first = onHand(odoo, env.productId(skus.get(0)));
    BigDecimal second = onHand(odoo, env.productId(skus.get(1)));
    wms.setStock(
        new Sku(skus.get(0)),
        stock,
        Quantity.of(first.subtract(BigDecimal.ONE), UnitOfMeasure.C62));
    BigDecimal dozens =
        second.divide(BigDecimal.valueOf(12), 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    wms.setStock(new Sku(skus.get(1)), stock, Quantity.of(dozens, UnitOfMeasure.DZN));
    console.step(
        "WMS snapshot for %s: %s one short; %s counted as %s dozen (Odoo has %s units); %s not in"
            + " the WMS",
        wh, skus.get(0), skus.get(1), dozens, second.stripTrailingZeros().toPlainString(), missing);

    ReconciliationReport report =
        warehouse.reconcileInventory(wh, ReconciliationPolicy.reportOnly());
    console.step(
        "Report only: %d product/location pairs compared, %d matched, %d discrepancies",
        report.compared(), report.matched(), report.discrepancies().size());
    table(console, "Discrepancies (report only, Odoo untouched)", report);
    check(!report.isClean(), "expected discrepancies");

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
    BigDecimal afterFirst = onHand(odoo, env.productId(skus.get(0)));
    check(
        afterFirst.compareTo(first.subtract(BigDecimal.ONE)) == 0,
        "Odoo on hand for %s is %s, expected %s",
        skus.get(0),
        afterFirst,
        first.subtract(BigDecimal.ONE));
    console.step(
        "Odoo now has %s x %s on hand, as the WMS counted",
        afterFirst.stripTrailingZeros().toPlainString(), skus.get(0));
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
              d.wmsQuantity(),
              d.odooQuantity(),
              d.difference(),
              d.status()));
    }
    if (rows.size() == 1) {
      rows.add(row("-", "-", "-", "-", "-", "clean"));
    }
    console.table(caption, rows);
  }

  private static BigDecimal onHand(OdooClient odoo, long productId) {
    return odoo.read("product.product", List.of(productId), List.of("qty_available"))
        .get(0)
        .decimal("qty_available")
        .orElse(BigDecimal.ZERO);
  }
}
