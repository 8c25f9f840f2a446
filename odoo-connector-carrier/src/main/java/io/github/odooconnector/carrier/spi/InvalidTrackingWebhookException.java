package io.github.odooconnector.carrier.spi;

/**
 * A tracking webhook could not be accepted: its signature did not verify or its body is not a
 * tracking payload the adapter understands. Permanent for this delivery; answer the carrier with a
 * 4xx so it does not retry forever.
 *
 * <p>Immutable and thread-safe.
 */
public class InvalidTrackingWebhookException extends CarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param message what is wrong, without echoing secrets
   * @param cause the cause or {@code null}
   */
  public InvalidTrackingWebhookException(String carrierCode, String message, Throwable cause) {
    super(carrierCode, message, null, cause);
  }
}
