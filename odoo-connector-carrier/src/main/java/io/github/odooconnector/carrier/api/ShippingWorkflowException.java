package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.core.api.OdooTransportException;

/**
 * A shipping workflow cannot proceed on the Odoo side. Either the Odoo records involved do not
 * allow it: the picking is not an outgoing delivery, is cancelled, has no recipient address or
 * weight, already carries a tracking reference that this integration did not produce, or names a
 * {@code delivery.carrier} no adapter is registered for (permanent until the records are fixed; the
 * message names the picking and the offending field). Or something the workflow depends on failed:
 * Odoo itself, the idempotency store, the tracking state store, another instance holding the label
 * purchase, or your own {@code ParcelPlanner} or {@code RateSelectionRule}; then that failure is
 * the {@linkplain #getCause() cause} and the message names the picking and the step.
 *
 * <p>{@link #isRetryable()} answers for the cause: {@code true} when Odoo could not be reached or
 * its answer was lost (every shipping step is safe to repeat: a bought label is replayed from the
 * idempotency store, the Odoo writes are idempotent, tracking events are deduplicated; at worst a
 * chatter note is posted twice), or when the cause says it is retryable (a store outage, a label
 * purchase in progress elsewhere); {@code false} otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public class ShippingWorkflowException extends CarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier involved, or {@code null}
   * @param message what is wrong, naming the record and field
   */
  public ShippingWorkflowException(String carrierCode, String message) {
    super(carrierCode, message, null, null);
  }

  /**
   * Creates the exception for a failure a lower layer reported, kept as the cause.
   *
   * @param carrierCode the carrier involved, or {@code null}
   * @param message what is wrong, naming the record and field
   * @param cause the lower layer's failure (for example the mapping error naming the field)
   */
  public ShippingWorkflowException(String carrierCode, String message, Throwable cause) {
    super(carrierCode, message, null, cause);
  }

  /**
   * Whether repeating the workflow step may succeed: decided by the cause, see the class
   * description. {@code false} without a cause.
   *
   * @return {@code true} if the cause is transient
   */
  @Override
  public boolean isRetryable() {
    Throwable cause = getCause();
    return cause instanceof OdooTransportException
        || (cause instanceof OdooConnectorException failure && failure.isRetryable());
  }
}
