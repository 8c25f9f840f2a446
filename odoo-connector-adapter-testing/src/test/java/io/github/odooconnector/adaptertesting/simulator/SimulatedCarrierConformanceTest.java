package io.github.odooconnector.adaptertesting.simulator;

import io.github.odooconnector.adaptertesting.CarrierAdapterContract;
import io.github.odooconnector.adaptertesting.CarrierAdapterHarness;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/**
 * The testkit's {@link SimulatedCarrier} keeps the carrier adapter contract, both as an idempotent
 * carrier (the default) and as one that deduplicates nothing and is searched by key instead.
 */
class SimulatedCarrierConformanceTest extends CarrierAdapterContract {

  @Override
  protected CarrierAdapterHarness newHarness() {
    return new SimulatorHarness(
        SimulatedCarrier.builder("simpost")
            .service("STD", "4.90", "0.50", 2, false)
            .service("EXP", "9.90", "1.00", 1, true)
            .build());
  }

  /** The same contract for a carrier without idempotent creates but with a search by key. */
  @Nested
  class WithoutIdempotentCreate extends CarrierAdapterContract {
    @Override
    protected CarrierAdapterHarness newHarness() {
      return new SimulatorHarness(
          SimulatedCarrier.builder("simpost")
              .service("STD", "4.90", "0.50", 2, false)
              .idempotentCreate(false)
              .findShipmentSupported(true)
              .build());
    }
  }

  /** Drives the simulator through its public scripting and fault hooks. */
  static final class SimulatorHarness implements CarrierAdapterHarness {
    private static final Map<TrackingStatus, String> CODES =
        Map.of(
            TrackingStatus.PICKED_UP, "PU",
            TrackingStatus.IN_TRANSIT, "AR",
            TrackingStatus.DELIVERED, "DL");

    private final SimulatedCarrier carrier;

    SimulatorHarness(SimulatedCarrier carrier) {
      this.carrier = carrier;
    }

    @Override
    public CarrierAdapter adapter() {
      return carrier;
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
      carrier.dropNextCreateRequests(1);
      return true;
    }

    @Override
    public boolean failNextRequest() {
      carrier.failNextCreates(1).failNextRates(1);
      return true;
    }

    @Override
    public boolean rejectNextCreate() {
      carrier.rejectCreate(1);
      return true;
    }

    @Override
    public String rawCode(TrackingStatus status) {
      String code = CODES.get(status);
      if (code == null || SimulatedCarrier.RAW_CODES.get(code) != status) {
        throw new IllegalArgumentException("no simulated raw code for " + status);
      }
      return code;
    }

    @Override
    public WebhookRequest trackingWebhook(List<WebhookEvent> events) {
      return carrier.webhook(
          events.stream()
              .map(
                  e ->
                      TrackingEvent.builder()
                          .trackingNumber(e.trackingNumber())
                          .carrier(carrier.carrierCode())
                          .status(
                              SimulatedCarrier.RAW_CODES.getOrDefault(
                                  e.rawCode(), TrackingStatus.UNKNOWN))
                          .rawCode(e.rawCode())
                          .rawDescription(e.rawCode())
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
