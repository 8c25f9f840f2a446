package io.github.odooconnector.transport.spi;

/**
 * The TMS refused the request itself (unknown location, invalid weight, unknown counter-offer, no
 * free dock slot in the window asked for); sending the same request again will not help. A carrier
 * refusing a load tender is not an exception but a {@link TenderResponse} with status {@link
 * TenderStatus#REJECTED}.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public class TmsRejectedException extends TmsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the TMS refused and why
   */
  public TmsRejectedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what the TMS refused and why
   * @param cause the cause
   */
  public TmsRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
