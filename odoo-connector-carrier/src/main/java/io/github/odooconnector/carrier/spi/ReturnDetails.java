package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Optional;

/**
 * Marks a {@link ShipmentRequest} as a return: the parcel travels from the customer back to the
 * shipper under a return authorization.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rmaReference the return authorization (RMA) reference printed on the label
 * @param originalTrackingNumber the tracking number of the outbound parcel, or {@code null}
 */
public record ReturnDetails(String rmaReference, String originalTrackingNumber) {

  /**
   * Validates the components.
   *
   * @param rmaReference RMA reference
   * @param originalTrackingNumber outbound tracking number, or {@code null}
   */
  public ReturnDetails {
    rmaReference = requireText(rmaReference, "rmaReference");
  }

  /**
   * The tracking number of the outbound parcel.
   *
   * @return the number, empty when unknown
   */
  public Optional<String> optionalOriginalTrackingNumber() {
    return Optional.ofNullable(originalTrackingNumber);
  }
}
