package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.Rate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses one rate among the quotes of all carriers. Pluggable: pass one of the built-in rules or a
 * lambda to {@code ShippingIntegrationBuilder#rateSelectionRule} or per call.
 *
 * <p>Built-in rules are deterministic: ties are broken by price, then delivery date, then carrier
 * code, then service code. Price comparisons require all compared rates to be in one currency;
 * mixed currencies raise {@link RateSelectionException} rather than compare apples with oranges.
 *
 * <p>Implementations must be stateless or thread-safe; the built-in ones are immutable.
 */
@FunctionalInterface
public interface RateSelectionRule {

  /**
   * Chooses a rate.
   *
   * @param rates all quotes, never empty
   * @return the chosen rate (one of {@code rates}), or empty if none is acceptable
   * @throws RateSelectionException if the rates cannot be compared
   */
  Optional<Rate> select(List<Rate> rates);

  /**
   * The cheapest rate; among equally priced ones the earliest delivery.
   *
   * @return the rule
   */
  static RateSelectionRule cheapest() {
    return rates -> rates.stream().min(byPrice(rates));
  }

  /**
   * The rate with the earliest estimated delivery; among equally fast ones the cheapest. Rates
   * without an estimate count as slowest.
   *
   * @return the rule
   */
  static RateSelectionRule fastest() {
    return rates -> rates.stream().min(byDelivery().thenComparing(byPrice(rates)));
  }

  /**
   * The cheapest rate whose estimated delivery is on or before the deadline. Rates without an
   * estimate are not accepted; if no rate arrives in time, none is chosen.
   *
   * @param deadline the latest acceptable delivery date
   * @return the rule
   */
  static RateSelectionRule cheapestDeliveredBy(LocalDate deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return rates -> {
      List<Rate> inTime =
          rates.stream()
              .filter(
                  r -> r.optionalEstimatedDelivery().map(d -> !d.isAfter(deadline)).orElse(false))
              .toList();
      return inTime.stream().min(byPrice(inTime));
    };
  }

  /**
   * The fastest rate whose estimated delivery is on or before the deadline (ties: cheapest). Rates
   * without an estimate are not accepted.
   *
   * @param deadline the latest acceptable delivery date
   * @return the rule
   */
  static RateSelectionRule fastestDeliveredBy(LocalDate deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return rates -> {
      List<Rate> inTime =
          rates.stream()
              .filter(
                  r -> r.optionalEstimatedDelivery().map(d -> !d.isAfter(deadline)).orElse(false))
              .toList();
      return inTime.stream().min(byDelivery().thenComparing(byPrice(inTime)));
    };
  }

  /**
   * The cheapest rate of the first carrier in preference order that quoted at all; if none of the
   * preferred carriers quoted, none is chosen (combine with {@link #orElse(RateSelectionRule)} for
   * a fallback).
   *
   * @param carrierCodes carrier codes, most preferred first
   * @return the rule
   */
  static RateSelectionRule preferredCarrier(String... carrierCodes) {
    List<String> order = List.of(carrierCodes);
    if (order.isEmpty()) {
      throw new IllegalArgumentException("preferredCarrier needs at least one carrier code");
    }
    return rates -> {
      for (String code : order) {
        List<Rate> ofCarrier = rates.stream().filter(r -> r.carrierCode().equals(code)).toList();
        if (!ofCarrier.isEmpty()) {
          return ofCarrier.stream().min(byPrice(ofCarrier));
        }
      }
      return Optional.empty();
    };
  }

  /**
   * Falls back to another rule when this one chooses nothing.
   *
   * @param fallback the rule to use then
   * @return the combined rule
   */
  default RateSelectionRule orElse(RateSelectionRule fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return rates -> {
      Optional<Rate> first = select(rates);
      return first.isPresent() ? first : fallback.select(rates);
    };
  }

  private static Comparator<Rate> byPrice(List<Rate> rates) {
    Set<String> currencies =
        rates.stream().map(r -> r.amount().currency()).collect(Collectors.toSet());
    if (currencies.size() > 1) {
      throw new RateSelectionException(
          "cannot compare rates in different currencies "
              + currencies
              + "; convert them in the adapter or use a rule that does not compare prices",
          Map.of());
    }
    return Comparator.comparing((Rate r) -> r.amount().amount())
        .thenComparing(r -> r.optionalEstimatedDelivery().orElse(LocalDate.MAX))
        .thenComparing(Rate::carrierCode)
        .thenComparing(Rate::serviceCode);
  }

  private static Comparator<Rate> byDelivery() {
    return Comparator.comparing((Rate r) -> r.optionalEstimatedDelivery().orElse(LocalDate.MAX));
  }
}
