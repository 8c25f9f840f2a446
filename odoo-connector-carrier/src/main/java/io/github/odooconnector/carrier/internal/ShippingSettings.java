package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
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
import java.util.OptionalLong;
import java.util.concurrent.Executor;

/** Everything {@code ShippingIntegration.Builder} collected; immutable. */
public record ShippingSettings(
    OdooClient client,
    MappingConfig mapping,
    List<Registration> registrations,
    RateSelectionRule rule,
    IdempotencyStore idempotencyStore,
    String idempotencyOwner,
    Duration idempotencyLease,
    TrackingStateStore trackingStateStore,
    Optional<ParcelPlanner> parcelPlanner,
    Optional<Party> shipFrom,
    LabelFormat labelFormat,
    Optional<String> deliveredDateField,
    String exceptionActivityType,
    Map<String, WebhookVerifier> verifiers,
    Clock clock,
    Optional<Executor> ratingExecutor,
    int maxPurchaseAttempts,
    Duration purchaseRetryDelay) {

  public ShippingSettings {
    registrations = List.copyOf(registrations);
    verifiers = Map.copyOf(verifiers);
  }

  /** One adapter and the {@code delivery.carrier} it stands for (by id or by name). */
  public record Registration(
      CarrierAdapter adapter, OptionalLong deliveryCarrierId, Optional<String> name) {

    public Registration {
      Objects.requireNonNull(adapter, "adapter");
    }

    public static Registration byId(CarrierAdapter adapter, long id) {
      if (id <= 0) {
        throw new IllegalArgumentException("delivery.carrier id must be positive, got " + id);
      }
      return new Registration(adapter, OptionalLong.of(id), Optional.empty());
    }

    public static Registration byName(CarrierAdapter adapter, String name) {
      Objects.requireNonNull(name, "deliveryCarrierName");
      if (name.isBlank()) {
        throw new IllegalArgumentException("deliveryCarrierName must not be blank");
      }
      return new Registration(adapter, OptionalLong.empty(), Optional.of(name));
    }
  }
}
