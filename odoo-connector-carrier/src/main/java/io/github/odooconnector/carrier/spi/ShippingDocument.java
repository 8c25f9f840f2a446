package io.github.odooconnector.carrier.spi;

import java.util.Objects;

/**
 * A shipping document other than a parcel label that the carrier returned, for example the
 * commercial invoice of a cross-border shipment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what the document is
 * @param document the bytes and their format
 */
public record ShippingDocument(DocumentType type, LabelDocument document) {

  /**
   * Validates the components.
   *
   * @param type document type
   * @param document the document
   */
  public ShippingDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(document, "document");
  }
}
