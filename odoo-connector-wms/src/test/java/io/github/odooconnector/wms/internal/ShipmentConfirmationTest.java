package io.github.odooconnector.wms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.api.IdempotencyInProgressException;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.testsupport.NoopWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shipment confirmation against a scripted Odoo: what is written, in which order, with which
 * context.
 */
class ShipmentConfirmationTest {

  private TableOdoo odoo;
  private final InMemoryIdempotencyStore store = InMemoryIdempotencyStore.create();

  @BeforeEach
  void seed() {
    odoo = new TableOdoo();
    odoo.insert(
        "stock.picking",
        Map.of(
            "id",
            7,
            "name",
            "WH/OUT/00007",
            "state",
            "assigned",
            "partner_id",
            TableOdoo.m2o(3, "Acme"),
            "move_ids",
            List.of(70, 71),
            "location_id",
            TableOdoo.m2o(5, "WH/Stock"),
            "location_dest_id",
            TableOdoo.m2o(2, "Customers"),
            "picking_type_id",
            TableOdoo.m2o(2, "Delivery Orders")));
    odoo.insert(
        "stock.move",
        Map.of(
            "id",
            70,
            "product_id",
            TableOdoo.m2o(1, "Desk"),
            "product_uom_qty",
            3.0,
            "quantity",
            3.0,
            "product_uom",
            TableOdoo.m2o(1, "Units"),
            "state",
            "assigned",
            "move_line_ids",
            List.of()));
    odoo.insert(
        "stock.move",
        Map.of(
            "id",
            71,
            "product_id",
            TableOdoo.m2o(2, "Chair"),
            "product_uom_qty",
            24.0,
            "quantity",
            24.0,
            "product_uom",
            TableOdoo.m2o(1, "Units"),
            "state",
            "assigned",
            "move_line_ids",
            List.of()));
    odoo.insert(
        "product.product",
        Map.of(
            "id",
            1,
            "default_code",
            "DESK",
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
            "uom_id",
            TableOdoo.m2o(1, "Units"),
            "tracking",
            "none"));
    odoo.insert("delivery.carrier", Map.of("id", 4, "name", "DHL"));
    odoo.methods.put(
        "stock.picking.button_validate",
        (args, ctx) -> {
          odoo.row("stock.picking", 7).put("state", "done");
          return true;
        });
  }

  private WmsIntegration integration(ShortPickPolicy policy) {
    return WmsIntegration.builder()
        .odoo(odoo)
        .adapter(new NoopWms())
        .idempotencyStore(store)
        .shortPickPolicy(policy)
        .build();
  }

  private static BusinessEvent<Shipment> shipped(String id) {
    Shipment s =
        Shipment.builder()
            .shipmentId(id)
            .fulfillmentOrderRef("WH/OUT/00007")
            .carrierService(CarrierService.of("DHL"))
            .addTrackingNumber("JD0001")
            .addLine(ShipmentLine.of("70", Sku.of("DESK"), Quantity.pieces(3)))
            .addLine(ShipmentLine.of(null, Sku.of("CHAIR"), Quantity.of(1, UnitOfMeasure.DZN)))
            .shippedAt(Instant.EPOCH)
            .build();
    return new BusinessEvent<>(
        "e-" + id, WmsEventTypes.ORDER_SHIPPED, Instant.EPOCH, "wms:x", "c", "k-" + id, 1, s);
  }

  @Test
  void quantitiesAreConvertedAndTrackingIsWrittenBeforeValidatingWithBackorderContext() {
    assertThat(integration(ShortPickPolicy.BACKORDER).apply(shipped("S1")))
        .isEqualTo(ApplyOutcome.APPLIED);

    assertThat(odoo.log)
        .filteredOn(l -> !l.startsWith("create"))
        .containsExactly(
            "write stock.move [70] {quantity=3, picked=true} ctx={}",
            "write stock.move [71] {quantity=12, picked=true} ctx={}",
            "write stock.picking [7] {carrier_tracking_ref=JD0001, carrier_id=4} ctx={}",
            "call stock.picking.button_validate [[7]] ctx={skip_backorder=true, skip_sms=true,"
                + " skip_immediate=true}");
  }

  @Test
  void cancelRemainderPolicyNamesThePickingNotToBackorder() {
    integration(ShortPickPolicy.CANCEL_REMAINDER).apply(shipped("S2"));
    assertThat(odoo.log.get(odoo.log.size() - 1)).contains("picking_ids_not_to_backorder=[7]");
  }

  @Test
  void aWizardInsteadOfValidationIsAPermanentErrorNamingTheWizard() {
    odoo.methods.put(
        "stock.picking.button_validate",
        (args, ctx) ->
            Map.of("type", "ir.actions.act_window", "res_model", "stock.backorder.confirmation"));

    assertThatThrownBy(() -> integration(ShortPickPolicy.BACKORDER).apply(shipped("S3")))
        .isInstanceOf(WmsWorkflowException.class)
        .hasMessageContaining("stock.backorder.confirmation")
        .hasMessageContaining("WH/OUT/00007");
  }

  @Test
  void alreadyDonePickingIsNotTouchedAgain() {
    odoo.row("stock.picking", 7).put("state", "done");
    assertThat(integration(ShortPickPolicy.BACKORDER).apply(shipped("S4")))
        .isEqualTo(ApplyOutcome.DUPLICATE);
    assertThat(odoo.log).isEmpty();
  }

  @Test
  void concurrentDeliveriesOfOneEventValidateOnce() throws Exception {
    CountDownLatch inValidate = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger validations = new AtomicInteger();
    odoo.methods.put(
        "stock.picking.button_validate",
        (args, ctx) -> {
          validations.incrementAndGet();
          inValidate.countDown();
          try {
            release.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          odoo.row("stock.picking", 7).put("state", "done");
          return true;
        });
    WmsIntegration a = integration(ShortPickPolicy.BACKORDER);
    WmsIntegration b = integration(ShortPickPolicy.BACKORDER);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<ApplyOutcome> first = pool.submit(() -> a.apply(shipped("S5")));
      assertThat(inValidate.await(5, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> b.apply(shipped("S5")))
          .isInstanceOf(IdempotencyInProgressException.class);
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(b.apply(shipped("S5"))).isEqualTo(ApplyOutcome.DUPLICATE);
    } finally {
      pool.shutdownNow();
    }
    assertThat(validations).hasValue(1);
  }

  @Test
  void aMessageWithOneInvalidEventAppliesNoneOfItsEvents() {
    BusinessEvent<Shipment> good = shipped("S6");
    Shipment negative =
        good.payload().toBuilder()
            .shipmentId("S7")
            .lines(
                List.of(
                    ShipmentLine.builder()
                        .orderLineRef("70")
                        .sku(Sku.of("DESK"))
                        .quantity(Quantity.pieces(1).negate())
                        .buildUnvalidated()))
            .buildUnvalidated();
    BusinessEvent<Shipment> bad =
        new BusinessEvent<>(
            "e-S7", WmsEventTypes.ORDER_SHIPPED, Instant.EPOCH, "wms:x", "c", "k-S7", 1, negative);
    WmsAdapter twoFactsInOneMessage =
        new NoopWms() {
          @Override
          public WmsCapabilities capabilities() {
            return WmsCapabilities.of(WmsFeature.POLLING);
          }

          @Override
          public PolledMessages poll(String cursor, int maxMessages) {
            return new PolledMessages(
                List.of(new WmsMessage("m-1", Instant.EPOCH, new byte[0])), null);
          }

          @Override
          public List<BusinessEvent<?>> translate(WmsMessage message) {
            return List.of(good, bad);
          }
        };
    WmsIntegration wms = WmsIntegration.builder().odoo(odoo).adapter(twoFactsInOneMessage).build();

    BatchReport report = wms.pollAndApply(10);

    assertThat(report.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reference()).isEqualTo("m-1");
              assertThat(f.retryable()).isFalse();
              assertThat(f.error())
                  .contains("InvalidWmsMessageException")
                  .contains("lines[0].quantity");
            });
    assertThat(odoo.log).as("the valid first shipment was not applied either").isEmpty();
  }
}
