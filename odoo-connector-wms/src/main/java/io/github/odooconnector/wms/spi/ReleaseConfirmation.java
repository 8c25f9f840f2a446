package io.github.odooconnector.wms.spi;

import java.util.Objects;

/**
 * The WMS's answer to an order release: the order was taken over (not necessarily accepted for
 * picking yet; an asynchronous {@code order.accepted} or {@code order.rejected} event may follow).
 *
 * <p>Immutable and thread-safe.
 *
 * @param wmsOrderId the WMS's own id of the order, stored in Odoo as the release marker
 */
public record ReleaseConfirmation(String wmsOrderId) {

  /**
   * Validates.
   *
   * @param wmsOrderId the WMS order id, not blank
   */
  public ReleaseConfirmation {
    Objects.requireNonNull(wmsOrderId, "wmsOrderId");
    if (wmsOrderId.isBlank()) {
      throw new IllegalArgumentException("wmsOrderId must not be blank");
    }
  }
}
