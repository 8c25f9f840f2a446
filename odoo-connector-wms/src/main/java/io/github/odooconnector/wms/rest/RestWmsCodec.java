package io.github.odooconnector.wms.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.CanonicalModelException;
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
import io.github.odooconnector.wms.spi.WmsMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON side of {@link RestWmsAdapter}'s wire contract: turns webhook bodies and polled records
 * into canonical events, and reads the fields of WMS answers. Every problem is an {@link
 * InvalidWmsMessageException} naming the message, the event and the field. Stateless and
 * thread-safe.
 */
final class RestWmsCodec {

  static final ObjectMapper MAPPER = CanonicalJson.mapper();

  /**
   * One payload class a type may carry; {@code marker} is a JSON field whose presence selects it
   * (null for the type's default payload).
   */
  private record PayloadType(Class<?> type, String marker) {}

  private static final Map<String, List<PayloadType>> PAYLOADS =
      Map.ofEntries(
          Map.entry(
              WmsEventTypes.ORDER_ACCEPTED,
              List.of(
                  new PayloadType(FulfillmentOrder.class, "lines"),
                  new PayloadType(OrderAcknowledgement.class, null))),
          Map.entry(
              WmsEventTypes.ORDER_REJECTED,
              List.of(
                  new PayloadType(FulfillmentOrder.class, "lines"),
                  new PayloadType(OrderAcknowledgement.class, null))),
          Map.entry(
              WmsEventTypes.PICK_COMPLETED,
              List.of(
                  new PayloadType(Shipment.class, "shipmentId"),
                  new PayloadType(PickConfirmation.class, null))),
          Map.entry(
              WmsEventTypes.ORDER_PACKED,
              List.of(
                  new PayloadType(Shipment.class, "shipmentId"),
                  new PayloadType(PackConfirmation.class, null))),
          Map.entry(WmsEventTypes.ORDER_SHIPPED, List.of(new PayloadType(Shipment.class, null))),
          Map.entry(WmsEventTypes.GOODS_RECEIVED, List.of(new PayloadType(Receipt.class, null))),
          Map.entry(
              WmsEventTypes.INVENTORY_ADJUSTED,
              List.of(new PayloadType(InventoryMovement.class, null))),
          Map.entry(
              WmsEventTypes.INVENTORY_COUNTED,
              List.of(new PayloadType(InventorySnapshot.class, null))),
          Map.entry(
              WmsEventTypes.RETURN_RECEIVED,
              List.of(new PayloadType(ReturnAuthorization.class, null))),
          Map.entry(
              WmsEventTypes.ORDER_HELD, List.of(new PayloadType(OrderStateChange.class, null))),
          Map.entry(
              WmsEventTypes.ORDER_EXCEPTION,
              List.of(new PayloadType(OrderStateChange.class, null))),
          Map.entry(
              WmsEventTypes.ORDER_CANCELLED,
              List.of(new PayloadType(OrderStateChange.class, null))));

  private final String source;

  /**
   * Creates the codec of one adapter.
   *
   * @param adapterName the adapter's name; events get the source {@code wms:<name>}
   */
  RestWmsCodec(String adapterName) {
    this.source = "wms:" + adapterName;
  }

  /** Reads one message: an event object, or {@code {"events":[...]}}. */
  List<BusinessEvent<?>> translate(WmsMessage message) {
    JsonNode root;
    try {
      root = MAPPER.readTree(message.body());
    } catch (IOException e) {
      throw new InvalidWmsMessageException(
          "message "
              + message.messageId()
              + " is not JSON: "
              + abbreviate(String.valueOf(e.getMessage())));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidWmsMessageException(
          "message " + message.messageId() + " must be a JSON object");
    }
    List<BusinessEvent<?>> events = new ArrayList<>();
    if (root.has("events")) {
      for (JsonNode e : root.get("events")) {
        events.add(event(e, message));
      }
    } else {
      events.add(event(root, message));
    }
    return events;
  }

  private BusinessEvent<?> event(JsonNode e, WmsMessage message) {
    String where = "message " + message.messageId();
    String eventId = text(e, "eventId", where);
    String type = text(e, "type", where);
    List<PayloadType> payloadTypes = PAYLOADS.get(type);
    if (payloadTypes == null) {
      throw new InvalidWmsMessageException(
          where + ": unknown event type '" + abbreviate(type) + "'");
    }
    Instant occurredAt =
        e.has("occurredAt") ? instant(e, "occurredAt", where) : message.receivedAt();
    if (!e.hasNonNull("payload") || !e.get("payload").isObject()) {
      throw new InvalidWmsMessageException(where + ": event " + eventId + " has no payload object");
    }
    JsonNode node = e.get("payload");
    Class<?> payloadType =
        payloadTypes.stream()
            .filter(p -> p.marker() == null || node.has(p.marker()))
            .findFirst()
            .orElseThrow()
            .type();
    Object payload = payload(node, payloadType, where + " event " + eventId);
    String correlation = optionalText(e, "correlationId").orElse(eventId);
    return newEvent(eventId, type, occurredAt, correlation, payload);
  }

  private <T> BusinessEvent<T> newEvent(
      String eventId, String type, Instant at, String correlation, T payload) {
    // the WMS's event id is stable across redeliveries, so it is the idempotency key
    return new BusinessEvent<>(
        eventId,
        type,
        at,
        source,
        correlation,
        source + ":" + eventId,
        BusinessEvent.CURRENT_SCHEMA_VERSION,
        payload);
  }

  /** Reads a payload: canonical types through {@link CanonicalJson} (validated), others as is. */
  static <T> T payload(JsonNode node, Class<T> type, String where) {
    try {
      if (type.getPackageName().equals("io.github.odooconnector.model")) {
        return CanonicalJson.fromJson(node.toString(), type);
      }
      return MAPPER.treeToValue(node, type);
    } catch (CanonicalModelException e) {
      throw new InvalidWmsMessageException(
          where + ": invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new InvalidWmsMessageException(
          where
              + ": invalid "
              + type.getSimpleName()
              + ": "
              + abbreviate(String.valueOf(e.getMessage())),
          e);
    }
  }

  static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new InvalidWmsMessageException(where + ": missing or non-text '" + field + "'");
    }
    return v.asText();
  }

  static Optional<String> optionalText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank()
        ? Optional.empty()
        : Optional.of(v.asText());
  }

  static Instant instant(JsonNode n, String field, String where) {
    String s = text(n, field, where);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidWmsMessageException(
          where + ": '" + field + "' is not an ISO-8601 instant: " + abbreviate(s));
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
