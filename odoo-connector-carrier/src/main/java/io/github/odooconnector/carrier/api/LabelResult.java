package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierShipment;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of buying a picking's label: the carrier shipments and what was recorded in Odoo.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the {@code stock.picking} id
 * @param shipments the shipments as created at the carrier, at least one: one for all parcels, or
 *     one per parcel at a carrier that takes one parcel per shipment
 * @param trackingRef the value written to {@code carrier_tracking_ref}: the tracking numbers,
 *     comma-separated
 * @param attachmentIds the {@code ir.attachment} ids of the labels on the picking, in parcel order
 * @param documentAttachmentIds the {@code ir.attachment} ids of the other documents the carrier
 *     returned (commercial invoice, ...), possibly empty
 * @param packages one entry per parcel, in parcel order
 * @param replayed true when every label had already been bought under the same idempotency key and
 *     the stored result was returned without calling the carrier again
 */
public record LabelResult(
    long pickingId,
    List<CarrierShipment> shipments,
    String trackingRef,
    List<Long> attachmentIds,
    List<Long> documentAttachmentIds,
    List<PackageLabel> packages,
    boolean replayed) {

  /**
   * Validates and copies the components.
   *
   * @param pickingId picking id
   * @param shipments carrier shipments
   * @param trackingRef tracking reference
   * @param attachmentIds label attachment ids
   * @param documentAttachmentIds other document attachment ids
   * @param packages per-parcel labels
   * @param replayed whether replayed from the idempotency store
   */
  public LabelResult {
    shipments = List.copyOf(shipments);
    if (shipments.isEmpty()) {
      throw new IllegalArgumentException("a label result has at least one shipment");
    }
    Objects.requireNonNull(trackingRef, "trackingRef");
    attachmentIds = List.copyOf(attachmentIds);
    documentAttachmentIds = List.copyOf(documentAttachmentIds);
    packages = List.copyOf(packages);
  }

  /**
   * The first carrier shipment: the only one unless the carrier takes one parcel per shipment.
   *
   * @return the shipment
   */
  public CarrierShipment shipment() {
    return shipments.get(0);
  }

  /**
   * The tracking numbers of every parcel, in parcel order.
   *
   * @return an immutable list
   */
  public List<String> trackingNumbers() {
    return shipments.stream().flatMap(s -> s.trackingNumbers().stream()).toList();
  }
}
