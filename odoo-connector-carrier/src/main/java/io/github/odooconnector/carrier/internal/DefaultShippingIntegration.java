package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.IdempotencyConflictException;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link ShippingIntegration} implementation: a thin facade over one package-private helper per
 * workflow ({@link RateShopper}, {@link LabelWorkflow}, {@link TrackingIntake} and {@link
 * TrackingApplier}), with every Odoo call going through the one {@link PickingGateway}. Checks its
 * configuration once on construction ({@link ShippingSetup}). Thread-safe.
 */
public final class DefaultShippingIntegration implements ShippingIntegration {

  private final ShippingSettings settings;
  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final PickingRequests requests;
  private final RateShopper rates;
  private final LabelWorkflow labels;
  private final TrackingApplier tracking;
  private final TrackingIntake intake;

  public DefaultShippingIntegration(ShippingSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.odoo = new PickingGateway(settings.odoo(), settings.mapping());
    this.setup = ShippingSetup.check(settings, odoo);
    this.requests =
        new PickingRequests(
            odoo,
            settings.optionalParcelPlanner().orElseGet(DefaultParcelPlanner::new),
            settings.shipFrom(),
            settings.clock());
    this.rates = new RateShopper(settings.ratingExecutor());
    this.labels =
        new LabelWorkflow(
            odoo,
            setup,
            requests,
            Idempotent.builder(settings.idempotencyStore())
                .owner(settings.owner())
                .leaseDuration(settings.leaseDuration())
                .clock(settings.clock())
                .build(),
            new StoredLabels(settings.idempotencyStore()),
            new LabelPurchaser(settings.purchaseRetry()),
            settings.labelFormat());
    this.tracking =
        new TrackingApplier(
            odoo,
            settings.trackingStateStore(),
            settings.deliveredDateField(),
            settings.exceptionActivityType(),
            settings.clock());
    this.intake = new TrackingIntake(odoo, setup, settings.webhookVerifiers(), tracking);
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
    return guard(
        () -> "rating shipment '" + request.reference() + "'",
        () -> rates.quote(request, rule, carriers()));
  }

  @Override
  public RateShoppingResult shopRates(long pickingId) {
    return shopRates(pickingId, settings.rateSelectionRule());
  }

  @Override
  public RateShoppingResult shopRates(long pickingId, RateSelectionRule rule) {
    Objects.requireNonNull(rule, "rule");
    return guard(() -> "rate shopping for stock.picking " + pickingId, () -> shop(pickingId, rule));
  }

  private RateShoppingResult shop(long pickingId, RateSelectionRule rule) {
    OdooRecord picking = odoo.readShippablePicking(pickingId);
    RateShoppingResult result = rates.quote(requests.rateRequest(picking), rule, carriers());
    Rate chosen = result.chosen();
    ShippingSetup.Carrier reg = setup.byCode(chosen.carrierCode()).orElseThrow();
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
            + chosen.optionalEstimatedDelivery().map(d -> ", delivery expected " + d).orElse("")
            + " out of "
            + result.quotes().size()
            + " quotes"
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
    return guard(() -> buyingTheLabelOf(pickingId), () -> buyWithPickingsCarrier(pickingId));
  }

  private LabelResult buyWithPickingsCarrier(long pickingId) {
    OdooRecord picking = odoo.readShippablePicking(pickingId);
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
    // the configured rule may exclude this carrier (e.g. a preferred-carrier rule): fall back to
    // its cheapest service
    RateShoppingResult quoted =
        rates.quote(
            requests.rateRequest(picking),
            settings.rateSelectionRule().orElse(RateSelectionRule.cheapest()),
            List.of(reg.adapter()));
    return labels.buy(picking, quoted.chosen(), labels.defaultKey(pickingId));
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate) {
    Objects.requireNonNull(rate, "rate");
    return guard(
        () -> buyingTheLabelOf(pickingId),
        () -> labels.buy(odoo.readShippablePicking(pickingId), rate, labels.defaultKey(pickingId)));
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate, String idempotencyKey) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    return guard(
        () -> buyingTheLabelOf(pickingId),
        () -> labels.buy(odoo.readShippablePicking(pickingId), rate, idempotencyKey));
  }

  private static String buyingTheLabelOf(long pickingId) {
    return "buying the label of stock.picking " + pickingId;
  }

  @Override
  public CarrierShipment voidLabel(long pickingId) {
    return guard(
        () -> "voiding the label of stock.picking " + pickingId, () -> labels.voidLabel(pickingId));
  }

  // ---------------------------------------------------------------- tracking

  @Override
  public List<TrackingUpdate> applyTrackingEvents(List<TrackingEvent> events) {
    TrackingApplier.requireValid(events); // the caller's input: the model's validation exception
    return guard(() -> "applying tracking events", () -> tracking.apply(events));
  }

  @Override
  public List<TrackingUpdate> handleTrackingWebhook(String carrierCode, WebhookRequest webhook) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(webhook, "webhook");
    return guard(
        () -> "applying a tracking webhook of carrier '" + carrierCode + "'",
        () -> intake.webhook(carrierCode, webhook));
  }

  @Override
  public List<TrackingUpdate> pollTracking(long pickingId) {
    return guard(
        () -> "polling tracking for stock.picking " + pickingId, () -> intake.poll(pickingId));
  }

  /**
   * Runs a workflow step so that only the facade's documented exceptions leave it: carrier failures
   * and workflow errors as they are, anything else a lower layer (Odoo, mapping, the stores, the
   * reliability kit) or a user callback raised as the cause of a {@link ShippingWorkflowException}
   * naming the step.
   */
  private static <T> T guard(Supplier<String> step, Supplier<T> work) {
    try {
      return work.get();
    } catch (CarrierException e) {
      throw e;
    } catch (IdempotencyConflictException e) {
      throw new ShippingWorkflowException(
          null,
          step.get()
              + " failed: its idempotency key was used before for a purchase with other data (the"
              + " carrier, service, parcels or ship-to address changed since); void the first"
              + " label or buy under a new key ("
              + e.getMessage()
              + ")",
          e);
    } catch (RuntimeException e) {
      String detail =
          e instanceof OdooConnectorException
              ? e.getMessage()
              : e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage());
      throw new ShippingWorkflowException(null, step.get() + " failed: " + detail, e);
    }
  }

  @Override
  public String toString() {
    return "ShippingIntegration[carriers=" + setup.codes() + "]";
  }
}
