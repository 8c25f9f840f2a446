package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.RateSelectionException;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingOutcome;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.api.IdempotencyInProgressException;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CarrierWorkflowsIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private static long carrierId(OdooRecord picking) {
    return picking.many2one("carrier_id").map(Many2one::id).orElse(0L);
  }

  // ------------------------------------------------------------------ rate shopping

  @Test
  void rateShoppingAsksEveryCarrierAndRecordsTheCheapestOnThePicking() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();

    RateShoppingResult result = s.shipping.shopRates(picking);

    assertThat(result.quotes()).hasSize(4);
    assertThat(result.chosen().carrierCode()).isEqualTo("swiftpost");
    assertThat(result.chosen().serviceCode()).isEqualTo("ECO");
    assertThat(result.chosen().amount().amount()).isEqualByComparingTo("5.50");
    OdooRecord p = s.picking(picking);
    assertThat(carrierId(p)).isEqualTo(s.swiftpostCarrierId);
    assertThat(p.decimal("carrier_price"))
        .get()
        .satisfies(v -> assertThat(v).isEqualByComparingTo("5.50"));
    assertThat(s.chatter(picking))
        .anyMatch(m -> m.contains("Rate shopping chose SwiftPost") && m.contains("ECO"));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("fastest", RateSelectionRule.fastest(), "rapidex", "EXPRESS", "10.50"),
        Arguments.of(
            "cheapest delivered by Mon 30 Nov",
            RateSelectionRule.cheapestDeliveredBy(LocalDate.of(2026, 11, 30)),
            "rapidex",
            "STANDARD",
            "6.60"),
        Arguments.of(
            "fastest delivered by Sun 29 Nov",
            RateSelectionRule.fastestDeliveredBy(LocalDate.of(2026, 11, 29)),
            "rapidex",
            "EXPRESS",
            "10.50"),
        Arguments.of(
            "preferred carrier rapidex",
            RateSelectionRule.preferredCarrier("rapidex"),
            "rapidex",
            "STANDARD",
            "6.60"),
        Arguments.of(
            "preferred carrier swiftpost",
            RateSelectionRule.preferredCarrier("swiftpost"),
            "swiftpost",
            "ECO",
            "5.50"),
        Arguments.of("cheapest", RateSelectionRule.cheapest(), "swiftpost", "ECO", "5.50"));
  }

  @ParameterizedTest(name = "{0} -> {2} {3}")
  @MethodSource("rules")
  void eachSelectionRulePicksTheRightCarrierAndServiceAndOdooRecordsIt(
      String name, RateSelectionRule rule, String carrier, String service, String price) {
    s = new CarrierScenario();
    long picking = s.readyDelivery();

    Rate chosen = s.shipping.shopRates(picking, rule).chosen();

    assertThat(chosen.carrierCode()).isEqualTo(carrier);
    assertThat(chosen.serviceCode()).isEqualTo(service);
    OdooRecord p = s.picking(picking);
    assertThat(carrierId(p))
        .isEqualTo(carrier.equals("rapidex") ? s.rapidexCarrierId : s.swiftpostCarrierId);
    assertThat(p.decimal("carrier_price"))
        .get()
        .satisfies(v -> assertThat(v).isEqualByComparingTo(price));
  }

  @Test
  void aCarrierThatCannotQuoteIsReportedWhileTheOthersStillCompete() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    s.swiftpost.failNextRates(1);

    RateShoppingResult result = s.shipping.shopRates(picking);

    assertThat(result.chosen().carrierCode()).isEqualTo("rapidex");
    assertThat(result.carrierFailures()).containsOnlyKeys("swiftpost");
    assertThat(result.carrierFailures().get("swiftpost").isRetryable()).isTrue();
    assertThat(carrierId(s.picking(picking))).isEqualTo(s.rapidexCarrierId);
  }

  @Test
  void noAcceptableRateLeavesThePickingUntouchedAndSaysWhy() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();

    assertThatThrownBy(
            () ->
                s.shipping.shopRates(
                    picking, RateSelectionRule.cheapestDeliveredBy(LocalDate.of(2026, 11, 27))))
        .isInstanceOf(RateSelectionException.class)
        .hasMessageContaining("accepted none of the 4 quotes");
    assertThat(s.picking(picking).many2one("carrier_id")).isEmpty();
  }

  @Test
  void domesticOnlyServicesAreNotOfferedAcrossBorders() {
    s = new CarrierScenario();
    long picking = s.readyDelivery("base.us");

    RateShoppingResult result = s.shipping.shopRates(picking);

    assertThat(result.quotes())
        .extracting(r -> r.carrierCode() + "/" + r.serviceCode())
        .containsExactlyInAnyOrder("swiftpost/EXPRESS", "rapidex/STANDARD", "rapidex/EXPRESS");
    assertThat(result.chosen().serviceCode()).isEqualTo("STANDARD");
  }

  @Test
  void anIncomingPickingIsRefusedWithATypedErrorNamingIt() {
    s = new CarrierScenario();
    long receipt =
        s.client.create(
            "stock.picking",
            Map.of(
                "partner_id",
                s.customer("base.be"),
                "picking_type_id",
                s.odoo.ref("stock.picking_type_in"),
                "location_id",
                s.odoo.ref("stock.stock_location_suppliers"),
                "location_dest_id",
                s.odoo.ref("stock.stock_location_stock")));

    assertThatThrownBy(() -> s.shipping.shopRates(receipt))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("not an outgoing delivery");
  }

  // ------------------------------------------------------------------ labels

  @Test
  void labelIsBoughtExactlyOnceWhenTheFirstResponseIsLost() {
    // the carrier deduplicates by idempotency key but cannot be searched: the purchase is repeated
    // with the same key
    s = new CarrierScenario(b -> b.idempotentCreate(true).findShipmentSupported(false), b -> b);
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    s.swiftpost.loseNextCreateResponses(1);

    LabelResult label = s.shipping.buyLabel(picking);

    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.swiftpost.createShipmentCalls()).isEqualTo(2);
    assertThat(label.shipment().trackingNumbers()).hasSize(1);
    String tracking = label.shipment().trackingNumbers().get(0);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).contains(tracking);
    assertThat(s.attachments(picking))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("name")).contains("Label-swiftpost-" + tracking + ".pdf");
              assertThat(a.string("mimetype")).contains("application/pdf");
              assertThat(new String(a.binary("datas").orElseThrow(), StandardCharsets.US_ASCII))
                  .startsWith("%PDF-1.4");
            });
    assertThat(s.chatter(picking))
        .anyMatch(m -> m.contains("Label bought from SwiftPost") && m.contains(tracking));
  }

  @Test
  void buyingAgainReplaysTheStoredLabelWithoutCallingTheCarrierOrDuplicatingAttachments() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    LabelResult first = s.shipping.buyLabel(picking);
    int messages = s.chatter(picking).size();

    LabelResult second = s.shipping.buyLabel(picking);

    assertThat(first.replayed()).isFalse();
    assertThat(second.replayed()).isTrue();
    assertThat(second.trackingRef()).isEqualTo(first.trackingRef());
    assertThat(second.attachmentIds()).isEqualTo(first.attachmentIds());
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.swiftpost.createShipmentCalls()).isEqualTo(1);
    assertThat(s.attachments(picking)).hasSize(1);
    assertThat(s.chatter(picking)).hasSize(messages);
  }

  @Test
  void aSecondInstanceSharingTheIdempotencyStoreDoesNotBuyAgain() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    Rate rate = s.shipping.shopRates(picking).chosen();
    s.shipping.buyLabel(picking, rate);

    LabelResult again = s.baseBuilder().build().buyLabel(picking, rate);

    assertThat(again.replayed()).isTrue();
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
  }

  @Test
  void aLostResponseAtACarrierThatCannotDeduplicateIsNeverRetriedIntoASecondLabel() {
    s = new CarrierScenario(b -> b.idempotentCreate(false).findShipmentSupported(false), b -> b);
    long picking = s.readyDelivery();
    Rate rate = s.shipping.shopRates(picking).chosen();
    s.swiftpost.loseNextCreateResponses(1);

    assertThatThrownBy(() -> s.shipping.buyLabel(picking, rate))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
    assertThatThrownBy(() -> s.shipping.buyLabel(picking, rate))
        .isInstanceOf(CarrierOutcomeUnknownException.class)
        .hasMessageContaining("unknown outcome")
        .hasMessageContaining("new idempotency key");

    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.swiftpost.createShipmentCalls()).isEqualTo(1);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).isEmpty();

    LabelResult rebought = s.shipping.buyLabel(picking, rate, "manual-rebuy-1");
    assertThat(rebought.replayed()).isFalse();
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(2);
  }

  @Test
  void aLostResponseIsCompletedByLookingTheShipmentUpWhenTheCarrierCannotDeduplicate() {
    s = new CarrierScenario(b -> b.idempotentCreate(false).findShipmentSupported(true), b -> b);
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    s.swiftpost.loseNextCreateResponses(1);

    LabelResult label = s.shipping.buyLabel(picking);

    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.swiftpost.createShipmentCalls()).isEqualTo(1);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).contains(label.trackingRef());
  }

  @Test
  void severalParcelsGiveCommaSeparatedTrackingRefsAndOneLabelAttachmentEach() {
    s =
        new CarrierScenario(
            b -> b,
            b ->
                b.labelFormat(LabelFormat.ZPL)
                    .parcelPlanner(
                        p ->
                            List.of(
                                Parcel.builder()
                                    .parcelId("P1")
                                    .weight(Weight.kilograms("1.0"))
                                    .build(),
                                Parcel.builder()
                                    .parcelId("P2")
                                    .weight(Weight.kilograms("2.0"))
                                    .build())));
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);

    LabelResult label = s.shipping.buyLabel(picking);

    List<String> numbers = label.shipment().trackingNumbers();
    assertThat(numbers).hasSize(2).doesNotHaveDuplicates();
    assertThat(s.picking(picking).string("carrier_tracking_ref"))
        .contains(String.join(",", numbers));
    assertThat(s.attachments(picking))
        .hasSize(2)
        .allSatisfy(
            a -> {
              assertThat(a.string("mimetype")).contains("application/x-zpl");
              assertThat(new String(a.binary("datas").orElseThrow(), StandardCharsets.UTF_8))
                  .startsWith("^XA");
            });
  }

  @Test
  void buyingALabelUsesThePickingsCarrierEvenWhenTheDefaultRulePrefersAnother() {
    s =
        new CarrierScenario(
            b -> b, b -> b.rateSelectionRule(RateSelectionRule.preferredCarrier("rapidex")));
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking, RateSelectionRule.cheapest());

    LabelResult label = s.shipping.buyLabel(picking);

    assertThat(label.shipment().carrierCode()).isEqualTo("swiftpost");
    assertThat(label.shipment().serviceCode()).isEqualTo("ECO");
    assertThat(s.rapidex.labelsPurchased()).isZero();
    assertThat(carrierId(s.picking(picking))).isEqualTo(s.swiftpostCarrierId);
  }

  @Test
  void aVoidedLabelIsCancelledAtTheCarrierClearedInOdooAndCanBeReplacedByANewOne() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    LabelResult first = s.shipping.buyLabel(picking);

    CarrierShipment voided = s.shipping.voidLabel(picking).shipment();

    assertThat(voided.shipmentId()).isEqualTo(first.shipment().shipmentId());
    assertThat(s.swiftpost.isCancelled(voided.shipmentId())).isTrue();
    assertThat(s.picking(picking).string("carrier_tracking_ref")).isEmpty();
    assertThat(s.chatter(picking))
        .anyMatch(m -> m.contains("Label voided") && m.contains(first.trackingRef()));
    assertThatThrownBy(() -> s.shipping.voidLabel(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("no label bought");

    LabelResult second = s.shipping.buyLabel(picking);

    assertThat(second.replayed()).isFalse();
    assertThat(second.trackingRef()).isNotEqualTo(first.trackingRef());
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(2);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).contains(second.trackingRef());
    assertThat(s.shipping.buyLabel(picking).replayed()).isTrue();
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(2);
  }

  @Test
  void aVoidWhoseOdooUpdateFailedIsCompletedByRepeatingItWithoutCancellingTwice() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    LabelResult label = s.shipping.buyLabel(picking);
    s.odoo.faults().onlyFor("stock.picking", "write").failNext(1);

    assertThatThrownBy(() -> s.shipping.voidLabel(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasCauseInstanceOf(OdooException.class);
    assertThat(s.swiftpost.isCancelled(label.shipment().shipmentId())).isTrue();
    assertThat(s.picking(picking).string("carrier_tracking_ref")).contains(label.trackingRef());

    assertThat(s.shipping.voidLabel(picking).shipment().shipmentId())
        .isEqualTo(label.shipment().shipmentId());
    assertThat(s.picking(picking).string("carrier_tracking_ref")).isEmpty();
    assertThat(s.swiftpost.shipments()).hasSize(1);
  }

  @Test
  void aPickingWithoutCarrierCannotGetALabel() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();

    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("has no carrier_id");
  }

  // ------------------------------------------------------------------ tracking

  private String labelledPicking(long picking) {
    s.shipping.shopRates(picking);
    return s.shipping.buyLabel(picking).trackingRef();
  }

  @Test
  void aTimelineDeliveredOutOfOrderAndTwiceEndsDeliveredInOdoo() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = labelledPicking(picking);
    Instant t0 = CarrierScenario.NOW;
    TrackingEvent pickedUp =
        s.swiftpost.scriptEvent(tn, "PU", t0.plus(Duration.ofHours(2)), "Brussels");
    TrackingEvent hub =
        s.swiftpost.scriptEvent(tn, "AR", t0.plus(Duration.ofHours(8)), "Antwerp hub");
    TrackingEvent outForDelivery =
        s.swiftpost.scriptEvent(tn, "OD", t0.plus(Duration.ofHours(20)), "Antwerpen");
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", t0.plus(Duration.ofHours(23)), "Antwerpen");
    int before = s.chatter(picking).size();

    List<TrackingUpdate> first =
        s.shipping.handleTrackingWebhook(
            "swiftpost", s.swiftpost.webhook(List.of(outForDelivery, pickedUp)));
    List<TrackingUpdate> second =
        s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(delivered)));
    List<TrackingUpdate> lateAndDuplicated =
        s.shipping.handleTrackingWebhook(
            "swiftpost", s.swiftpost.webhook(List.of(hub, outForDelivery, delivered, pickedUp)));

    assertThat(first)
        .extracting(TrackingUpdate::outcome)
        .containsExactly(TrackingOutcome.APPLIED, TrackingOutcome.APPLIED);
    assertThat(second).extracting(TrackingUpdate::outcome).containsExactly(TrackingOutcome.APPLIED);
    assertThat(lateAndDuplicated)
        .extracting(TrackingUpdate::outcome)
        .containsExactly(
            TrackingOutcome.STALE,
            TrackingOutcome.DUPLICATE,
            TrackingOutcome.DUPLICATE,
            TrackingOutcome.DUPLICATE);
    assertThat(lateAndDuplicated)
        .allSatisfy(u -> assertThat(u.currentStatus()).isEqualTo(TrackingStatus.DELIVERED));

    List<String> messages = s.chatter(picking).subList(before, s.chatter(picking).size());
    assertThat(messages).hasSize(3);
    assertThat(messages.get(0)).contains("Picked up").contains("PU");
    assertThat(messages.get(1)).contains("Out for delivery");
    assertThat(messages.get(2)).contains("Delivered").contains("(carrier code DL)");
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT))
        .contains(delivered.occurredAt());
  }

  @Test
  void aLateInTransitNeverOverridesDelivered() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = labelledPicking(picking);
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofDays(1)), null);
    TrackingEvent lateScan =
        s.swiftpost.scriptEvent(tn, "AR", CarrierScenario.NOW.plus(Duration.ofDays(2)), "Hub");

    s.shipping.applyTrackingEvents(List.of(delivered));
    List<TrackingUpdate> late = s.shipping.applyTrackingEvents(List.of(lateScan));

    assertThat(late)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.outcome()).isEqualTo(TrackingOutcome.STALE);
              assertThat(u.currentStatus()).isEqualTo(TrackingStatus.DELIVERED);
            });
    assertThat(s.chatter(picking)).noneMatch(m -> m.contains("Hub"));
  }

  @Test
  void aFailedDeliverySchedulesAnExceptionActivityAndALaterDeliveryStillApplies() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = labelledPicking(picking);
    TrackingEvent notHome =
        s.swiftpost.scriptEvent(tn, "NH", CarrierScenario.NOW.plus(Duration.ofHours(20)), null);
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofHours(44)), null);

    List<TrackingUpdate> failed =
        s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(notHome)));
    s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(notHome)));

    assertThat(failed)
        .singleElement()
        .extracting(TrackingUpdate::optionalPickingId)
        .satisfies(id -> assertThat(id).contains(picking));
    assertThat(s.activities(picking))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow())
                  .contains("Delivery failed")
                  .contains(tn);
              assertThat(a.string("note").orElseThrow()).contains("recipient not home");
              assertThat(a.date("date_deadline")).contains(LocalDate.of(2026, 11, 27));
              assertThat(a.many2one("activity_type_id"))
                  .get()
                  .extracting(Many2one::id)
                  .isEqualTo(s.odoo.ref("mail.mail_activity_data_warning"));
            });
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT)).isEmpty();

    s.shipping.applyTrackingEvents(List.of(delivered));
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT))
        .contains(delivered.occurredAt());
  }

  @Test
  void theDeliveryDateIsWrittenOnlyOnceEveryParcelIsDelivered() {
    s =
        new CarrierScenario(
            b -> b,
            b ->
                b.parcelPlanner(
                    p ->
                        List.of(
                            Parcel.builder().parcelId("P1").weight(Weight.kilograms("1.0")).build(),
                            Parcel.builder()
                                .parcelId("P2")
                                .weight(Weight.kilograms("2.0"))
                                .build())));
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    List<String> numbers = s.shipping.buyLabel(picking).shipment().trackingNumbers();
    TrackingEvent first =
        s.swiftpost.scriptEvent(
            numbers.get(0), "DL", CarrierScenario.NOW.plus(Duration.ofHours(5)), null);
    TrackingEvent second =
        s.swiftpost.scriptEvent(
            numbers.get(1), "DL", CarrierScenario.NOW.plus(Duration.ofHours(9)), null);

    s.shipping.applyTrackingEvents(List.of(first));
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT)).isEmpty();
    s.shipping.applyTrackingEvents(List.of(second));
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT))
        .contains(second.occurredAt());
  }

  @Test
  void pollingAppliesWhatTheCarrierReportsUpToNow() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = labelledPicking(picking);
    s.swiftpost.scriptEvent(tn, "PU", CarrierScenario.NOW.plus(Duration.ofHours(1)), null);
    s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofHours(30)), null);

    s.clock.advance(Duration.ofHours(2));
    List<TrackingUpdate> morning = s.shipping.pollTracking(picking);
    assertThat(morning)
        .extracting(u -> u.event().status())
        .containsExactly(TrackingStatus.PRE_TRANSIT, TrackingStatus.PICKED_UP);
    assertThat(morning).extracting(TrackingUpdate::outcome).containsOnly(TrackingOutcome.APPLIED);

    s.clock.advance(Duration.ofDays(2));
    List<TrackingUpdate> later = s.shipping.pollTracking(picking);
    assertThat(later)
        .extracting(TrackingUpdate::outcome)
        .containsExactly(
            TrackingOutcome.DUPLICATE, TrackingOutcome.DUPLICATE, TrackingOutcome.APPLIED);
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT)).isPresent();
  }

  @Test
  void eventsForUnknownTrackingNumbersAreReportedUnmatchedAndNotRemembered() {
    s = new CarrierScenario();
    TrackingEvent stray = s.swiftpost.scriptEvent("NOPE123", "DL", CarrierScenario.NOW, null);

    List<TrackingUpdate> updates =
        s.shipping.handleTrackingWebhook("swiftpost", s.swiftpost.webhook(List.of(stray)));

    assertThat(updates)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.outcome()).isEqualTo(TrackingOutcome.UNMATCHED);
              assertThat(u.optionalPickingId()).isEmpty();
            });
    assertThat(s.shipping.applyTrackingEvents(List.of(stray)))
        .extracting(TrackingUpdate::outcome)
        .containsExactly(TrackingOutcome.UNMATCHED);
  }

  @Test
  void signedWebhooksAreVerifiedBeforeAnythingIsApplied() throws Exception {
    byte[] secret = "whsec-test-only".getBytes(StandardCharsets.UTF_8);
    s =
        new CarrierScenario(
            b -> b,
            b ->
                b.webhookVerifier(
                    "swiftpost",
                    HmacBodyVerifier.builder(secret)
                        .signatureHeader("X-Signature")
                        .prefix("sha256=")
                        .encoding(HmacBodyVerifier.Encoding.HEX)
                        .build()));
    long picking = s.readyDelivery();
    String tn = labelledPicking(picking);
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofHours(5)), null);
    byte[] body = s.swiftpost.webhook(List.of(delivered)).body();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    String good = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));

    assertThatThrownBy(
            () ->
                s.shipping.handleTrackingWebhook(
                    "swiftpost",
                    WebhookRequest.ofSingleValued(
                        Map.of("X-Signature", "sha256=" + "00".repeat(32)), body)))
        .isInstanceOf(InvalidTrackingWebhookException.class);
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT)).isEmpty();

    assertThat(
            s.shipping.handleTrackingWebhook(
                "swiftpost", WebhookRequest.ofSingleValued(Map.of("X-Signature", good), body)))
        .extracting(TrackingUpdate::outcome)
        .containsExactly(TrackingOutcome.APPLIED);
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT))
        .contains(delivered.occurredAt());
  }

  @Test
  void concurrentPurchasesForOnePickingBuyOneLabel() throws Exception {
    CountDownLatch inCarrier = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    s = new CarrierScenario();
    CarrierAdapter slow =
        new DelegatingAdapter(s.swiftpost) {
          @Override
          public CarrierShipment createShipment(ShipmentRequest request) {
            inCarrier.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return super.createShipment(request);
          }
        };
    ShippingIntegration a =
        ShippingIntegration.builder()
            .odoo(s.client)
            .mapping(s.mapping)
            .carrier(slow, s.swiftpostCarrierId)
            .idempotencyStore(s.idempotencyStore)
            .build();
    ShippingIntegration b =
        ShippingIntegration.builder()
            .odoo(s.client)
            .mapping(s.mapping)
            .carrier(slow, s.swiftpostCarrierId)
            .idempotencyStore(s.idempotencyStore)
            .build();
    long picking = s.readyDelivery();
    Rate rate = a.shopRates(picking).chosen();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<LabelResult> first = pool.submit(() -> a.buyLabel(picking, rate));
      assertThat(inCarrier.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> b.buyLabel(picking, rate))
          .isInstanceOf(ShippingWorkflowException.class)
          .hasCauseInstanceOf(IdempotencyInProgressException.class)
          .satisfies(e -> assertThat(((ShippingWorkflowException) e).isRetryable()).isTrue());
      release.countDown();
      LabelResult bought = first.get(10, TimeUnit.SECONDS);

      assertThat(b.buyLabel(picking, rate).trackingRef()).isEqualTo(bought.trackingRef());
      assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aCanonicalShipmentIsQuotedByAllCarriersInParallelWithoutTouchingOdoo() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      s = new CarrierScenario(b -> b, b -> b.ratingExecutor(pool));
      Party from = Party.of("Warehouse", Address.of("Rue du Dépôt 5", "Brussels", "1000", "BE"));
      Party to = Party.of("Customer", Address.of("Grote Markt 1", "Antwerpen", "2000", "BE"));
      s.odoo.clearCalls();

      RateShoppingResult result =
          s.shipping.quote(
              RateRequest.builder(from, to)
                  .reference("web-checkout-1")
                  .parcel(Parcel.builder().parcelId("P1").weight(Weight.kilograms("3")).build())
                  .build(),
              RateSelectionRule.fastest());

      assertThat(result.quotes()).hasSize(4);
      assertThat(result.chosen().carrierCode()).isEqualTo("rapidex");
      assertThat(s.odoo.calls()).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
