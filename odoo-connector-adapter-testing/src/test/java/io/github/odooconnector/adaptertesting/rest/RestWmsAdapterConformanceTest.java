package io.github.odooconnector.adaptertesting.rest;

import io.github.odooconnector.adaptertesting.WmsAdapterContract;
import io.github.odooconnector.adaptertesting.WmsAdapterHarness;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.rest.RestWmsAdapter;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The REST reference adapter keeps the WMS adapter contract against a loopback fake of the wire
 * contract it documents ({@link FakeWmsApi}), with webhooks, polling and inventory enabled.
 */
class RestWmsAdapterConformanceTest extends WmsAdapterContract {

  private static final String TOKEN = "tok-conformance-secret-7f3a";

  @Override
  protected WmsAdapterHarness newHarness() {
    FakeWmsApi api = new FakeWmsApi(TOKEN);
    RestWmsAdapter adapter =
        RestWmsAdapter.builder(api.baseUrl())
            .name("acme")
            .bearerToken(TOKEN)
            .webhookSecret("whsec-conformance")
            .eventsPath("/events")
            .returnPreAdvicePath("/returns")
            .maxInventoryPageSize(3)
            .timeout(Duration.ofSeconds(5))
            .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
            .build();
    return new Harness(api, adapter);
  }

  /** Drives {@link FakeWmsApi}. */
  private record Harness(FakeWmsApi api, RestWmsAdapter rest) implements WmsAdapterHarness {

    @Override
    public WmsAdapter adapter() {
      return rest;
    }

    @Override
    public int ordersHeld(String fulfillmentOrderId) {
      return api.ordersCreated(fulfillmentOrderId);
    }

    @Override
    public OptionalInt returnPreAdvicesHeld(String rmaId) {
      return OptionalInt.of(api.returnsExpected(rmaId));
    }

    @Override
    public boolean loseNextResponse() {
      api.loseNextResponse();
      return true;
    }

    @Override
    public boolean failNextRequest() {
      api.failNext();
      return true;
    }

    @Override
    public boolean rejectNextRequest() {
      api.rejectNext();
      return true;
    }

    @Override
    public boolean rateLimitNextRequest(Duration retryAfter) {
      api.rateLimitNext(retryAfter);
      return true;
    }

    @Override
    public WmsMessage orderAccepted(String fulfillmentOrderId) {
      return api.accept(fulfillmentOrderId);
    }

    @Override
    public WmsMessage orderShipped(String fulfillmentOrderId, String trackingNumber) {
      return api.ship(fulfillmentOrderId, trackingNumber);
    }

    @Override
    public Optional<WmsMessage> unknownEventType(String fulfillmentOrderId) {
      return Optional.of(api.unknownType(fulfillmentOrderId));
    }

    @Override
    public void putStock(String warehouse, List<StockLevel> levels) {
      api.putStock(levels);
    }

    @Override
    public Optional<String> secret() {
      return Optional.of(TOKEN);
    }

    @Override
    public Optional<AdvanceShipNotice> advanceShipNoticeHeld(String asnId) {
      return api.asn(asnId);
    }

    @Override
    public Optional<WmsMessage> goodsReceivedAsAnnounced(String asnId) {
      return Optional.of(api.receiveAsAnnounced(asnId));
    }

    @Override
    public void close() {
      api.close();
    }
  }
}
