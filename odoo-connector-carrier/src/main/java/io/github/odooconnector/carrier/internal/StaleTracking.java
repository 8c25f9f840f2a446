package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingReason;
import io.github.odooconnector.model.TrackingStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags parcels the carrier has been silent about for too long: for every done delivery of a
 * registered carrier (validated within the scan window) and each of its tracking numbers whose last
 * applied status is not terminal, a {@link TrackingStatus#STALE} event is applied when the last
 * carrier event (or, without any, the validation) is older than the threshold: a chatter note and
 * an activity (reason {@link TrackingReason#NO_RECENT_UPDATE}, action required). Any newer carrier
 * event replaces it; a parcel is flagged once until then. Thread-safe.
 */
final class StaleTracking {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final TrackingStateStore store;
  private final TrackingApplier applier;
  private final Duration after;
  private final Clock clock;

  StaleTracking(
      PickingGateway odoo,
      ShippingSetup setup,
      TrackingStateStore store,
      TrackingApplier applier,
      Duration after,
      Clock clock) {
    this.odoo = odoo;
    this.setup = setup;
    this.store = store;
    this.applier = applier;
    this.after = after;
    this.clock = clock;
  }

  /** How far back deliveries are scanned: ten times the threshold, at least 30 days. */
  Duration window() {
    Duration tenTimes = after.multipliedBy(10);
    return tenTimes.compareTo(Duration.ofDays(30)) < 0 ? Duration.ofDays(30) : tenTimes;
  }

  List<TrackingUpdate> flag() {
    Instant now = clock.instant();
    Instant limit = now.minus(after);
    List<Long> carriers =
        setup.carriers().stream().map(ShippingSetup.Carrier::deliveryCarrierId).toList();
    List<OdooRecord> pickings =
        odoo.searchRead(
            PickingGateway.PICKING,
            Domain.and(
                Domain.where("carrier_id", "in", carriers),
                Domain.where("carrier_tracking_ref", "!=", false),
                Domain.where("state", "=", "done"),
                Domain.where("date_done", ">=", PickingGateway.odooDateTime(now.minus(window())))),
            List.of("name", "carrier_id", "carrier_tracking_ref", "date_done"),
            0);
    List<TrackingEvent> events = new ArrayList<>();
    for (OdooRecord p : pickings) {
      Optional<ShippingSetup.Carrier> reg =
          p.many2one("carrier_id").flatMap(c -> setup.byDeliveryCarrier(c.id()));
      if (reg.isEmpty()) {
        continue;
      }
      String code = reg.get().adapter().carrierCode();
      for (String number : PickingGateway.trackingRefs(p)) {
        Optional<TrackingState> state = store.find(code, number);
        Instant last;
        if (state.isPresent()) {
          TrackingEvent applied = state.get().lastApplied();
          if (applied.status().isTerminal() || applied.status() == TrackingStatus.STALE) {
            continue;
          }
          last = applied.occurredAt();
        } else {
          Optional<Instant> done = p.datetime("date_done");
          if (done.isEmpty()) {
            continue;
          }
          last = done.get();
        }
        if (last.isBefore(limit)) {
          long days = Duration.between(last, now).toDays();
          events.add(
              TrackingEvent.builder()
                  .trackingNumber(number)
                  .carrier(code)
                  .status(TrackingStatus.STALE)
                  .rawDescription(
                      "No carrier update for "
                          + days
                          + " days (last at "
                          + last
                          + "); check with the carrier whether the parcel is lost")
                  .occurredAt(last)
                  .reason(TrackingReason.NO_RECENT_UPDATE)
                  .actionRequired(true)
                  .build());
        }
      }
    }
    return events.isEmpty() ? List.of() : applier.apply(events);
  }
}
