package io.github.odooconnector.it.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.transport.SimulatedTms;
import io.github.odooconnector.transport.api.AppointmentOutcome;
import io.github.odooconnector.transport.api.DeliveryOutcome;
import io.github.odooconnector.transport.api.FreightCostOutcome;
import io.github.odooconnector.transport.api.TenderOutcome;
import io.github.odooconnector.transport.api.TransitOutcome;
import io.github.odooconnector.transport.api.TransportIntegration;
import io.github.odooconnector.transport.api.TransportWorkflowException;
import io.github.odooconnector.transport.spi.FreightCharge;
import io.github.odooconnector.transport.spi.FreightQuote;
import io.github.odooconnector.transport.spi.ProofOfDelivery;
import io.github.odooconnector.transport.spi.TenderStatus;
import io.github.odooconnector.transport.spi.TmsUnavailableException;
import io.github.odooconnector.transport.spi.TransitUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Freight through a TMS against FakeOdoo with a simulated TMS, through the public API.
 *
 * <p>The picking every test ships weighs 850 kg and is ready on 2026-12-02 at 08:00 UTC; the
 * simulated TMS quotes ODFL at 400.00 + 0.80/kg = 1080.00 USD and XPRS at 900.00 + 0.50/kg =
 * 1325.00 USD.
 */
class TransportWorkflowsIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  private static final Instant READY = Instant.parse("2026-12-02T08:00:00Z");

  private FakeOdoo odoo;
  private OdooClient client;
  private final SimulatedTms tms =
      SimulatedTms.builder()
          .clock(CLOCK)
          .carrier("ODFL", "Old Dominion Freight Line", "400.00", "0.80", 3)
          .carrier("XPRS", "Express delivery", "900.00", "0.50", 1)
          .build();
  private final InMemoryIdempotencyStore idempotency = InMemoryIdempotencyStore.create();
  private final InMemoryOutboxStore outbox = InMemoryOutboxStore.create();
  private long odflCarrierId;
  private long pickingId;
  private String pickingName;

  @BeforeEach
  void readyDelivery() {
    odoo = FakeOdoo.builder().clock(CLOCK).start();
    client =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .password(odoo.adminPassword())
            .retry(RetrySettings.none())
            .build();
    odflCarrierId = odoo.ref("delivery.free_delivery_carrier");
    long customer =
        client.create(
            "res.partner",
            Map.of(
                "name", "Acme Retail",
                "street", "Grote Markt 1",
                "city", "Antwerpen",
                "zip", "2000",
                "country_id", odoo.ref("base.be")));
    pickingId =
        client.create(
            "stock.picking",
            Map.of(
                "partner_id", customer,
                "picking_type_id", odoo.ref("stock.picking_type_out"),
                "location_id", odoo.ref("stock.stock_location_stock"),
                "location_dest_id", odoo.ref("stock.stock_location_customers"),
                "scheduled_date", "2026-12-02 08:00:00",
                "move_ids",
                    List.of(
                        Command.create(
                            Map.of(
                                "name", "Office Chair",
                                "product_id", odoo.ref("product.product_chair"),
                                "product_uom_qty", 40.0,
                                "product_uom", odoo.ref("uom.product_uom_unit"),
                                "location_id", odoo.ref("stock.stock_location_stock"),
                                "location_dest_id", odoo.ref("stock.stock_location_customers"))))));
    client.call("stock.picking", "action_confirm", List.of(List.of(pickingId)), Map.of());
    client.write(
        "stock.picking",
        List.of(pickingId),
        Map.of("shipping_weight", 850.0, "scheduled_date", "2026-12-02 08:00:00"));
    pickingName = picking().string("name").orElseThrow();
  }

  @AfterEach
  void stop() {
    client.close();
    odoo.close();
  }

  private TransportIntegration integration() {
    return TransportIntegration.builder()
        .odoo(client)
        .adapter(tms)
        .idempotencyStore(idempotency)
        .outboxStore(outbox)
        .carrier("ODFL", odflCarrierId)
        .dock("WH-DOCK")
        .clock(CLOCK)
        .build();
  }

  private OdooRecord picking() {
    return client
        .read(
            "stock.picking",
            List.of(pickingId),
            List.of(
                "name", "scheduled_date", "carrier_id", "carrier_tracking_ref", "carrier_price"))
        .get(0);
  }

  private List<OdooRecord> activities() {
    return client.searchRead(
        "mail.activity",
        Domain.where("res_model", "=", "stock.picking").and(Domain.where("res_id", "=", pickingId)),
        List.of("summary", "date_deadline"),
        SearchOptions.defaults());
  }

  private List<String> chatter() {
    return client
        .searchRead(
            "mail.message",
            Domain.where("model", "=", "stock.picking").and(Domain.where("res_id", "=", pickingId)),
            List.of("body"),
            SearchOptions.defaults())
        .stream()
        .map(m -> m.string("body").orElse(""))
        .toList();
  }

  private List<OutboxRecord> events(String type) {
    return outbox.list(OutboxStatus.PENDING, 1000).stream()
        .filter(r -> r.eventType().equals(type))
        .toList();
  }

  @Test
  void acceptedTenderAndDockAppointmentAreWrittenToThePicking() {
    TransportIntegration transport = integration();

    TenderOutcome tender = transport.tender(pickingId);
    TenderOutcome replayed = transport.tender(pickingId);
    AppointmentOutcome appointment =
        transport.bookDockAppointment(
            tender, Instant.parse("2026-12-02T13:10:00Z"), Instant.parse("2026-12-02T18:00:00Z"));
    AppointmentOutcome appointmentAgain =
        transport.bookDockAppointment(
            tender, Instant.parse("2026-12-02T13:10:00Z"), Instant.parse("2026-12-02T18:00:00Z"));

    assertThat(tender.status()).isEqualTo(TenderStatus.ACCEPTED);
    assertThat(replayed).isEqualTo(tender);
    assertThat(tms.tendersReceived()).hasSize(1);
    assertThat(tms.tendersReceived().get(0).tenderId()).isEqualTo(pickingName);
    assertThat(tms.tendersReceived().get(0).quote().carrier().scac()).isEqualTo("ODFL");
    assertThat(appointmentAgain).isEqualTo(appointment);
    assertThat(tms.appointments()).hasSize(1);
    assertThat(appointment.appointment().start()).isEqualTo(Instant.parse("2026-12-02T14:00:00Z"));
    assertThat(appointment.scheduledDateWritten()).isTrue();
    OdooRecord p = picking();
    assertThat(p.many2one("carrier_id").map(Many2one::id)).contains(odflCarrierId);
    assertThat(p.string("carrier_tracking_ref"))
        .contains(tender.response().trackingReference())
        .hasValueSatisfying(t -> assertThat(t).startsWith("PROODFL"));
    assertThat(p.decimal("carrier_price"))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1080.00"));
    assertThat(p.datetime("scheduled_date")).contains(Instant.parse("2026-12-02T14:00:00Z"));
    assertThat(chatter())
        .anyMatch(m -> m.contains("accepted by Old Dominion Freight Line (ODFL)"))
        .anyMatch(m -> m.contains("Dock appointment") && m.contains("WH-DOCK"));
    assertThat(events(TransportIntegration.FREIGHT_TENDERED)).hasSize(1);
    assertThat(events(TransportIntegration.DOCK_APPOINTMENT_BOOKED)).hasSize(1);
    assertThat(activities()).isEmpty();
  }

  @Test
  void refusedTenderCreatesOneActivityEvenWhenRetried() {
    tms.rejectTenders("no capacity on the lane");
    // the refusal's chatter note is lost once: the activity was created, the operation failed
    odoo.faults().onlyFor("stock.picking", "message_post").failNext(1);
    TransportIntegration transport = integration();

    assertThatThrownBy(() -> transport.tender(pickingId))
        .isInstanceOf(OdooConnectorException.class);
    TenderOutcome retried = transport.tender(pickingId);
    TenderOutcome replayedElsewhere = integration().tender(pickingId);

    assertThat(retried.status()).isEqualTo(TenderStatus.REJECTED);
    assertThat(retried.response().reason()).isEqualTo("no capacity on the lane");
    assertThat(replayedElsewhere).isEqualTo(retried);
    List<OdooRecord> activities = activities();
    assertThat(activities).hasSize(1);
    assertThat(activities.get(0).id()).isEqualTo(retried.activityId());
    assertThat(activities.get(0).string("summary").orElseThrow())
        .contains("Freight tender refused for " + pickingName, "TENDER_REFUSED");
    OdooRecord p = picking();
    assertThat(p.many2one("carrier_id")).isEmpty();
    assertThat(p.string("carrier_tracking_ref")).isEmpty();
    assertThat(tms.tendersReceived()).hasSize(1);
    assertThat(events(TransportIntegration.FREIGHT_TENDERED)).hasSize(1);
  }

  @Test
  void aRefusedLoadCanBeTenderedToAnotherCarrierFoundByName() {
    TransportIntegration transport = integration();
    tms.rejectTenders("no capacity on the lane");
    transport.tender(pickingId);
    tms.acceptTenders();
    FreightQuote express =
        transport.quote(pickingId).stream()
            .filter(q -> q.carrier().scac().equals("XPRS"))
            .findFirst()
            .orElseThrow();

    TenderOutcome outcome = transport.tender(pickingId, express);

    assertThat(outcome.status()).isEqualTo(TenderStatus.ACCEPTED);
    assertThat(outcome.tenderId()).isEqualTo(pickingName + "/XPRS");
    // not mapped by SCAC: found among the delivery methods by the carrier's name
    assertThat(outcome.optionalDeliveryCarrierId())
        .contains(odoo.ref("delivery.delivery_carrier_express"));
    assertThat(picking().decimal("carrier_price"))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1325.00"));
  }

  @Test
  void counterOfferIsReportedAndNotAppliedWithoutApproval() {
    tms.counterTenders(Money.of("1300.00", "USD"));
    TransportIntegration transport = integration();

    TenderOutcome countered = transport.tender(pickingId);

    assertThat(countered.status()).isEqualTo(TenderStatus.COUNTER_OFFERED);
    assertThat(countered.changes()).isEmpty();
    OdooRecord before = picking();
    assertThat(before.many2one("carrier_id")).isEmpty();
    assertThat(before.string("carrier_tracking_ref")).isEmpty();
    assertThat(before.decimal("carrier_price").orElseThrow()).isZero();
    assertThat(activities())
        .singleElement()
        .satisfies(a -> assertThat(a.string("summary").orElseThrow()).contains("counter-offer"));
    assertThat(chatter())
        .anyMatch(m -> m.contains("rate 1300 USD instead of 1080 USD") && m.contains("approval"));

    TenderOutcome approved = transport.approveCounterOffer(countered);
    TenderOutcome approvedAgain = transport.approveCounterOffer(countered);

    assertThat(approved.status()).isEqualTo(TenderStatus.ACCEPTED);
    assertThat(approvedAgain).isEqualTo(approved);
    OdooRecord after = picking();
    assertThat(after.decimal("carrier_price"))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1300.00"));
    assertThat(after.many2one("carrier_id").map(Many2one::id)).contains(odflCarrierId);
    assertThat(after.string("carrier_tracking_ref")).isPresent();
    assertThat(activities()).isEmpty();
    assertThatThrownBy(() -> transport.approveCounterOffer(approved))
        .isInstanceOf(TransportWorkflowException.class)
        .hasMessageContaining("nothing to approve");
  }

  @Test
  void etaChangeMovesTheScheduledDate() {
    TransportIntegration transport = integration();
    transport.tender(pickingId);
    Instant eta = Instant.parse("2026-12-03T16:30:00Z");
    TransitUpdate update = tms.eta(pickingName, eta);

    TransitOutcome outcome = transport.applyUpdate(update);
    TransitOutcome redelivered = transport.applyUpdate(update);

    assertThat(redelivered).isEqualTo(outcome);
    assertThat(outcome.optionalScheduledDate()).contains(eta);
    assertThat(outcome.optionalDelayActivityId()).isEmpty();
    assertThat(picking().datetime("scheduled_date")).contains(eta);
    assertThat(chatter().stream().filter(m -> m.contains(update.updateId()))).hasSize(1);
    assertThat(activities()).isEmpty();
    assertThat(events(TransportIntegration.FREIGHT_IN_TRANSIT)).hasSize(1);
  }

  @Test
  void aDelayRaisesOneActivityForThePickingAcrossUpdates() {
    client.write(
        "stock.picking", List.of(pickingId), Map.of("date_deadline", "2026-12-04 12:00:00"));
    TransportIntegration transport = integration();
    transport.tender(pickingId);

    TransitOutcome first =
        transport.applyUpdate(
            tms.delay(pickingName, Instant.parse("2026-12-05T09:00:00Z"), "snow on the A2"));
    TransitOutcome later =
        transport.applyUpdate(tms.eta(pickingName, Instant.parse("2026-12-05T15:00:00Z")));

    assertThat(first.optionalDelayActivityId()).isPresent();
    assertThat(later.optionalDelayActivityId()).isEqualTo(first.optionalDelayActivityId());
    assertThat(activities())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.string("summary").orElseThrow())
                    .contains("Freight for " + pickingName + " is late", "TRACKING_DELAY"));
    assertThat(picking().datetime("scheduled_date"))
        .contains(Instant.parse("2026-12-05T15:00:00Z"));
  }

  @Test
  void polledUpdatesAreAppliedOnce() {
    TransportIntegration transport = integration();
    transport.tender(pickingId);
    tms.pickUp(pickingName);
    tms.eta(pickingName, Instant.parse("2026-12-04T10:00:00Z"));

    List<TransitOutcome> first = transport.pollUpdates(pickingId);
    List<TransitOutcome> again = transport.pollUpdates(pickingId);

    assertThat(first).hasSize(2);
    assertThat(again).isEqualTo(first);
    assertThat(events(TransportIntegration.FREIGHT_IN_TRANSIT)).hasSize(2);
    assertThat(chatter()).filteredOn(m -> m.contains("Freight picked up")).hasSize(1);
  }

  @Test
  void proofOfDeliveryIsAttachedOnceWithTheSignature() {
    TransportIntegration transport = integration();
    transport.tender(pickingId);
    ProofOfDelivery pod = tms.deliver(pickingName, "J. Peeters");

    DeliveryOutcome outcome = transport.applyProofOfDelivery(pod);
    DeliveryOutcome redelivered = transport.applyProofOfDelivery(pod);

    assertThat(redelivered).isEqualTo(outcome);
    assertThat(outcome.attachmentIds()).hasSize(1);
    List<OdooRecord> attachments =
        client.searchRead(
            "ir.attachment",
            Domain.where("res_model", "=", "stock.picking")
                .and(Domain.where("res_id", "=", pickingId)),
            List.of("name", "mimetype"),
            SearchOptions.defaults());
    assertThat(attachments)
        .singleElement()
        .satisfies(a -> assertThat(a.string("mimetype")).contains("application/pdf"));
    assertThat(chatter()).filteredOn(m -> m.contains("signed by J. Peeters")).hasSize(1);
  }

  @Test
  void aFreightInvoiceBecomesTheFreightCostComparedWithTheAgreedRate() {
    TransportIntegration transport = integration();
    transport.tender(pickingId);
    var invoice =
        tms.invoice(pickingName, new FreightCharge("DET", "detention", Money.of("75.00", "USD")));

    FreightCostOutcome outcome = transport.applyFreightInvoice(invoice);
    FreightCostOutcome redelivered = transport.applyFreightInvoice(invoice);

    assertThat(redelivered).isEqualTo(outcome);
    assertThat(outcome.optionalDifference())
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("75.00"));
    assertThat(picking().decimal("carrier_price"))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1155.00"));
    assertThat(chatter())
        .filteredOn(m -> m.contains(invoice.invoiceId()) && m.contains("agreed 1080, +75"))
        .hasSize(1);
  }

  @Test
  void anUnavailableTmsIsRetryableAndTheRetryTendersOnce() {
    TransportIntegration transport = integration();
    tms.failNext(new TmsUnavailableException("TMS down for maintenance"));

    assertThatThrownBy(() -> transport.tender(pickingId))
        .isInstanceOf(TmsUnavailableException.class)
        .satisfies(e -> assertThat(((TmsUnavailableException) e).isRetryable()).isTrue());
    TenderOutcome outcome = transport.tender(pickingId);

    assertThat(outcome.status()).isEqualTo(TenderStatus.ACCEPTED);
    assertThat(tms.tendersReceived()).hasSize(1);
  }

  @Test
  void anInternalTransferOrAnUnknownPickingIsRefusedNamingIt() {
    long internal =
        client.create(
            "stock.picking",
            Map.of(
                "picking_type_id", odoo.ref("stock.picking_type_internal"),
                "location_id", odoo.ref("stock.stock_location_stock"),
                "location_dest_id", odoo.ref("stock.stock_location_stock")));
    TransportIntegration transport = integration();

    assertThatThrownBy(() -> transport.tender(internal))
        .isInstanceOf(TransportWorkflowException.class)
        .hasMessageContaining("only deliveries (outgoing) and receipts (incoming)");
    assertThatThrownBy(() -> transport.applyUpdate(tms.eta("WH/OUT/99999", READY)))
        .isInstanceOf(TransportWorkflowException.class)
        .hasMessageContaining("'WH/OUT/99999' does not exist");
  }
}
