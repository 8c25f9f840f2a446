package io.github.odooconnector.carrier.spi;

/**
 * A state-changing call (label purchase, cancellation, pickup) may or may not have taken effect at
 * the carrier: the request was sent but the response was lost or unreadable.
 *
 * <p>Retryable only with the <em>same</em> idempotency key, and only against a carrier that
 * deduplicates creates by that key ({@link CarrierCapabilities#idempotentCreate()}) or whose
 * adapter can look a shipment up by it ({@link CarrierAdapter#findShipment(String)}); otherwise a
 * retry risks buying a second label and the shipment must be reconciled by hand.
 *
 * <p>Immutable and thread-safe.
 */
public class CarrierOutcomeUnknownException extends CarrierUnavailableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param message description without secrets
   * @param cause the cause or {@code null}
   */
  public CarrierOutcomeUnknownException(String carrierCode, String message, Throwable cause) {
    super(carrierCode, message, null, cause);
  }
}
