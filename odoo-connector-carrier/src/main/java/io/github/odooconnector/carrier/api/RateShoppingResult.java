package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.model.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of rate shopping: the chosen rate, every quote received, and the carriers that could
 * not quote.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chosen the rate the selection rule chose
 * @param quotes all rates received from all carriers
 * @param carrierFailures carriers that failed to quote, by carrier code (the choice was made
 *     without them)
 * @param skippedCarriers carriers that gave no rate without failing, with the reason: not asked
 *     because they cannot serve the route (for example {@code "domestic only: ship-to is US,
 *     ship-from is BE"}, or the delivery method's rules in Odoo exclude the picking), or asked and
 *     quoted no service for the shipment
 * @param customerPrice what the customer pays for the chosen rate under its Odoo delivery method
 *     (margin, fixed margin, free over an order amount), or {@code null} when rated without Odoo
 */
public record RateShoppingResult(
    Rate chosen,
    List<Rate> quotes,
    Map<String, CarrierException> carrierFailures,
    Map<String, String> skippedCarriers,
    Money customerPrice) {

  /**
   * Validates and copies the components.
   *
   * @param chosen chosen rate
   * @param quotes all quotes
   * @param carrierFailures failures by carrier
   * @param skippedCarriers skipped carriers with reason
   * @param customerPrice customer price of the chosen rate, or {@code null}
   */
  public RateShoppingResult {
    Objects.requireNonNull(chosen, "chosen");
    quotes = List.copyOf(quotes);
    carrierFailures = Map.copyOf(carrierFailures);
    skippedCarriers = Map.copyOf(skippedCarriers);
  }

  /**
   * Creates a result without customer price.
   *
   * @param chosen chosen rate
   * @param quotes all quotes
   * @param carrierFailures failed carriers
   * @param skippedCarriers skipped carriers
   */
  public RateShoppingResult(
      Rate chosen,
      List<Rate> quotes,
      Map<String, CarrierException> carrierFailures,
      Map<String, String> skippedCarriers) {
    this(chosen, quotes, carrierFailures, skippedCarriers, null);
  }

  /**
   * What the customer pays for the chosen rate.
   *
   * @return the price, empty when rated without Odoo
   */
  public Optional<Money> optionalCustomerPrice() {
    return Optional.ofNullable(customerPrice);
  }
}
