package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One priced offer from a carrier for a shipment: a service, its total price and when it should
 * arrive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrierCode the carrier that made the offer ({@link CarrierCapabilities#carrierCode()})
 * @param serviceCode the service code to buy the label with
 * @param serviceName human-readable service name
 * @param amount total price including surcharges
 * @param estimatedDelivery the date the carrier expects to deliver, or {@code null} when it did not
 *     say
 * @param transitDays business days in transit, or {@code null} when the carrier did not say
 * @param rateId the carrier's id for this quote when a purchase must reference it, else {@code
 *     null}
 */
public record Rate(
    String carrierCode,
    String serviceCode,
    String serviceName,
    Money amount,
    LocalDate estimatedDelivery,
    Integer transitDays,
    String rateId) {

  /**
   * Validates the components.
   *
   * @param carrierCode carrier code
   * @param serviceCode service code
   * @param serviceName service name
   * @param amount total price
   * @param estimatedDelivery estimated delivery date, or {@code null}
   * @param transitDays transit days, or {@code null}
   * @param rateId carrier quote id, or {@code null}
   */
  public Rate {
    carrierCode = requireText(carrierCode, "carrierCode");
    serviceCode = requireText(serviceCode, "serviceCode");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(amount, "amount");
  }

  /**
   * Creates a rate without transit days or quote id.
   *
   * @param carrierCode carrier code
   * @param serviceCode service code
   * @param serviceName service name
   * @param amount total price
   * @param estimatedDelivery estimated delivery date, or {@code null} if unknown
   * @return the rate
   */
  public static Rate of(
      String carrierCode,
      String serviceCode,
      String serviceName,
      Money amount,
      LocalDate estimatedDelivery) {
    return new Rate(carrierCode, serviceCode, serviceName, amount, estimatedDelivery, null, null);
  }

  /**
   * The date the carrier expects to deliver.
   *
   * @return the date, empty when the carrier did not say
   */
  public Optional<LocalDate> optionalEstimatedDelivery() {
    return Optional.ofNullable(estimatedDelivery);
  }

  /**
   * Business days in transit.
   *
   * @return the days, empty when the carrier did not say
   */
  public Optional<Integer> optionalTransitDays() {
    return Optional.ofNullable(transitDays);
  }

  /**
   * The carrier's id for this quote.
   *
   * @return the id, empty when a purchase need not reference the quote
   */
  public Optional<String> optionalRateId() {
    return Optional.ofNullable(rateId);
  }
}
