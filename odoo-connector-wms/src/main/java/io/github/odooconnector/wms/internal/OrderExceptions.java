package io.github.odooconnector.wms.internal;

import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalModelException;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIncident;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.OrderStateChange;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PickedLine;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the WMS reports about released orders going wrong: holds, exceptions and cancellations on
 * the WMS side (release marker updated, incident raised), and the incidents hidden in other events
 * (short picks, receipt discrepancies). Callers run it once per event. Thread-safe.
 */
final class OrderExceptions {

  /** The marker value of a release that was cancelled, in Odoo or in the WMS. */
  static final String CANCELLED = "CANCELLED";

  private static final String HELD = "HELD:";
  private static final String EXCEPTION = "EXCEPTION:";

  private final WmsPickingGateway odoo;
  private final Incidents incidents;
  private final EventPublisher events;
  private final WmsSettings settings;

  OrderExceptions(
      WmsPickingGateway odoo, Incidents incidents, EventPublisher events, WmsSettings settings) {
    this.odoo = odoo;
    this.incidents = incidents;
    this.events = events;
    this.settings = settings;
  }

  /**
   * Applies a hold, exception or cancellation: marks the release, raises the incident and forwards
   * the event to the outbox. A cancellation the connector asked for itself (marker already {@code
   * CANCELLED}, or the picking cancelled in Odoo) is only forwarded.
   *
   * @throws WmsWorkflowException if no picking has the order's reference
   */
  ApplyOutcome applyStateChange(BusinessEvent<?> event, OrderStateChange change) {
    ReleaseMarker marker = settings.releaseMarker();
    String reference = change.fulfillmentOrderId();
    MappedRecord picking =
        odoo.pickingByReference(reference)
            .orElseThrow(
                () ->
                    new WmsWorkflowException(
                        "WMS event "
                            + event.eventId()
                            + " ("
                            + event.type()
                            + ") names order "
                            + reference
                            + ", but no Odoo picking has that reference"));
    MappedRecord withMarker = odoo.picking(picking.id(), marker.field());
    Object current = withMarker.record().raw(marker.field());
    String state = withMarker.string("state").orElse("");
    boolean ours = CANCELLED.equals(current) || "cancel".equals(state);
    if (ours || "done".equals(state)) {
      events.forward(event);
      return ApplyOutcome.FORWARDED;
    }
    String wmsId = change.optionalWmsOrderId().orElseGet(() -> wmsIdIn(current));
    WmsIncident.Kind kind;
    String value;
    String what;
    switch (event.type()) {
      case WmsEventTypes.ORDER_HELD -> {
        kind = WmsIncident.Kind.ORDER_HELD;
        value = HELD + wmsId;
        what = "put on hold";
      }
      case WmsEventTypes.ORDER_EXCEPTION -> {
        kind = WmsIncident.Kind.ORDER_EXCEPTION;
        value = EXCEPTION + wmsId;
        what = "stopped with an exception";
      }
      default -> {
        kind = WmsIncident.Kind.ORDER_CANCELLED;
        value = CANCELLED;
        what = "cancelled";
      }
    }
    // the incident first: a retry after a failed hand-over must not find the marker already
    // CANCELLED and take the cancellation for one the connector asked for
    incidents.raise(
        new WmsIncident(
            kind,
            picking.id(),
            reference,
            event.idempotencyKey(),
            "WMS " + settings.adapter().name() + " " + what + " " + reference,
            "The warehouse "
                + what
                + " order "
                + reference
                + (wmsId.isEmpty() ? "" : " (WMS order " + wmsId + ")")
                + ": "
                + change.optionalReason().orElse("no reason given")
                + "\nRelease marker "
                + marker.field()
                + " is now "
                + marker.valueFor(value)
                + (kind == WmsIncident.Kind.ORDER_CANCELLED
                    ? "; clear it to release the picking again."
                    : ".")));
    odoo.writeMarker(picking.id(), marker, value);
    events.forward(event);
    return ApplyOutcome.APPLIED;
  }

  /** The WMS order id in a marker value ({@code SIM-1}, {@code HELD:SIM-1}), or empty. */
  private static String wmsIdIn(Object markerValue) {
    if (!(markerValue instanceof String s)) {
      return "";
    }
    if (s.startsWith(HELD)) {
      return s.substring(HELD.length());
    }
    if (s.startsWith(EXCEPTION)) {
      return s.substring(EXCEPTION.length());
    }
    return CANCELLED.equals(s) ? "" : s;
  }

  /** Raises a short pick incident for a pick confirmation with short lines, once per event. */
  void shortPicked(BusinessEvent<?> event, PickConfirmation pick) {
    if (!pick.hasShortPicks() || !incidents.wanted(WmsIncident.Kind.SHORT_PICK)) {
      return;
    }
    Optional<MappedRecord> picking = odoo.pickingByReference(pick.fulfillmentOrderId());
    if (picking.isEmpty()) {
      return; // nothing in Odoo to put it on; the forwarded event still tells the host
    }
    List<String> lines = new ArrayList<>();
    for (PickedLine l : pick.lines()) {
      if (l.isShort()) {
        lines.add(
            l.orderedSku().value()
                + ": "
                + l.orderedQuantity().display()
                + " ordered, "
                + l.pickedQuantity().display()
                + " picked");
      }
    }
    incidents.raise(
        new WmsIncident(
            WmsIncident.Kind.SHORT_PICK,
            picking.get().id(),
            pick.fulfillmentOrderId(),
            event.idempotencyKey(),
            "Short pick on " + pick.fulfillmentOrderId(),
            String.join("\n", lines)));
  }

  /** Raises a receipt discrepancy incident for a receipt with discrepancies, once per event. */
  void receiptDiscrepancies(BusinessEvent<?> event, Receipt receipt) {
    if (!incidents.wanted(WmsIncident.Kind.RECEIPT_DISCREPANCY)) {
      return;
    }
    List<Discrepancy> found = new ArrayList<>(receipt.discrepancies());
    try {
      found.addAll(receipt.quantityDiscrepancies());
    } catch (CanonicalModelException e) {
      // unrelated units on a line: the receipt workflow reports that line itself
    }
    if (found.isEmpty() || receipt.asnRef() == null) {
      return;
    }
    Optional<MappedRecord> picking = odoo.pickingByReference(receipt.asnRef());
    if (picking.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (Discrepancy d : found) {
      lines.add(
          d.sku().value()
              + ": "
              + d.type()
              + (d.expectedQuantity() == null ? "" : ", expected " + d.expectedQuantity().display())
              + (d.actualQuantity() == null ? "" : ", received " + d.actualQuantity().display())
              + (d.note() == null ? "" : " (" + d.note() + ")"));
    }
    incidents.raise(
        new WmsIncident(
            WmsIncident.Kind.RECEIPT_DISCREPANCY,
            picking.get().id(),
            receipt.asnRef(),
            event.idempotencyKey(),
            "Receipt discrepancy on " + receipt.asnRef(),
            String.join("\n", lines)));
  }
}
