package io.github.odooconnector.supplier.api;

import io.github.odooconnector.model.PurchaseOrder;
import java.util.Objects;

/**
 * A purchase order sent to the supplier.
 *
 * <p>Immutable and thread-safe.
 *
 * @param order the canonical order as sent (line ids are the Odoo purchase order line ids, which
 *     the supplier's acknowledgement refers to)
 * @param supplierReference the supplier's reference, also written to the order's vendor reference
 */
public record TransmissionOutcome(PurchaseOrder order, String supplierReference) {

  /**
   * Checks the components.
   *
   * @param order see the record description
   * @param supplierReference see the record description
   */
  public TransmissionOutcome {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(supplierReference, "supplierReference");
  }
}
