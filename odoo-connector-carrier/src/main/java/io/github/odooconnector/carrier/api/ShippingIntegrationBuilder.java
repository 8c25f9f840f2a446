package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.internal.DefaultShippingIntegration;
import io.github.odooconnector.carrier.internal.ShippingSettings;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierAdapterProvider;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.carrier.store.InMemoryTrackingStateStore;
import io.github.odooconnector.carrier.store.JdbcTrackingStateStore;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.reliability.jdbc.JdbcInboxStore;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Builds a {@link ShippingIntegration}; start with {@link ShippingIntegration#builder()}. Collects
 * the settings; {@link #build()} checks them against the class path and Odoo. Not thread-safe; use
 * from one thread.
 */
public final class ShippingIntegrationBuilder {
  /** The default of {@link #purchaseRetry(RetrySettings)}: 3 attempts, 200 ms apart. */
  public static final RetrySettings DEFAULT_PURCHASE_RETRY =
      RetrySettings.fixed(3, Duration.ofMillis(200));

  private OdooClient odoo;
  private MappingConfig mapping = MappingConfig.defaults();
  private final List<ShippingSettings.Registration> carriers = new ArrayList<>();
  private RateSelectionRule rateSelectionRule = RateSelectionRule.cheapest();
  private IdempotencyStore idempotencyStore;
  private String owner;
  private Duration leaseDuration = Duration.ofMinutes(2);
  private TrackingStateStore trackingStateStore;
  private ParcelPlanner parcelPlanner;
  private Party shipFrom;
  private LabelFormat labelFormat = LabelFormat.PDF;
  private String deliveredDateField;
  private final Map<String, WebhookVerifier> webhookVerifiers = new LinkedHashMap<>();
  private Clock clock = Clock.systemUTC();
  private Executor ratingExecutor;
  private RetrySettings purchaseRetry = DEFAULT_PURCHASE_RETRY;
  private String exceptionActivityType = "mail.mail_activity_data_warning";
  private CustomsSettings customs = CustomsSettings.defaults();
  private ShipmentOptions defaultShipmentOptions = ShipmentOptions.none();
  private AddressPolicy addressPolicy;
  private RateDriftPolicy rateDriftPolicy;
  private String packageTrackingField;
  private Duration staleTrackingAfter = Duration.ofDays(5);
  private InboxStore inboxStore;
  private RetrySettings trackingRetry = RetrySettings.redeliveryDefaults();
  private CarrierIncidentListener incidentListener;

  ShippingIntegrationBuilder() {}

  /**
   * Sets the Odoo client (required). The integration does not close it.
   *
   * @param value the client
   * @return this builder
   */
  public ShippingIntegrationBuilder odoo(OdooClient value) {
    this.odoo = Objects.requireNonNull(value, "odoo");
    return this;
  }

  /**
   * Sets how Odoo records map to canonical ones (default {@link MappingConfig#defaults()}); shared
   * with the WMS workflows, so custom partner field maps apply to ship-to addresses here too.
   *
   * @param value the mapping configuration
   * @return this builder
   */
  public ShippingIntegrationBuilder mapping(MappingConfig value) {
    this.mapping = Objects.requireNonNull(value, "mapping");
    return this;
  }

  /**
   * Registers a carrier adapter standing for the {@code delivery.carrier} with this id ({@link
   * #build()} checks that Odoo has it).
   *
   * @param adapter the adapter
   * @param deliveryCarrierId the {@code delivery.carrier} id
   * @return this builder
   */
  public ShippingIntegrationBuilder carrier(CarrierAdapter adapter, long deliveryCarrierId) {
    carriers.add(ShippingSettings.Registration.byId(adapter, deliveryCarrierId));
    return this;
  }

  /**
   * Registers a carrier adapter standing for the {@code delivery.carrier} with this exact name
   * ({@link #build()} resolves it: exactly one active carrier must have that name).
   *
   * @param adapter the adapter
   * @param deliveryCarrierName the {@code delivery.carrier} name
   * @return this builder
   */
  public ShippingIntegrationBuilder carrier(CarrierAdapter adapter, String deliveryCarrierName) {
    carriers.add(ShippingSettings.Registration.byName(adapter, deliveryCarrierName));
    return this;
  }

  /**
   * Registers an adapter created by the {@link ServiceLoader}-discovered {@link
   * CarrierAdapterProvider} of the given type for the {@code delivery.carrier} with this name. The
   * provider is looked up and asked to create the adapter by {@link #build()}, which reports an
   * unknown type or rejected settings as a {@link ShippingConfigurationException}.
   *
   * @param type the provider type, for example {@code rest-json}
   * @param settings the adapter settings
   * @param deliveryCarrierName the {@code delivery.carrier} name
   * @return this builder
   */
  public ShippingIntegrationBuilder carrier(
      String type, Map<String, String> settings, String deliveryCarrierName) {
    carriers.add(ShippingSettings.Registration.byProvider(type, settings, deliveryCarrierName));
    return this;
  }

  /**
   * Sets the default rate selection rule (default {@link RateSelectionRule#cheapest()}).
   *
   * @param value the rule
   * @return this builder
   */
  public ShippingIntegrationBuilder rateSelectionRule(RateSelectionRule value) {
    this.rateSelectionRule = Objects.requireNonNull(value, "rateSelectionRule");
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
  public ShippingIntegrationBuilder idempotencyStore(IdempotencyStore value) {
    this.idempotencyStore = Objects.requireNonNull(value, "idempotencyStore");
    return this;
  }

  /**
   * Sets this instance's owner name in the idempotency store (default: a random id).
   *
   * @param value the owner name
   * @return this builder
   */
  public ShippingIntegrationBuilder owner(String value) {
    this.owner = Objects.requireNonNull(value, "owner");
    return this;
  }

  /**
   * Sets how long a label purchase may hold its idempotency key before another instance may take
   * over (default 2 minutes; must exceed the carrier's slowest label call including retries).
   *
   * @param value the lease
   * @return this builder
   */
  public ShippingIntegrationBuilder leaseDuration(Duration value) {
    this.leaseDuration = Objects.requireNonNull(value, "leaseDuration");
    return this;
  }

  /**
   * Sets where the last applied tracking status per parcel lives (default: in memory, lost on
   * restart; use a {@link JdbcTrackingStateStore} when several instances receive webhooks or state
   * must survive restarts).
   *
   * @param value the store
   * @return this builder
   */
  public ShippingIntegrationBuilder trackingStateStore(TrackingStateStore value) {
    this.trackingStateStore = Objects.requireNonNull(value, "trackingStateStore");
    return this;
  }

  /**
   * Sets the parcel planner (default: one parcel of the picking's shipping weight).
   *
   * @param value the planner
   * @return this builder
   */
  public ShippingIntegrationBuilder parcelPlanner(ParcelPlanner value) {
    this.parcelPlanner = Objects.requireNonNull(value, "parcelPlanner");
    return this;
  }

  /**
   * Sets the shipper for every picking (default: the picking company's partner, read from Odoo).
   *
   * @param value the shipper with address
   * @return this builder
   */
  public ShippingIntegrationBuilder shipFrom(Party value) {
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
  public ShippingIntegrationBuilder labelFormat(LabelFormat value) {
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
  public ShippingIntegrationBuilder deliveredDateField(String field) {
    this.deliveredDateField = Objects.requireNonNull(field, "deliveredDateField");
    return this;
  }

  /**
   * Sets the external id of the {@code mail.activity.type} scheduled on failed deliveries (default
   * {@code mail.mail_activity_data_warning}, "Exception"). If it cannot be resolved, the activity
   * gets Odoo's default type.
   *
   * @param xmlId the external id {@code module.name}
   * @return this builder
   */
  public ShippingIntegrationBuilder exceptionActivityType(String xmlId) {
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
  public ShippingIntegrationBuilder webhookVerifier(String carrierCode, WebhookVerifier verifier) {
    webhookVerifiers.put(
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
  public ShippingIntegrationBuilder clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  /**
   * Rates carriers in parallel on this executor (default: one after another on the calling thread).
   *
   * @param value the executor, owned by the caller
   * @return this builder
   */
  public ShippingIntegrationBuilder ratingExecutor(Executor value) {
    this.ratingExecutor = Objects.requireNonNull(value, "ratingExecutor");
    return this;
  }

  /**
   * Sets how a label purchase is retried on retryable carrier failures where a retry cannot buy
   * twice (default {@link #DEFAULT_PURCHASE_RETRY}: 3 attempts, 200 ms apart). A carrier's {@code
   * Retry-After} of up to 30 s replaces the delay.
   *
   * @param value the retry settings; {@link RetrySettings#none()} for a single attempt
   * @return this builder
   */
  public ShippingIntegrationBuilder purchaseRetry(RetrySettings value) {
    this.purchaseRetry = Objects.requireNonNull(value, "purchaseRetry");
    return this;
  }

  /**
   * Sets the parts of customs declarations that do not come from the picking (incoterm, duties
   * payer, contents type, shipper EORI/IOSS; default DAP, recipient pays, merchandise).
   *
   * @param value the settings
   * @return this builder
   */
  public ShippingIntegrationBuilder customs(CustomsSettings value) {
    this.customs = Objects.requireNonNull(value, "customs");
    return this;
  }

  /**
   * Sets the shipment options used when a purchase or rate shopping names none (default none).
   *
   * @param value the options
   * @return this builder
   */
  public ShippingIntegrationBuilder defaultShipmentOptions(ShipmentOptions value) {
    this.defaultShipmentOptions = Objects.requireNonNull(value, "defaultShipmentOptions");
    return this;
  }

  /**
   * Validates ship-to addresses with carriers that can, before every label purchase (default: not
   * validated).
   *
   * @param value what to do with an undeliverable address
   * @return this builder
   */
  public ShippingIntegrationBuilder addressValidation(AddressPolicy value) {
    this.addressPolicy = Objects.requireNonNull(value, "addressValidation");
    return this;
  }

  /**
   * Guards label purchases against prices above the quote (default: no guard).
   *
   * @param value the policy
   * @return this builder
   */
  public ShippingIntegrationBuilder rateDriftGuard(RateDriftPolicy value) {
    this.rateDriftPolicy = Objects.requireNonNull(value, "rateDriftGuard");
    return this;
  }

  /**
   * Names the package field ({@code stock.quant.package}, {@code stock.package} on 19) that
   * receives each package's tracking number, for example a Studio field {@code x_tracking_ref}.
   * Standard Odoo has none, so by default the tracking numbers are only on the picking and in the
   * label names. {@link #build()} checks that the field exists.
   *
   * @param field the field name
   * @return this builder
   */
  public ShippingIntegrationBuilder packageTrackingField(String field) {
    this.packageTrackingField = Objects.requireNonNull(field, "packageTrackingField");
    return this;
  }

  /**
   * Sets after how long without a carrier update {@link ShippingIntegration#flagStaleTracking()}
   * flags a parcel (default 5 days).
   *
   * @param value the threshold, positive
   * @return this builder
   */
  public ShippingIntegrationBuilder staleTrackingAfter(Duration value) {
    Objects.requireNonNull(value, "staleTrackingAfter");
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException("staleTrackingAfter must be positive, got " + value);
    }
    this.staleTrackingAfter = value;
    return this;
  }

  /**
   * Sets where received tracking webhooks are kept until they are applied (default: a new {@link
   * InMemoryInboxStore}, lost on restart; use a {@link JdbcInboxStore} in production). One store
   * may serve this and a WMS integration: each claims only its own sources, this one {@code
   * carrier:<carrierCode>} of its registered carriers.
   *
   * @param value the store
   * @return this builder
   */
  public ShippingIntegrationBuilder inboxStore(InboxStore value) {
    this.inboxStore = Objects.requireNonNull(value, "inboxStore");
    return this;
  }

  /**
   * Sets how a stored tracking webhook whose processing failed retryably is retried (default {@link
   * RetrySettings#redeliveryDefaults()}); after the last attempt it is parked as {@code FAILED}.
   *
   * @param value the retry settings
   * @return this builder
   */
  public ShippingIntegrationBuilder trackingRetry(RetrySettings value) {
    this.trackingRetry = Objects.requireNonNull(value, "trackingRetry");
    return this;
  }

  /**
   * Who hears about {@link CarrierIncident}s: labels the carrier refused, label purchases with an
   * unknown outcome, and parcels in trouble. With a listener, tracking problems and label purchases
   * the reconciler cannot settle are left to it instead of the workflows scheduling their own
   * activity (so an escalation listener does not give people two); without one, behaviour is
   * unchanged. Use the escalation module's {@code CarrierEscalation.listener(escalations)} for
   * activities assigned by rules with a deadline.
   *
   * @param listener the listener
   * @return this builder
   */
  public ShippingIntegrationBuilder incidentListener(CarrierIncidentListener listener) {
    this.incidentListener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Builds the integration after checking the configuration against the class path and Odoo, so a
   * misconfiguration fails here rather than in the first workflow: every {@code delivery.carrier}
   * id exists and every name names exactly one active carrier, every adapter type has a provider
   * that accepts its settings, carrier codes are unique, webhook verifiers belong to registered
   * carriers, a configured shipper has an address, and a configured {@link
   * #deliveredDateField(String)} is a date/datetime field of {@code stock.picking} and a configured
   * {@link #packageTrackingField(String)} a field of the package model.
   *
   * @return the integration
   * @throws IllegalStateException if no Odoo client or no carrier was configured
   * @throws ShippingConfigurationException listing every problem found
   * @throws ShippingWorkflowException if Odoo could not be asked (the cause says why; retryable
   *     when it is)
   */
  public ShippingIntegration build() {
    if (odoo == null) {
      throw new IllegalStateException("odoo (the OdooClient) is required");
    }
    if (carriers.isEmpty()) {
      throw new IllegalStateException("register at least one carrier");
    }
    return DefaultShippingIntegration.create(
        new ShippingSettings(
            odoo,
            mapping,
            carriers,
            rateSelectionRule,
            idempotencyStore != null ? idempotencyStore : InMemoryIdempotencyStore.create(),
            owner != null ? owner : "shipping-" + UUID.randomUUID(),
            leaseDuration,
            trackingStateStore != null ? trackingStateStore : InMemoryTrackingStateStore.create(),
            parcelPlanner,
            shipFrom,
            labelFormat,
            deliveredDateField,
            exceptionActivityType,
            webhookVerifiers,
            clock,
            ratingExecutor,
            purchaseRetry,
            customs,
            defaultShipmentOptions,
            addressPolicy,
            rateDriftPolicy,
            packageTrackingField,
            staleTrackingAfter,
            inboxStore != null ? inboxStore : InMemoryInboxStore.create(),
            trackingRetry),
        incidentListener);
  }
}
