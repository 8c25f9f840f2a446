package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Money;
import java.util.List;
import java.util.Optional;

/**
 * A shipment as created at the carrier: its id, the price charged, and one tracking number and
 * label per parcel, in the order of the request's parcels.
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrierCode the carrier
 * @param shipmentId the carrier's id for the shipment (used to cancel it); may equal the first
 *     tracking number
 * @param serviceCode the service bought
 * @param parcels one label per parcel, at least one
 * @param charged the price the carrier charged, or {@code null} when it did not say
 * @param documents other documents the carrier returned (commercial invoice, customs form, ...),
 *     possibly empty; the workflows attach them in Odoo beside the labels
 */
public record CarrierShipment(
    String carrierCode,
    String shipmentId,
    String serviceCode,
    List<ParcelLabel> parcels,
    Money charged,
    List<ShippingDocument> documents) {

  /**
   * Validates and copies the components.
   *
   * @param carrierCode carrier code
   * @param shipmentId shipment id
   * @param serviceCode service code
   * @param parcels parcel labels
   * @param charged charged price, or {@code null}
   * @param documents other documents
   */
  public CarrierShipment {
    carrierCode = requireText(carrierCode, "carrierCode");
    shipmentId = requireText(shipmentId, "shipmentId");
    serviceCode = requireText(serviceCode, "serviceCode");
    parcels = List.copyOf(parcels);
    if (parcels.isEmpty()) {
      throw new IllegalArgumentException(
          "a shipment has at least one parcel label (" + shipmentId + ")");
    }
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /**
   * Creates a shipment without other documents.
   *
   * @param carrierCode carrier code
   * @param shipmentId shipment id
   * @param serviceCode service code
   * @param parcels parcel labels
   * @param charged charged price, or {@code null}
   */
  public CarrierShipment(
      String carrierCode,
      String shipmentId,
      String serviceCode,
      List<ParcelLabel> parcels,
      Money charged) {
    this(carrierCode, shipmentId, serviceCode, parcels, charged, List.of());
  }

  /**
   * The price the carrier charged.
   *
   * @return the price, empty when the carrier did not say
   */
  public Optional<Money> optionalCharged() {
    return Optional.ofNullable(charged);
  }

  /**
   * The tracking numbers in parcel order.
   *
   * @return an immutable list
   */
  public List<String> trackingNumbers() {
    return parcels.stream().map(ParcelLabel::trackingNumber).toList();
  }
}
