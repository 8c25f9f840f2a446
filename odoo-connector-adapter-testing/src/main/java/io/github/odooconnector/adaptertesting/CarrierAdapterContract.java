package io.github.odooconnector.adaptertesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.odooconnector.adaptertesting.CarrierAdapterHarness.WebhookEvent;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.UnsupportedCarrierOperationException;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CarrierAdapter} must show, as the SPI's Javadoc promises it: a label
 * purchase whose response was lost can be completed under its idempotency key without buying twice
 * (by an idempotent create or a lookup by key), failures are typed and correctly retryable,
 * tracking webhooks parse to the same events however often and in whatever order they arrive, and
 * unknown raw statuses are normalised to {@link TrackingStatus#UNKNOWN} with the raw code kept. An
 * adapter proves itself by extending this class in its own tests and returning a {@link
 * CarrierAdapterHarness} over a stand-in for its carrier:
 *
 * <pre>{@code
 * class AcmeCarrierAdapterConformanceTest extends CarrierAdapterContract {
 *   protected CarrierAdapterHarness newHarness() {
 *     return new AcmeSandboxHarness(); // starts a loopback fake of the Acme API
 *   }
 * }
 * }</pre>
 *
 * <p>Optional operations are tested only when {@link CarrierAdapter#capabilities()} declares them;
 * faults the harness cannot produce skip the tests that need them. Override {@link
 * #sampleShipment(String, int)} and {@link #sampleRate()} when the carrier needs other data (a
 * service, a country, weights). JUnit 5 runs every public test method of this class for the
 * subclass; an instance serves one test method at a time (JUnit's default lifecycle).
 *
 * <p>Public and stable: the suite may gain test methods in later versions (an adapter passing them
 * is then held to the new guarantee); hooks and class names do not change.
 */
public abstract class CarrierAdapterContract {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  private CarrierAdapterHarness harness;
  private CarrierAdapter adapter;
  private int sequence;

  /** Creates the suite; called by the subclass. */
  protected CarrierAdapterContract() {}

  /**
   * Creates the far side and the adapter under test for one test method.
   *
   * @return a fresh harness with a fresh carrier state
   */
  protected abstract CarrierAdapterHarness newHarness();

  /**
   * The shipment the suite buys: domestic (Berlin to Munich), 2.5 kg parcels, the carrier's first
   * service and one of its label formats. Override when the carrier needs other data.
   *
   * @param idempotencyKey the purchase's key
   * @param parcels how many parcels, 1 or 2
   * @return the request
   */
  protected ShipmentRequest sampleShipment(String idempotencyKey, int parcels) {
    CarrierCapabilities caps = adapter.capabilities();
    List<Parcel> list = new ArrayList<>();
    for (int i = 1; i <= parcels; i++) {
      list.add(
          Parcel.builder()
              .parcelId("CONF/" + idempotencyKey + "/" + i)
              .weight(Weight.kilograms("2.5"))
              .build());
    }
    return ShipmentRequest.builder(idempotencyKey, caps.services().get(0).code())
        .reference("CONF/" + idempotencyKey)
        .route(FROM, TO)
        .parcels(list)
        .labelFormat(caps.labelFormats().iterator().next())
        .build();
  }

  /**
   * The quote the suite asks for: the sample route with one parcel.
   *
   * @return the request
   */
  protected RateRequest sampleRate() {
    return RateRequest.builder(FROM, TO)
        .parcel(Parcel.builder().parcelId("CONF/RATE/1").weight(Weight.kilograms("2.5")).build())
        .build();
  }

  /** Starts the harness; not meant to be called by subclasses. */
  @BeforeEach
  final void startHarness() {
    harness = newHarness();
    adapter = harness.adapter();
  }

  /** Closes the harness; not meant to be called by subclasses. */
  @AfterEach
  final void closeHarness() {
    if (harness != null) {
      harness.close();
    }
  }

  // ------------------------------------------------------------------ identity

  /** "Must be cheap and return the same value every time"; the code is "stable lower-case". */
  @Test
  public void capabilitiesAreStableAndTheCarrierCodeIsLowerCase() {
    assertThat(adapter.capabilities()).isEqualTo(adapter.capabilities());
    assertThat(adapter.carrierCode())
        .isEqualTo(adapter.capabilities().carrierCode())
        .isEqualTo(adapter.carrierCode().toLowerCase(Locale.ROOT));
  }

  // ------------------------------------------------------------------ purchases and idempotency
  // keys

  /** With {@code idempotentCreate} the carrier deduplicates purchases by the request's key. */
  @Test
  public void purchaseRepeatedWithTheSameKeyBuysOneLabelWhenCreatesAreIdempotent() {
    assumeTrue(adapter.capabilities().idempotentCreate(), "creates are not idempotent");
    String key = nextKey();

    CarrierShipment first = adapter.createShipment(sampleShipment(key, 1));
    CarrierShipment again = adapter.createShipment(sampleShipment(key, 1));

    assertThat(again.shipmentId()).isEqualTo(first.shipmentId());
    assertThat(again.trackingNumbers()).isEqualTo(first.trackingNumbers());
    assertThat(harness.labelsPurchased()).isEqualTo(1);
  }

  /** Two purchases under two keys are two shipments with their own tracking numbers. */
  @Test
  public void purchasesUnderDifferentKeysAreDifferentShipmentsWithDistinctTrackingNumbers() {
    CarrierShipment a = adapter.createShipment(sampleShipment(nextKey(), 1));
    CarrierShipment b = adapter.createShipment(sampleShipment(nextKey(), 1));

    assertThat(a.shipmentId()).isNotEqualTo(b.shipmentId());
    assertThat(a.trackingNumbers()).doesNotContainAnyElementsOf(b.trackingNumbers());
    assertThat(harness.labelsPurchased()).isEqualTo(2);
  }

  /**
   * "Implementations must be thread-safe: the workflows call them from many threads." Eight
   * purchases at once under eight keys are eight shipments with their own tracking numbers.
   *
   * @throws Exception if a thread is interrupted or times out
   */
  @Test
  public void concurrentPurchasesFromSeveralThreadsAreDistinctShipments() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      keys.add(nextKey());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<CarrierShipment>> futures = new ArrayList<>();
      for (String key : keys) {
        futures.add(pool.submit(() -> adapter.createShipment(sampleShipment(key, 1))));
      }
      Set<String> shipmentIds = new HashSet<>();
      Set<String> trackingNumbers = new HashSet<>();
      for (Future<CarrierShipment> f : futures) {
        CarrierShipment s = f.get(30, TimeUnit.SECONDS);
        shipmentIds.add(s.shipmentId());
        trackingNumbers.addAll(s.trackingNumbers());
      }
      assertThat(shipmentIds).hasSize(keys.size());
      assertThat(trackingNumbers).hasSize(keys.size());
      assertThat(harness.labelsPurchased()).isEqualTo(keys.size());
    } finally {
      pool.shutdownNow();
    }
  }

  /** "One tracking number and label per parcel, in the order of the request's parcels." */
  @Test
  public void everyParcelGetsItsOwnTrackingNumberAndANonEmptyLabel() {
    assumeTrue(!adapter.capabilities().oneParcelPerShipment(), "one parcel per shipment");

    CarrierShipment shipment = adapter.createShipment(sampleShipment(nextKey(), 2));

    assertThat(shipment.parcels()).hasSize(2);
    assertThat(shipment.trackingNumbers()).doesNotHaveDuplicates();
    assertThat(shipment.parcels())
        .allSatisfy(p -> assertThat(p.label().content()).isNotEmpty())
        .extracting(ParcelLabel::trackingNumber)
        .allSatisfy(t -> assertThat(t).isNotBlank());
  }

  /**
   * A purchase the carrier carried out but whose response was lost is {@link
   * CarrierOutcomeUnknownException} (retryable), and it can be completed under the same key without
   * a second label: "createShipment must pass the idempotency key to the carrier when the carrier
   * supports it (and then declare idempotentCreate), or implement findShipment".
   */
  @Test
  public void
      lostResponseToCreateShipmentIsOutcomeUnknownAndItsKeyCompletesItWithoutASecondLabel() {
    assumeTrue(harness.loseNextCreateResponse(), "the harness cannot lose a response");
    String key = nextKey();

    Throwable lost = catchThrowable(() -> adapter.createShipment(sampleShipment(key, 1)));

    assertThat(lost).isInstanceOf(CarrierOutcomeUnknownException.class);
    assertThat(((CarrierException) lost).isRetryable()).isTrue();
    assertThat(harness.labelsPurchased()).isEqualTo(1);
    CarrierShipment completed;
    if (adapter.capabilities().idempotentCreate()) {
      completed = adapter.createShipment(sampleShipment(key, 1));
    } else {
      ShipmentLookup lookup = adapter.lookupShipment(key);
      assertThat(lookup.outcome())
          .as(
              "an adapter without idempotentCreate must find the shipment by its key, but: %s",
              lookup.detail())
          .isEqualTo(ShipmentLookup.Outcome.FOUND);
      completed = lookup.optionalShipment().orElseThrow();
    }
    assertThat(completed.trackingNumbers()).hasSize(1);
    assertThat(harness.labelsPurchased()).isEqualTo(1);
  }

  /**
   * A purchase that never reached the carrier looks the same to the adapter (outcome unknown); the
   * lookup by key must then not claim a shipment, and the retry buys exactly one label.
   */
  @Test
  public void createThatNeverArrivedIsOutcomeUnknownAndItsRetryBuysExactlyOneLabel() {
    assumeTrue(harness.dropNextCreateRequest(), "the harness cannot drop a request");
    String key = nextKey();

    assertThatThrownBy(() -> adapter.createShipment(sampleShipment(key, 1)))
        .isInstanceOf(CarrierOutcomeUnknownException.class)
        .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isTrue());
    assertThat(harness.labelsPurchased()).isZero();
    assertThat(adapter.lookupShipment(key).outcome()).isNotEqualTo(ShipmentLookup.Outcome.FOUND);
    assertThat(adapter.findShipment(key)).isEmpty();

    adapter.createShipment(sampleShipment(key, 1));
    assertThat(harness.labelsPurchased()).isEqualTo(1);
  }

  /** A carrier outage is a retryable {@link CarrierUnavailableException} and buys nothing. */
  @Test
  public void transientFailureOfAPurchaseIsRetryableAndBuysNothing() {
    assumeTrue(harness.failNextRequest(), "the harness cannot fail a request");
    String key = nextKey();

    assertThatThrownBy(() -> adapter.createShipment(sampleShipment(key, 1)))
        .isInstanceOf(CarrierUnavailableException.class)
        .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isTrue());
    assertThat(harness.labelsPurchased()).isZero();

    adapter.createShipment(sampleShipment(key, 1));
    assertThat(harness.labelsPurchased()).isEqualTo(1);
  }

  /** A refusal is a permanent {@link CarrierRequestRejectedException} and buys nothing. */
  @Test
  public void refusedPurchaseIsAPermanentRejectionAndBuysNothing() {
    assumeTrue(harness.rejectNextCreate(), "the harness cannot refuse a purchase");

    assertThatThrownBy(() -> adapter.createShipment(sampleShipment(nextKey(), 1)))
        .isInstanceOf(CarrierRequestRejectedException.class)
        .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isFalse());
    assertThat(harness.labelsPurchased()).isZero();
  }

  /** A quote during an outage is a retryable {@link CarrierUnavailableException}. */
  @Test
  public void transientFailureOfARateIsRetryable() {
    assumeTrue(harness.failNextRequest(), "the harness cannot fail a request");

    assertThatThrownBy(() -> adapter.rate(sampleRate()))
        .isInstanceOf(CarrierUnavailableException.class)
        .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isTrue());
    assertThat(adapter.rate(sampleRate())).isNotEmpty();
  }

  /** "throws TrackingNumberNotFoundException if the carrier does not know the number". */
  @Test
  public void trackingAnUnknownNumberRaisesAPermanentTrackingNumberNotFoundException() {
    assertThatThrownBy(() -> adapter.track("CONFNOSUCHPARCEL0"))
        .isInstanceOf(TrackingNumberNotFoundException.class)
        .satisfies(
            e -> {
              assertThat(((CarrierException) e).isRetryable()).isFalse();
              assertThat(((TrackingNumberNotFoundException) e).trackingNumber())
                  .isEqualTo("CONFNOSUCHPARCEL0");
            });
  }

  /** "Never put credentials in messages." */
  @Test
  public void credentialsNeverAppearInExceptionMessagesOrToString() {
    Optional<String> secret = harness.secret();
    assumeTrue(secret.isPresent(), "the adapter has no credential");
    List<Throwable> failures = new ArrayList<>();
    if (harness.rejectNextCreate()) {
      failures.add(catchThrowable(() -> adapter.createShipment(sampleShipment(nextKey(), 1))));
    }
    if (harness.failNextRequest()) {
      failures.add(catchThrowable(() -> adapter.rate(sampleRate())));
    }
    failures.add(catchThrowable(() -> adapter.track("CONFNOSUCHPARCEL0")));
    assertThat(adapter.toString()).doesNotContain(secret.get());
    for (Throwable t : failures) {
      assertThat(t).isInstanceOf(CarrierException.class);
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertThat(String.valueOf(c.getMessage())).doesNotContain(secret.get());
      }
    }
  }

  // ------------------------------------------------------------------ tracking webhooks

  /**
   * A webhook parses to canonical events with normalised statuses, the carrier's raw code and code,
   * and the time the carrier reported (never the time of receipt).
   */
  @Test
  public void trackingWebhookIsParsedWithNormalisedStatusesRawCodesAndTheCarriersEventTimes() {
    assumeWebhooks();
    WebhookRequest webhook =
        harness.trackingWebhook(
            List.of(
                event("CONFTRK0001", TrackingStatus.PICKED_UP, T0),
                event("CONFTRK0001", TrackingStatus.IN_TRANSIT, T0.plusSeconds(3600))));

    List<TrackingEvent> events = adapter.parseTrackingWebhook(webhook);

    assertThat(events)
        .extracting(TrackingEvent::status)
        .containsExactly(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT);
    assertThat(events)
        .extracting(TrackingEvent::rawCode)
        .containsExactly(
            harness.rawCode(TrackingStatus.PICKED_UP), harness.rawCode(TrackingStatus.IN_TRANSIT));
    assertThat(events)
        .extracting(TrackingEvent::occurredAt)
        .containsExactly(T0, T0.plusSeconds(3600));
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.trackingNumber()).isEqualTo("CONFTRK0001");
              assertThat(e.carrier()).isEqualTo(adapter.carrierCode());
            });
  }

  /**
   * Carriers redeliver webhooks; the redelivery parses to the same events under the same keys
   * ({@link TrackingState#eventKey(TrackingEvent)}), so the workflow recognises it.
   */
  @Test
  public void duplicateTrackingWebhookIsParsedToEventsWithTheSameEventKeys() {
    assumeWebhooks();
    WebhookRequest webhook =
        harness.trackingWebhook(List.of(event("CONFTRK0002", TrackingStatus.DELIVERED, T0)));

    List<TrackingEvent> once = adapter.parseTrackingWebhook(webhook);
    List<TrackingEvent> twice = adapter.parseTrackingWebhook(webhook);

    assertThat(once).hasSize(1);
    assertThat(twice).isEqualTo(once);
    assertThat(twice.stream().map(TrackingState::eventKey).toList())
        .isEqualTo(once.stream().map(TrackingState::eventKey).toList());
  }

  /**
   * Webhooks arrive out of order (delivered before in transit): parsing depends on the webhook only
   * and keeps each event's own time, so the workflow can tell that the late "in transit" must not
   * replace "delivered".
   */
  @Test
  public void outOfOrderTrackingWebhooksKeepEachEventsOwnTimeSoTheLateOneDoesNotWin() {
    assumeWebhooks();
    WebhookRequest inTransit =
        harness.trackingWebhook(List.of(event("CONFTRK0003", TrackingStatus.IN_TRANSIT, T0)));
    WebhookRequest delivered =
        harness.trackingWebhook(
            List.of(event("CONFTRK0003", TrackingStatus.DELIVERED, T0.plusSeconds(7200))));

    TrackingEvent deliveredFirst = single(adapter.parseTrackingWebhook(delivered));
    TrackingEvent inTransitLate = single(adapter.parseTrackingWebhook(inTransit));

    assertThat(deliveredFirst.occurredAt()).isEqualTo(T0.plusSeconds(7200));
    assertThat(inTransitLate.occurredAt()).isEqualTo(T0);
    assertThat(inTransitLate.supersedes(deliveredFirst)).isFalse();
    assertThat(single(adapter.parseTrackingWebhook(delivered))).isEqualTo(deliveredFirst);
    assertThat(TrackingState.eventKey(inTransitLate))
        .isNotEqualTo(TrackingState.eventKey(deliveredFirst));
  }

  /**
   * "Tracking statuses are normalised to TrackingStatus; the carrier's raw code stays on the
   * event": a code the adapter does not know becomes {@link TrackingStatus#UNKNOWN} with the raw
   * code kept, rather than failing the whole webhook or being guessed into a known status.
   */
  @Test
  public void unknownTrackingCodeIsNormalisedToUnknownAndKeepsTheRawCode() {
    assumeWebhooks();
    WebhookRequest webhook =
        harness.trackingWebhook(
            List.of(
                new WebhookEvent("CONFTRK0004", "ZZCONF", T0),
                event("CONFTRK0004", TrackingStatus.IN_TRANSIT, T0.plusSeconds(60))));

    List<TrackingEvent> events = adapter.parseTrackingWebhook(webhook);

    assertThat(events).hasSize(2);
    assertThat(events.get(0).status()).isEqualTo(TrackingStatus.UNKNOWN);
    assertThat(events.get(0).rawCode()).isEqualTo("ZZCONF");
    assertThat(events.get(1).status()).isEqualTo(TrackingStatus.IN_TRANSIT);
  }

  /**
   * A body that is not a tracking payload is a permanent {@link InvalidTrackingWebhookException}.
   */
  @Test
  public void malformedTrackingWebhookIsRefusedWithInvalidTrackingWebhookException() {
    assumeWebhooks();
    for (String body : List.of("", "not json at all", "[1,2,3]", "{\"events\":")) {
      WebhookRequest webhook =
          WebhookRequest.ofSingleValued(
              Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> adapter.parseTrackingWebhook(webhook))
          .as("body %s", body)
          .isInstanceOf(InvalidTrackingWebhookException.class)
          .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isFalse());
    }
  }

  /**
   * Without {@code trackingWebhooks} the parse is an {@link UnsupportedCarrierOperationException}.
   */
  @Test
  public void webhookParsingIsUnsupportedWhenNotDeclared() {
    assumeTrue(!adapter.capabilities().trackingWebhooks(), "tracking webhooks are declared");
    WebhookRequest webhook =
        WebhookRequest.ofSingleValued(Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> adapter.parseTrackingWebhook(webhook))
        .isInstanceOf(UnsupportedCarrierOperationException.class);
  }

  // ------------------------------------------------------------------ helpers

  private static final Party FROM =
      Party.of("Conformance Warehouse", Address.of("Lagerstrasse 1", "Berlin", "10115", "DE"));
  private static final Party TO =
      Party.of("Conformance Customer", Address.of("Marienplatz 8", "Munich", "80331", "DE"));

  private void assumeWebhooks() {
    assumeTrue(adapter.capabilities().trackingWebhooks(), "no tracking webhooks");
  }

  private String nextKey() {
    return "conformance-label-" + (++sequence);
  }

  private WebhookEvent event(String trackingNumber, TrackingStatus status, Instant at) {
    return new WebhookEvent(trackingNumber, harness.rawCode(status), at);
  }

  private static TrackingEvent single(List<TrackingEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
