package io.github.odooconnector.adaptertesting.simulator;

import io.github.odooconnector.adaptertesting.WmsAdapterContract;
import io.github.odooconnector.adaptertesting.WmsAdapterHarness;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The testkit's {@link SimulatedWms} keeps the WMS adapter contract, so workflow tests that use it
 * exercise the behaviour a real adapter must show, faults included: its hooks lose a response,
 * refuse, rate-limit and emit an unknown event type on demand. Only the credential test is skipped:
 * the simulator has no credential.
 */
class SimulatedWmsConformanceTest extends WmsAdapterContract {

  @Override
  protected WmsAdapterHarness newHarness() {
    return new SimulatorHarness(SimulatedWms.builder().name("sim").build());
  }

  /** Drives the simulator through its public commands and fault hooks. */
  static final class SimulatorHarness implements WmsAdapterHarness {
    private final SimulatedWms wms;

    SimulatorHarness(SimulatedWms wms) {
      this.wms = wms;
    }

    @Override
    public WmsAdapter adapter() {
      return wms;
    }

    @Override
    public int ordersHeld(String fulfillmentOrderId) {
      return wms.orders().containsKey(fulfillmentOrderId) ? 1 : 0;
    }

    @Override
    public OptionalInt returnPreAdvicesHeld(String rmaId) {
      return OptionalInt.of(wms.returnPreAdvicesHeld(rmaId));
    }

    @Override
    public boolean loseNextResponse() {
      wms.loseNextResponse();
      return true;
    }

    @Override
    public boolean failNextRequest() {
      wms.failNextCalls(1);
      return true;
    }

    @Override
    public boolean rejectNextRequest() {
      wms.rejectNextCall("line 1: quantity exceeds the pallet limit");
      return true;
    }

    @Override
    public boolean rateLimitNextRequest(Duration retryAfter) {
      wms.rateLimitNextCall(retryAfter);
      return true;
    }

    @Override
    public WmsMessage orderAccepted(String fulfillmentOrderId) {
      return delivered(wms.accept(fulfillmentOrderId));
    }

    @Override
    public WmsMessage orderShipped(String fulfillmentOrderId, String trackingNumber) {
      return delivered(wms.ship(fulfillmentOrderId, "Standard delivery", trackingNumber));
    }

    @Override
    public Optional<WmsMessage> unknownEventType(String fulfillmentOrderId) {
      return Optional.of(wms.unknownEventType(fulfillmentOrderId, "order.teleported"));
    }

    @Override
    public void putStock(String warehouse, List<StockLevel> levels) {
      levels.forEach(l -> wms.setStock(l.sku(), l.location(), l.onHand()));
    }

    @Override
    public Optional<String> secret() {
      return Optional.empty();
    }

    @Override
    public Optional<AdvanceShipNotice> advanceShipNoticeHeld(String asnId) {
      return Optional.ofNullable(wms.advanceShipNotices().get(asnId));
    }

    @Override
    public Optional<WmsMessage> goodsReceivedAsAnnounced(String asnId) {
      return Optional.of(delivered(wms.receive(asnId, Map.of())));
    }

    /** The simulator delivers its events by polling: find the polled record of the event. */
    private WmsMessage delivered(BusinessEvent<?> event) {
      return wms.poll(null, 10_000).messages().stream()
          .filter(m -> m.messageId().equals(event.eventId()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("event " + event.eventId() + " was not polled"));
    }
  }
}
