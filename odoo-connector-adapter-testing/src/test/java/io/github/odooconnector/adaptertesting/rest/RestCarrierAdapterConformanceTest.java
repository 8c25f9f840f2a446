package io.github.odooconnector.adaptertesting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.adaptertesting.CarrierAdapterContract;
import io.github.odooconnector.adaptertesting.CarrierAdapterHarness;
import io.github.odooconnector.carrier.rest.RestCarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/**
 * The REST reference adapter keeps the carrier adapter contract against a loopback fake of the API
 * shape it documents ({@link FakeCarrierApi}): for a carrier that deduplicates purchases by key
 * and, nested, for one that does not and is searched by key instead.
 */
class RestCarrierAdapterConformanceTest extends CarrierAdapterContract {

  private static final String SECRET = "Bearer sk_live_conformance_9c1e";
  private static final Map<TrackingStatus, String> CODES =
      Map.of(
          TrackingStatus.PICKED_UP, "PU",
          TrackingStatus.IN_TRANSIT, "TRN",
          TrackingStatus.DELIVERED, "DLV");

  @Override
  protected CarrierAdapterHarness newHarness() {
    return harness(true);
  }

  /** The same contract for a carrier without idempotent creates but with a search by key. */
  @Nested
  class WithoutIdempotentCreate extends CarrierAdapterContract {
    @Override
    protected CarrierAdapterHarness newHarness() {
      return harness(false);
    }
  }

  private static CarrierAdapterHarness harness(boolean idempotent) {
    FakeCarrierApi api = new FakeCarrierApi(SECRET, idempotent);
    CarrierCapabilities caps =
        CarrierCapabilities.builder("acme")
            .displayName("Acme Parcel")
            .service(new ServiceLevel("STD", "Standard", false))
            .labelFormats(LabelFormat.PDF)
            .idempotentCreate(idempotent)
            .trackingWebhooks(true)
            .build();
    RestCarrierAdapter.Builder b =
        RestCarrierAdapter.builder(caps, api.baseUrl())
            .secretHeader("Authorization", SECRET)
            .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    CODES.forEach((status, code) -> b.status(code, status));
    return new Harness(api, b.build());
  }

  /** Drives {@link FakeCarrierApi}. */
  private record Harness(FakeCarrierApi api, RestCarrierAdapter rest)
      implements CarrierAdapterHarness {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public CarrierAdapter adapter() {
      return rest;
    }

    @Override
    public int labelsPurchased() {
      return api.purchases();
    }

    @Override
    public boolean loseNextCreateResponse() {
      api.next("LOSE_RESPONSE");
      return true;
    }

    @Override
    public boolean dropNextCreateRequest() {
      api.next("DROP_REQUEST");
      return true;
    }

    @Override
    public boolean failNextRequest() {
      api.next("FAIL");
      return true;
    }

    @Override
    public boolean rejectNextCreate() {
      api.next("REJECT");
      return true;
    }

    @Override
    public String rawCode(TrackingStatus status) {
      return Optional.ofNullable(CODES.get(status))
          .orElseThrow(() -> new IllegalArgumentException("no raw code for " + status));
    }

    @Override
    public WebhookRequest trackingWebhook(List<WebhookEvent> events) {
      ObjectNode root = JSON.createObjectNode();
      ArrayNode arr = root.putArray("events");
      for (WebhookEvent e : events) {
        ObjectNode n = arr.addObject();
        n.put("tracking_number", e.trackingNumber());
        n.put("code", e.rawCode());
        n.put("occurred_at", e.occurredAt().toString());
      }
      return WebhookRequest.ofSingleValued(
          Map.of("Content-Type", "application/json"),
          root.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> secret() {
      return Optional.of(SECRET);
    }

    @Override
    public void close() {
      api.close();
    }
  }
}
