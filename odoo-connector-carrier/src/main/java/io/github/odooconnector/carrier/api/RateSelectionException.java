package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rate shopping found no rate the selection rule accepts: no carrier could quote, every quote was
 * filtered out (for example none arrives by the deadline), or the quotes could not be compared
 * (different currencies). {@link #carrierFailures()} tells which carriers failed and whether that
 * was transient, {@link #skippedCarriers()} which gave no rate and why (for example {@code
 * "domestic only: ship-to is BE, ship-from is US"}); the message lists both.
 *
 * <p>Immutable and thread-safe.
 */
public class RateSelectionException extends CarrierException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, CarrierException> carrierFailures;
  private final Map<String, String> skippedCarriers;

  /**
   * Creates the exception for a rule's verdict (no failures or skipped carriers to report).
   *
   * @param message what went wrong
   * @param carrierFailures the failure of each carrier that could not quote, by carrier code
   */
  public RateSelectionException(String message, Map<String, CarrierException> carrierFailures) {
    this(message, carrierFailures, Map.of());
  }

  /**
   * Creates the exception; the message is {@code summary} followed by the failed and the skipped
   * carriers with their reasons.
   *
   * @param summary what went wrong, naming the shipment reference
   * @param carrierFailures the failure of each carrier that could not quote, by carrier code
   * @param skippedCarriers the reason each carrier gave no rate without failing (not asked because
   *     it cannot serve the route, or quoted none), by carrier code
   */
  public RateSelectionException(
      String summary,
      Map<String, CarrierException> carrierFailures,
      Map<String, String> skippedCarriers) {
    super(null, message(summary, carrierFailures, skippedCarriers), null, null);
    this.carrierFailures = Map.copyOf(carrierFailures);
    this.skippedCarriers = Map.copyOf(skippedCarriers);
    carrierFailures.values().forEach(this::addSuppressed);
  }

  private static String message(
      String summary, Map<String, CarrierException> failures, Map<String, String> skipped) {
    StringBuilder sb = new StringBuilder(summary);
    if (!failures.isEmpty()) {
      sb.append("; failed: ")
          .append(
              failures.entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + " ("
                              + e.getValue().getClass().getSimpleName()
                              + ": "
                              + e.getValue().getMessage()
                              + ")")
                  .collect(Collectors.joining(", ")));
    }
    if (!skipped.isEmpty()) {
      sb.append("; skipped: ")
          .append(
              skipped.entrySet().stream()
                  .map(e -> e.getKey() + " (" + e.getValue() + ")")
                  .collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }

  /**
   * The carriers that failed to quote, by carrier code. Empty after deserialisation.
   *
   * @return an immutable map
   */
  public Map<String, CarrierException> carrierFailures() {
    return carrierFailures == null ? Map.of() : carrierFailures;
  }

  /**
   * The carriers that gave no rate without failing, with the reason, by carrier code: not asked
   * because they cannot serve the route (for example {@code "domestic only: ship-to is BE,
   * ship-from is US"}), or asked and quoted no service for the shipment.
   *
   * @return an immutable map
   */
  public Map<String, String> skippedCarriers() {
    return skippedCarriers;
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
}
