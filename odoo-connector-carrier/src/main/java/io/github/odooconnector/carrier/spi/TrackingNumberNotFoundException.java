package io.github.odooconnector.carrier.spi;

import java.util.Objects;

/**
 * The carrier does not know the tracking number. Permanent (though a brand-new label may take a few
 * minutes to become trackable at some carriers).
 *
 * <p>Immutable and thread-safe.
 */
public class TrackingNumberNotFoundException extends CarrierException {

  private static final long serialVersionUID = 1L;

  private final String trackingNumber;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param trackingNumber the unknown tracking number
   */
  public TrackingNumberNotFoundException(String carrierCode, String trackingNumber) {
    super(
        carrierCode,
        "carrier '" + carrierCode + "' does not know tracking number " + trackingNumber,
        null,
        null);
    this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
  }

  /**
   * The tracking number the carrier did not recognise.
   *
   * @return the tracking number
   */
  public String trackingNumber() {
    return trackingNumber;
  }
}
