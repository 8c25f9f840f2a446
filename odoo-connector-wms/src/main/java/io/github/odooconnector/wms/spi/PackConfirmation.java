package io.github.odooconnector.wms.spi;

import io.github.odooconnector.model.Parcel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The WMS packed an order into parcels.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fulfillmentOrderId the order as released
 * @param parcels the parcels
 * @param packedAt when packing finished
 */
public record PackConfirmation(String fulfillmentOrderId, List<Parcel> parcels, Instant packedAt) {

  /**
   * Validates and copies.
   *
   * @param fulfillmentOrderId the order id
   * @param parcels the parcels
   * @param packedAt when packing finished
   */
  public PackConfirmation {
    Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId");
    parcels = List.copyOf(parcels);
    Objects.requireNonNull(packedAt, "packedAt");
  }
}
