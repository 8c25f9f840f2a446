package io.github.odooconnector.adaptertesting.broken;

import io.github.odooconnector.adaptertesting.CarrierAdapterContract;
import io.github.odooconnector.adaptertesting.CarrierAdapterHarness;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not a test of its own (surefire does not pick up {@code *Run} classes): the carrier contract run
 * against an adapter with the classic mistakes, by {@link KitCatchesBrokenAdaptersTest}. The
 * adapter claims idempotent creates but drops the key, refuses unknown raw codes, and stamps
 * tracking events with the time of receipt.
 */
class BrokenCarrierAdapterRun extends CarrierAdapterContract {

  @Override
  protected CarrierAdapterHarness newHarness() {
    SimulatedCarrier carrier =
        SimulatedCarrier.builder("broken").service("STD", "4.90", "0.50", 2, false).build();
    return new Harness(carrier, new Broken(carrier));
  }

  /** Wraps the simulator with the mistakes. */
  static final class Broken implements CarrierAdapter {
    private final SimulatedCarrier carrier;
    private int attempt;
    private long receipts;

    Broken(SimulatedCarrier carrier) {
      this.carrier = carrier;
    }

    @Override
    public CarrierCapabilities capabilities() {
      return carrier.capabilities();
    }

    @Override
    public List<Rate> rate(RateRequest request) {
      return carrier.rate(request);
    }

    @Override
    public synchronized CarrierShipment createShipment(ShipmentRequest request) {
      // mistake: declares idempotentCreate but sends a fresh key on every attempt
      return carrier.createShipment(
          request.toBuilder().idempotencyKey(request.idempotencyKey() + "#" + (++attempt)).build());
    }

    @Override
    public TrackingResult track(String trackingNumber) {
      return carrier.track(trackingNumber);
    }

    @Override
    public synchronized List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
      Instant received = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(++receipts);
      return carrier.parseTrackingWebhook(webhook).stream()
          .map(
              e -> {
                if (e.status() == TrackingStatus.UNKNOWN) {
                  // mistake: an unknown raw code fails the whole webhook
                  throw new IllegalArgumentException("unknown code " + e.rawCode());
                }
                // mistake: the time of receipt instead of the carrier's event time
                return e.toBuilder().occurredAt(received).build();
              })
          .toList();
    }
  }

  private record Harness(SimulatedCarrier carrier, Broken broken) implements CarrierAdapterHarness {
    private static final Map<TrackingStatus, String> CODES =
        Map.of(
            TrackingStatus.PICKED_UP, "PU",
            TrackingStatus.IN_TRANSIT, "AR",
            TrackingStatus.DELIVERED, "DL");

    @Override
    public CarrierAdapter adapter() {
      return broken;
    }

    @Override
    public int labelsPurchased() {
      return carrier.labelsPurchased();
    }

    @Override
    public boolean loseNextCreateResponse() {
      carrier.loseNextCreateResponses(1);
      return true;
    }

    @Override
    public boolean dropNextCreateRequest() {
      return false;
    }

    @Override
    public boolean failNextRequest() {
      return false;
    }

    @Override
    public boolean rejectNextCreate() {
      return false;
    }

    @Override
    public String rawCode(TrackingStatus status) {
      return CODES.get(status);
    }

    @Override
    public WebhookRequest trackingWebhook(List<WebhookEvent> events) {
      return carrier.webhook(
          events.stream()
              .map(
                  e ->
                      TrackingEvent.builder()
                          .trackingNumber(e.trackingNumber())
                          .carrier("broken")
                          .status(TrackingStatus.UNKNOWN)
                          .rawCode(e.rawCode())
                          .occurredAt(e.occurredAt())
                          .build())
              .toList());
    }

    @Override
    public Optional<String> secret() {
      return Optional.empty();
    }
  }
}
