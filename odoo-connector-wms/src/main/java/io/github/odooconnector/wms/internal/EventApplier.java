package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.spi.ChangeCursor;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.OrderStateChange;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Routes inbound WMS events to the workflow that applies them, once per idempotency key, and
 * forwards the events Odoo does not need to the outbox. Also runs the polling loop. Thread-safe.
 */
final class EventApplier {

  private final WmsAdapter adapter;
  private final Idempotent idempotent;
  private final PickingConfirmer confirmer;
  private final InboundProcessor inbound;
  private final InventoryReconciler reconciler;
  private final EventPublisher events;
  private final WmsSettings settings;
  private final OrderExceptions exceptions;
  private final ReturnBooker returns;

  EventApplier(
      WmsAdapter adapter,
      Idempotent idempotent,
      PickingConfirmer confirmer,
      InboundProcessor inbound,
      InventoryReconciler reconciler,
      EventPublisher events,
      WmsSettings settings,
      OrderExceptions exceptions,
      ReturnBooker returns) {
    this.exceptions = exceptions;
    this.returns = returns;
    this.adapter = adapter;
    this.idempotent = idempotent;
    this.confirmer = confirmer;
    this.inbound = inbound;
    this.reconciler = reconciler;
    this.events = events;
    this.settings = settings;
  }

  ApplyOutcome apply(BusinessEvent<?> event) {
    Objects.requireNonNull(event, "event");
    EventValidator.validate(event);
    return applyValid(event);
  }

  /** Applies an event {@link EventValidator} accepted. */
  private ApplyOutcome applyValid(BusinessEvent<?> event) {
    Object payload = event.payload();
    switch (event.type()) {
      case WmsEventTypes.ORDER_SHIPPED:
        return once(event, () -> confirmer.applyShipment(expect(event, payload, Shipment.class)));
      case WmsEventTypes.GOODS_RECEIVED:
        {
          Receipt receipt = expect(event, payload, Receipt.class);
          ApplyOutcome received = once(event, () -> inbound.applyReceipt(receipt));
          // once per event under its own key: a failed hand-over is retried with the redelivery
          exceptions.receiptDiscrepancies(event, receipt);
          return received;
        }
      case WmsEventTypes.ORDER_HELD:
      case WmsEventTypes.ORDER_EXCEPTION:
      case WmsEventTypes.ORDER_CANCELLED:
        return once(
            event,
            () ->
                exceptions.applyStateChange(event, expect(event, payload, OrderStateChange.class)));
      case WmsEventTypes.RETURN_RECEIVED:
        return once(event, () -> returns.apply(expect(event, payload, ReturnAuthorization.class)));
      case WmsEventTypes.INVENTORY_COUNTED:
        return once(
            event,
            () -> {
              reconciler.reconcile(
                  expect(event, payload, InventorySnapshot.class), settings.cycleCountPolicy());
              return ApplyOutcome.APPLIED;
            });
      case WmsEventTypes.PICK_COMPLETED:
        {
          boolean forwarded = events.forward(event);
          if (payload instanceof PickConfirmation pick) {
            // once per event under its own key: a failed hand-over is retried with the redelivery
            exceptions.shortPicked(event, pick);
          }
          return forwarded ? ApplyOutcome.FORWARDED : ApplyOutcome.DUPLICATE;
        }
      default:
        // acknowledgements, pack confirmations, stock adjustments: for the host
        return events.forward(event) ? ApplyOutcome.FORWARDED : ApplyOutcome.DUPLICATE;
    }
  }

  private static <T> T expect(BusinessEvent<?> event, Object payload, Class<T> type) {
    if (!type.isInstance(payload)) {
      throw new InvalidWmsMessageException(
          "event "
              + event.eventId()
              + " of type "
              + event.type()
              + " must carry a "
              + type.getSimpleName()
              + ", got "
              + (payload == null ? "null" : payload.getClass().getSimpleName()));
    }
    return type.cast(payload);
  }

  private ApplyOutcome once(BusinessEvent<?> event, Supplier<ApplyOutcome> action) {
    String key = settings.keyPrefix() + "event:" + event.idempotencyKey();
    AtomicBoolean ran = new AtomicBoolean();
    String stored =
        idempotent.execute(
            key,
            Map.of("type", event.type(), "key", event.idempotencyKey()),
            String.class,
            () -> {
              ran.set(true);
              return action.get().name();
            });
    return ran.get() ? ApplyOutcome.valueOf(stored) : ApplyOutcome.DUPLICATE;
  }

  /**
   * Translates one message with the adapter, checks all its events, then applies them.
   *
   * @return succeeded when anything changed, else skipped with the reason
   */
  BatchRun.Done applyMessage(WmsMessage message) {
    List<BusinessEvent<?>> translated = adapter.translate(message);
    // the whole message is checked before its first event is applied
    translated.forEach(EventValidator::validate);
    if (translated.isEmpty()) {
      return BatchRun.Done.skipped(
          message.messageId(), "carries no event this integration applies or forwards");
    }
    boolean changed = false;
    for (BusinessEvent<?> e : translated) {
      changed |= applyValid(e) != ApplyOutcome.DUPLICATE;
    }
    return changed
        ? BatchRun.Done.succeeded(message.messageId())
        : BatchRun.Done.skipped(message.messageId(), "already applied (a redelivery)");
  }

  BatchReport pollAndApply(int maxMessages) {
    if (!adapter.capabilities().supports(WmsFeature.POLLING)) {
      throw new UnsupportedWmsOperationException(adapter.name() + " does not support polling");
    }
    // the cursor is read before and saved after every batch without failures, so a restart
    // resumes where the last batch ended; concurrent pollers may move it back (a harmless
    // redelivery: applying is idempotent)
    String feed = settings.source() + ":poll";
    String cursor = settings.pollCursorStore().load(feed).map(ChangeCursor::token).orElse(null);
    PolledMessages polled = adapter.poll(cursor, maxMessages);
    BatchRun run = BatchRun.attemptingEveryItem();
    for (WmsMessage m : polled.messages()) {
      run.run(m.messageId(), () -> applyMessage(m));
    }
    if (!run.hasFailures()) {
      polled
          .optionalNextCursor()
          .filter(next -> !next.isBlank())
          .ifPresent(next -> settings.pollCursorStore().save(feed, ChangeCursor.of(next)));
    }
    return run.report();
  }
}
