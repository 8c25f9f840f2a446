package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.TrackingEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Where polled tracking events come in from a carrier (pushed webhooks go through {@link
 * TrackingWebhooks}): everything the adapter returns for a picking's tracking numbers is checked
 * before the first event is handed to the {@link TrackingApplier}, so a misbehaving adapter never
 * half-applies a batch: an invalid or misattributed event and any untyped adapter failure is a
 * {@link CarrierException}. Thread-safe.
 */
final class TrackingIntake {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final TrackingApplier applier;

  TrackingIntake(PickingGateway odoo, ShippingSetup setup, TrackingApplier applier) {
    this.odoo = odoo;
    this.setup = setup;
    this.applier = applier;
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
