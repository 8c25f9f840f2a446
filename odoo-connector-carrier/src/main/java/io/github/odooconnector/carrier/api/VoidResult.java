package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import java.util.List;

/**
 * The outcome of voiding a picking's label.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the {@code stock.picking} id
 * @param shipments every shipment of the label, each cancelled at the carrier or, when it was
 *     already in a closed manifest at a carrier that needs it, under a refund request
 * @param refunds the refund requests made instead of a void (empty when everything was voided)
 */
public record VoidResult(
    long pickingId, List<CarrierShipment> shipments, List<RefundConfirmation> refunds) {

  /**
   * Copies the components.
   *
   * @param pickingId picking id
   * @param shipments voided or refunded shipments
   * @param refunds refund requests
   */
  public VoidResult {
    shipments = List.copyOf(shipments);
    refunds = List.copyOf(refunds);
  }

  /**
   * The first voided shipment: the only one unless the carrier takes one parcel per shipment.
   *
   * @return the shipment
   */
  public CarrierShipment shipment() {
    return shipments.get(0);
  }
}
