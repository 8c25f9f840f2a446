package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.carrier.api.BlockedPurchase;
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
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.api.VoidResult;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/**
 * A shipping integration whose every step is timed and observed by {@link WorkflowMeters} and whose
 * results are counted by {@link ShippingResults}; {@link #carriers()} is forwarded as it is.
 * Thread-safe if the delegate is.
 */
final class MeteredShippingIntegration implements ShippingIntegration {

  private static final String SHIPPING = "shipping";

  private final WorkflowMeters m;
  private final ShippingIntegration delegate;
  private final ShippingResults results;

  MeteredShippingIntegration(
      WorkflowMeters m, ShippingIntegration delegate, ShippingResults results) {
    this.m = m;
    this.delegate = delegate;
    this.results = results;
  }

  @Override
  public List<CarrierAdapter> carriers() {
    return delegate.carriers();
  }

  @Override
  public RateShoppingResult quote(RateRequest request) {
    return m.step(SHIPPING, "quote", results, () -> delegate.quote(request), request);
  }

  @Override
  public RateShoppingResult quote(RateRequest request, RateSelectionRule rule) {
    return m.step(SHIPPING, "quote", results, () -> delegate.quote(request, rule), request, rule);
  }

  @Override
  public RateShoppingResult shopRates(long pickingId) {
    return m.step(SHIPPING, "shopRates", results, () -> delegate.shopRates(pickingId), pickingId);
  }

  @Override
  public RateShoppingResult shopRates(long pickingId, RateSelectionRule rule) {
    return m.step(
        SHIPPING, "shopRates", results, () -> delegate.shopRates(pickingId, rule), pickingId, rule);
  }

  @Override
  public LabelResult buyLabel(long pickingId) {
    return m.step(SHIPPING, "buyLabel", results, () -> delegate.buyLabel(pickingId), pickingId);
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate) {
    return m.step(
        SHIPPING, "buyLabel", results, () -> delegate.buyLabel(pickingId, rate), pickingId, rate);
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate, String idempotencyKey) {
    return m.step(
        SHIPPING,
        "buyLabel",
        results,
        () -> delegate.buyLabel(pickingId, rate, idempotencyKey),
        pickingId,
        rate,
        idempotencyKey);
  }

  @Override
  public LabelResult buyLabel(long pickingId, LabelOptions options) {
    return m.step(
        SHIPPING,
        "buyLabel",
        results,
        () -> delegate.buyLabel(pickingId, options),
        pickingId,
        options);
  }

  @Override
  public VoidResult voidLabel(long pickingId) {
    return m.step(SHIPPING, "voidLabel", results, () -> delegate.voidLabel(pickingId), pickingId);
  }

  @Override
  public LabelResult buyReturnLabel(long pickingId) {
    return m.step(
        SHIPPING, "buyReturnLabel", results, () -> delegate.buyReturnLabel(pickingId), pickingId);
  }

  @Override
  public LabelResult buyReturnLabel(long pickingId, ReturnLabelOptions options) {
    return m.step(
        SHIPPING,
        "buyReturnLabel",
        results,
        () -> delegate.buyReturnLabel(pickingId, options),
        pickingId,
        options);
  }

  @Override
  public ManifestResult closeDay(String carrierCode, LocalDate date) {
    return m.step(
        SHIPPING,
        "closeDay",
        results,
        () -> delegate.closeDay(carrierCode, date),
        carrierCode,
        date);
  }

  @Override
  public PickupBooking bookPickup(
      String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt) {
    return m.step(
        SHIPPING,
        "bookPickup",
        results,
        () -> delegate.bookPickup(carrierCode, date, readyFrom, closeAt),
        carrierCode,
        date,
        readyFrom,
        closeAt);
  }

  @Override
  public PickupBooking changePickup(
      String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt) {
    return m.step(
        SHIPPING,
        "changePickup",
        results,
        () -> delegate.changePickup(carrierCode, date, readyFrom, closeAt),
        carrierCode,
        date,
        readyFrom,
        closeAt);
  }

  @Override
  public PickupBooking cancelPickup(String carrierCode, LocalDate date) {
    return m.step(
        SHIPPING,
        "cancelPickup",
        results,
        () -> delegate.cancelPickup(carrierCode, date),
        carrierCode,
        date);
  }

  @Override
  public List<Reconciliation> reconcileUnknownOutcomes() {
    return m.step(
        SHIPPING, "reconcileUnknownOutcomes", results, delegate::reconcileUnknownOutcomes);
  }

  @Override
  public List<Reconciliation> reconcileUnknownOutcomes(Collection<Long> pickingIds) {
    return m.step(
        SHIPPING,
        "reconcileUnknownOutcomes",
        results,
        () -> delegate.reconcileUnknownOutcomes(pickingIds),
        pickingIds);
  }

  @Override
  public List<BlockedPurchase> blockedPurchases() {
    return delegate.blockedPurchases();
  }

  @Override
  public Reconciliation resolveBlockedPurchase(
      String idempotencyKey, Resolution resolution, String requestedBy, String reason) {
    return m.step(
        SHIPPING,
        "resolveBlockedPurchase",
        results,
        () -> delegate.resolveBlockedPurchase(idempotencyKey, resolution, requestedBy, reason),
        idempotencyKey,
        resolution);
  }

  @Override
  public List<TrackingUpdate> applyTrackingEvents(List<TrackingEvent> events) {
    return m.step(
        SHIPPING,
        "applyTrackingEvents",
        results,
        () -> delegate.applyTrackingEvents(events),
        events);
  }

  @Override
  public List<TrackingUpdate> handleTrackingWebhook(String carrierCode, WebhookRequest webhook) {
    return m.step(
        SHIPPING,
        "handleTrackingWebhook",
        results,
        () -> delegate.handleTrackingWebhook(carrierCode, webhook),
        carrierCode,
        webhook);
  }

  @Override
  public InboxReceipt receiveTrackingWebhook(String carrierCode, WebhookRequest webhook) {
    return m.step(
        SHIPPING,
        "receiveTrackingWebhook",
        results,
        () -> delegate.receiveTrackingWebhook(carrierCode, webhook),
        carrierCode,
        webhook);
  }

  @Override
  public int processTrackingWebhooks(int maxMessages) {
    return m.step(
        SHIPPING,
        "processTrackingWebhooks",
        results,
        () -> delegate.processTrackingWebhooks(maxMessages),
        maxMessages);
  }

  @Override
  public List<TrackingUpdate> pollTracking(long pickingId) {
    return m.step(
        SHIPPING, "pollTracking", results, () -> delegate.pollTracking(pickingId), pickingId);
  }

  @Override
  public List<TrackingUpdate> flagStaleTracking() {
    return m.step(SHIPPING, "flagStaleTracking", results, delegate::flagStaleTracking);
  }

  @Override
  public String toString() {
    return "Metered[" + delegate + "]";
  }
}
