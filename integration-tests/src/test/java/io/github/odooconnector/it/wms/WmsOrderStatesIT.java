package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Order states after release, both ways: what the WMS does to a released order (hold, exception,
 * cancellation) reaches the Odoo picking, and what Odoo does to a released picking (cancellation,
 * changed quantities) reaches the WMS, or is refused clearly where the WMS cannot take it.
 */
class WmsOrderStatesIT {

  private WmsScenario s;

  @BeforeEach
  void start() {
    s = new WmsScenario();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private long releasedPicking(WmsIntegration integration) {
    long so = s.confirmedSaleOrder(s.customer(), Map.of("product.product_desk", 3.0));
    long pickingId = s.outgoingPickingOf(so);
    integration.releasePicking(pickingId);
    return pickingId;
  }

  private String ref(long pickingId) {
    return s.picking(pickingId).string("name").orElseThrow();
  }

  private String marker(long pickingId) {
    return s.picking(pickingId).string(WmsScenario.MARKER).orElse("");
  }

  private List<OdooRecord> activities(long pickingId) {
    return s
        .client
        .searchRead(
            "mail.activity",
            Domain.where("res_id", "=", pickingId),
            List.of("summary", "note", "res_model", "user_id", "date_deadline"),
            SearchOptions.defaults().withOrder("id"))
        .stream()
        .filter(a -> a.string("res_model").orElse("").equals("stock.picking"))
        .toList();
  }

  private void cancelInOdoo(long pickingId) {
    s.client.call("stock.picking", "action_cancel", List.of(List.of(pickingId)), Map.of());
  }

  private void changeFirstQuantity(long pickingId, double quantity) {
    long move = s.moves(pickingId).get(0).id();
    s.client.write("stock.move", List.of(move), Map.of("product_uom_qty", quantity));
  }

  @Test
  void wmsSideCancellationCreatesAnActivityOnThePickingAndMarksTheRelease() {
    long pickingId = releasedPicking(s.integration);
    String ref = ref(pickingId);
    BusinessEvent<?> cancelled = s.wms.cancelOnWmsSide(ref, "customer called the warehouse");

    ApplyOutcome first = s.integration.apply(cancelled);
    ApplyOutcome redelivered = s.integration.apply(cancelled);

    assertThat(first).isEqualTo(ApplyOutcome.APPLIED);
    assertThat(redelivered).isEqualTo(ApplyOutcome.DUPLICATE);
    assertThat(marker(pickingId)).isEqualTo("CANCELLED");
    assertThat(activities(pickingId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow()).contains("cancelled", ref);
              assertThat(a.string("note").orElseThrow())
                  .contains("customer called the warehouse", "SIM-1");
            });
    assertThat(s.outbox(WmsEventTypes.ORDER_CANCELLED)).hasSize(1);
    assertThat(s.integration.releasePendingOrders().succeeded()).doesNotContain(ref);
    assertThat(s.wms.orders()).doesNotContainKey(ref);
  }

  @Test
  void wmsHoldAndExceptionBecomeActivitiesAndMarkTheReleaseWithTheWmsOrder() {
    long pickingId = releasedPicking(s.integration);
    String ref = ref(pickingId);

    s.wms.hold(ref, "credit check pending");
    BatchReport held = s.integration.pollAndApply(100);

    assertThat(held.failed()).isEmpty();
    assertThat(marker(pickingId)).isEqualTo("HELD:SIM-1");

    s.wms.raiseException(ref, "pallet damaged in the aisle");
    s.integration.pollAndApply(100);

    assertThat(marker(pickingId)).isEqualTo("EXCEPTION:SIM-1");
    assertThat(activities(pickingId))
        .extracting(a -> a.string("note").orElseThrow())
        .satisfiesExactly(
            hold -> assertThat(hold).contains("credit check pending"),
            exception -> assertThat(exception).contains("pallet damaged in the aisle"));
    assertThat(s.integration.releasePendingOrders().succeeded()).doesNotContain(ref);
  }

  @Test
  void pickingCancelledInOdooAfterReleaseCancelsTheWmsOrderOnce() {
    long pickingId = releasedPicking(s.integration);
    String ref = ref(pickingId);
    cancelInOdoo(pickingId);

    BatchReport first = s.integration.propagateOdooChanges();
    BatchReport again = s.integration.propagateOdooChanges();
    BatchReport afterRestart = s.newIntegrationWith(b -> {}).propagateOdooChanges();

    assertThat(first.succeeded()).containsExactly(ref);
    assertThat(first.failed()).isEmpty();
    assertThat(again.succeeded()).isEmpty();
    assertThat(afterRestart.succeeded()).isEmpty();
    assertThat(afterRestart.failed()).isEmpty();
    assertThat(s.wms.cancelCalls()).isEqualTo(1);
    assertThat(s.wms.cancelledOrders()).containsExactly(ref);
    assertThat(s.wms.orders()).doesNotContainKey(ref);
    assertThat(marker(pickingId)).isEqualTo("CANCELLED");
  }

  @Test
  void anOdooCancellationDuringAWmsOutageIsSentAfterRecovery() {
    long pickingId = releasedPicking(s.integration);
    String ref = ref(pickingId);
    cancelInOdoo(pickingId);
    s.wms.goDown();

    BatchReport duringOutage = s.integration.propagateOdooChanges();
    s.wms.recover();
    BatchReport afterRecovery = s.integration.propagateOdooChanges();

    assertThat(duringOutage.hasPending()).isTrue();
    assertThat(afterRecovery.succeeded()).containsExactly(ref);
    assertThat(s.wms.cancelledOrders()).containsExactly(ref);
  }

  @Test
  void quantityChangeAfterReleaseIsSentAsAnOrderUpdateOnce() {
    long pickingId = releasedPicking(s.integration);
    String ref = ref(pickingId);
    s.integration.propagateOdooChanges(); // the release itself changed nothing to send

    changeFirstQuantity(pickingId, 5.0);
    BatchReport changed = s.integration.propagateOdooChanges();
    BatchReport unchanged = s.integration.propagateOdooChanges();

    assertThat(changed.succeeded()).containsExactly(ref);
    assertThat(unchanged.succeeded()).isEmpty();
    assertThat(s.wms.updateCalls()).isEqualTo(1);
    assertThat(s.wms.orders().get(ref).lines().get(0).quantity()).isEqualTo(Quantity.pieces(5));
  }

  @Test
  void quantityChangeAfterReleaseIsRefusedClearlyWhenTheWmsCannotUpdate() {
    SimulatedWms limited = SimulatedWms.builder().withoutFeatures(WmsFeature.UPDATE_ORDER).build();
    WmsIntegration integration = s.newIntegrationWith(b -> b.adapter(limited));
    long pickingId = releasedPicking(integration);
    String ref = ref(pickingId);
    changeFirstQuantity(pickingId, 5.0);

    BatchReport refused = integration.propagateOdooChanges();
    BatchReport again = integration.propagateOdooChanges();

    assertThat(refused.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.retryable()).isFalse();
              assertThat(f.error())
                  .contains("UnsupportedWmsOperationException", ref, "UPDATE_ORDER", "by hand");
            });
    assertThat(again.failed()).as("reported once").isEmpty();
    assertThat(limited.orders().get(ref).lines().get(0).quantity()).isEqualTo(Quantity.pieces(3));
    assertThat(activities(pickingId))
        .singleElement()
        .satisfies(a -> assertThat(a.string("summary").orElseThrow()).contains("not sent", ref));
    assertThatThrownBy(() -> integration.updateRelease(pickingId))
        .isInstanceOf(UnsupportedWmsOperationException.class)
        .hasMessageContaining(ref)
        .hasMessageContaining("UPDATE_ORDER");
  }

  @Test
  void odooCancellationIsRefusedClearlyWhenTheWmsCannotCancel() {
    SimulatedWms limited = SimulatedWms.builder().withoutFeatures(WmsFeature.CANCEL_ORDER).build();
    WmsIntegration integration = s.newIntegrationWith(b -> b.adapter(limited));
    long pickingId = releasedPicking(integration);
    String ref = ref(pickingId);
    cancelInOdoo(pickingId);

    BatchReport refused = integration.propagateOdooChanges();

    assertThat(refused.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.retryable()).isFalse();
              assertThat(f.error()).contains(ref, "CANCEL_ORDER", "cancel the order in the WMS");
            });
    assertThat(limited.orders()).containsKey(ref);
    assertThat(activities(pickingId)).hasSize(1);
  }
}
