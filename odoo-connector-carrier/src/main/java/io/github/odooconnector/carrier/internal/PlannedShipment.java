package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An outgoing picking turned into what carriers need: shipper, recipient, the parcels (each with
 * its Odoo package, if any, and its contents) and a ship date. Immutable.
 */
record PlannedShipment(
    OdooRecord picking,
    Party shipFrom,
    Party shipTo,
    long recipientId,
    List<PlannedParcel> parcels,
    LocalDate shipDate,
    String orderReference) {

  PlannedShipment {
    parcels = List.copyOf(parcels);
  }

  String name() {
    return PickingGateway.name(picking);
  }

  List<Parcel> canonicalParcels() {
    return parcels.stream().map(PlannedParcel::parcel).toList();
  }

  List<String> parcelIds() {
    return parcels.stream().map(p -> p.parcel().parcelId()).toList();
  }

  PlannedParcel parcel(String parcelId) {
    return parcels.stream()
        .filter(p -> p.parcel().parcelId().equals(parcelId))
        .findFirst()
        .orElse(null);
  }

  /** One parcel: the canonical parcel, its Odoo package id (or null) and what is in it. */
  record PlannedParcel(Parcel parcel, Long packageId, List<Content> contents) {
    PlannedParcel {
      contents = List.copyOf(contents);
    }
  }

  /**
   * One product line in a parcel: the product record (name, code, weight, customs fields), the
   * quantity and the line's sale value (null when Odoo gives none).
   */
  record Content(OdooRecord product, BigDecimal quantity, BigDecimal value) {}
}
