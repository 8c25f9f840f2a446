package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.AddressPolicy;
import io.github.odooconnector.carrier.api.CustomsSettings;
import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.RateDriftPolicy;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Everything {@code ShippingIntegrationBuilder} collected, one component per builder method and
 * named like it; immutable. Optional settings are nullable components with {@code optionalX()}
 * accessors.
 */
public record ShippingSettings(
    OdooClient odoo,
    MappingConfig mapping,
    List<Registration> carriers,
    RateSelectionRule rateSelectionRule,
    IdempotencyStore idempotencyStore,
    String owner,
    Duration leaseDuration,
    TrackingStateStore trackingStateStore,
    ParcelPlanner parcelPlanner,
    Party shipFrom,
    LabelFormat labelFormat,
    String deliveredDateField,
    String exceptionActivityType,
    Map<String, WebhookVerifier> webhookVerifiers,
    Clock clock,
    Executor ratingExecutor,
    RetrySettings purchaseRetry,
    CustomsSettings customs,
    ShipmentOptions defaultShipmentOptions,
    AddressPolicy addressPolicy,
    RateDriftPolicy rateDriftPolicy,
    String packageTrackingField,
    Duration staleTrackingAfter,
    InboxStore inboxStore,
    RetrySettings trackingRetry) {

  public ShippingSettings {
    Objects.requireNonNull(odoo, "odoo");
    Objects.requireNonNull(mapping, "mapping");
    carriers = List.copyOf(carriers);
    Objects.requireNonNull(rateSelectionRule, "rateSelectionRule");
    Objects.requireNonNull(idempotencyStore, "idempotencyStore");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(leaseDuration, "leaseDuration");
    Objects.requireNonNull(trackingStateStore, "trackingStateStore");
    Objects.requireNonNull(labelFormat, "labelFormat");
    Objects.requireNonNull(exceptionActivityType, "exceptionActivityType");
    webhookVerifiers = Map.copyOf(webhookVerifiers);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(purchaseRetry, "purchaseRetry");
    Objects.requireNonNull(customs, "customs");
    Objects.requireNonNull(defaultShipmentOptions, "defaultShipmentOptions");
    Objects.requireNonNull(staleTrackingAfter, "staleTrackingAfter");
    Objects.requireNonNull(inboxStore, "inboxStore");
    Objects.requireNonNull(trackingRetry, "trackingRetry");
  }

  public Optional<AddressPolicy> optionalAddressPolicy() {
    return Optional.ofNullable(addressPolicy);
  }

  public Optional<RateDriftPolicy> optionalRateDriftPolicy() {
    return Optional.ofNullable(rateDriftPolicy);
  }

  public Optional<String> optionalPackageTrackingField() {
    return Optional.ofNullable(packageTrackingField);
  }

  public Optional<ParcelPlanner> optionalParcelPlanner() {
    return Optional.ofNullable(parcelPlanner);
  }

  public Optional<Party> optionalShipFrom() {
    return Optional.ofNullable(shipFrom);
  }

  public Optional<String> optionalDeliveredDateField() {
    return Optional.ofNullable(deliveredDateField);
  }

  public Optional<Executor> optionalRatingExecutor() {
    return Optional.ofNullable(ratingExecutor);
  }

  /**
   * One carrier as registered on the builder: an adapter, or the {@link
   * io.github.odooconnector.carrier.spi.CarrierAdapterProvider} type and settings to create it
   * with; and the {@code delivery.carrier} it stands for, by id or by name. Exactly one of {@code
   * adapter}/{@code providerType} and one of {@code deliveryCarrierId}/{@code deliveryCarrierName}
   * is set. Resolved and checked against the class path and Odoo by {@link ShippingSetup} when the
   * integration is built.
   */
  public record Registration(
      CarrierAdapter adapter,
      String providerType,
      Map<String, String> providerSettings,
      Long deliveryCarrierId,
      String deliveryCarrierName) {

    public Registration {
      if ((adapter == null) == (providerType == null)) {
        throw new IllegalArgumentException("give an adapter or a provider type");
      }
      providerSettings = providerSettings == null ? Map.of() : Map.copyOf(providerSettings);
      if ((deliveryCarrierId == null) == (deliveryCarrierName == null)) {
        throw new IllegalArgumentException("give the delivery.carrier id or its name");
      }
      if (deliveryCarrierId != null && deliveryCarrierId <= 0) {
        throw new IllegalArgumentException(
            "delivery.carrier id must be positive, got " + deliveryCarrierId);
      }
      if (deliveryCarrierName != null && deliveryCarrierName.isBlank()) {
        throw new IllegalArgumentException("deliveryCarrierName must not be blank");
      }
    }

    public static Registration byId(CarrierAdapter adapter, long id) {
      return new Registration(Objects.requireNonNull(adapter, "adapter"), null, null, id, null);
    }

    public static Registration byName(CarrierAdapter adapter, String name) {
      return new Registration(
          Objects.requireNonNull(adapter, "adapter"),
          null,
          null,
          null,
          Objects.requireNonNull(name, "deliveryCarrierName"));
    }

    public static Registration byProvider(
        String type, Map<String, String> settings, String deliveryCarrierName) {
      return new Registration(
          null,
          Objects.requireNonNull(type, "type"),
          Objects.requireNonNull(settings, "settings"),
          null,
          Objects.requireNonNull(deliveryCarrierName, "deliveryCarrierName"));
    }

    /** How the registration names its {@code delivery.carrier}, for messages. */
    public String deliveryCarrier() {
      return deliveryCarrierId != null
          ? "delivery.carrier " + deliveryCarrierId
          : "delivery.carrier '" + deliveryCarrierName + "'";
    }
  }
}
