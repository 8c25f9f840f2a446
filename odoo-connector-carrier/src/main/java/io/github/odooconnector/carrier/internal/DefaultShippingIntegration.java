package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.BlockedPurchase;
import io.github.odooconnector.carrier.api.CarrierIncidentListener;
import io.github.odooconnector.carrier.api.LabelOptions;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ManifestResult;
import io.github.odooconnector.carrier.api.PickupBooking;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.api.Resolution;
import io.github.odooconnector.carrier.api.ReturnLabelOptions;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.api.VoidResult;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.common.internal.Checks;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link ShippingIntegration} implementation: a thin facade over one package-private helper per
 * workflow ({@link RateShopper} with {@link DeliveryMethods}, {@link LabelWorkflow} with {@link
 * LabelRecorder} and {@link LabelVoider}, {@link ReturnWorkflow}, {@link DayClose}, {@link
 * Reconciler}, {@link TrackingIntake}, {@link TrackingWebhooks}, {@link TrackingApplier} and {@link
 * StaleTracking}), with every Odoo call going through the one {@link PickingGateway} and every
 * stored result read through the one {@link StoredLabels}. Checks its configuration once on
 * construction ({@link ShippingSetup}). Thread-safe.
 */
public final class DefaultShippingIntegration implements ShippingIntegration {

  /** How long back the reconciler looks for unknown outcomes (the idempotency retention). */
  private static final Duration RECONCILE_LOOKBACK = Idempotent.DEFAULT_RETENTION;

  private final ShippingSettings settings;
  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final ShipmentPlanner planner;
  private final DeliveryMethods methods;
  private final RateShopper rates;
  private final LabelWorkflow labels;
  private final LabelVoider voider;
  private final ReturnWorkflow returns;
  private final DayClose days;
  private final Reconciler reconciler;
  private final TrackingApplier tracking;
  private final TrackingIntake intake;
  private final TrackingWebhooks webhooks;
  private final StaleTracking stale;

  /**
   * Creates the integration after checking the configuration against Odoo.
   *
   * @param settings what the builder collected
   * @return the integration
   */
  public static DefaultShippingIntegration create(ShippingSettings settings) {
    return new DefaultShippingIntegration(settings, null);
  }

  /**
   * Creates the integration with an incident listener after checking the configuration.
   *
   * @param settings what the builder collected
   * @param incidentListener who hears about incidents, or null
   * @return the integration
   */
  public static DefaultShippingIntegration create(
      ShippingSettings settings, CarrierIncidentListener incidentListener) {
    return new DefaultShippingIntegration(settings, incidentListener);
  }

  private DefaultShippingIntegration(
      ShippingSettings settings, CarrierIncidentListener incidentListener) {
    CarrierIncidents incidents = new CarrierIncidents(incidentListener);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.odoo = new PickingGateway(settings.odoo(), settings.mapping());
    this.setup = ShippingSetup.check(settings, odoo);
    this.planner =
        new ShipmentPlanner(odoo, settings.parcelPlanner(), settings.shipFrom(), settings.clock());
    this.methods = new DeliveryMethods(odoo);
    this.rates = new RateShopper(settings.ratingExecutor());
    Idempotent idempotent =
        Idempotent.builder(settings.idempotencyStore())
            .owner(settings.owner())
            .leaseDuration(settings.leaseDuration())
            .clock(settings.clock())
            .build();
    StoredLabels stored = new StoredLabels(idempotent);
    Activities activities =
        new Activities(odoo, settings.exceptionActivityType(), settings.clock());
    this.labels =
        new LabelWorkflow(
            odoo,
            setup,
            planner,
            new CustomsBuilder(odoo, settings.customs()),
            new AddressCheck(odoo, settings.addressPolicy()),
            new DriftGuard(odoo, settings.rateDriftPolicy(), activities),
            methods,
            idempotent,
            stored,
            new LabelPurchaser(settings.purchaseRetry()),
            settings.labelFormat(),
            settings.packageTrackingField(),
            settings.clock(),
            incidents);
    this.voider = new LabelVoider(odoo, setup, labels, stored, idempotent);
    this.returns = new ReturnWorkflow(odoo, setup, labels, rates);
    this.days = new DayClose(odoo, setup, labels, stored, idempotent, settings.shipFrom());
    this.reconciler =
        new Reconciler(
            odoo,
            setup,
            labels,
            stored,
            idempotent,
            activities,
            incidents,
            settings.clock(),
            RECONCILE_LOOKBACK);
    this.tracking =
        new TrackingApplier(
            odoo,
            setup,
            settings.trackingStateStore(),
            settings.deliveredDateField(),
            settings.exceptionActivityType(),
            settings.clock(),
            incidents);
    this.intake = new TrackingIntake(odoo, setup, tracking);
    this.webhooks =
        new TrackingWebhooks(
            setup,
            settings.webhookVerifiers(),
            tracking,
            settings.inboxStore(),
            settings.trackingRetry(),
            settings.owner(),
            settings.clock());
    this.stale =
        new StaleTracking(
            odoo,
            setup,
            settings.trackingStateStore(),
            tracking,
            settings.staleTrackingAfter(),
            settings.clock());
  }

  @Override
  public List<CarrierAdapter> carriers() {
    return setup.adapters();
  }

  // ---------------------------------------------------------------- rating

  @Override
  public RateShoppingResult quote(RateRequest request) {
    return quote(request, settings.rateSelectionRule());
  }

  @Override
  public RateShoppingResult quote(RateRequest request, RateSelectionRule rule) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(rule, "rule");
    return Guard.run(
        () -> "rating shipment '" + request.reference() + "'",
        () -> rates.quote(request, rule, carriers(), Map.of()));
  }

  @Override
  public RateShoppingResult shopRates(long pickingId) {
    return shopRates(pickingId, settings.rateSelectionRule());
  }

  @Override
  public RateShoppingResult shopRates(long pickingId, RateSelectionRule rule) {
    Objects.requireNonNull(rule, "rule");
    return Guard.run(
        () -> "rate shopping for stock.picking " + pickingId, () -> shop(pickingId, rule));
  }

  private RateRequest rateRequest(PlannedShipment plan, ShipmentOptions options) {
    RateRequest.Builder b =
        RateRequest.builder(plan.shipFrom(), plan.shipTo())
            .reference(plan.name())
            .parcels(plan.canonicalParcels())
            .shipmentOptions(options);
    if (plan.shipDate() != null) {
      b.shipDate(plan.shipDate());
    }
    return b.build();
  }

  private RateShoppingResult shop(long pickingId, RateSelectionRule rule) {
    OdooRecord picking = odoo.readShippablePicking(pickingId);
    PlannedShipment plan = planner.plan(picking);
    List<ShippingSetup.Carrier> carriers = setup.carriers();
    Map<Long, DeliveryMethods.Method> byId =
        methods.read(carriers.stream().map(ShippingSetup.Carrier::deliveryCarrierId).toList());
    DeliveryMethods.Facts facts = methods.facts(plan);
    Map<String, String> excluded = new LinkedHashMap<>();
    for (ShippingSetup.Carrier c : carriers) {
      DeliveryMethods.Method m = byId.get(c.deliveryCarrierId());
      if (m != null) {
        DeliveryMethods.unavailable(m, facts)
            .ifPresent(reason -> excluded.put(c.adapter().carrierCode(), reason));
      }
    }
    RateShoppingResult quoted =
        rates.quote(
            rateRequest(plan, settings.defaultShipmentOptions()), rule, carriers(), excluded);
    Rate chosen = quoted.chosen();
    ShippingSetup.Carrier reg = setup.byCode(chosen.carrierCode()).orElseThrow();
    DeliveryMethods.Method method = byId.get(reg.deliveryCarrierId());
    Money customerPrice =
        method == null
            ? chosen.amount()
            : DeliveryMethods.customerPrice(method, chosen.amount(), facts.orderAmount());
    RateShoppingResult result =
        new RateShoppingResult(
            chosen,
            quoted.quotes(),
            quoted.carrierFailures(),
            quoted.skippedCarriers(),
            customerPrice);
    odoo.recordChoice(pickingId, reg.deliveryCarrierId(), chosen.amount().amount());
    odoo.postNote(
        pickingId,
        "Rate shopping chose "
            + reg.adapter().capabilities().displayName()
            + " "
            + chosen.serviceName()
            + " ("
            + chosen.serviceCode()
            + ") at "
            + chosen.amount()
            + (customerPrice.equals(chosen.amount()) ? "" : ", customer price " + customerPrice)
            + chosen.optionalEstimatedDelivery().map(d -> ", delivery expected " + d).orElse("")
            + " out of "
            + result.quotes().size()
            + " quotes"
            + (excluded.isEmpty()
                ? ""
                : "; excluded by Odoo delivery method rules: "
                    + String.join("; ", excluded.values()))
            + (result.carrierFailures().isEmpty()
                ? ""
                : "; carriers that failed to quote: "
                    + String.join(", ", result.carrierFailures().keySet())),
        List.of());
    return result;
  }

  // ---------------------------------------------------------------- labels

  @Override
  public LabelResult buyLabel(long pickingId) {
    return buyLabel(pickingId, LabelOptions.defaults());
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate) {
    Objects.requireNonNull(rate, "rate");
    return buyLabel(pickingId, LabelOptions.builder().rate(rate).build());
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate, String idempotencyKey) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    return buyLabel(
        pickingId, LabelOptions.builder().rate(rate).idempotencyKey(idempotencyKey).build());
  }

  @Override
  public LabelResult buyLabel(long pickingId, LabelOptions options) {
    Objects.requireNonNull(options, "options");
    return Guard.run(() -> buyingTheLabelOf(pickingId), () -> buy(pickingId, options));
  }

  private LabelResult buy(long pickingId, LabelOptions options) {
    OdooRecord picking = odoo.readShippablePicking(pickingId);
    ShipmentOptions shipmentOptions =
        options.optionalShipmentOptions().orElse(settings.defaultShipmentOptions());
    String key = options.optionalIdempotencyKey().orElseGet(() -> labels.defaultKey(pickingId));
    if (options.rate() != null) {
      Rate rate = options.rate();
      return labels.buy(
          new LabelWorkflow.Purchase(
              picking,
              labels.carrier(rate.carrierCode()),
              rate,
              key,
              shipmentOptions,
              rate.amount(),
              null,
              null,
              true));
    }
    Many2one carrier =
        picking
            .many2one("carrier_id")
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null,
                        "stock.picking "
                            + PickingGateway.name(picking)
                            + " has no carrier_id; shop rates first"));
    ShippingSetup.Carrier reg = setup.forPickingCarrier(carrier);
    LabelWorkflow.requireOptions(reg.adapter().capabilities(), shipmentOptions);
    // the configured rule may exclude this carrier (e.g. a preferred-carrier rule): fall back to
    // its cheapest service
    Rate chosen =
        rates
            .quote(
                rateRequest(planner.plan(picking), shipmentOptions),
                settings.rateSelectionRule().orElse(RateSelectionRule.cheapest()),
                List.of(reg.adapter()),
                Map.of())
            .chosen();
    Money recorded =
        picking
            .decimal("carrier_price")
            .filter(v -> v.signum() > 0)
            .map(v -> recordedQuote(v, chosen.amount().currency()))
            .orElse(null);
    return labels.buy(
        new LabelWorkflow.Purchase(
            picking, reg, chosen, key, shipmentOptions, recorded, chosen.amount(), null, true));
  }

  /** The quote Odoo recorded ({@code carrier_price}, a float) at the currency's precision. */
  private static Money recordedQuote(BigDecimal value, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return Money.of(value.setScale(digits, RoundingMode.HALF_UP), currency);
  }

  private static String buyingTheLabelOf(long pickingId) {
    return "buying the label of stock.picking " + pickingId;
  }

  @Override
  public VoidResult voidLabel(long pickingId) {
    return Guard.run(
        () -> "voiding the label of stock.picking " + pickingId, () -> voider.voidLabel(pickingId));
  }

  @Override
  public LabelResult buyReturnLabel(long pickingId) {
    return buyReturnLabel(pickingId, ReturnLabelOptions.defaults());
  }

  @Override
  public LabelResult buyReturnLabel(long pickingId, ReturnLabelOptions options) {
    Objects.requireNonNull(options, "options");
    return Guard.run(
        () -> "buying a return label for stock.picking " + pickingId,
        () -> returns.buy(pickingId, options));
  }

  // ---------------------------------------------------------------- end of day

  @Override
  public ManifestResult closeDay(String carrierCode, LocalDate date) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(date, "date");
    return Guard.run(
        () -> "closing " + date + " at carrier '" + carrierCode + "'",
        () -> days.close(carrierCode, date));
  }

  @Override
  public PickupBooking bookPickup(
      String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(date, "date");
    requireWindow(readyFrom, closeAt);
    return Guard.run(
        () -> "booking a pickup at carrier '" + carrierCode + "' for " + date,
        () -> days.book(carrierCode, date, readyFrom, closeAt));
  }

  @Override
  public PickupBooking changePickup(
      String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(date, "date");
    requireWindow(readyFrom, closeAt);
    return Guard.run(
        () -> "changing the pickup at carrier '" + carrierCode + "' for " + date,
        () -> days.change(carrierCode, date, readyFrom, closeAt));
  }

  @Override
  public PickupBooking cancelPickup(String carrierCode, LocalDate date) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(date, "date");
    return Guard.run(
        () -> "cancelling the pickup at carrier '" + carrierCode + "' for " + date,
        () -> days.cancel(carrierCode, date));
  }

  private static void requireWindow(LocalTime readyFrom, LocalTime closeAt) {
    Objects.requireNonNull(readyFrom, "readyFrom");
    Objects.requireNonNull(closeAt, "closeAt");
    if (!closeAt.isAfter(readyFrom)) {
      throw new IllegalArgumentException(
          "closeAt " + closeAt + " must be after readyFrom " + readyFrom);
    }
  }

  // ---------------------------------------------------------------- reconciler

  @Override
  public List<Reconciliation> reconcileUnknownOutcomes() {
    return Guard.run(() -> "reconciling unknown label purchases", reconciler::scan);
  }

  @Override
  public List<Reconciliation> reconcileUnknownOutcomes(Collection<Long> pickingIds) {
    Objects.requireNonNull(pickingIds, "pickingIds");
    List<Long> ids = List.copyOf(pickingIds);
    return Guard.run(
        () -> "reconciling unknown label purchases of stock.picking " + ids,
        () -> reconciler.reconcile(ids));
  }

  @Override
  public List<BlockedPurchase> blockedPurchases() {
    return Guard.run(() -> "listing blocked label purchases", reconciler::blocked);
  }

  @Override
  public Reconciliation resolveBlockedPurchase(
      String idempotencyKey, Resolution resolution, String requestedBy, String reason) {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(resolution, "resolution");
    requireText(requestedBy, "requestedBy");
    requireText(reason, "reason");
    return Guard.run(
        () -> "resolving the blocked label purchase under idempotency key '" + idempotencyKey + "'",
        () -> reconciler.resolve(idempotencyKey, resolution, requestedBy.strip(), reason.strip()));
  }

  private static void requireText(String value, String name) {
    Checks.requireText(
        Objects.requireNonNull(value, name),
        () -> new IllegalArgumentException(name + " must not be blank: '" + value + "'"));
  }

  // ---------------------------------------------------------------- tracking

  @Override
  public List<TrackingUpdate> applyTrackingEvents(List<TrackingEvent> events) {
    TrackingApplier.requireValid(events); // the caller's input: the model's validation exception
    return Guard.run(() -> "applying tracking events", () -> tracking.apply(events));
  }

  @Override
  public InboxReceipt receiveTrackingWebhook(String carrierCode, WebhookRequest webhook) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(webhook, "webhook");
    return Guard.run(
        () -> "receiving a tracking webhook of carrier '" + carrierCode + "'",
        () -> webhooks.receive(carrierCode, webhook));
  }

  @Override
  public int processTrackingWebhooks(int maxMessages) {
    if (maxMessages < 1) {
      throw new IllegalArgumentException("maxMessages must be at least 1, got " + maxMessages);
    }
    return Guard.run(
        () -> "processing stored tracking webhooks", () -> webhooks.process(maxMessages));
  }

  @Override
  public List<TrackingUpdate> handleTrackingWebhook(String carrierCode, WebhookRequest webhook) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(webhook, "webhook");
    return Guard.run(
        () -> "applying a tracking webhook of carrier '" + carrierCode + "'",
        () -> webhooks.handle(carrierCode, webhook));
  }

  @Override
  public List<TrackingUpdate> pollTracking(long pickingId) {
    return Guard.run(
        () -> "polling tracking for stock.picking " + pickingId, () -> intake.poll(pickingId));
  }

  @Override
  public List<TrackingUpdate> flagStaleTracking() {
    return Guard.run(() -> "flagging stale tracking", stale::flag);
  }

  @Override
  public String toString() {
    return "ShippingIntegration[carriers=" + setup.codes() + "]";
  }
}
