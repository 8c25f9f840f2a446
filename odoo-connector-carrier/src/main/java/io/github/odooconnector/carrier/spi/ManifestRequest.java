package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A request to close the day at a carrier account: hand the listed shipments over in one manifest
 * (scan form, close-out), which the driver scans instead of every parcel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey identifies the close so a retried request creates one manifest
 * @param shipDate the day being closed
 * @param shipFrom where the parcels are collected
 * @param shipmentIds the carrier shipment ids to include, at least one
 */
public record ManifestRequest(
    String idempotencyKey, LocalDate shipDate, Party shipFrom, List<String> shipmentIds) {

  /**
   * Validates and copies the components.
   *
   * @param idempotencyKey idempotency key
   * @param shipDate the day
   * @param shipFrom the collection address
   * @param shipmentIds the shipments
   */
  public ManifestRequest {
    idempotencyKey = requireText(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(shipDate, "shipDate");
    Checks.requireAddressed(shipFrom, "shipFrom");
    shipmentIds = List.copyOf(shipmentIds);
    if (shipmentIds.isEmpty()) {
      throw new IllegalArgumentException("a manifest needs at least one shipment");
    }
  }
}
