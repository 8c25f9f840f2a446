package io.github.odooconnector.carrier.api;

import io.github.odooconnector.model.Weight;
import java.util.Objects;
import java.util.Optional;

/**
 * One parcel's label as recorded in Odoo: its tracking number, the label attachment and, when the
 * parcel is an Odoo package, the package.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parcelId the parcel id (the Odoo package name for package parcels)
 * @param packageId the {@code stock.quant.package} ({@code stock.package} on 19) id, or {@code
 *     null} when the parcel is not an Odoo package
 * @param trackingNumber the parcel's tracking number
 * @param shipmentId the carrier shipment it belongs to
 * @param attachmentId the label's {@code ir.attachment} id
 * @param billableWeight the weight the carrier bills (dimensional weight when greater), or {@code
 *     null} when unknown
 */
public record PackageLabel(
    String parcelId,
    Long packageId,
    String trackingNumber,
    String shipmentId,
    long attachmentId,
    Weight billableWeight) {

  /**
   * Validates the components.
   *
   * @param parcelId parcel id
   * @param packageId package id, or {@code null}
   * @param trackingNumber tracking number
   * @param shipmentId shipment id
   * @param attachmentId label attachment id
   * @param billableWeight billable weight, or {@code null}
   */
  public PackageLabel {
    Objects.requireNonNull(parcelId, "parcelId");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(shipmentId, "shipmentId");
  }

  /**
   * The Odoo package.
   *
   * @return its id, empty when the parcel is not an Odoo package
   */
  public Optional<Long> optionalPackageId() {
    return Optional.ofNullable(packageId);
  }

  /**
   * The billable weight.
   *
   * @return the weight, empty when unknown
   */
  public Optional<Weight> optionalBillableWeight() {
    return Optional.ofNullable(billableWeight);
  }
}
