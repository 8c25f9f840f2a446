package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierException;
import java.util.Map;

/**
 * Rate shopping found no rate the selection rule accepts: no carrier could quote, every quote was
 * filtered out (for example none arrives by the deadline), or the quotes could not be compared
 * (different currencies). Permanent for the same shipment and rule; {@link #carrierFailures()}
 * tells which carriers failed and whether that was transient.
 *
 * <p>Immutable and thread-safe.
 */
public class RateSelectionException extends CarrierException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, CarrierException> carrierFailures;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the shipment reference
   * @param carrierFailures the failure of each carrier that could not quote, by carrier code
   */
  public RateSelectionException(String message, Map<String, CarrierException> carrierFailures) {
    super(null, message, null, null);
    this.carrierFailures = Map.copyOf(carrierFailures);
    carrierFailures.values().forEach(this::addSuppressed);
  }

  /**
   * Whether asking again may find a rate: {@code true} when a carrier that failed to quote failed
   * transiently (it may quote next time), {@code false} when every carrier answered and the rule
   * accepted none of the quotes.
   *
   * @return whether any carrier failure is retryable
   */
  @Override
  public boolean isRetryable() {
    return carrierFailures().values().stream().anyMatch(CarrierException::isRetryable);
  }

  /**
   * The carriers that failed to quote, by carrier code. Empty after deserialisation.
   *
   * @return an immutable map
   */
  public Map<String, CarrierException> carrierFailures() {
    return carrierFailures == null ? Map.of() : carrierFailures;
  }
}
