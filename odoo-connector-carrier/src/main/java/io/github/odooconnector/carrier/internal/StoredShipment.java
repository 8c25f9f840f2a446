package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of what a label purchase key holds in the idempotency store: a bought shipment
 * (labels and documents included, so the Odoo side can be completed after a crash without buying
 * again), a purchase with an unknown outcome ({@code unknownOutcome} set), or the plan of a
 * purchase split into one shipment per parcel ({@code planParcelIds} set; each parcel is then
 * bought under {@code <key>/<parcelId>}). Plain types only, so any ObjectMapper can read it back;
 * components added later are null in records stored before.
 */
public record StoredShipment(
    String carrierCode,
    String shipmentId,
    String serviceCode,
    List<StoredParcel> parcels,
    BigDecimal chargedAmount,
    String chargedCurrency,
    String unknownOutcome,
    List<StoredDocument> documents,
    String purchasedOn,
    List<String> planParcelIds) {

  /** One parcel's id (as planned), tracking number and label. */
  public record StoredParcel(
      String trackingNumber, LabelFormat format, byte[] label, String parcelId) {}

  /** A document other than a label. */
  public record StoredDocument(DocumentType type, LabelFormat format, byte[] content) {}

  static StoredShipment of(CarrierShipment s, List<String> parcelIds, LocalDate purchasedOn) {
    List<StoredParcel> parcels = new ArrayList<>();
    for (int i = 0; i < s.parcels().size(); i++) {
      ParcelLabel p = s.parcels().get(i);
      parcels.add(
          new StoredParcel(
              p.trackingNumber(),
              p.label().format(),
              p.label().content(),
              i < parcelIds.size() ? parcelIds.get(i) : null));
    }
    return new StoredShipment(
        s.carrierCode(),
        s.shipmentId(),
        s.serviceCode(),
        parcels,
        s.optionalCharged().map(Money::amount).orElse(null),
        s.optionalCharged().map(Money::currency).orElse(null),
        null,
        s.documents().stream()
            .map(d -> new StoredDocument(d.type(), d.document().format(), d.document().content()))
            .toList(),
        purchasedOn == null ? null : purchasedOn.toString(),
        null);
  }

  /**
   * Marks a purchase whose outcome is unknown at a carrier that cannot deduplicate: stored as the
   * key's result so that a naive retry under the same key cannot buy a second label.
   */
  static StoredShipment unknown(String carrierCode, String message) {
    return new StoredShipment(
        carrierCode, null, null, List.of(), null, null, message, List.of(), null, null);
  }

  /** The plan of a purchase bought parcel by parcel. */
  static StoredShipment plan(String carrierCode, String serviceCode, List<String> parcelIds) {
    return new StoredShipment(
        carrierCode,
        null,
        serviceCode,
        List.of(),
        null,
        null,
        null,
        List.of(),
        null,
        List.copyOf(parcelIds));
  }

  boolean isPlan() {
    return planParcelIds != null;
  }

  boolean isUnknown() {
    return unknownOutcome != null;
  }

  /** The planned parcel ids of the bought parcels, in order (null entries for old records). */
  List<String> parcelIds() {
    return parcels.stream().map(StoredParcel::parcelId).toList();
  }

  LocalDate purchaseDate() {
    return purchasedOn == null ? null : LocalDate.parse(purchasedOn);
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
        charged,
        documents == null
            ? List.of()
            : documents.stream()
                .map(
                    d -> new ShippingDocument(d.type(), new LabelDocument(d.format(), d.content())))
                .toList());
  }
}
