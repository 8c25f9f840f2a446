package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where tracking events come in from a carrier: pushed webhooks (verified, parsed by the adapter)
 * and polls of a picking's tracking numbers. Everything the adapter returns is checked before the
 * first event is handed to the {@link TrackingApplier}, so a bad payload or a misbehaving adapter
 * never half-applies a batch: an invalid webhook event is an {@link
 * InvalidTrackingWebhookException}, an invalid or misattributed polled event and any untyped
 * adapter failure a {@link CarrierException}. Thread-safe.
 */
final class TrackingIntake {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final Map<String, WebhookVerifier> verifiers;
  private final TrackingApplier applier;

  TrackingIntake(
      PickingGateway odoo,
      ShippingSetup setup,
      Map<String, WebhookVerifier> verifiers,
      TrackingApplier applier) {
    this.odoo = odoo;
    this.setup = setup;
    this.verifiers = verifiers;
    this.applier = applier;
  }

  List<TrackingUpdate> webhook(String carrierCode, WebhookRequest webhook) {
    Objects.requireNonNull(webhook, "webhook");
    ShippingSetup.Carrier reg =
        setup.byCode(Objects.requireNonNull(carrierCode, "carrierCode")).orElse(null);
    if (reg == null) {
      throw new InvalidTrackingWebhookException(
          carrierCode,
          "no carrier adapter is registered for carrier code '" + carrierCode + "'",
          null);
    }
    WebhookVerifier verifier = verifiers.get(carrierCode);
    if (verifier != null) {
      try {
        verifier.verify(webhook);
      } catch (WebhookVerificationException e) {
        throw new InvalidTrackingWebhookException(
            carrierCode, "webhook signature rejected: " + e.getMessage(), e);
      }
    }
    List<TrackingEvent> events;
    try {
      events = reg.adapter().parseTrackingWebhook(webhook);
    } catch (CarrierException e) {
      throw e;
    } catch (RuntimeException e) {
      throw RateShopper.adapterFailure(carrierCode, "parsing a tracking webhook", e);
    }
    if (events == null || events.stream().anyMatch(Objects::isNull)) {
      throw new CarrierException(
          carrierCode,
          "adapter '" + carrierCode + "' parsed a tracking webhook into a null list or event",
          null,
          null);
    }
    try {
      TrackingApplier.requireValid(events);
    } catch (CanonicalValidationException e) {
      throw new InvalidTrackingWebhookException(
          carrierCode, "webhook not applied: " + e.getMessage(), e);
    }
    for (TrackingEvent e : events) {
      if (!carrierCode.equals(e.carrier())) {
        throw new InvalidTrackingWebhookException(
            carrierCode,
            "adapter returned an event of carrier '"
                + e.carrier()
                + "' for tracking number "
                + e.trackingNumber(),
            null);
      }
    }
    return applier.apply(events);
  }

  List<TrackingUpdate> poll(long pickingId) {
    OdooRecord picking =
        odoo.readPicking(pickingId, List.of("name", "carrier_id", "carrier_tracking_ref"));
    Many2one carrier =
        picking
            .many2one("carrier_id")
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null,
                        "stock.picking " + PickingGateway.name(picking) + " has no carrier_id"));
    CarrierAdapter adapter = setup.forPickingCarrier(carrier).adapter();
    String code = adapter.carrierCode();
    List<TrackingEvent> events = new ArrayList<>();
    for (String trackingNumber : PickingGateway.trackingRefs(picking)) {
      TrackingResult result;
      try {
        result = adapter.track(trackingNumber);
      } catch (TrackingNumberNotFoundException e) {
        continue; // brand-new labels are not trackable at every carrier yet; the next poll picks
        // them up
      } catch (CarrierException e) {
        throw e;
      } catch (RuntimeException e) {
        throw RateShopper.adapterFailure(code, "tracking " + trackingNumber, e);
      }
      if (result == null) {
        throw new CarrierException(
            code,
            "adapter '" + code + "' returned no tracking result for " + trackingNumber,
            null,
            null);
      }
      for (TrackingEvent e : result.events()) {
        if (!trackingNumber.equals(e.trackingNumber()) || !code.equals(e.carrier())) {
          throw new CarrierException(
              code,
              "adapter '"
                  + code
                  + "' answered the poll of tracking number "
                  + trackingNumber
                  + " with an event of "
                  + e.carrier()
                  + " tracking number "
                  + e.trackingNumber()
                  + "; nothing was applied",
              null,
              null);
        }
      }
      events.addAll(result.events());
    }
    try {
      TrackingApplier.requireValid(events);
    } catch (CanonicalValidationException e) {
      throw new CarrierException(
          code,
          "adapter '"
              + code
              + "' returned an invalid tracking event; nothing was applied: "
              + e.getMessage(),
          null,
          e);
    }
    return applier.apply(events);
  }
}
