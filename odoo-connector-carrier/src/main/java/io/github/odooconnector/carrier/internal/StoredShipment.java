package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.model.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON form of a bought shipment kept in the idempotency store (labels included, so the Odoo
 * side can be completed after a crash without buying again). Plain types only, so any ObjectMapper
 * can read it back.
 */
public record StoredShipment(
    String carrierCode,
    String shipmentId,
    String serviceCode,
    List<StoredParcel> parcels,
    BigDecimal chargedAmount,
    String chargedCurrency,
    String unknownOutcome) {

  /** One parcel's tracking number and label. */
  public record StoredParcel(String trackingNumber, LabelFormat format, byte[] label) {}

  static StoredShipment of(CarrierShipment s) {
    return new StoredShipment(
        s.carrierCode(),
        s.shipmentId(),
        s.serviceCode(),
        s.parcels().stream()
            .map(p -> new StoredParcel(p.trackingNumber(), p.label().format(), p.label().content()))
            .toList(),
        s.optionalCharged().map(Money::amount).orElse(null),
        s.optionalCharged().map(Money::currency).orElse(null),
        null);
  }

  /**
   * Marks a purchase whose outcome is unknown at a carrier that cannot deduplicate: stored as the
   * key's result so that a naive retry under the same key cannot buy a second label.
   */
  static StoredShipment unknown(String carrierCode, String message) {
    return new StoredShipment(carrierCode, null, null, List.of(), null, null, message);
  }

  CarrierShipment toShipment() {
    Money charged =
        chargedAmount == null || chargedCurrency == null
            ? null
            : Money.of(chargedAmount, chargedCurrency);
    return new CarrierShipment(
        carrierCode,
        shipmentId,
        serviceCode,
        parcels.stream()
            .map(p -> new ParcelLabel(p.trackingNumber(), new LabelDocument(p.format(), p.label())))
            .toList(),
        charged);
  }
}
