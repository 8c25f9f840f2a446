package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.escalation.api.EscalationRule;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.escalation.wms.WmsEscalation;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WMS incidents wired to the escalation module through the builder's incident listener: one
 * activity per incident on the picking, assigned and due by the rules, also when the WMS message is
 * delivered again.
 */
class WmsEscalationIT {

  private static final Clock LATE_EVENING =
      Clock.fixed(Instant.parse("2026-12-01T22:00:00Z"), ZoneOffset.UTC);

  private WmsScenario s;
  private long warehouseLead;
  private long opsDesk;
  private WmsIntegration integration;

  @BeforeEach
  void start() {
    s = new WmsScenario();
    warehouseLead = s.client.create("res.users", Map.of("name", "Wanda Lead", "login", "wanda"));
    opsDesk = s.client.create("res.users", Map.of("name", "Oscar Ops", "login", "oscar"));
    Escalations escalations =
        Escalations.builder()
            .odoo(s.client)
            .rule(
                EscalationRule.forKind(IncidentKind.SHORT_PICK, warehouseLead, Duration.ofHours(4)))
            .rule(EscalationRule.forKind(IncidentKind.ORDER_HELD, opsDesk, Duration.ofDays(2)))
            .clock(LATE_EVENING)
            .build();
    integration =
        s.newIntegrationWith(b -> b.incidentListener(WmsEscalation.listener(escalations)));
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private long releasedPicking() {
    long so = s.confirmedSaleOrder(s.customer(), Map.of("product.product_desk", 3.0));
    long pickingId = s.outgoingPickingOf(so);
    integration.releasePicking(pickingId);
    return pickingId;
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

  @Test
  void shortPickBecomesOneEscalationActivityWhenTheWebhookIsRedelivered() {
    long pickingId = releasedPicking();
    String ref = s.picking(pickingId).string("name").orElseThrow();
    BusinessEvent<?> picked = s.wms.shortPick(ref, Sku.of("FURN_0001"), Quantity.pieces(1));

    integration.apply(picked);
    integration.apply(picked);
    integration.pollAndApply(100); // the same fact once more, polled
    s.newIntegrationWith(b -> {}).pollAndApply(100); // and by an instance with a fresh cursor

    assertThat(activities(pickingId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow()).contains("SHORT_PICK", ref);
              assertThat(a.string("note").orElseThrow()).contains("FURN_0001", "picked");
              assertThat(a.many2one("user_id").orElseThrow().id()).isEqualTo(warehouseLead);
              assertThat(a.date("date_deadline")).contains(LocalDate.parse("2026-12-02"));
            });
  }

  @Test
  void shortReceiptBecomesOneReceiptDiscrepancyActivityOnTheReceipt() {
    long po = s.odoo.ref("purchase.purchase_order_1");
    s.client.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
    long receiptId =
        s.client
            .search("stock.picking", Domain.where("purchase_id", "=", po), SearchOptions.limit(1))
            .get(0);
    String ref = s.picking(receiptId).string("name").orElseThrow();
    integration.sendPendingAdvanceShipNotices();
    BusinessEvent<?> received = s.wms.receive(ref, Map.of(Sku.of("FURN_0003"), Quantity.pieces(8)));

    integration.apply(received);
    integration.apply(received);

    assertThat(activities(receiptId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow()).contains("RECEIPT_DISCREPANCY", ref);
              assertThat(a.string("note").orElseThrow()).contains("FURN_0003");
            });
  }

  @Test
  void wmsHoldIsEscalatedByTheRulesInsteadOfAPlainActivity() {
    long pickingId = releasedPicking();
    String ref = s.picking(pickingId).string("name").orElseThrow();

    integration.apply(s.wms.hold(ref, "credit check pending"));

    assertThat(activities(pickingId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow()).contains("ORDER_HELD", ref);
              assertThat(a.many2one("user_id").orElseThrow().id()).isEqualTo(opsDesk);
              assertThat(a.date("date_deadline")).contains(LocalDate.parse("2026-12-03"));
            });
    assertThat(s.picking(pickingId).string(WmsScenario.MARKER)).contains("HELD:SIM-1");
  }

  @Test
  void anOdooChangeTheWmsCannotTakeIsEscalatedOnce() {
    long pickingId = releasedPicking();
    s.client.call("stock.picking", "action_cancel", List.of(List.of(pickingId)), Map.of());
    s.wms.rejectNextCall("order is on the truck");

    integration.propagateOdooChanges();
    integration.propagateOdooChanges();

    assertThat(activities(pickingId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow()).contains("CHANGE_NOT_SENT");
              assertThat(a.string("note").orElseThrow()).contains("order is on the truck");
            });
  }
}
