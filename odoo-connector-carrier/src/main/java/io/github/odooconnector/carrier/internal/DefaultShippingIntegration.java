package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.util.List;
import java.util.Objects;

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
            new Idempotent(
                settings.idempotencyStore(),
                settings.owner(),
                settings.leaseDuration(),
                settings.clock()),
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
    return rates.quote(request, rule, carriers());
  }

  @Override
  public RateShoppingResult shopRates(long pickingId) {
    return shopRates(pickingId, settings.rateSelectionRule());
  }

  @Override
  public RateShoppingResult shopRates(long pickingId, RateSelectionRule rule) {
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
    return buyLabel(pickingId, rate, labels.defaultKey(pickingId));
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate, String idempotencyKey) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    return labels.buy(odoo.readShippablePicking(pickingId), rate, idempotencyKey);
  }

  @Override
  public CarrierShipment voidLabel(long pickingId) {
    return labels.voidLabel(pickingId);
  }

  // ---------------------------------------------------------------- tracking

  @Override
  public List<TrackingUpdate> applyTrackingEvents(List<TrackingEvent> events) {
    return tracking.apply(events);
  }

  @Override
  public List<TrackingUpdate> handleTrackingWebhook(String carrierCode, WebhookRequest webhook) {
    return intake.webhook(carrierCode, webhook);
  }

  @Override
  public List<TrackingUpdate> pollTracking(long pickingId) {
    return intake.poll(pickingId);
  }

  @Override
  public String toString() {
    return "ShippingIntegration[carriers=" + setup.codes() + "]";
  }
}
