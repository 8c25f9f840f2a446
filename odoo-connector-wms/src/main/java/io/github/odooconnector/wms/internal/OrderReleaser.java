package io.github.odooconnector.wms.internal;

import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIncident;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnknownItemException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow 1: hands outgoing pickings to the WMS as fulfillment orders, once each, marks them in
 * Odoo, and sends updates and cancellations of released orders. Thread-safe.
 */
final class OrderReleaser {

  private final WmsPickingGateway odoo;
  private final WmsAdapter adapter;
  private final Idempotent idempotent;
  private final EventPublisher events;
  private final WmsSettings settings;
  private final ItemMaster items;
  private final Incidents incidents;

  OrderReleaser(
      WmsPickingGateway odoo,
      WmsAdapter adapter,
      Idempotent idempotent,
      EventPublisher events,
      WmsSettings settings,
      ItemMaster items,
      Incidents incidents) {
    this.items = items;
    this.incidents = incidents;
    this.odoo = odoo;
    this.adapter = adapter;
    this.idempotent = idempotent;
    this.events = events;
    this.settings = settings;
  }

  BatchReport releasePendingOrders() {
    return releaseAll(
        odoo.unreleasedReadyDeliveries(settings.releaseMarker(), settings.batchSize()));
  }

  BatchReport releaseSaleOrder(long saleOrderId) {
    MappedRecord order = odoo.saleOrder(saleOrderId);
    String state = order.string("state").orElse("");
    if (!"sale".equals(state) && !"done".equals(state)) {
      throw new WmsWorkflowException(
          "sale.order " + saleOrderId + " is not confirmed (state " + state + ")");
    }
    List<Long> pickingIds = order.ids("pickings");
    if (pickingIds.isEmpty()) {
      return new BatchReport(List.of(), List.of(), List.of());
    }
    ReleaseMarker marker = settings.releaseMarker();
    BatchRun run = BatchRun.stoppingOnWmsOutage();
    for (MappedRecord delivery : odoo.deliveriesAmong(pickingIds, marker.field())) {
      Optional<String> notReady = notReleasable(delivery, marker);
      if (notReady.isPresent()) {
        run.skip(delivery.string("reference").orElse(failureRef(delivery.id())), notReady.get());
      } else {
        run.run(failureRef(delivery.id()), () -> release(delivery.id()).done());
      }
    }
    return run.report();
  }

  /** Why a delivery of a sale order is not released now, empty when it is. */
  private static Optional<String> notReleasable(MappedRecord delivery, ReleaseMarker marker) {
    Object current = delivery.record().raw(marker.field());
    if (current != null && !Boolean.FALSE.equals(current)) {
      return Optional.of(alreadyReleased(marker, current));
    }
    String state = delivery.string("state").orElse("");
    return switch (state) {
      case "assigned" -> Optional.empty();
      case "confirmed" ->
          Optional.of(
              "waiting for stock (state confirmed): releasePendingOrders() releases it once Odoo"
                  + " has reserved the goods, releasePicking(id) releases it now");
      case "waiting" ->
          Optional.of(
              "waiting for another operation (state waiting): released once Odoo has reserved the"
                  + " goods");
      case "draft" -> Optional.of("not confirmed yet (state draft)");
      case "done" -> Optional.of("already done in Odoo (state done)");
      case "cancel" -> Optional.of("cancelled (state cancel)");
      default -> Optional.of("not ready (state " + state + ")");
    };
  }

  private static String alreadyReleased(ReleaseMarker marker, Object value) {
    return "already released (" + marker.field() + "=" + value + ")";
  }

  private static String failureRef(long pickingId) {
    return "stock.picking(" + pickingId + ")";
  }

  private BatchReport releaseAll(List<Long> ids) {
    BatchRun run = BatchRun.stoppingOnWmsOutage();
    for (Long id : ids) {
      run.run(failureRef(id), () -> release(id).done());
    }
    return run.report();
  }

  String releasePicking(long pickingId) {
    return release(pickingId).wmsId();
  }

  /** A release, or why there was none ({@code skipReason} null when released now). */
  private record Released(String reference, String wmsId, String skipReason) {
    BatchRun.Done done() {
      return skipReason == null
          ? BatchRun.Done.succeeded(reference)
          : BatchRun.Done.skipped(reference, skipReason);
    }
  }

  private Released release(long pickingId) {
    ReleaseMarker marker = settings.releaseMarker();
    MappedRecord picking = odoo.picking(pickingId, marker.field());
    String reference = picking.requireString("reference");
    Object current = picking.record().raw(marker.field());
    if (current != null && !Boolean.FALSE.equals(current)) {
      return new Released(reference, String.valueOf(current), alreadyReleased(marker, current));
    }
    String state = picking.string("state").orElse("");
    if (!"assigned".equals(state) && !"confirmed".equals(state) && !"waiting".equals(state)) {
      throw new WmsWorkflowException(
          "picking " + reference + " cannot be released in state '" + state + "'");
    }
    FulfillmentOrder order = odoo.fulfillmentOrder(picking);
    String key = settings.keyPrefix() + "release:" + pickingId;
    String wmsId =
        idempotent.execute(
            key,
            Map.of("picking", pickingId, "reference", reference),
            String.class,
            () -> releaseOrPushItemsAndRetry(order, key));
    odoo.writeMarker(pickingId, marker, wmsId);
    recordSent(pickingId, order);
    events.publish(key, WmsEventTypes.ORDER_RELEASED, reference, order);
    return new Released(reference, wmsId, null);
  }

  /**
   * Releases an order; when the WMS does not know some of its products and keeps an item master,
   * pushes them and releases once more (with a key of its own: the WMS may remember the refusal
   * under the first key).
   */
  private String releaseOrPushItemsAndRetry(FulfillmentOrder order, String key) {
    try {
      return adapter.releaseOrder(order, key).wmsOrderId();
    } catch (WmsUnknownItemException e) {
      if (!items.supported()) {
        throw e;
      }
      List<Sku> unknown =
          e.skus().isEmpty() ? order.lines().stream().map(FulfillmentLine::sku).toList() : e.skus();
      items.pushForRetry(unknown);
      return adapter.releaseOrder(order, key + ":after-item-push").wmsOrderId();
    }
  }

  String updateRelease(long pickingId) {
    ReleaseMarker marker = settings.releaseMarker();
    MappedRecord picking = odoo.picking(pickingId, marker.field());
    String reference = picking.requireString("reference");
    if (!adapter.capabilities().supports(WmsFeature.UPDATE_ORDER)) {
      throw new UnsupportedWmsOperationException(cannotTake(reference, "update", "UPDATE_ORDER"));
    }
    Object current = picking.record().raw(marker.field());
    if (current == null || Boolean.FALSE.equals(current)) {
      throw new WmsWorkflowException("picking " + reference + " was not released yet");
    }
    return sendUpdate(pickingId, odoo.fulfillmentOrder(picking));
  }

  private String sendUpdate(long pickingId, FulfillmentOrder order) {
    // one key per distinct content: repeating the same update is a no-op, a new change is sent
    String key =
        settings.keyPrefix()
            + "update:"
            + pickingId
            + ":"
            + idempotent.fingerprint(order).substring(0, 16);
    String wmsId =
        idempotent.execute(
            key, order, String.class, () -> adapter.updateOrder(order, key).wmsOrderId());
    recordSent(pickingId, order);
    return wmsId;
  }

  /** The message of a change the adapter has no operation for. */
  private String cannotTake(String reference, String change, String feature) {
    return "picking "
        + reference
        + " changed in Odoo after it was released, but WMS '"
        + adapter.name()
        + "' cannot "
        + change
        + " released orders (it does not declare "
        + feature
        + "): "
        + change
        + " the order in the WMS by hand";
  }

  /** The key recording that the WMS holds this content of a picking's order. */
  private String contentKey(long pickingId, FulfillmentOrder order) {
    return settings.keyPrefix()
        + "content:"
        + pickingId
        + ":"
        + idempotent.fingerprint(order).substring(0, 16);
  }

  private void recordSent(long pickingId, FulfillmentOrder order) {
    idempotent.execute(contentKey(pickingId, order), null, String.class, () -> "sent");
    idempotent.execute(trackedKey(pickingId), null, String.class, () -> "tracked");
  }

  /** The key saying that the content sent for a picking is recorded (releases since 0.1). */
  private String trackedKey(long pickingId) {
    return settings.keyPrefix() + "content:" + pickingId;
  }

  /**
   * Carries what happened in Odoo to one released picking to the WMS: a cancellation, or changed
   * content as an update. What the WMS cannot take is raised as a {@code CHANGE_NOT_SENT} incident
   * once and thrown as a permanent error.
   */
  BatchRun.Done propagate(long pickingId) {
    ReleaseMarker marker = settings.releaseMarker();
    MappedRecord picking = odoo.picking(pickingId, marker.field());
    String reference = picking.requireString("reference");
    Object current = picking.record().raw(marker.field());
    String state = picking.string("state").orElse("");
    if (current == null || Boolean.FALSE.equals(current)) {
      return BatchRun.Done.skipped(reference, "not released");
    }
    if (OrderExceptions.CANCELLED.equals(current)) {
      return BatchRun.Done.skipped(reference, "release already cancelled");
    }
    if ("cancel".equals(state)) {
      cancelInWms(pickingId, reference, "cancelled in Odoo");
      odoo.writeMarker(pickingId, marker, OrderExceptions.CANCELLED);
      return BatchRun.Done.succeeded(reference);
    }
    if ("done".equals(state)) {
      return BatchRun.Done.skipped(reference, "done in Odoo");
    }
    FulfillmentOrder order = odoo.fulfillmentOrder(picking);
    if (idempotent.completedResult(trackedKey(pickingId), String.class).isEmpty()) {
      recordSent(pickingId, order);
      return BatchRun.Done.skipped(
          reference,
          "released before its content was recorded: the current content is taken as what the"
              + " WMS holds (use updateRelease to send it)");
    }
    if (idempotent.completedResult(contentKey(pickingId, order), String.class).isPresent()) {
      return BatchRun.Done.skipped(reference, "unchanged since it was sent to the WMS");
    }
    String incidentRef =
        "update:" + pickingId + ":" + idempotent.fingerprint(order).substring(0, 16);
    if (!adapter.capabilities().supports(WmsFeature.UPDATE_ORDER)) {
      String message = cannotTake(reference, "update", "UPDATE_ORDER");
      notSent(pickingId, reference, incidentRef, "Order change not sent to the WMS", message);
      recordSent(pickingId, order); // reported once per distinct content
      throw new UnsupportedWmsOperationException(message);
    }
    try {
      sendUpdate(pickingId, order);
    } catch (WmsRejectedException e) {
      notSent(
          pickingId,
          reference,
          incidentRef,
          "Order change refused by the WMS",
          "WMS '"
              + adapter.name()
              + "' refused the changed order "
              + reference
              + ": "
              + e.getMessage());
      throw e;
    }
    return BatchRun.Done.succeeded(reference);
  }

  /** Cancels a released order in the WMS once, under the key {@link #cancelRelease} uses. */
  private void cancelInWms(long pickingId, String reference, String why) {
    String incidentRef = "cancel:" + pickingId;
    if (!adapter.capabilities().supports(WmsFeature.CANCEL_ORDER)) {
      String message =
          cannotTake(reference, "cancel", "CANCEL_ORDER")
              .replace(" changed in Odoo", " was " + why);
      notSent(pickingId, reference, incidentRef, "Cancellation not sent to the WMS", message);
      throw new UnsupportedWmsOperationException(message);
    }
    String key = settings.keyPrefix() + "cancel:" + pickingId;
    try {
      idempotent.execute(
          key,
          Map.of("picking", pickingId),
          String.class,
          () -> {
            adapter.cancelOrder(reference, key);
            return reference;
          });
    } catch (WmsRejectedException e) {
      notSent(
          pickingId,
          reference,
          incidentRef,
          "Cancellation refused by the WMS",
          "picking "
              + reference
              + " was "
              + why
              + " after release, but WMS '"
              + adapter.name()
              + "' refused to cancel its order (it may have shipped already): "
              + e.getMessage());
      throw e;
    }
  }

  private void notSent(
      long pickingId, String reference, String incidentRef, String title, String details) {
    incidents.raise(
        new WmsIncident(
            WmsIncident.Kind.CHANGE_NOT_SENT,
            pickingId,
            reference,
            incidentRef,
            title + " for " + reference,
            details));
  }

  void cancelRelease(long pickingId) {
    if (!adapter.capabilities().supports(WmsFeature.CANCEL_ORDER)) {
      throw new UnsupportedWmsOperationException(
          adapter.name() + " does not support cancelling released orders");
    }
    ReleaseMarker marker = settings.releaseMarker();
    MappedRecord picking = odoo.picking(pickingId, marker.field());
    String reference = picking.requireString("reference");
    String key = settings.keyPrefix() + "cancel:" + pickingId;
    idempotent.execute(
        key,
        Map.of("picking", pickingId),
        String.class,
        () -> {
          adapter.cancelOrder(reference, key);
          return reference;
        });
    // The marker stays set (CANCELLED for char markers) so the picking is not released again by
    // accident.
    odoo.writeMarker(pickingId, marker, OrderExceptions.CANCELLED);
  }
}
