package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierShipment;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of buying a picking's label: the carrier shipment and what was recorded in Odoo.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the {@code stock.picking} id
 * @param shipment the shipment as created at the carrier (tracking numbers and label documents)
 * @param trackingRef the value written to {@code carrier_tracking_ref}: the tracking numbers,
 *     comma-separated
 * @param attachmentIds the {@code ir.attachment} ids of the labels on the picking, in parcel order
 * @param replayed true when the label had already been bought under the same idempotency key and
 *     the stored result was returned without calling the carrier again
 */
public record LabelResult(
    long pickingId,
    CarrierShipment shipment,
    String trackingRef,
    List<Long> attachmentIds,
    boolean replayed) {

  /**
   * Validates and copies the components.
   *
   * @param pickingId picking id
   * @param shipment carrier shipment
   * @param trackingRef tracking reference
   * @param attachmentIds attachment ids
   * @param replayed whether replayed from the idempotency store
   */
  public LabelResult {
    Objects.requireNonNull(shipment, "shipment");
    Objects.requireNonNull(trackingRef, "trackingRef");
    attachmentIds = List.copyOf(attachmentIds);
  }
}
