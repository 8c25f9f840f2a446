package io.github.odooconnector.carrier.rest;

import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierAdapterProvider;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.TrackingStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * {@link java.util.ServiceLoader} provider of type {@code rest-json} creating a {@link
 * RestCarrierAdapter} from flat settings, for configuration files:
 *
 * <ul>
 *   <li>{@code carrier-code} (required), {@code display-name}, {@code base-url} (required)
 *   <li>{@code services}: {@code CODE:Name:intl|domestic} entries separated by {@code ;} (required)
 *   <li>{@code label-formats}: comma-separated, default {@code PDF}; {@code idempotent-create}:
 *       true/false
 *   <li>{@code options}: comma-separated {@code ShipmentOption} names the carrier honours; {@code
 *       dimensional-divisor}: cm3 per kg; true/false flags {@code one-parcel-per-shipment}, {@code
 *       return-labels}, {@code manifests}, {@code refund-after-manifest}, {@code
 *       address-validation}, {@code pickup-scheduling}, {@code pickup-changes}, {@code
 *       proof-of-delivery} (declare only what the configured paths serve)
 *   <li>{@code auth-header} and {@code auth-value} (secret); {@code idempotency-header}
 *   <li>{@code path.RATE}, {@code path.TRACK}, ... (method and path); {@code disable}:
 *       comma-separated operations
 *   <li>{@code field.<logical name>}: JSON Pointer; {@code status.<raw code>}: canonical status
 *       name
 *   <li>{@code timeout-seconds}
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class RestCarrierAdapterProvider implements CarrierAdapterProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public RestCarrierAdapterProvider() {}

  @Override
  public String type() {
    return "rest-json";
  }

  @Override
  public CarrierAdapter create(Map<String, String> settings) {
    String code = require(settings, "carrier-code");
    CarrierCapabilities.Builder caps =
        CarrierCapabilities.builder(code)
            .displayName(settings.getOrDefault("display-name", code))
            .idempotentCreate(
                Boolean.parseBoolean(settings.getOrDefault("idempotent-create", "false")))
            .cancellation(true)
            .trackingWebhooks(true)
            .oneParcelPerShipment(flag(settings, "one-parcel-per-shipment"))
            .returnLabels(flag(settings, "return-labels"))
            .manifests(flag(settings, "manifests"))
            .refundAfterManifest(flag(settings, "refund-after-manifest"))
            .addressValidation(flag(settings, "address-validation"))
            .pickupScheduling(flag(settings, "pickup-scheduling"))
            .pickupChanges(flag(settings, "pickup-changes"))
            .proofOfDelivery(flag(settings, "proof-of-delivery"));
    for (String o : settings.getOrDefault("options", "").split(",")) {
      if (!o.isBlank()) {
        try {
          caps.supportedOptions(ShipmentOption.valueOf(o.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "setting 'options': unknown shipment option '" + o.strip() + "'", e);
        }
      }
    }
    if (settings.containsKey("dimensional-divisor")) {
      try {
        caps.dimensionalDivisor(new BigDecimal(settings.get("dimensional-divisor").strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("setting 'dimensional-divisor' is not a number", e);
      }
    }
    boolean international = false;
    for (String entry : require(settings, "services").split(";")) {
      String[] parts = entry.strip().split(":");
      if (parts.length != 3 || !(parts[2].equals("intl") || parts[2].equals("domestic"))) {
        throw new IllegalArgumentException(
            "setting 'services': entry '"
                + entry
                + "' must look like CODE:Name:intl or CODE:Name:domestic");
      }
      boolean intl = parts[2].equals("intl");
      international |= intl;
      caps.service(new ServiceLevel(parts[0].strip(), parts[1].strip(), intl));
    }
    caps.international(international);
    for (String f : settings.getOrDefault("label-formats", "PDF").split(",")) {
      try {
        caps.labelFormats(LabelFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "setting 'label-formats': unknown format '" + f.strip() + "'", e);
      }
    }
    URI baseUrl;
    try {
      baseUrl = URI.create(require(settings, "base-url"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("setting 'base-url' is not a URI", e);
    }
    RestCarrierAdapter.Builder b = RestCarrierAdapter.builder(caps.build(), baseUrl);
    if (settings.containsKey("auth-header")) {
      b.secretHeader(settings.get("auth-header"), require(settings, "auth-value"));
    }
    if (settings.containsKey("idempotency-header")) {
      b.idempotencyHeader(settings.get("idempotency-header"));
    }
    if (settings.containsKey("timeout-seconds")) {
      long seconds = Long.parseLong(settings.get("timeout-seconds").strip());
      b.timeouts(Duration.ofSeconds(Math.min(seconds, 10)), Duration.ofSeconds(seconds));
    }
    for (String op : settings.getOrDefault("disable", "").split(",")) {
      if (!op.isBlank()) {
        b.disable(operation(op.strip(), "disable"));
      }
    }
    settings.forEach(
        (k, v) -> {
          if (k.startsWith("path.")) {
            b.path(operation(k.substring(5), k), v);
          } else if (k.startsWith("field.")) {
            b.field(k.substring(6), v);
          } else if (k.startsWith("status.")) {
            try {
              b.status(k.substring(7), TrackingStatus.valueOf(v.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(
                  "setting '" + k + "': unknown tracking status '" + v + "'", e);
            }
          }
        });
    return b.build();
  }

  private static RestCarrierAdapter.Operation operation(String name, String setting) {
    try {
      return RestCarrierAdapter.Operation.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "setting '" + setting + "': unknown operation '" + name + "'", e);
    }
  }

  private static boolean flag(Map<String, String> settings, String key) {
    String v = settings.getOrDefault(key, "false").strip();
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("setting '" + key + "' must be true or false");
    }
    return Boolean.parseBoolean(v);
  }

  private static String require(Map<String, String> settings, String key) {
    String v = settings.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("setting '" + key + "' is required");
    }
    return v;
  }
}
