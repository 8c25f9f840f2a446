package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Optional;

/**
 * The carrier's acknowledgement of a refund request for a label that can no longer be voided (for
 * example because it is in a closed manifest).
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipmentId the shipment the refund is for
 * @param refundId the carrier's id for the request, or {@code null} when it gives none
 * @param status the carrier's status text, for example {@code submitted}
 */
public record RefundConfirmation(String shipmentId, String refundId, String status) {

  /**
   * Validates the components.
   *
   * @param shipmentId shipment id
   * @param refundId refund id, or {@code null}
   * @param status status text
   */
  public RefundConfirmation {
    shipmentId = requireText(shipmentId, "shipmentId");
    status = requireText(status, "status");
  }

  /**
   * The carrier's id for the request.
   *
   * @return the id, empty when the carrier gave none
   */
  public Optional<String> optionalRefundId() {
    return Optional.ofNullable(refundId);
  }
}
