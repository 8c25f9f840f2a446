package io.github.odooconnector.testkit.carrier;

import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.testkit.carrier.CarrierPricing.Tariff;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The options a {@link SimulatedCarrier.Builder} collects (the builder's public setters write them
 * here), and the capabilities and price list they make. Internal to the simulated carrier.
 *
 * <p>Not thread-safe, like the builder it belongs to.
 */
final class CarrierSettings {

  final String code;
  String displayName;
  private final Map<String, ServiceLevel> services = new LinkedHashMap<>();
  private final Map<String, Tariff> tariffs = new LinkedHashMap<>();
  final Set<LabelFormat> labelFormats =
      new LinkedHashSet<>(List.of(LabelFormat.PDF, LabelFormat.ZPL, LabelFormat.PNG));
  String currency = "EUR";
  String trackingPrefix;
  boolean idempotentCreate = true;
  boolean findSupported = true;
  Clock clock = Clock.systemUTC();
  final Set<ShipmentOption> options = new LinkedHashSet<>();
  boolean oneParcelPerShipment;
  BigDecimal dimensionalDivisor;
  boolean refundAfterManifest;
  boolean addressValidation;

  CarrierSettings(String code) {
    this.code = Objects.requireNonNull(code, "carrierCode");
    this.displayName = code;
    this.trackingPrefix = code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
  }

  /** Adds a service priced {@code base + perKg x kg}, delivered after {@code transitDays} days. */
  void service(
      String serviceCode, String base, String perKg, int transitDays, boolean international) {
    if (transitDays < 0) {
      throw new IllegalArgumentException("transitDays must not be negative");
    }
    Tariff tariff = new Tariff(new BigDecimal(base), new BigDecimal(perKg), transitDays);
    services.put(serviceCode, new ServiceLevel(serviceCode, serviceCode, international));
    tariffs.put(serviceCode, tariff);
  }

  /** Fails unless at least one service was added. */
  void requireService() {
    if (services.isEmpty()) {
      throw new IllegalArgumentException(
          "add at least one service to simulated carrier '" + code + "'");
    }
  }

  /** The capabilities the options declare. */
  CarrierCapabilities capabilities() {
    CarrierCapabilities.Builder caps =
        CarrierCapabilities.builder(code)
            .displayName(displayName)
            .labelFormats(labelFormats.toArray(new LabelFormat[0]))
            .international(services.values().stream().anyMatch(ServiceLevel::international))
            .idempotentCreate(idempotentCreate)
            .cancellation(true)
            .trackingWebhooks(true)
            .supportedOptions(options.toArray(new ShipmentOption[0]))
            .oneParcelPerShipment(oneParcelPerShipment)
            .returnLabels(true)
            .manifests(true)
            .refundAfterManifest(refundAfterManifest)
            .pickupScheduling(true)
            .pickupChanges(true)
            .proofOfDelivery(true)
            .addressValidation(addressValidation);
    if (dimensionalDivisor != null) {
      caps.dimensionalDivisor(dimensionalDivisor);
    }
    services.values().forEach(caps::service);
    return caps.build();
  }

  /** The tariff of each service, by service code. */
  Map<String, Tariff> tariffs() {
    return tariffs;
  }
}
