package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierException;

/**
 * A shipping workflow cannot proceed because of the state of the Odoo records involved: the picking
 * is not an outgoing delivery, is cancelled, has no recipient address or weight, already carries a
 * tracking reference that this integration did not produce, or names a {@code delivery.carrier} no
 * adapter is registered for. Permanent until the records are fixed; the message names the picking
 * and the offending field.
 *
 * <p>Immutable and thread-safe.
 */
public class ShippingWorkflowException extends CarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier involved, or {@code null}
   * @param message what is wrong, naming the record and field
   */
  public ShippingWorkflowException(String carrierCode, String message) {
    super(carrierCode, message, null, null);
  }

  /**
   * Creates the exception for a failure a lower layer reported, kept as the cause.
   *
   * @param carrierCode the carrier involved, or {@code null}
   * @param message what is wrong, naming the record and field
   * @param cause the lower layer's failure (for example the mapping error naming the field)
   */
  public ShippingWorkflowException(String carrierCode, String message, Throwable cause) {
    super(carrierCode, message, null, cause);
  }
}
