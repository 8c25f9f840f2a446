package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Everything {@code ShippingIntegration.Builder} collected, one component per builder method and
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
    RetrySettings purchaseRetry) {

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
   * One adapter and the {@code delivery.carrier} it stands for, by id or by name (exactly one of
   * the two is set).
   */
  public record Registration(
      CarrierAdapter adapter, Long deliveryCarrierId, String deliveryCarrierName) {

    public Registration {
      Objects.requireNonNull(adapter, "adapter");
      if ((deliveryCarrierId == null) == (deliveryCarrierName == null)) {
        throw new IllegalArgumentException("give the delivery.carrier id or its name");
      }
    }

    public static Registration byId(CarrierAdapter adapter, long id) {
      if (id <= 0) {
        throw new IllegalArgumentException("delivery.carrier id must be positive, got " + id);
      }
      return new Registration(adapter, id, null);
    }

    public static Registration byName(CarrierAdapter adapter, String name) {
      Objects.requireNonNull(name, "deliveryCarrierName");
      if (name.isBlank()) {
        throw new IllegalArgumentException("deliveryCarrierName must not be blank");
      }
      return new Registration(adapter, null, name);
    }

    public Optional<Long> optionalDeliveryCarrierId() {
      return Optional.ofNullable(deliveryCarrierId);
    }

    public Optional<String> optionalDeliveryCarrierName() {
      return Optional.ofNullable(deliveryCarrierName);
    }
  }
}
