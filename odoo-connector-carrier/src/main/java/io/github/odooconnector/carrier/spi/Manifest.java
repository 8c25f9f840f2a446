package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.List;

/**
 * A manifest (end-of-day close) created at the carrier.
 *
 * <p>Immutable and thread-safe.
 *
 * @param manifestId the carrier's id for the manifest
 * @param shipmentIds the shipments it covers
 * @param documents the manifest documents to print or keep (scan form, close-out report), possibly
 *     empty
 */
public record Manifest(
    String manifestId, List<String> shipmentIds, List<ShippingDocument> documents) {

  /**
   * Validates and copies the components.
   *
   * @param manifestId manifest id
   * @param shipmentIds covered shipments
   * @param documents documents
   */
  public Manifest {
    manifestId = requireText(manifestId, "manifestId");
    shipmentIds = List.copyOf(shipmentIds);
    documents = List.copyOf(documents);
  }
}
