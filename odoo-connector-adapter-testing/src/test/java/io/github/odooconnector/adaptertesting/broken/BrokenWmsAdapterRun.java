package io.github.odooconnector.adaptertesting.broken;

import io.github.odooconnector.adaptertesting.WmsAdapterContract;
import io.github.odooconnector.adaptertesting.WmsAdapterHarness;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not a test of its own (surefire does not pick up {@code *Run} classes): the WMS contract run
 * against an adapter with the classic mistakes, by {@link KitCatchesBrokenAdaptersTest}. The
 * adapter sends a new key on every attempt, derives event keys from the time of receipt, and lets a
 * transport exception escape during an outage.
 */
class BrokenWmsAdapterRun extends WmsAdapterContract {

  @Override
  protected WmsAdapterHarness newHarness() {
    SimulatedWms wms = SimulatedWms.builder().name("broken").build();
    return new Harness(wms, new Broken(wms));
  }

  /** Wraps the simulator with the mistakes. */
  static final class Broken implements WmsAdapter {
    private final SimulatedWms wms;
    private int attempt;
    private boolean outage;

    Broken(SimulatedWms wms) {
      this.wms = wms;
    }

    @Override
    public String name() {
      return "broken";
    }

    @Override
    public WmsCapabilities capabilities() {
      return wms.capabilities();
    }

    @Override
    public synchronized ReleaseConfirmation releaseOrder(FulfillmentOrder order, String key) {
      if (outage) {
        outage = false;
        throw new UncheckedIOException(new SocketException("connection reset"));
      }
      // mistake: a fresh key per attempt, so the WMS cannot recognise the repeat
      return wms.releaseOrder(order, key + "#" + (++attempt));
    }

    @Override
    public List<BusinessEvent<?>> translate(WmsMessage message) {
      List<BusinessEvent<?>> out = new ArrayList<>();
      for (BusinessEvent<?> e : wms.translate(message)) {
        // mistake: the key depends on when the message was received
        out.add(
            new BusinessEvent<>(
                e.eventId(),
                e.type(),
                e.occurredAt(),
                e.source(),
                e.correlationId(),
                e.idempotencyKey() + "@" + message.receivedAt(),
                e.schemaVersion(),
                e.payload()));
      }
      return out;
    }
  }

  private record Harness(SimulatedWms wms, Broken broken) implements WmsAdapterHarness {
    @Override
    public WmsAdapter adapter() {
      return broken;
    }

    @Override
    public int ordersHeld(String fulfillmentOrderId) {
      return wms.orders().containsKey(fulfillmentOrderId) ? 1 : 0;
    }

    @Override
    public boolean loseNextResponse() {
      return false;
    }

    @Override
    public boolean failNextRequest() {
      synchronized (broken) {
        broken.outage = true;
      }
      return true;
    }

    @Override
    public boolean rejectNextRequest() {
      return false;
    }

    @Override
    public boolean rateLimitNextRequest(Duration retryAfter) {
      return false;
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
      return Optional.empty();
    }

    @Override
    public void putStock(String warehouse, List<StockLevel> levels) {
      levels.forEach(l -> wms.setStock(l.sku(), l.location(), l.onHand()));
    }

    @Override
    public Optional<String> secret() {
      return Optional.empty();
    }

    private WmsMessage delivered(BusinessEvent<?> event) {
      return wms.poll(null, 10_000).messages().stream()
          .filter(m -> m.messageId().equals(event.eventId()))
          .findFirst()
          .orElseThrow();
    }
  }
}
