package io.github.odooconnector.testkit.carrier;

import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link SimulatedCarrier}'s price list and rating: {@code base + perKg x billable kg} per
 * service, scaled by a scriptable price factor, plus the purchase-only surcharge and the rate
 * outage switch; also the border rules (international, customs) rating and purchases share.
 *
 * <p>Not thread-safe: only used under the owning {@link SimulatedCarrier}'s monitor.
 */
final class CarrierPricing {

  /** One service's tariff. */
  record Tariff(BigDecimal base, BigDecimal perKg, int transitDays) {}

  /** EU member states: parcels between two of them need no customs declaration. */
  private static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "MC");

  private final CarrierState state;
  private final Map<String, Tariff> tariffs;
  private final String currency;
  private BigDecimal priceFactor = BigDecimal.ONE;
  private BigDecimal chargeSurcharge = BigDecimal.ZERO;
  private int rateCalls;
  private int failNextRates;

  CarrierPricing(CarrierState state, Map<String, Tariff> tariffs, String currency) {
    this.state = state;
    this.tariffs = Map.copyOf(tariffs);
    this.currency = currency;
  }

  List<Rate> rate(RateRequest request) {
    Objects.requireNonNull(request, "request");
    rateCalls++;
    if (failNextRates > 0) {
      failNextRates--;
      throw new CarrierUnavailableException(
          state.code(), "simulated outage while rating", "SIM-503", null);
    }
    BigDecimal kg = billableKg(request.parcels());
    boolean international = international(request.shipFrom(), request.shipTo());
    LocalDate shipDate =
        request.optionalShipDate().orElse(LocalDate.now(state.clock.withZone(ZoneOffset.UTC)));
    List<Rate> rates = new ArrayList<>();
    for (ServiceLevel s : state.capabilities.services()) {
      if (international && !s.international()) {
        continue;
      }
      if (!request.serviceCodes().isEmpty() && !request.serviceCodes().contains(s.code())) {
        continue;
      }
      Tariff p = tariffs.get(s.code());
      rates.add(
          new Rate(
              state.code(),
              s.code(),
              s.name(),
              price(s.code(), kg),
              shipDate.plusDays(p.transitDays()),
              p.transitDays(),
              "rate-" + state.code() + "-" + s.code() + "-" + kg.toPlainString()));
    }
    return rates;
  }

  /** What a purchase of the service for the weight is charged: the quote plus the surcharge. */
  Money charge(String serviceCode, BigDecimal kg) {
    return price(serviceCode, kg).plus(Money.of(chargeSurcharge, currency));
  }

  Money price(String serviceCode, BigDecimal kg) {
    Tariff p = tariffs.get(serviceCode);
    return Money.of(
        p.base()
            .add(p.perKg().multiply(kg))
            .multiply(priceFactor)
            .setScale(2, RoundingMode.HALF_UP),
        currency);
  }

  /** The total billable weight in kg; rejects parcels without weight. */
  BigDecimal billableKg(List<Parcel> parcels) {
    requireWeights(parcels);
    BigDecimal kg = BigDecimal.ZERO;
    for (Parcel p : parcels) {
      kg = kg.add(state.capabilities.billableWeight(p).orElseThrow().to(UnitOfMeasure.KGM).value());
    }
    return kg.stripTrailingZeros();
  }

  private void requireWeights(List<Parcel> parcels) {
    for (int i = 0; i < parcels.size(); i++) {
      Parcel p = parcels.get(i);
      if (p.weight() == null) {
        throw new CarrierRequestRejectedException(
            state.code(),
            "parcel " + p.parcelId() + " has no weight",
            "SIM-400",
            List.of("parcels[" + i + "].weight"));
      }
      p.weight().to(UnitOfMeasure.KGM); // a weight that is no mass fails here, before pricing
    }
  }

  void priceFactor(BigDecimal factor) {
    this.priceFactor = factor;
  }

  void chargeSurcharge(BigDecimal amount) {
    this.chargeSurcharge = amount;
  }

  void failNextRates(int count) {
    this.failNextRates = count;
  }

  int rateCalls() {
    return rateCalls;
  }

  static boolean crossesCustomsBorder(Party from, Party to) {
    String a = from.address().countryCode();
    String b = to.address().countryCode();
    return !a.equals(b) && !(EU.contains(a) && EU.contains(b));
  }

  static boolean international(Party from, Party to) {
    return !from.address().countryCode().equals(to.address().countryCode());
  }
}
