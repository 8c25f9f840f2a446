package io.github.odooconnector.carrier.spi;

import java.util.List;

/**
 * The carrier rejected the request as invalid (unknown service, bad address, parcel too heavy,
 * label already voided, ...). Permanent: repeating the same request fails again.
 *
 * <p>Immutable and thread-safe.
 */
public class CarrierRequestRejectedException extends CarrierException {

  private static final long serialVersionUID = 1L;

  private final List<String> fieldErrors;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param message description without secrets
   * @param carrierErrorCode the carrier's error code or {@code null}
   * @param fieldErrors offending fields as reported by the carrier (for example {@code
   *     shipTo.postalCode}); may be empty
   */
  public CarrierRequestRejectedException(
      String carrierCode, String message, String carrierErrorCode, List<String> fieldErrors) {
    super(carrierCode, message, carrierErrorCode, null);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /**
   * The fields the carrier named as invalid.
   *
   * @return an immutable, possibly empty list
   */
  public List<String> fieldErrors() {
    return fieldErrors;
  }
}
