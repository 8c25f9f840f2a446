package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.mapping.StandardFieldMaps;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.InventoryDiscrepancy;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The outbound and inbound round trips on every supported Odoo major version (17+ share
 * quantity/picked).
 */
class WmsAcrossOdooVersionsIT {

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void releaseShortShipAndShortReceiptWorkOnEveryVersion(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(ShortPickPolicy.BACKORDER, version)) {
      Map<String, Double> lines = new LinkedHashMap<>();
      lines.put("product.product_desk", 3.0);
      long so = s.confirmedSaleOrder(s.customer(), lines);
      long pickingId = s.outgoingPickingOf(so);
      assertThat(s.integration.releaseSaleOrder(so).succeeded()).hasSize(1);
      String ref = s.picking(pickingId).string("name").orElseThrow();
      s.wms.shortPick(ref, new Sku("FURN_0001"), Quantity.pieces(2));
      assertThat(s.integration.apply(s.wms.ship(ref, "Standard delivery", "T-" + version)))
          .isEqualTo(ApplyOutcome.APPLIED);
      OdooRecord done = s.picking(pickingId);
      assertThat(done.string("state")).contains("done");
      assertThat(done.ids("backorder_ids")).hasSize(1);

      long po = s.odoo.ref("purchase.purchase_order_1");
      s.client.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
      assertThat(s.integration.sendPendingAdvanceShipNotices().succeeded()).hasSize(1);
      String asn = s.wms.advanceShipNotices().keySet().iterator().next();
      assertThat(
              s.integration.apply(
                  s.wms.receive(asn, Map.of(new Sku("FURN_0003"), Quantity.pieces(11)))))
          .isEqualTo(ApplyOutcome.APPLIED);
      long receipt =
          s.client
              .search("stock.picking", Domain.where("name", "=", asn), SearchOptions.limit(1))
              .get(0);
      assertThat(s.picking(receipt).string("state")).contains("done");
      assertThat(s.picking(receipt).ids("backorder_ids"))
          .as("over-receipt leaves nothing open")
          .isEmpty();
      assertThat(s.outbox("wms.receipt.discrepancy"))
          .singleElement()
          .satisfies(r -> assertThat(r.envelopeJson()).contains("overage"));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"XMLRPC", "JSONRPC", "JSON2"})
  void shipmentAndInventoryAdjustmentWorkOverEveryWireProtocol(Protocol protocol) {
    try (WmsScenario s =
        new WmsScenario(ShortPickPolicy.CANCEL_REMAINDER, OdooVersion.V19, protocol)) {
      Map<String, Double> lines = new LinkedHashMap<>();
      lines.put("product.product_chair", 2.0);
      long so = s.confirmedSaleOrder(s.customer(), lines);
      long pickingId = s.outgoingPickingOf(so);
      s.integration.releasePicking(pickingId);
      String ref = s.picking(pickingId).string("name").orElseThrow();
      assertThat(s.integration.apply(s.wms.ship(ref, "Standard delivery", "T")))
          .isEqualTo(ApplyOutcome.APPLIED);
      assertThat(s.picking(pickingId).string("state")).contains("done");

      InventorySnapshot snap =
          new InventorySnapshot(
              "P-" + protocol,
              "WH",
              Instant.EPOCH,
              false,
              List.of(
                  StockLevel.of(
                      new Sku("FURN_0003"), LocationRef.of("WH", "Stock"), Quantity.pieces(4))));
      ReconciliationReport report =
          s.integration.reconcile(snap, ReconciliationPolicy.adjustWithin(BigDecimal.ONE));
      assertThat(report.withStatus(InventoryDiscrepancy.Status.ADJUSTED)).hasSize(1);
      assertThat(
              s.client
                  .read(
                      "product.product",
                      List.of(s.odoo.ref("product.product_lamp")),
                      List.of("qty_available"))
                  .get(0)
                  .decimal("qty_available")
                  .orElseThrow())
          .isEqualByComparingTo("4");
    }
  }

  @Test
  void trackingCanBeRedirectedToACustomStudioField() {
    MappingConfig custom =
        MappingConfig.defaults()
            .withPicking(StandardFieldMaps.picking().with("trackingRef", "x_wms_tracking"));
    try (WmsScenario s =
        new WmsScenario(
            ShortPickPolicy.BACKORDER,
            OdooVersion.V19,
            Protocol.AUTO,
            custom,
            List.of("x_wms_tracking"))) {
      long so = s.confirmedSaleOrder(s.customer(), Map.of("product.product_lamp", 1.0));
      long pickingId = s.outgoingPickingOf(so);
      s.integration.releasePicking(pickingId);
      String ref = s.picking(pickingId).string("name").orElseThrow();

      s.integration.apply(s.wms.ship(ref, "Standard delivery", "CUSTOM-1"));

      OdooRecord p =
          s.client
              .read(
                  "stock.picking",
                  List.of(pickingId),
                  List.of("x_wms_tracking", "carrier_tracking_ref"))
              .get(0);
      assertThat(p.string("x_wms_tracking")).contains("CUSTOM-1");
      assertThat(p.string("carrier_tracking_ref")).isEmpty();
    }
  }
}
