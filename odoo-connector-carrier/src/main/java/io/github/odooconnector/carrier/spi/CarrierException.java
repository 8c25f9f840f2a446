package io.github.odooconnector.carrier.spi;

import io.github.odooconnector.common.OdooConnectorException;
import java.util.Objects;
import java.util.Optional;

/**
 * Root of the unchecked exceptions raised by carrier adapters and the shipping workflows.
 *
 * <p>Callers decide what to do from the subtype or from {@link #isRetryable()}: a retryable failure
 * (carrier down, rate limited, response lost) may succeed when repeated with the same idempotency
 * key; a permanent failure (rejected request, bad credentials, unsupported operation) will fail
 * again until something changes. A plain {@code CarrierException} is permanent; the subtypes for
 * transient failures ({@link CarrierUnavailableException} and its subtypes, {@link
 * TrackingStateStoreException}) override {@link #isRetryable()}, which is the only way retryability
 * is expressed. Messages never contain credentials or full request bodies.
 *
 * <p>Instances are immutable after construction and safe to share between threads.
 */
public class CarrierException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  private final String carrierCode;
  private final String carrierErrorCode;

  /**
   * Creates an exception.
   *
   * @param carrierCode the code of the carrier the failure relates to, or {@code null} when it
   *     relates to none
   * @param message a human-readable description without secrets
   * @param carrierErrorCode the carrier's own error code, or {@code null}
   * @param cause the underlying cause, or {@code null}
   */
  public CarrierException(
      String carrierCode, String message, String carrierErrorCode, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.carrierCode = carrierCode;
    this.carrierErrorCode = carrierErrorCode;
  }

  /**
   * The carrier this failure relates to.
   *
   * @return the carrier code, empty for failures not tied to one carrier
   */
  public Optional<String> carrierCode() {
    return Optional.ofNullable(carrierCode);
  }

  /**
   * The carrier's own error code, when the carrier reported one.
   *
   * @return the raw carrier error code
   */
  public Optional<String> carrierErrorCode() {
    return Optional.ofNullable(carrierErrorCode);
  }
}
