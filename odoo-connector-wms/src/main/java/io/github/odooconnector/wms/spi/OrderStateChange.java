package io.github.odooconnector.wms.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * The WMS put a released order on hold, reported an exception on it (damaged stock, address
 * problem, anything that stops it without cancelling it) or cancelled it on its side: the payload
 * of {@link WmsEventTypes#ORDER_HELD}, {@link WmsEventTypes#ORDER_EXCEPTION} and {@link
 * WmsEventTypes#ORDER_CANCELLED}. The event type says which.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fulfillmentOrderId the order as released (the Odoo picking reference)
 * @param wmsOrderId the WMS's id for the order, or null when not known
 * @param reason the WMS's explanation for a person to read (reason code and text), or null
 */
public record OrderStateChange(String fulfillmentOrderId, String wmsOrderId, String reason) {

  /**
   * Validates.
   *
   * @param fulfillmentOrderId the order id, not blank
   * @param wmsOrderId the WMS id, or null
   * @param reason the explanation, or null
   */
  public OrderStateChange {
    Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId");
    if (fulfillmentOrderId.isBlank()) {
      throw new IllegalArgumentException("fulfillmentOrderId must not be blank");
    }
  }

  /**
   * The WMS's id for the order, if known.
   *
   * @return the id
   */
  public Optional<String> optionalWmsOrderId() {
    return Optional.ofNullable(wmsOrderId);
  }

  /**
   * The explanation, if given.
   *
   * @return the reason
   */
  public Optional<String> optionalReason() {
    return Optional.ofNullable(reason);
  }
}
