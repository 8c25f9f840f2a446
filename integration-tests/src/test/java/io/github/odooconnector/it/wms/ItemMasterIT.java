package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.ItemTracking;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsUnknownItemException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workflow 0: the WMS's item master is filled from Odoo's products. */
class ItemMasterIT {

  private static final Sku DESK = new Sku("FURN_0001");
  private static final Sku CHAIR = new Sku("FURN_0002");
  private static final Sku SCANNER = new Sku("E-COM01");

  private WmsScenario s;
  private SimulatedWms wms;
  private WmsIntegration integration;

  @BeforeEach
  void start() {
    s = new WmsScenario();
    wms = SimulatedWms.builder().name("strict").requireItemMaster().build();
    integration = s.newIntegrationWith(b -> b.adapter(wms));
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private long deskAndChairOrder() {
    Map<String, Double> lines = new LinkedHashMap<>();
    lines.put("product.product_desk", 3.0);
    lines.put("product.product_chair", 2.0);
    return s.confirmedSaleOrder(s.customer(), lines);
  }

  @Test
  void releaseOfUnknownProductPushesItemMasterAndRetriesOnce() {
    long so = deskAndChairOrder();
    long pickingId = s.outgoingPickingOf(so);

    BatchReport report = integration.releaseSaleOrder(so);

    String ref = s.picking(pickingId).string("name").orElseThrow();
    assertThat(report.succeeded()).containsExactly(ref);
    assertThat(wms.releaseCalls()).as("refused once, then released").isEqualTo(2);
    assertThat(wms.orders()).containsOnlyKeys(ref);
    assertThat(wms.items()).containsOnlyKeys(DESK, CHAIR);
    Item desk = wms.items().get(DESK);
    assertThat(desk.description()).contains("Customizable Desk");
    assertThat(desk.barcodes()).containsExactly("1234567890005");
    assertThat(desk.unit()).isEqualTo(UnitOfMeasure.C62);
    assertThat(desk.tracking()).isEqualTo(ItemTracking.NONE);
    assertThat(desk.optionalWeight()).isPresent();
    assertThat(s.picking(pickingId).string(WmsScenario.MARKER)).isPresent();
  }

  @Test
  void itemsArePushedOncePerContentAndAChangedProductIsPushedAgain() {
    BatchReport first = integration.pushItems(List.of(DESK, SCANNER));
    BatchReport again = integration.pushItems(List.of(DESK, SCANNER));

    assertThat(first.succeeded()).containsExactlyInAnyOrder("FURN_0001", "E-COM01");
    assertThat(again.succeeded()).isEmpty();
    assertThat(again.skipped()).hasSize(2);
    assertThat(wms.itemUpserts()).isEqualTo(2);
    assertThat(wms.items().get(SCANNER).tracking()).isEqualTo(ItemTracking.LOT);

    long template =
        s.client
            .read(
                "product.product",
                List.of(s.odoo.ref("product.product_desk")),
                List.of("product_tmpl_id"))
            .get(0)
            .many2one("product_tmpl_id")
            .orElseThrow()
            .id();
    s.client.write(
        "product.template",
        List.of(template),
        Map.of("hs_code", "9403.30", "country_of_origin", s.odoo.ref("base.us"), "weight", 31.5));

    BatchReport changed = integration.pushItems(List.of(DESK, SCANNER));

    assertThat(changed.succeeded()).containsExactly("FURN_0001");
    assertThat(changed.skipped())
        .singleElement()
        .satisfies(k -> assertThat(k.reference()).isEqualTo("E-COM01"));
    Item desk = wms.items().get(DESK);
    assertThat(desk.hsCode()).isEqualTo("9403.30");
    assertThat(desk.countryOfOrigin()).isEqualTo("US");
    assertThat(desk.weight().value()).isEqualByComparingTo("31.5");
    assertThat(wms.itemUpserts()).isEqualTo(3);
  }

  @Test
  void fullResyncPushesEveryStockedProductAndASkuOdooDoesNotKnowFailsAlone() {
    BatchReport resync = integration.syncItemMaster();

    assertThat(resync.succeeded()).contains("FURN_0001", "FURN_0002", "E-COM01");
    assertThat(resync.failed()).isEmpty();
    assertThat(integration.syncItemMaster().succeeded()).as("nothing changed").isEmpty();

    BatchReport unknown = integration.pushItems(List.of(new Sku("NOPE-1"), DESK));

    assertThat(unknown.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reference()).isEqualTo("NOPE-1");
              assertThat(f.retryable()).isFalse();
            });
    assertThat(unknown.skipped())
        .extracting(BatchReport.Skip::reference)
        .containsExactly("FURN_0001");
  }

  @Test
  void aWmsWithoutItemMasterKeepsItsRefusalAndPushingIsUnsupported() {
    WmsCapabilities noItems = new WmsCapabilities(EnumSet.of(WmsFeature.CANCEL_ORDER), 10);
    SimulatedWms strict = SimulatedWms.builder().requireItemMaster().build();
    WmsIntegration plain =
        s.newIntegrationWith(
            b ->
                b.adapter(
                    new WmsAdapter() {
                      @Override
                      public String name() {
                        return "no-items";
                      }

                      @Override
                      public WmsCapabilities capabilities() {
                        return noItems;
                      }

                      @Override
                      public ReleaseConfirmation releaseOrder(FulfillmentOrder order, String key) {
                        return strict.releaseOrder(order, key);
                      }

                      @Override
                      public List<BusinessEvent<?>> translate(WmsMessage message) {
                        return strict.translate(message);
                      }
                    }));
    long so = deskAndChairOrder();

    BatchReport report = plain.releaseSaleOrder(so);

    assertThat(report.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.error()).contains(WmsUnknownItemException.class.getSimpleName());
              assertThat(f.retryable()).isFalse();
            });
    assertThat(strict.releaseCalls()).isEqualTo(1);
    assertThatThrownBy(() -> plain.pushItems(List.of(DESK)))
        .isInstanceOf(UnsupportedWmsOperationException.class);
  }
}
