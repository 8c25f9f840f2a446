package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ShippingConfigurationException;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierAdapterProvider;
import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.model.Party;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the settings once, when the integration is built, against the class path and Odoo, and
 * holds what it resolved: every carrier's adapter and {@code delivery.carrier} id, by carrier code.
 * Every problem is reported at once in one {@link ShippingConfigurationException}; a failure to
 * reach Odoo while checking is a {@link ShippingWorkflowException} with the Odoo failure as cause.
 * Immutable and thread-safe once created.
 */
final class ShippingSetup {

  /** A registered carrier, resolved. */
  record Carrier(CarrierAdapter adapter, long deliveryCarrierId) {}

  private static final Set<String> DATE_TYPES = Set.of("datetime", "date");

  private final Map<String, Carrier> byCode;

  private ShippingSetup(Map<String, Carrier> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  static ShippingSetup check(ShippingSettings settings, PickingGateway odoo) {
    List<String> problems = new ArrayList<>();
    Map<String, CarrierAdapter> adapters = new LinkedHashMap<>();
    Map<String, ShippingSettings.Registration> registrations = new LinkedHashMap<>();
    for (ShippingSettings.Registration r : settings.carriers()) {
      CarrierAdapter adapter = adapter(r, problems);
      if (adapter == null) {
        continue;
      }
      String code = adapter.carrierCode();
      if (adapters.putIfAbsent(code, adapter) != null) {
        problems.add(
            "two carrier adapters share the carrier code '"
                + code
                + "' (for "
                + registrations.get(code).deliveryCarrier()
                + " and "
                + r.deliveryCarrier()
                + ")");
      } else {
        registrations.put(code, r);
      }
    }
    for (String code : settings.webhookVerifiers().keySet()) {
      if (!adapters.containsKey(code)) {
        problems.add(
            "a webhook verifier is configured for carrier '"
                + code
                + "' but no adapter with that code is registered (registered: "
                + adapters.keySet()
                + ")");
      }
    }
    Party shipFrom = settings.shipFrom();
    if (shipFrom != null && shipFrom.address() == null) {
      problems.add("shipFrom (" + shipFrom.name() + ") has no address");
    }
    if (!problems.isEmpty()) {
      throw new ShippingConfigurationException(problems);
    }
    Map<String, Carrier> byCode;
    try {
      byCode = resolveInOdoo(registrations, adapters, odoo, problems);
      settings.optionalDeliveredDateField().ifPresent(f -> checkDateField(f, odoo, problems));
      settings.optionalPackageTrackingField().ifPresent(f -> checkPackageField(f, odoo, problems));
    } catch (OdooConnectorException e) {
      throw new ShippingWorkflowException(
          null, "cannot check the shipping configuration against Odoo: " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new ShippingConfigurationException(problems);
    }
    return new ShippingSetup(byCode);
  }

  private static CarrierAdapter adapter(ShippingSettings.Registration r, List<String> problems) {
    if (r.adapter() != null) {
      return r.adapter();
    }
    Set<String> types = new TreeSet<>();
    for (CarrierAdapterProvider provider : ServiceLoader.load(CarrierAdapterProvider.class)) {
      types.add(provider.type());
      if (provider.type().equals(r.providerType())) {
        try {
          return provider.create(r.providerSettings());
        } catch (RuntimeException e) {
          problems.add(
              "carrier adapter type '"
                  + r.providerType()
                  + "' for "
                  + r.deliveryCarrier()
                  + " rejected its settings: "
                  + e.getMessage());
          return null;
        }
      }
    }
    problems.add(
        "no CarrierAdapterProvider of type '"
            + r.providerType()
            + "' is on the class path (for "
            + r.deliveryCarrier()
            + "; types found: "
            + (types.isEmpty() ? "none" : String.join(", ", types))
            + ")");
    return null;
  }

  private static Map<String, Carrier> resolveInOdoo(
      Map<String, ShippingSettings.Registration> registrations,
      Map<String, CarrierAdapter> adapters,
      PickingGateway odoo,
      List<String> problems) {
    List<Long> ids = new ArrayList<>();
    registrations.values().stream()
        .filter(r -> r.deliveryCarrierId() != null)
        .forEach(r -> ids.add(r.deliveryCarrierId()));
    Set<Long> existing = odoo.existingDeliveryCarriers(ids);
    Map<String, Carrier> byCode = new LinkedHashMap<>();
    registrations.forEach(
        (code, r) -> {
          Long id = r.deliveryCarrierId();
          if (id != null && !existing.contains(id)) {
            problems.add(
                "delivery.carrier "
                    + id
                    + " does not exist in Odoo (registered for carrier '"
                    + code
                    + "')");
            return;
          }
          if (id == null) {
            List<Long> named = odoo.deliveryCarriersNamed(r.deliveryCarrierName());
            if (named.size() != 1) {
              problems.add(
                  (named.isEmpty()
                          ? "no delivery.carrier named '" + r.deliveryCarrierName() + "'"
                          : "several delivery.carrier records are named '"
                              + r.deliveryCarrierName()
                              + "'; register the carrier by id")
                      + " (registered for carrier '"
                      + code
                      + "'; names are matched exactly, active carriers only)");
              return;
            }
            id = named.get(0);
          }
          byCode.put(code, new Carrier(adapters.get(code), id));
        });
    return byCode;
  }

  private static void checkPackageField(String field, PickingGateway odoo, List<String> problems) {
    String model = odoo.packageModel();
    if (!odoo.fields(model).contains(field)) {
      problems.add(
          model
              + " has no field '"
              + field
              + "' (packageTrackingField): create it as a Text field (Studio, or Settings >"
              + " Technical > Fields: model "
              + model
              + ", type char) or do not set packageTrackingField");
    }
  }

  private static void checkDateField(String field, PickingGateway odoo, List<String> problems) {
    Optional<String> type = odoo.pickingFieldType(field);
    if (type.isEmpty()) {
      problems.add(
          "stock.picking has no field '"
              + field
              + "' (deliveredDateField): create it as a Date & Time field (Studio, or Settings >"
              + " Technical > Fields: model stock.picking, type datetime) or do not set"
              + " deliveredDateField");
    } else if (!DATE_TYPES.contains(type.get())) {
      problems.add(
          "stock.picking field '"
              + field
              + "' (deliveredDateField) is a "
              + type.get()
              + " field; it must be a Date & Time (datetime) or Date field");
    }
  }

  /** The registered carriers, in registration order. */
  List<Carrier> carriers() {
    return List.copyOf(byCode.values());
  }

  List<CarrierAdapter> adapters() {
    return byCode.values().stream().map(Carrier::adapter).toList();
  }

  Set<String> codes() {
    return byCode.keySet();
  }

  Optional<Carrier> byCode(String carrierCode) {
    return Optional.ofNullable(byCode.get(carrierCode));
  }

  /**
   * The carrier registered for a picking's {@code carrier_id}.
   *
   * @throws ShippingWorkflowException if no adapter is registered for it
   */
  Carrier forPickingCarrier(Many2one deliveryCarrier) {
    return byDeliveryCarrier(deliveryCarrier.id())
        .orElseThrow(
            () ->
                new ShippingWorkflowException(
                    null,
                    "no carrier adapter is registered for delivery.carrier "
                        + deliveryCarrier.id()
                        + " '"
                        + deliveryCarrier.displayName()
                        + "'"));
  }

  Optional<Carrier> byDeliveryCarrier(long deliveryCarrierId) {
    return byCode.values().stream()
        .filter(c -> c.deliveryCarrierId() == deliveryCarrierId)
        .findAny();
  }
}
