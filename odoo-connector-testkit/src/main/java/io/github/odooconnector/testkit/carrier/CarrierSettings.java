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
 * The options a {@link SimulatedCarrier.Builder} collects, and the capabilities and price list they
 * make. The public setters are declared here and inherited by the builder (sealed to it), so {@link
 * SimulatedCarrier} stays small while {@code SimulatedCarrier.Builder} keeps its API.
 *
 * <p>Not thread-safe, like any builder.
 */
abstract sealed class CarrierSettings permits SimulatedCarrier.Builder {

  final String code;
  private String displayName;
  private final Map<String, ServiceLevel> services = new LinkedHashMap<>();
  private final Map<String, Tariff> tariffs = new LinkedHashMap<>();
  private final Set<LabelFormat> labelFormats =
      new LinkedHashSet<>(List.of(LabelFormat.PDF, LabelFormat.ZPL, LabelFormat.PNG));
  String currency = "EUR";
  String trackingPrefix;
  private boolean idempotentCreate = true;
  boolean findSupported = true;
  Clock clock = Clock.systemUTC();
  private final Set<ShipmentOption> options = new LinkedHashSet<>();
  private boolean oneParcelPerShipment;
  private BigDecimal dimensionalDivisor;
  private boolean refundAfterManifest;
  private boolean addressValidation;

  CarrierSettings(String code) {
    this.code = Objects.requireNonNull(code, "carrierCode");
    this.displayName = code;
    this.trackingPrefix = code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
  }

  private SimulatedCarrier.Builder self() {
    return (SimulatedCarrier.Builder) this; // the only permitted subclass
  }

  /**
   * Sets the display name.
   *
   * @param name the name
   * @return this builder
   */
  public SimulatedCarrier.Builder displayName(String name) {
    this.displayName = Objects.requireNonNull(name, "displayName");
    return self();
  }

  /**
   * Adds a service priced {@code base + perKg x kg}, delivered after {@code transitDays} days.
   *
   * @param serviceCode the service code
   * @param base the base price, for example {@code "4.90"}
   * @param perKg the price per kilogram
   * @param transitDays calendar days in transit
   * @param international whether it ships across borders
   * @return this builder
   */
  public SimulatedCarrier.Builder service(
      String serviceCode, String base, String perKg, int transitDays, boolean international) {
    if (transitDays < 0) {
      throw new IllegalArgumentException("transitDays must not be negative");
    }
    Tariff tariff = new Tariff(new BigDecimal(base), new BigDecimal(perKg), transitDays);
    services.put(serviceCode, new ServiceLevel(serviceCode, serviceCode, international));
    tariffs.put(serviceCode, tariff);
    return self();
  }

  /**
   * Sets the currency of all prices (default EUR).
   *
   * @param value ISO 4217 code
   * @return this builder
   */
  public SimulatedCarrier.Builder currency(String value) {
    this.currency = Objects.requireNonNull(value, "currency");
    return self();
  }

  /**
   * Restricts the label formats (default PDF, ZPL and PNG).
   *
   * @param formats the formats
   * @return this builder
   */
  public SimulatedCarrier.Builder labelFormats(LabelFormat... formats) {
    labelFormats.clear();
    labelFormats.addAll(List.of(formats));
    return self();
  }

  /**
   * Sets the tracking number prefix (default the upper-cased carrier code).
   *
   * @param value the prefix
   * @return this builder
   */
  public SimulatedCarrier.Builder trackingPrefix(String value) {
    this.trackingPrefix = Objects.requireNonNull(value, "trackingPrefix");
    return self();
  }

  /**
   * Whether the carrier deduplicates purchases by idempotency key (default true). When false, a
   * repeated purchase buys again, like many real carrier APIs.
   *
   * @param value whether idempotent
   * @return this builder
   */
  public SimulatedCarrier.Builder idempotentCreate(boolean value) {
    this.idempotentCreate = value;
    return self();
  }

  /**
   * Whether {@link SimulatedCarrier#findShipment} finds shipments by idempotency key (default
   * true).
   *
   * @param value whether supported
   * @return this builder
   */
  public SimulatedCarrier.Builder findShipmentSupported(boolean value) {
    this.findSupported = value;
    return self();
  }

  /**
   * Sets the clock used for "today", label-created events and the tracking timeline (default UTC
   * system clock).
   *
   * @param value the clock
   * @return this builder
   */
  public SimulatedCarrier.Builder clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
    return self();
  }

  /**
   * Declares shipment options the carrier honours (default none).
   *
   * @param values the options
   * @return this builder
   */
  public SimulatedCarrier.Builder supportedOptions(ShipmentOption... values) {
    options.addAll(List.of(values));
    return self();
  }

  /**
   * Takes one parcel per shipment (default false: multi-parcel shipments).
   *
   * @param value whether so
   * @return this builder
   */
  public SimulatedCarrier.Builder oneParcelPerShipment(boolean value) {
    this.oneParcelPerShipment = value;
    return self();
  }

  /**
   * Prices by dimensional weight with this divisor in cubic centimetres per kilogram.
   *
   * @param cubicCentimetresPerKilogram for example {@code "5000"}
   * @return this builder
   */
  public SimulatedCarrier.Builder dimensionalDivisor(String cubicCentimetresPerKilogram) {
    this.dimensionalDivisor = new BigDecimal(cubicCentimetresPerKilogram);
    return self();
  }

  /**
   * Refuses to void manifested labels, which then need a refund (default false).
   *
   * @param value whether so
   * @return this builder
   */
  public SimulatedCarrier.Builder refundAfterManifest(boolean value) {
    this.refundAfterManifest = value;
    return self();
  }

  /**
   * Declares address validation (default false; see {@link SimulatedCarrier#addressVerdict}).
   *
   * @param value whether declared
   * @return this builder
   */
  public SimulatedCarrier.Builder addressValidation(boolean value) {
    this.addressValidation = value;
    return self();
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
