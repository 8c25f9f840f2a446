package io.github.odooconnector.carrier.spi;

/**
 * The carrier refused the configured credentials (HTTP 401/403 or equivalent). Permanent until the
 * configuration is fixed. The message never contains the credential.
 *
 * <p>Immutable and thread-safe.
 */
public class CarrierAuthenticationException extends CarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param message description without secrets
   */
  public CarrierAuthenticationException(String carrierCode, String message) {
    super(carrierCode, message, null, null);
  }
}
