package io.github.odooconnector.wms.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalValidator;
import io.github.odooconnector.model.CanonicalViolation;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.InventoryMovement;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.OrderAcknowledgement;
import io.github.odooconnector.wms.spi.OrderStateChange;
import io.github.odooconnector.wms.spi.PackConfirmation;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks an inbound event as a whole before anything is written anywhere: a known type, a payload
 * of the type's class, and every constraint of the envelope and the canonical payload (so a line
 * with a negative quantity is refused with its path, {@code payload.lines[1].quantity}, instead of
 * being half-applied to Odoo). Stateless and thread-safe.
 */
final class EventValidator {

  /** The payload classes each inbound type may carry, the one the workflows apply first. */
  private static final Map<String, List<Class<?>>> PAYLOADS =
      Map.ofEntries(
          Map.entry(WmsEventTypes.ORDER_SHIPPED, List.of(Shipment.class)),
          Map.entry(WmsEventTypes.GOODS_RECEIVED, List.of(Receipt.class)),
          Map.entry(WmsEventTypes.RETURN_RECEIVED, List.of(ReturnAuthorization.class)),
          Map.entry(WmsEventTypes.INVENTORY_COUNTED, List.of(InventorySnapshot.class)),
          Map.entry(
              WmsEventTypes.ORDER_ACCEPTED,
              List.of(OrderAcknowledgement.class, FulfillmentOrder.class)),
          Map.entry(
              WmsEventTypes.ORDER_REJECTED,
              List.of(OrderAcknowledgement.class, FulfillmentOrder.class)),
          Map.entry(WmsEventTypes.PICK_COMPLETED, List.of(PickConfirmation.class, Shipment.class)),
          Map.entry(WmsEventTypes.ORDER_PACKED, List.of(PackConfirmation.class, Shipment.class)),
          Map.entry(WmsEventTypes.INVENTORY_ADJUSTED, List.of(InventoryMovement.class)),
          Map.entry(WmsEventTypes.ORDER_HELD, List.of(OrderStateChange.class)),
          Map.entry(WmsEventTypes.ORDER_EXCEPTION, List.of(OrderStateChange.class)),
          Map.entry(WmsEventTypes.ORDER_CANCELLED, List.of(OrderStateChange.class)));

  private EventValidator() {}

  /**
   * Refuses an event the workflows cannot apply as it is.
   *
   * @throws InvalidWmsMessageException naming the event and every offending field
   */
  static void validate(BusinessEvent<?> event) {
    List<Class<?>> allowed = PAYLOADS.get(event.type());
    if (allowed == null) {
      throw new InvalidWmsMessageException(
          "unknown WMS event type '" + event.type() + "' (event " + event.eventId() + ")");
    }
    Object payload = event.payload();
    if (allowed.stream().noneMatch(c -> c.isInstance(payload))) {
      throw new InvalidWmsMessageException(
          "event "
              + event.eventId()
              + " of type "
              + event.type()
              + " must carry a "
              + allowed.stream().map(Class::getSimpleName).collect(Collectors.joining(" or "))
              + ", got "
              + (payload == null ? "null" : payload.getClass().getSimpleName()));
    }
    requireValid(
        event, "event " + event.eventId() + " (" + event.type() + documentName(payload) + ")");
  }

  /** The payload's own id, when it has one worth naming, after a comma. */
  private static String documentName(Object payload) {
    if (payload instanceof Shipment s && s.shipmentId() != null) {
      return ", shipment " + s.shipmentId();
    }
    if (payload instanceof Receipt r && r.receiptId() != null) {
      return ", receipt " + r.receiptId();
    }
    if (payload instanceof ReturnAuthorization r && r.rmaId() != null) {
      return ", return " + r.rmaId();
    }
    if (payload instanceof InventorySnapshot i && i.snapshotId() != null) {
      return ", snapshot " + i.snapshotId();
    }
    return "";
  }

  /**
   * Refuses a document that breaks a constraint of the canonical model.
   *
   * @param what how to name the document in the message
   * @throws InvalidWmsMessageException listing every violation with its path
   */
  static void requireValid(Object document, String what) {
    List<CanonicalViolation> violations = CanonicalValidator.validate(document);
    if (!violations.isEmpty()) {
      throw new InvalidWmsMessageException(
          what
              + " is invalid, nothing was applied: "
              + violations.stream()
                  .map(CanonicalViolation::toString)
                  .collect(Collectors.joining("; ")));
    }
  }
}
