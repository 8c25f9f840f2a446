package io.github.odooconnector.testsupport;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.util.List;

/** An adapter with only the mandatory operations, which records nothing. */
public class NoopWms implements WmsAdapter {
  @Override
  public String name() {
    return "noop";
  }

  @Override
  public WmsCapabilities capabilities() {
    return WmsCapabilities.of();
  }

  @Override
  public ReleaseConfirmation releaseOrder(FulfillmentOrder order, String idempotencyKey) {
    return new ReleaseConfirmation("N-" + order.fulfillmentOrderId());
  }

  @Override
  public List<BusinessEvent<?>> translate(WmsMessage message) {
    return List.of();
  }
}
