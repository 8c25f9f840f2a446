package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.RateSelectionException;
import io.github.odooconnector.carrier.api.ShippingConfigurationException;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingIntegrationBuilder;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingOutcome;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.rest.RestCarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the shipping facade does with bad data, bad configuration and failing dependencies: a typed
 * error naming what is wrong, raised before anything is written to Odoo, with lower-layer failures
 * chained as the cause.
 */
class CarrierErrorsIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  // ------------------------------------------------------------------ addresses

  @Test
  void rateShoppingOnAFreshOdooNamesTheCompanyAndTheAddressFieldItLacks() {
    s = CarrierScenario.withSeededCompanyAddress();
    long picking = s.readyDelivery();

    assertThatThrownBy(() -> s.shipping.shopRates(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("res.company YourCompany")
        .hasMessageContaining("res.partner(" + s.odoo.ref("base.main_partner") + ").country_id")
        .hasCauseInstanceOf(MappingException.class)
        .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isFalse());
    assertThat(s.picking(picking).many2one("carrier_id")).isEmpty();
  }

  @Test
  void aCustomerWithoutCountryIsATypedErrorNamingThePartnerAndItsCountryField() {
    s = new CarrierScenario();
    long picking = s.readyDelivery(null);
    OdooRecord read =
        s.client.read("stock.picking", List.of(picking), List.of("name", "partner_id")).get(0);
    long partner = read.many2one("partner_id").map(Many2one::id).orElseThrow();
    String name = read.string("name").orElseThrow();

    assertThatThrownBy(() -> s.shipping.shopRates(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("stock.picking " + name + " partner_id")
        .hasMessageContaining("res.partner(" + partner + ").country_id")
        .hasCauseInstanceOf(MappingException.class);
    assertThat(s.picking(picking).many2one("carrier_id")).isEmpty();
  }

  // ------------------------------------------------------------------ configuration

  private ShippingIntegrationBuilder builder() {
    return ShippingIntegration.builder().odoo(s.client).idempotencyStore(s.idempotencyStore);
  }

  @Test
  void aDeliveryCarrierIdOdooDoesNotHaveFailsAtBuild() {
    s = new CarrierScenario();

    assertThatThrownBy(() -> builder().carrier(s.swiftpost, 999_999L).build())
        .isInstanceOf(ShippingConfigurationException.class)
        .hasMessageContaining("delivery.carrier 999999 does not exist")
        .hasMessageContaining("swiftpost");
  }

  @Test
  void aDeliveryCarrierNameOdooDoesNotHaveFailsAtBuild() {
    s = new CarrierScenario();

    assertThatThrownBy(() -> builder().carrier(s.swiftpost, "No Such Carrier").build())
        .isInstanceOf(ShippingConfigurationException.class)
        .hasMessageContaining("no delivery.carrier named 'No Such Carrier'")
        .hasMessageContaining("swiftpost");
  }

  @Test
  void anUnknownAdapterTypeFailsAtBuildNamingTheTypesOnTheClassPath() {
    s = new CarrierScenario();

    assertThatThrownBy(
            () -> builder().carrier("no-such-type", Map.of(), "Standard delivery").build())
        .isInstanceOf(ShippingConfigurationException.class)
        .hasMessageContaining("'no-such-type'")
        .hasMessageContaining("rest-json");
  }

  @Test
  void settingsTheAdapterProviderRejectsFailAtBuildNamingTheSetting() {
    s = new CarrierScenario();

    assertThatThrownBy(
            () ->
                builder()
                    .carrier("rest-json", Map.of("carrier-code", "acme"), "Standard delivery")
                    .build())
        .isInstanceOf(ShippingConfigurationException.class)
        .hasMessageContaining("'rest-json'")
        .hasMessageContaining("delivery.carrier 'Standard delivery'")
        .hasMessageContaining("setting 'services' is required");
  }

  @Test
  void anAdapterTypeWithValidSettingsIsCreatedByItsProviderAtBuild() {
    s = new CarrierScenario();

    ShippingIntegration shipping =
        builder()
            .carrier(
                "rest-json",
                Map.of(
                    "carrier-code", "acme",
                    "base-url", "https://api.acme.example/v1",
                    "services", "STD:Standard:domestic"),
                "Standard delivery")
            .build();

    assertThat(shipping.carriers())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a).isInstanceOf(RestCarrierAdapter.class);
              assertThat(a.carrierCode()).isEqualTo("acme");
            });
  }

  @Test
  void aDeliveredDateFieldOdooDoesNotHaveFailsAtBuildSayingHowToCreateIt() {
    s = new CarrierScenario();

    assertThatThrownBy(
            () ->
                builder()
                    .carrier(s.swiftpost, s.swiftpostCarrierId)
                    .deliveredDateField("x_not_there")
                    .build())
        .isInstanceOf(ShippingConfigurationException.class)
        .hasMessageContaining("stock.picking has no field 'x_not_there'")
        .hasMessageContaining("Date & Time");
  }

  @Test
  void everyConfigurationProblemIsReportedAtOnce() {
    s = new CarrierScenario();

    assertThatThrownBy(
            () ->
                builder()
                    .carrier(s.swiftpost, 999_999L)
                    .carrier(s.rapidex, "No Such Carrier")
                    .deliveredDateField("name")
                    .build())
        .isInstanceOfSatisfying(
            ShippingConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(3)
                    .anySatisfy(p -> assertThat(p).contains("delivery.carrier 999999"))
                    .anySatisfy(p -> assertThat(p).contains("'No Such Carrier'"))
                    .anySatisfy(p -> assertThat(p).contains("'name'").contains("char")));
  }

  @Test
  void aShipperWithoutAddressFailsAtBuild() {
    s = new CarrierScenario();

    assertThatThrownBy(
            () ->
                builder()
                    .carrier(s.swiftpost, s.swiftpostCarrierId)
                    .shipFrom(Party.of("Depot", null))
                    .build())
        .isInstanceOf(ShippingConfigurationException.class)
        .hasMessageContaining("shipFrom (Depot) has no address");
  }

  // ------------------------------------------------------------------ rate selection

  @Test
  void whenNoCarrierQuotesTheErrorKeepsEachCarriersReason() {
    s = new CarrierScenario();
    SimulatedCarrier localpost =
        SimulatedCarrier.builder("localpost")
            .service("LOCAL", "3.00", "0.10", 1, false)
            .clock(s.clock)
            .build();
    DelegatingAdapter silent =
        new DelegatingAdapter(s.rapidex) {
          @Override
          public List<Rate> rate(RateRequest request) {
            return List.of();
          }
        };
    ShippingIntegration shipping =
        builder()
            .carrier(localpost, s.swiftpostCarrierId)
            .carrier(silent, s.rapidexCarrierId)
            .build();
    long picking = s.readyDelivery("base.us");

    assertThatThrownBy(() -> shipping.shopRates(picking))
        .isInstanceOfSatisfying(
            RateSelectionException.class,
            e -> {
              assertThat(e.skippedCarriers())
                  .containsExactlyInAnyOrderEntriesOf(
                      Map.of(
                          "localpost", "domestic only: ship-to is US, ship-from is BE",
                          "rapidex", "quoted no rate for this shipment"));
              assertThat(e.carrierFailures()).isEmpty();
              assertThat(e.isRetryable()).isFalse();
            })
        .hasMessageContaining("localpost (domestic only: ship-to is US, ship-from is BE)")
        .hasMessageContaining("rapidex (quoted no rate for this shipment)");
    assertThat(s.picking(picking).many2one("carrier_id")).isEmpty();
  }

  // ------------------------------------------------------------------ failing dependencies

  @Test
  void anOdooOutageWhileRateShoppingIsARetryableShippingErrorWithTheOdooFailureAsCause() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    s.odoo.faults().onlyFor("res.partner", "read").failNext(1);

    assertThatThrownBy(() -> s.shipping.shopRates(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("stock.picking " + picking)
        .hasCauseInstanceOf(OdooException.class)
        .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isTrue());
    assertThat(s.shipping.shopRates(picking).chosen().carrierCode()).isEqualTo("swiftpost");
  }

  // ------------------------------------------------------------------ inbound tracking

  private String labelledPicking(long picking) {
    s.shipping.shopRates(picking);
    return s.shipping.buyLabel(picking).trackingRef();
  }

  /** An event the canonical constructor accepts but validation does not: no tracking number. */
  private static TrackingEvent withoutTrackingNumber(Instant at) {
    return new TrackingEvent(
        null, "swiftpost", TrackingStatus.EXCEPTION, "XX", null, at, null, null, null, null, null);
  }

  @Test
  void aWebhookWithAnInvalidEventIsRejectedBeforeAnythingIsWrittenToOdoo() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = labelledPicking(picking);
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofHours(5)), null);
    DelegatingAdapter sloppy =
        new DelegatingAdapter(s.swiftpost) {
          @Override
          public List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
            List<TrackingEvent> events = new ArrayList<>(super.parseTrackingWebhook(webhook));
            events.add(withoutTrackingNumber(CarrierScenario.NOW.plus(Duration.ofHours(6))));
            return events;
          }
        };
    ShippingIntegration shipping =
        builder()
            .carrier(sloppy, s.swiftpostCarrierId)
            .deliveredDateField(CarrierScenario.DELIVERED_AT)
            .build();
    int notes = s.chatter(picking).size();

    assertThatThrownBy(
            () ->
                shipping.handleTrackingWebhook(
                    "swiftpost", s.swiftpost.webhook(List.of(delivered))))
        .isInstanceOf(InvalidTrackingWebhookException.class)
        .hasMessageContaining("trackingNumber");
    assertThat(s.chatter(picking)).hasSize(notes);
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT)).isEmpty();

    assertThat(shipping.applyTrackingEvents(List.of(delivered)))
        .extracting(TrackingUpdate::outcome)
        .as("nothing was remembered either: the valid event alone still applies")
        .containsExactly(TrackingOutcome.APPLIED);
  }

  @Test
  void applyingEventsRejectsAnInvalidOneBeforeApplyingAny() {
    s = new CarrierScenario();
    long picking = s.readyDelivery();
    String tn = labelledPicking(picking);
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofHours(5)), null);
    int notes = s.chatter(picking).size();

    assertThatThrownBy(
            () ->
                s.shipping.applyTrackingEvents(
                    List.of(
                        delivered,
                        withoutTrackingNumber(CarrierScenario.NOW.plus(Duration.ofHours(6))))))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("trackingNumber");
    assertThat(s.chatter(picking)).hasSize(notes);
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT)).isEmpty();
  }

  @Test
  void pollingRejectsEventsTheAdapterReportsForAnotherParcel() {
    s = new CarrierScenario();
    long polled = s.readyDelivery();
    long other = s.readyDelivery();
    labelledPicking(polled);
    String otherTn = labelledPicking(other);
    TrackingEvent otherDelivered =
        s.swiftpost.scriptEvent(otherTn, "DL", CarrierScenario.NOW.plus(Duration.ofHours(1)), null);
    DelegatingAdapter confused =
        new DelegatingAdapter(s.swiftpost) {
          @Override
          public TrackingResult track(String trackingNumber) {
            return new TrackingResult(
                trackingNumber, TrackingStatus.DELIVERED, List.of(otherDelivered), null);
          }
        };
    ShippingIntegration shipping = builder().carrier(confused, s.swiftpostCarrierId).build();
    int notes = s.chatter(other).size();

    assertThatThrownBy(() -> shipping.pollTracking(polled))
        .isInstanceOf(CarrierException.class)
        .hasMessageContaining(otherTn);
    assertThat(s.chatter(other)).hasSize(notes);
  }

  @Test
  void anAdapterFailingWithAnUntypedExceptionOnAWebhookIsReportedAsACarrierException() {
    s = new CarrierScenario();
    DelegatingAdapter broken =
        new DelegatingAdapter(s.swiftpost) {
          @Override
          public List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
            throw new IllegalStateException("bug in the adapter");
          }
        };
    ShippingIntegration shipping = builder().carrier(broken, s.swiftpostCarrierId).build();

    assertThatThrownBy(
            () ->
                shipping.handleTrackingWebhook(
                    "swiftpost",
                    WebhookRequest.ofSingleValued(Map.of(), "{}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CarrierException.class)
        .hasMessageContaining("swiftpost")
        .hasCauseInstanceOf(IllegalStateException.class);
  }
}
