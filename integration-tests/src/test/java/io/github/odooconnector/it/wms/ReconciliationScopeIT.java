package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reconciliation compares the named warehouse only. */
class ReconciliationScopeIT {

  private WmsScenario s;

  @BeforeEach
  void start() {
    s = new WmsScenario();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  /** A second warehouse "EU" with its own stock location holding 7 desks. */
  private void secondWarehouseWithDesks() {
    long company = s.odoo.ref("base.main_company");
    long eu =
        s.client.create(
            "stock.warehouse", Map.of("name", "Europe", "code", "EU", "company_id", company));
    long euStock =
        s.client.create(
            "stock.location",
            Map.of(
                "name", "Stock", "usage", "internal", "warehouse_id", eu, "company_id", company));
    OdooClient inventory =
        s.client.withContext(Context.builder().put("inventory_mode", true).build());
    long quant =
        inventory.create(
            "stock.quant",
            Map.of(
                "product_id",
                s.odoo.ref("product.product_desk"),
                "location_id",
                euStock,
                "inventory_quantity",
                7.0));
    inventory.call("stock.quant", "action_apply_inventory", List.of(List.of(quant)), Map.of());
  }

  @Test
  void reconcilingOneWarehouseIgnoresTheStockOfOtherWarehouses() {
    secondWarehouseWithDesks();
    LocationRef stock = LocationRef.of("WH", "Stock");
    s.wms.setStock(new Sku("FURN_0001"), stock, Quantity.pieces(50));
    s.wms.setStock(new Sku("FURN_0002"), stock, Quantity.pieces(20));
    s.wms.setStock(new Sku("FURN_0003"), stock, Quantity.pieces(5));
    s.wms.setStock(new Sku("FURN_0004"), stock, Quantity.pieces(100));
    s.wms.setStock(new Sku("E-COM01"), stock, Quantity.pieces(10));

    ReconciliationReport report =
        s.integration.reconcileInventory("WH", ReconciliationPolicy.reportOnly());

    assertThat(report.discrepancies()).as("EU's 7 desks are not WH's business").isEmpty();
    assertThat(report.compared()).isEqualTo(5);
    assertThat(report.isClean()).isTrue();
  }
}
