package io.github.odooconnector.wms.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * The WMS accepted or rejected a released fulfillment order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fulfillmentOrderId the order as released (the Odoo picking reference)
 * @param wmsOrderId the WMS's id for the order, or null when it never created one
 * @param accepted true for accepted, false for rejected
 * @param reason why it was rejected (or a note on acceptance), or null
 */
public record OrderAcknowledgement(
    String fulfillmentOrderId, String wmsOrderId, boolean accepted, String reason) {

  /**
   * Validates.
   *
   * @param fulfillmentOrderId the order id, not null
   * @param wmsOrderId the WMS id, or null
   * @param accepted accepted or rejected
   * @param reason the reason, or null
   */
  public OrderAcknowledgement {
    Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId");
  }

  /**
   * The reason, if given.
   *
   * @return the reason
   */
  public Optional<String> optionalReason() {
    return Optional.ofNullable(reason);
  }
}
