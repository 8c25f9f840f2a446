package io.github.odooconnector.supplier.spi;

import java.util.Objects;

/**
 * What a supplier answered when it took a purchase order: its reference for it (an interchange
 * control number, a portal order id).
 *
 * <p>Immutable and thread-safe.
 *
 * @param supplierReference the supplier's reference, written to the order's vendor reference
 */
public record TransmissionReceipt(String supplierReference) {

  /**
   * Checks the reference.
   *
   * @param supplierReference see the record description
   */
  public TransmissionReceipt {
    Objects.requireNonNull(supplierReference, "supplierReference");
    if (supplierReference.isBlank()) {
      throw new IllegalArgumentException("supplierReference is blank");
    }
  }
}
