package io.github.odooconnector.carrier.spi;

import io.github.odooconnector.model.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param estimatedDelivery the date the carrier expects to deliver, when it said
 * @param transitDays business days in transit, when the carrier said
 * @param rateId the carrier's id for this quote when a purchase must reference it, empty otherwise
 */
public record Rate(
    String carrierCode,
    String serviceCode,
    String serviceName,
    Money amount,
    Optional<LocalDate> estimatedDelivery,
    OptionalInt transitDays,
    Optional<String> rateId) {

  /**
   * Validates the components.
   *
   * @param carrierCode carrier code
   * @param serviceCode service code
   * @param serviceName service name
   * @param amount total price
   * @param estimatedDelivery estimated delivery date
   * @param transitDays transit days
   * @param rateId carrier quote id
   */
  public Rate {
    carrierCode = Checks.requireText(carrierCode, "carrierCode");
    serviceCode = Checks.requireText(serviceCode, "serviceCode");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(estimatedDelivery, "estimatedDelivery");
    Objects.requireNonNull(transitDays, "transitDays");
    Objects.requireNonNull(rateId, "rateId");
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
    return new Rate(
        carrierCode,
        serviceCode,
        serviceName,
        amount,
        Optional.ofNullable(estimatedDelivery),
        OptionalInt.empty(),
        Optional.empty());
  }
}
