package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Turns an outgoing picking into the carrier requests: shipper (configured or the company's
 * partner), recipient, parcels from the {@link ParcelPlanner}, and a ship date when the picking is
 * scheduled in the future. Thread-safe.
 */
final class PickingRequests {

  private final PickingGateway odoo;
  private final ParcelPlanner planner;
  private final Party shipFrom; // null: the picking company's partner
  private final Clock clock;

  PickingRequests(PickingGateway odoo, ParcelPlanner planner, Party shipFrom, Clock clock) {
    this.odoo = odoo;
    this.planner = planner;
    this.shipFrom = shipFrom;
    this.clock = clock;
  }

  RateRequest rateRequest(OdooRecord picking) {
    RateRequest.Builder b =
        RateRequest.builder(shipper(picking), odoo.recipient(picking))
            .reference(PickingGateway.name(picking))
            .parcels(plan(picking));
    shipDate(picking).ifPresent(b::shipDate);
    return b.build();
  }

  ShipmentRequest shipmentRequest(
      OdooRecord picking, Rate rate, String idempotencyKey, LabelFormat labelFormat) {
    ShipmentRequest.Builder rb =
        ShipmentRequest.builder(idempotencyKey, rate.serviceCode())
            .reference(PickingGateway.name(picking))
            .route(shipper(picking), odoo.recipient(picking))
            .parcels(plan(picking))
            .labelFormat(labelFormat);
    rate.optionalRateId().ifPresent(rb::rateId);
    shipDate(picking).ifPresent(rb::shipDate);
    return rb.build();
  }

  private Party shipper(OdooRecord picking) {
    return shipFrom != null ? shipFrom : odoo.companyParty(picking);
  }

  private List<Parcel> plan(OdooRecord picking) {
    List<Parcel> parcels = planner.plan(picking);
    if (parcels.isEmpty()) {
      throw new ShippingWorkflowException(
          null,
          "the parcel planner planned no parcel for stock.picking " + PickingGateway.name(picking));
    }
    return parcels;
  }

  private Optional<LocalDate> shipDate(OdooRecord picking) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return picking
        .datetime("scheduled_date")
        .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
        .filter(d -> d.isAfter(today));
  }
}
