package io.github.odooconnector.wms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.OdooServerException;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.testsupport.NoopWms;
import io.github.odooconnector.wms.api.InventoryDiscrepancy;
import io.github.odooconnector.wms.api.InventoryDiscrepancy.Status;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.UnmappedProduct;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  private static final LocationRef STOCK = LocationRef.of("WH", "Stock");
  private TableOdoo odoo;
  private InMemoryOutboxStore outbox;
  private WmsIntegration wms;

  @BeforeEach
  void seed() {
    odoo = new TableOdoo();
    odoo.insert(
        "product.product",
        Map.of(
            "id",
            1,
            "default_code",
            "DESK",
            "display_name",
            "Desk",
            "uom_id",
            TableOdoo.m2o(1, "Units"),
            "tracking",
            "none"));
    odoo.insert(
        "product.product",
        Map.of(
            "id",
            2,
            "default_code",
            "CHAIR",
            "display_name",
            "Chair",
            "uom_id",
            TableOdoo.m2o(1, "Units"),
            "tracking",
            "none"));
    odoo.insert(
        "product.product",
        Map.of(
            "id",
            3,
            "default_code",
            "FLOUR",
            "display_name",
            "Flour",
            "uom_id",
            TableOdoo.m2o(3, "kg"),
            "tracking",
            "none"));
    odoo.insert(
        "product.product",
        Map.of(
            "id",
            4,
            "default_code",
            "SCAN",
            "display_name",
            "Scanner",
            "uom_id",
            TableOdoo.m2o(1, "Units"),
            "tracking",
            "lot"));
    odoo.insert(
        "stock.quant",
        Map.of(
            "id",
            11,
            "product_id",
            TableOdoo.m2o(1, "Desk"),
            "location_id",
            TableOdoo.m2o(5, "WH/Stock"),
            "lot_id",
            false,
            "quantity",
            50.0));
    odoo.insert(
        "stock.quant",
        Map.of(
            "id",
            12,
            "product_id",
            TableOdoo.m2o(2, "Chair"),
            "location_id",
            TableOdoo.m2o(5, "WH/Stock"),
            "lot_id",
            false,
            "quantity",
            20.0));
    odoo.insert(
        "stock.quant",
        Map.of(
            "id",
            13,
            "product_id",
            TableOdoo.m2o(3, "Flour"),
            "location_id",
            TableOdoo.m2o(5, "WH/Stock"),
            "lot_id",
            false,
            "quantity",
            2.0));
    odoo.insert(
        "stock.quant",
        Map.of(
            "id",
            14,
            "product_id",
            TableOdoo.m2o(4, "Scanner"),
            "location_id",
            TableOdoo.m2o(5, "WH/Stock"),
            "lot_id",
            TableOdoo.m2o(9, "LOT-1"),
            "quantity",
            10.0));
    odoo.insert("stock.location", Map.of("id", 5, "complete_name", "WH/Stock"));
    odoo.methods.put(
        "stock.quant.action_apply_inventory",
        (args, ctx) -> {
          applyCounts(args);
          return null;
        });
    outbox = InMemoryOutboxStore.create();
    wms =
        WmsIntegration.builder()
            .odoo(odoo)
            .adapter(new NoopWms())
            .idempotencyStore(InMemoryIdempotencyStore.create())
            .outboxStore(outbox)
            .build();
  }

  private void applyCounts(List<?> args) {
    for (Object id : (List<?>) args.get(0)) {
      Map<String, Object> quant = odoo.row("stock.quant", ((Number) id).longValue());
      quant.put("quantity", ((BigDecimal) quant.get("inventory_quantity")).doubleValue());
    }
  }

  private static InventorySnapshot snapshot(String id, StockLevel... levels) {
    return new InventorySnapshot(
        id, "WH", Instant.parse("2026-11-27T05:00:00Z"), true, List.of(levels));
  }

  @Test
  void smallDifferencesAreAdjustedAndLargeOnesOnlyReported() {
    InventorySnapshot snap =
        snapshot(
            "S1",
            StockLevel.of(Sku.of("DESK"), STOCK, Quantity.pieces(49)), // -1: adjust
            StockLevel.of(Sku.of("CHAIR"), STOCK, Quantity.pieces(5)), // -15: exceeds tolerance
            StockLevel.of(
                Sku.of("FLOUR"), STOCK, Quantity.of(2000, UnitOfMeasure.GRM)), // 2 kg: match
            StockLevel.of(Sku.of("SCAN"), STOCK, Quantity.pieces(9))); // lot-tracked: unresolved

    ReconciliationReport report =
        wms.reconcile(snap, ReconciliationPolicy.adjustWithin(new BigDecimal("2")));

    assertThat(report.compared()).isEqualTo(4);
    assertThat(report.matched()).isEqualTo(1);
    assertThat(report.discrepancies())
        .extracting(d -> d.sku().value(), InventoryDiscrepancy::status)
        .containsExactly(
            Tuple.tuple("CHAIR", Status.EXCEEDS_TOLERANCE),
            Tuple.tuple("DESK", Status.ADJUSTED),
            Tuple.tuple("SCAN", Status.UNRESOLVED));
    assertThat(odoo.log)
        .filteredOn(l -> l.startsWith("write stock.quant"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("[11]")
                    .contains("inventory_quantity=49")
                    .contains("inventory_mode=true"));
    assertThat(odoo.log)
        .filteredOn(l -> l.contains("action_apply_inventory"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("[[11]]"));
    assertThat(outbox.list(OutboxStatus.PENDING, 10))
        .singleElement()
        .satisfies(r -> assertThat(r.eventType()).isEqualTo("wms.inventory.discrepancy"));
  }

  @Test
  void reconcilingTheSameSnapshotAgainDoesNotAdjustTwice() {
    InventorySnapshot snap =
        snapshot(
            "S2",
            StockLevel.of(Sku.of("DESK"), STOCK, Quantity.pieces(48)),
            StockLevel.of(Sku.of("CHAIR"), STOCK, Quantity.pieces(20)),
            StockLevel.of(Sku.of("FLOUR"), STOCK, Quantity.of(2, UnitOfMeasure.KGM)),
            StockLevel.of(Sku.of("SCAN"), STOCK, Quantity.pieces(10)));
    ReconciliationPolicy policy = ReconciliationPolicy.adjustWithin(new BigDecimal("5"));

    wms.reconcile(snap, policy);
    wms.reconcile(snap, policy);

    assertThat(odoo.log).filteredOn(l -> l.contains("action_apply_inventory")).hasSize(1);
    assertThat(outbox.list(OutboxStatus.PENDING, 10)).hasSize(1);
  }

  @Test
  void unknownSkuAndIncompatibleUnitsAreUnresolvedNotFatal() {
    InventorySnapshot snap =
        snapshot(
            "S3",
            StockLevel.of(Sku.of("GHOST"), STOCK, Quantity.pieces(1)),
            StockLevel.of(Sku.of("FLOUR"), STOCK, Quantity.of(3, UnitOfMeasure.LTR)),
            StockLevel.of(Sku.of("DESK"), STOCK, Quantity.pieces(50)),
            StockLevel.of(Sku.of("CHAIR"), STOCK, Quantity.pieces(20)),
            StockLevel.of(Sku.of("SCAN"), STOCK, Quantity.pieces(10)));

    ReconciliationReport report = wms.reconcile(snap, ReconciliationPolicy.reportOnly());

    List<InventoryDiscrepancy> unresolved = report.withStatus(Status.UNRESOLVED);
    assertThat(unresolved).extracting(d -> d.sku().value()).containsExactly("FLOUR", "GHOST");
    assertThat(unresolved.get(0).note()).contains("LTR").contains("KGM");
    assertThat(unresolved.get(1).note()).isEqualTo("SKU unknown to Odoo");
    assertThat(odoo.log).noneMatch(l -> l.startsWith("write") || l.startsWith("call"));
  }

  @Test
  void xmlRpcMarshalFaultAfterACommittedAdjustmentIsNotAFailure() {
    odoo.methods.put(
        "stock.quant.action_apply_inventory",
        (args, ctx) -> {
          applyCounts(args);
          throw new OdooServerException(
              "cannot marshal None unless allow_none is enabled",
              "stock.quant",
              "action_apply_inventory",
              ServerVersion.UNKNOWN,
              null,
              null);
        });
    InventorySnapshot snap =
        snapshot(
            "S4",
            StockLevel.of(Sku.of("DESK"), STOCK, Quantity.pieces(49)),
            StockLevel.of(Sku.of("CHAIR"), STOCK, Quantity.pieces(20)),
            StockLevel.of(Sku.of("FLOUR"), STOCK, Quantity.of(2, UnitOfMeasure.KGM)),
            StockLevel.of(Sku.of("SCAN"), STOCK, Quantity.pieces(10)));

    ReconciliationReport report =
        wms.reconcile(snap, ReconciliationPolicy.adjustWithin(BigDecimal.ONE));

    assertThat(report.withStatus(Status.ADJUSTED)).hasSize(1);
    assertThat(odoo.row("stock.quant", 11).get("quantity")).isEqualTo(49.0);
  }

  @Test
  void adjustmentThatDidNotTakeEffectIsAnError() {
    odoo.methods.put("stock.quant.action_apply_inventory", (args, ctx) -> null);
    InventorySnapshot snap =
        snapshot("S5", StockLevel.of(Sku.of("DESK"), STOCK, Quantity.pieces(49)));

    Assertions.assertThatThrownBy(
            () -> wms.reconcile(snap, ReconciliationPolicy.adjustWithin(BigDecimal.ONE)))
        .isInstanceOf(WmsWorkflowException.class)
        .hasMessageContaining("DESK");
  }

  private void insertProduct(long id, Object code, String name, String unit) {
    odoo.insert(
        "product.product",
        Map.of(
            "id",
            id,
            "default_code",
            code,
            "display_name",
            name,
            "uom_id",
            TableOdoo.m2o(id + 100, unit),
            "tracking",
            "none"));
  }

  private void insertQuant(long id, long productId, String productName, double quantity) {
    odoo.insert(
        "stock.quant",
        Map.of(
            "id",
            id,
            "product_id",
            TableOdoo.m2o(productId, productName),
            "location_id",
            TableOdoo.m2o(5, "WH/Stock"),
            "lot_id",
            false,
            "quantity",
            quantity));
  }

  @Test
  void productsOdooCannotMapAreReportedAsUnmappedAndTheRunCarriesOn() {
    insertProduct(6, false, "[no reference] Mystery Box", "Units"); // no internal reference
    insertQuant(15, 6, "Mystery Box", 7.0);
    insertProduct(7, "BARREL", "Barrel of oil", "Barrel"); // a unit the mapping does not know
    insertQuant(16, 7, "Barrel of oil", 3.0);
    InventorySnapshot snap =
        snapshot(
            "S6",
            StockLevel.of(Sku.of("DESK"), STOCK, Quantity.pieces(49)),
            StockLevel.of(Sku.of("CHAIR"), STOCK, Quantity.pieces(20)),
            StockLevel.of(Sku.of("FLOUR"), STOCK, Quantity.of(2, UnitOfMeasure.KGM)),
            StockLevel.of(Sku.of("SCAN"), STOCK, Quantity.pieces(10)));

    ReconciliationReport report =
        wms.reconcile(snap, ReconciliationPolicy.adjustWithin(BigDecimal.ONE));

    assertThat(report.unmappedProducts())
        .extracting(
            UnmappedProduct::productId,
            UnmappedProduct::name,
            u -> u.odooQuantity().stripTrailingZeros().toPlainString())
        .containsExactly(
            Tuple.tuple(6L, "Mystery Box", "7"), Tuple.tuple(7L, "Barrel of oil", "3"));
    assertThat(report.unmappedProducts().get(0).reason()).contains("default_code");
    assertThat(report.unmappedProducts().get(1).reason()).contains("Barrel");
    assertThat(report.withStatus(Status.ADJUSTED))
        .extracting(d -> d.sku().value())
        .containsExactly("DESK");
    assertThat(report.isClean()).isFalse();
    assertThat(outbox.list(OutboxStatus.PENDING, 10)).hasSize(1);
  }

  @Test
  void aWmsSkuWhoseOdooProductCannotBeMappedIsUnresolvedAndTheOthersAreStillAdjusted() {
    insertProduct(8, "ZCRATE", "Crate", "Crate"); // a unit the mapping does not know, no stock
    InventorySnapshot snap =
        snapshot(
            "S7",
            StockLevel.of(Sku.of("DESK"), STOCK, Quantity.pieces(49)),
            StockLevel.of(Sku.of("CHAIR"), STOCK, Quantity.pieces(20)),
            StockLevel.of(Sku.of("FLOUR"), STOCK, Quantity.of(2, UnitOfMeasure.KGM)),
            StockLevel.of(Sku.of("SCAN"), STOCK, Quantity.pieces(10)),
            StockLevel.of(Sku.of("ZCRATE"), STOCK, Quantity.pieces(2)));

    ReconciliationReport report =
        wms.reconcile(snap, ReconciliationPolicy.adjustWithin(BigDecimal.ONE));

    assertThat(report.discrepancies())
        .extracting(d -> d.sku().value(), InventoryDiscrepancy::status)
        .containsExactly(
            Tuple.tuple("DESK", Status.ADJUSTED), Tuple.tuple("ZCRATE", Status.UNRESOLVED));
    assertThat(report.discrepancies().get(1).note()).contains("Crate");
    assertThat(odoo.row("stock.quant", 11).get("quantity")).isEqualTo(49.0);
  }
}
