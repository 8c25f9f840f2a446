package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.internal.DefaultShippingIntegration;
import io.github.odooconnector.carrier.internal.ShippingSettings;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierAdapterProvider;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The shipping workflows between Odoo deliveries and carriers, wired once per application:
 *
 * <pre>{@code
 * ShippingIntegration shipping = ShippingIntegration.builder()
 *     .odoo(client)
 *     .carrier(dhlAdapter, "DHL Express")          // adapter + the delivery.carrier it stands for
 *     .carrier(upsAdapter, 7L)                      // ... by delivery.carrier id
 *     .rateSelectionRule(RateSelectionRule.cheapest())
 *     .idempotencyStore(JdbcIdempotencyStore.create(dataSource))
 *     .build();
 *
 * // writes carrier_id, carrier_price
 * RateShoppingResult rates = shipping.shopRates(pickingId);
 * // attaches labels, writes carrier_tracking_ref
 * LabelResult label = shipping.buyLabel(pickingId);
 * // chatter, delivery date, exception activity
 * shipping.handleTrackingWebhook("dhl", webhookRequest);
 * }</pre>
 *
 * <p><b>Odoo effects.</b> Rate shopping writes the chosen carrier's {@code delivery.carrier} to
 * {@code carrier_id} and the price to {@code carrier_price} and posts a chatter note. Buying a
 * label creates one {@code ir.attachment} per parcel on the picking, writes the tracking numbers
 * comma-separated to {@code carrier_tracking_ref} (as Odoo's own carrier integrations do) and posts
 * a chatter message with the labels. Tracking posts one chatter message per applied status change,
 * writes the delivery time to the configured field once every parcel is delivered, and schedules an
 * exception {@code mail.activity} on a failed delivery or exception.
 *
 * <p><b>Exactly-once label purchase.</b> Every purchase runs under an idempotency key ({@code
 * carrier-label:stock.picking:<id>} unless given) through the reliability kit's {@code Idempotent}:
 * once a label is bought, repeating the call returns the stored result and only re-applies the Odoo
 * writes, which are themselves idempotent. A purchase whose response was lost is retried with the
 * same key only if the carrier deduplicates by it or the adapter can find the shipment by it;
 * otherwise the {@link io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException} is
 * raised for manual reconciliation, and the key stays blocked (every later call under it raises the
 * same exception) so a naive retry cannot buy a second label; after checking the carrier account,
 * buy again under a new key with {@link #buyLabel(long, Rate, String)}.
 *
 * <p><b>Tracking state.</b> The last applied status per tracking number lives in the {@link
 * TrackingStateStore} (in memory by default; see its Javadoc for what a restart means).
 *
 * <p>Thread-safe: share one instance. It owns no threads or connections; the Odoo client and any
 * rating executor stay owned (and closed) by the application.
 */
public interface ShippingIntegration {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The registered carriers' adapters, in registration order.
   *
   * @return an immutable list
   */
  List<CarrierAdapter> carriers();

  /**
   * Rates a shipment with every registered carrier able to serve its route and chooses with the
   * configured rule. Writes nothing to Odoo; use it for a canonical {@code Shipment} or a quote on
   * a web shop checkout.
   *
   * @param request what to ship where
   * @return the choice and all quotes
   * @throws RateSelectionException if no acceptable rate was found
   */
  RateShoppingResult quote(RateRequest request);

  /**
   * Like {@link #quote(RateRequest)} with another rule.
   *
   * @param request what to ship where
   * @param rule the selection rule
   * @return the choice and all quotes
   * @throws RateSelectionException if no acceptable rate was found
   */
  RateShoppingResult quote(RateRequest request, RateSelectionRule rule);

  /**
   * Rate-shops an outgoing picking with every registered carrier, chooses with the configured rule
   * and records the choice on the picking ({@code carrier_id}, {@code carrier_price}, a chatter
   * note).
   *
   * @param pickingId the {@code stock.picking} id
   * @return the choice and all quotes
   * @throws ShippingWorkflowException if the picking is not a shippable outgoing delivery
   * @throws RateSelectionException if no acceptable rate was found
   */
  RateShoppingResult shopRates(long pickingId);

  /**
   * Like {@link #shopRates(long)} with another rule.
   *
   * @param pickingId the {@code stock.picking} id
   * @param rule the selection rule
   * @return the choice and all quotes
   */
  RateShoppingResult shopRates(long pickingId, RateSelectionRule rule);

  /**
   * Buys the label for a picking with the carrier in its {@code carrier_id}, choosing that
   * carrier's service with the configured rule, then attaches the labels and writes {@code
   * carrier_tracking_ref}. Idempotent per picking.
   *
   * @param pickingId the {@code stock.picking} id
   * @return the shipment and what was written to Odoo
   * @throws ShippingWorkflowException if the picking has no carrier with a registered adapter
   */
  LabelResult buyLabel(long pickingId);

  /**
   * Buys the label for a picking with a specific rate (for example {@link
   * RateShoppingResult#chosen()}); records the rate's carrier on the picking first. Idempotent per
   * picking.
   *
   * @param pickingId the {@code stock.picking} id
   * @param rate the rate to buy
   * @return the shipment and what was written to Odoo
   */
  LabelResult buyLabel(long pickingId, Rate rate);

  /**
   * Like {@link #buyLabel(long, Rate)} under an explicit idempotency key, for example to buy a new
   * label after voiding the first one.
   *
   * @param pickingId the {@code stock.picking} id
   * @param rate the rate to buy
   * @param idempotencyKey the purchase's key
   * @return the shipment and what was written to Odoo
   */
  LabelResult buyLabel(long pickingId, Rate rate, String idempotencyKey);

  /**
   * Voids the label this integration bought for a picking under its default key: cancels the
   * shipment at the carrier (once, under the idempotency key {@code carrier-void:<label key>}),
   * clears {@code carrier_tracking_ref} if it still holds that label's numbers and posts a chatter
   * note. The attachments stay for the audit trail. A later {@link #buyLabel(long)} buys a new
   * label under the next default key ({@code ...#2}).
   *
   * @param pickingId the {@code stock.picking} id
   * @return the voided shipment
   * @throws ShippingWorkflowException if this integration bought no label for the picking (or the
   *     idempotency record expired)
   * @throws io.github.odooconnector.carrier.spi.CarrierRequestRejectedException if the carrier
   *     refuses (for example the parcel was already scanned)
   */
  CarrierShipment voidLabel(long pickingId);

  /**
   * Applies canonical tracking events to Odoo, oldest first, ignoring duplicates and events older
   * than (or arriving after a terminal) status already applied.
   *
   * @param events the events, in any order, for any tracking numbers
   * @return one update per event, in the order given
   */
  List<TrackingUpdate> applyTrackingEvents(List<TrackingEvent> events);

  /**
   * Verifies (when a verifier is registered for the carrier), parses and applies a tracking
   * webhook.
   *
   * @param carrierCode the carrier that sent it (typically from the webhook URL)
   * @param webhook the HTTP request
   * @return one update per event in the payload
   * @throws io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException if the signature or
   *     payload is invalid (answer 400/401 so the carrier does not retry forever)
   */
  List<TrackingUpdate> handleTrackingWebhook(String carrierCode, WebhookRequest webhook);

  /**
   * Polls the carrier for every tracking number on a picking and applies what is new.
   *
   * @param pickingId the {@code stock.picking} id
   * @return one update per event returned by the carrier
   */
  List<TrackingUpdate> pollTracking(long pickingId);

  /** Builds a {@link ShippingIntegration}. Not thread-safe; use from one thread. */
  final class Builder {
    private OdooClient client;
    private MappingConfig mapping = MappingConfig.defaults();
    private final List<ShippingSettings.Registration> registrations = new ArrayList<>();
    private RateSelectionRule rule = RateSelectionRule.cheapest();
    private IdempotencyStore idempotencyStore;
    private String idempotencyOwner;
    private Duration idempotencyLease = Duration.ofMinutes(2);
    private TrackingStateStore trackingStateStore;
    private ParcelPlanner parcelPlanner;
    private Party shipFrom;
    private LabelFormat labelFormat = LabelFormat.PDF;
    private String deliveredDateField;
    private final Map<String, WebhookVerifier> verifiers = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private Executor ratingExecutor;
    private int maxPurchaseAttempts = 3;
    private Duration purchaseRetryDelay = Duration.ofMillis(200);
    private String exceptionActivityType = "mail.mail_activity_data_warning";

    private Builder() {}

    /**
     * Sets the Odoo client (required). The integration does not close it.
     *
     * @param value the client
     * @return this builder
     */
    public Builder odoo(OdooClient value) {
      this.client = Objects.requireNonNull(value, "odooClient");
      return this;
    }

    /**
     * Sets how Odoo records map to canonical ones (default {@link MappingConfig#defaults()});
     * shared with the WMS workflows, so custom partner field maps apply to ship-to addresses here
     * too.
     *
     * @param value the mapping configuration
     * @return this builder
     */
    public Builder mapping(MappingConfig value) {
      this.mapping = Objects.requireNonNull(value, "mapping");
      return this;
    }

    /**
     * Registers a carrier adapter standing for the {@code delivery.carrier} with this id.
     *
     * @param adapter the adapter
     * @param deliveryCarrierId the {@code delivery.carrier} id
     * @return this builder
     */
    public Builder carrier(CarrierAdapter adapter, long deliveryCarrierId) {
      registrations.add(ShippingSettings.Registration.byId(adapter, deliveryCarrierId));
      return this;
    }

    /**
     * Registers a carrier adapter standing for the {@code delivery.carrier} with this exact name
     * (resolved on first use).
     *
     * @param adapter the adapter
     * @param deliveryCarrierName the {@code delivery.carrier} name
     * @return this builder
     */
    public Builder carrier(CarrierAdapter adapter, String deliveryCarrierName) {
      registrations.add(ShippingSettings.Registration.byName(adapter, deliveryCarrierName));
      return this;
    }

    /**
     * Creates an adapter through the {@link ServiceLoader}-discovered {@link
     * CarrierAdapterProvider} of the given type and registers it for the {@code delivery.carrier}
     * with this name.
     *
     * @param type the provider type, for example {@code rest-json}
     * @param settings the adapter settings
     * @param deliveryCarrierName the {@code delivery.carrier} name
     * @return this builder
     * @throws IllegalArgumentException if no provider of that type is on the class path
     */
    public Builder carrier(String type, Map<String, String> settings, String deliveryCarrierName) {
      Objects.requireNonNull(type, "type");
      for (CarrierAdapterProvider provider : ServiceLoader.load(CarrierAdapterProvider.class)) {
        if (provider.type().equals(type)) {
          return carrier(provider.create(settings), deliveryCarrierName);
        }
      }
      throw new IllegalArgumentException(
          "no CarrierAdapterProvider of type '" + type + "' on the class path");
    }

    /**
     * Sets the default rate selection rule (default {@link RateSelectionRule#cheapest()}).
     *
     * @param value the rule
     * @return this builder
     */
    public Builder rateSelectionRule(RateSelectionRule value) {
      this.rule = Objects.requireNonNull(value, "rateSelectionRule");
      return this;
    }

    /**
     * Sets where label purchases are made idempotent (default: a new {@link
     * InMemoryIdempotencyStore}, which only protects within this process; use a JDBC store in
     * production).
     *
     * @param value the store
     * @return this builder
     */
    public Builder idempotencyStore(IdempotencyStore value) {
      this.idempotencyStore = Objects.requireNonNull(value, "idempotencyStore");
      return this;
    }

    /**
     * Sets this instance's owner name in the idempotency store (default: a random id).
     *
     * @param value the owner name
     * @return this builder
     */
    public Builder owner(String value) {
      this.idempotencyOwner = Objects.requireNonNull(value, "idempotencyOwner");
      return this;
    }

    /**
     * Sets how long a label purchase may hold its idempotency key before another instance may take
     * over (default 2 minutes; must exceed the carrier's slowest label call including retries).
     *
     * @param value the lease
     * @return this builder
     */
    public Builder leaseDuration(Duration value) {
      this.idempotencyLease = Objects.requireNonNull(value, "idempotencyLease");
      return this;
    }

    /**
     * Sets where the last applied tracking status per parcel lives (default: in memory, lost on
     * restart; use a {@link JdbcTrackingStateStore} when several instances receive webhooks or
     * state must survive restarts).
     *
     * @param value the store
     * @return this builder
     */
    public Builder trackingStateStore(TrackingStateStore value) {
      this.trackingStateStore = Objects.requireNonNull(value, "trackingStateStore");
      return this;
    }

    /**
     * Sets the parcel planner (default: one parcel of the picking's shipping weight).
     *
     * @param value the planner
     * @return this builder
     */
    public Builder parcelPlanner(ParcelPlanner value) {
      this.parcelPlanner = Objects.requireNonNull(value, "parcelPlanner");
      return this;
    }

    /**
     * Sets the shipper for every picking (default: the picking company's partner, read from Odoo).
     *
     * @param value the shipper with address
     * @return this builder
     */
    public Builder shipFrom(Party value) {
      this.shipFrom = Objects.requireNonNull(value, "shipFrom");
      return this;
    }

    /**
     * Sets the preferred label format (default PDF; a carrier that cannot produce it returns PDF or
     * its own).
     *
     * @param value the format
     * @return this builder
     */
    public Builder labelFormat(LabelFormat value) {
      this.labelFormat = Objects.requireNonNull(value, "labelFormat");
      return this;
    }

    /**
     * Names the {@code stock.picking} datetime field that receives the delivery time once every
     * parcel is delivered, for example a Studio field {@code x_delivered_at}. Standard Odoo has no
     * such field ({@code date_done} is the time the goods left the warehouse), so by default the
     * delivery time is only recorded in the chatter.
     *
     * @param field the field name
     * @return this builder
     */
    public Builder deliveredDateField(String field) {
      this.deliveredDateField = Objects.requireNonNull(field, "deliveredDateField");
      return this;
    }

    /**
     * Sets the external id of the {@code mail.activity.type} scheduled on failed deliveries
     * (default {@code mail.mail_activity_data_warning}, "Exception"). If it cannot be resolved, the
     * activity gets Odoo's default type.
     *
     * @param xmlId the external id {@code module.name}
     * @return this builder
     */
    public Builder exceptionActivityType(String xmlId) {
      this.exceptionActivityType = Objects.requireNonNull(xmlId, "exceptionActivityType");
      return this;
    }

    /**
     * Verifies the webhooks of a carrier before parsing them.
     *
     * @param carrierCode the carrier
     * @param verifier the verifier (for example {@code HmacBodyVerifier})
     * @return this builder
     */
    public Builder webhookVerifier(String carrierCode, WebhookVerifier verifier) {
      verifiers.put(
          Objects.requireNonNull(carrierCode, "carrierCode"),
          Objects.requireNonNull(verifier, "verifier"));
      return this;
    }

    /**
     * Sets the clock (default UTC system clock).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Rates carriers in parallel on this executor (default: one after another on the calling
     * thread).
     *
     * @param value the executor, owned by the caller
     * @return this builder
     */
    public Builder ratingExecutor(Executor value) {
      this.ratingExecutor = Objects.requireNonNull(value, "ratingExecutor");
      return this;
    }

    /**
     * Sets how often a label purchase is attempted on retryable carrier failures when that is safe
     * (default 3) and the pause between attempts (default 200 ms).
     *
     * @param attempts attempts, at least 1
     * @param delay pause between attempts
     * @return this builder
     */
    public Builder purchaseRetries(int attempts, Duration delay) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
      }
      this.maxPurchaseAttempts = attempts;
      this.purchaseRetryDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /**
     * Builds the integration.
     *
     * @return the integration
     * @throws IllegalStateException if no Odoo client or no carrier was configured, or two adapters
     *     share a code
     */
    public ShippingIntegration build() {
      if (client == null) {
        throw new IllegalStateException("odoo (the OdooClient) is required");
      }
      if (registrations.isEmpty()) {
        throw new IllegalStateException("register at least one carrier");
      }
      return new DefaultShippingIntegration(
          new ShippingSettings(
              client,
              mapping,
              registrations,
              rule,
              idempotencyStore != null ? idempotencyStore : InMemoryIdempotencyStore.create(),
              idempotencyOwner != null ? idempotencyOwner : "shipping-" + UUID.randomUUID(),
              idempotencyLease,
              trackingStateStore != null ? trackingStateStore : new InMemoryTrackingStateStore(),
              Optional.ofNullable(parcelPlanner),
              Optional.ofNullable(shipFrom),
              labelFormat,
              Optional.ofNullable(deliveredDateField),
              exceptionActivityType,
              verifiers,
              clock,
              Optional.ofNullable(ratingExecutor),
              maxPurchaseAttempts,
              purchaseRetryDelay));
    }
  }
}
