package io.github.odooconnector.wms.internal;

import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow 2, and the picking validation the inbound workflows share: books what the WMS confirmed
 * on the open picking, writes carrier and tracking, validates the picking once per WMS fact and
 * leaves or cancels the rest per policy. Thread-safe.
 */
final class PickingConfirmer {

  private final WmsPickingGateway odoo;
  private final MoveAllocator allocator;
  private final Idempotent idempotent;
  private final WmsSettings settings;
  private final HandlingUnits units;

  PickingConfirmer(
      WmsPickingGateway odoo,
      MoveAllocator allocator,
      Idempotent idempotent,
      WmsSettings settings) {
    this.odoo = odoo;
    this.allocator = allocator;
    this.idempotent = idempotent;
    this.settings = settings;
    this.units = new HandlingUnits(odoo);
  }

  ApplyOutcome applyShipment(Shipment shipment) {
    String reference =
        Optional.ofNullable(shipment.fulfillmentOrderRef())
            .orElseThrow(
                () ->
                    new InvalidWmsMessageException(
                        "shipment " + shipment.shipmentId() + " has no fulfillmentOrderRef"));
    MappedRecord found =
        odoo.pickingByReference(reference)
            .orElseThrow(
                () ->
                    new WmsWorkflowException(
                        "shipment " + shipment.shipmentId() + ": no picking " + reference));
    String eventRef = "shipment:" + shipment.shipmentId();
    Optional<MappedRecord> open = openPicking(found, eventRef);
    if (open.isEmpty()) {
      return ApplyOutcome.DUPLICATE;
    }
    MappedRecord picking = open.get();
    String state = picking.string("state").orElse("");
    if ("cancel".equals(state) || "draft".equals(state)) {
      throw new WmsWorkflowException(
          "picking " + reference + " is in state '" + state + "'; cannot ship it");
    }
    List<MoveAllocator.Line> lines = new ArrayList<>();
    for (int i = 0; i < shipment.lines().size(); i++) {
      ShipmentLine l = shipment.lines().get(i);
      lines.add(
          new MoveAllocator.Line(
              "shipment " + shipment.shipmentId() + " lines[" + i + "]",
              l.orderLineRef(),
              l.sku(),
              l.quantity(),
              l.lotNumber(),
              l.serialNumbers(),
              new StockLots.LotDates(l.expiryDate(), l.bestBeforeDate(), l.productionDate())));
    }
    MoveAllocator.Allocation allocation =
        allocator.allocate(picking, lines, MoveAllocator.Direction.OUTGOING);
    // everything above only read and checked; from here on Odoo is written
    allocator.write(picking, allocation);
    units.pack(picking.id(), shipment.handlingUnits(), allocation);
    LinkedHashSet<String> tracking = new LinkedHashSet<>(shipment.trackingNumbers());
    for (Parcel p : shipment.parcels()) {
      if (p.trackingNumber() != null) {
        tracking.add(p.trackingNumber());
      }
    }
    Long carrierId = odoo.carrierByName(shipment.carrierService().carrier()).orElse(null);
    // Written before validation so a "rate and ship" carrier does not book a second label on
    // validate.
    odoo.writeShippingReferences(
        picking.id(), tracking.isEmpty() ? null : String.join(",", tracking), carrierId);
    validateOnce(picking, reference, settings.shortPickPolicy(), eventRef);
    return ApplyOutcome.APPLIED;
  }

  /**
   * The picking a WMS fact applies to: the referenced one while it is open; once it is done, its
   * open backorder (a second shipment or delivery for the rest), unless this very fact validated it
   * (a redelivery after a crash between validation and recording the event). Who validated a
   * picking is recorded under its own idempotency key.
   */
  Optional<MappedRecord> openPicking(MappedRecord picking, String eventRef) {
    MappedRecord current = picking;
    for (int depth = 0; depth < 50; depth++) {
      if (!"done".equals(current.string("state").orElse(""))) {
        return Optional.of(current);
      }
      if (eventRef.equals(validatedBy(current.id()))) {
        return Optional.empty();
      }
      Optional<MappedRecord> next = odoo.backorderOf(current.id());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    throw new WmsWorkflowException(
        "backorder chain of " + picking.requireString("reference") + " is too long");
  }

  private String validatedBy(long pickingId) {
    // an unclaimed key means the picking was validated outside the connector (in Odoo by a person)
    return idempotent.execute(
        settings.keyPrefix() + "validated:" + pickingId,
        Map.of("picking", pickingId),
        String.class,
        () -> "outside");
  }

  /** Validates the picking and records that {@code eventRef} did it. */
  void validateOnce(
      MappedRecord picking, String reference, ShortPickPolicy policy, String eventRef) {
    idempotent.execute(
        settings.keyPrefix() + "validated:" + picking.id(),
        Map.of("picking", picking.id()),
        String.class,
        () -> {
          validate(picking, reference, policy);
          return eventRef;
        });
  }

  /** Validates the picking, leaving or cancelling the rest per policy, and checks it is done. */
  void validate(MappedRecord picking, String reference, ShortPickPolicy policy) {
    Optional<String> wizard =
        odoo.validate(picking.id(), policy == ShortPickPolicy.CANCEL_REMAINDER);
    if (wizard.isPresent()) {
      throw new WmsWorkflowException(
          "Odoo asked for a confirmation wizard ("
              + wizard.get()
              + ") while validating "
              + reference
              + "; validate it in Odoo");
    }
    MappedRecord after = odoo.picking(picking.id());
    if (!"done".equals(after.string("state").orElse(""))) {
      throw new WmsWorkflowException(
          "picking "
              + reference
              + " is not done after validation (state "
              + after.string("state").orElse("?")
              + ")");
    }
  }
}
