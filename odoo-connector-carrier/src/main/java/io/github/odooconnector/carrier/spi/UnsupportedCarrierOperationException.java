package io.github.odooconnector.carrier.spi;

import java.util.Objects;

/**
 * The adapter does not offer the requested operation (for example address validation or pickup
 * scheduling). Thrown by the default methods of {@link CarrierAdapter}. Permanent.
 *
 * <p>Immutable and thread-safe.
 */
public class UnsupportedCarrierOperationException extends CarrierException {

  private static final long serialVersionUID = 1L;

  private final String operation;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param operation the unsupported operation, for example {@code validateAddress}
   */
  public UnsupportedCarrierOperationException(String carrierCode, String operation) {
    super(carrierCode, "carrier '" + carrierCode + "' does not support " + operation, null, null);
    this.operation = Objects.requireNonNull(operation, "operation");
  }

  /**
   * Creates the exception with its own message, for subtypes.
   *
   * @param carrierCode the carrier code
   * @param operation the unsupported operation or feature
   * @param message the message
   */
  protected UnsupportedCarrierOperationException(
      String carrierCode, String operation, String message) {
    super(carrierCode, message, null, null);
    this.operation = Objects.requireNonNull(operation, "operation");
  }

  /**
   * The operation that is not supported.
   *
   * @return the operation name
   */
  public String operation() {
    return operation;
  }
}
