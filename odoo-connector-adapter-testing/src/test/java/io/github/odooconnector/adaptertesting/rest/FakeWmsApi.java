package io.github.odooconnector.adaptertesting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A loopback fake of the WMS HTTP API that {@code RestWmsAdapter} documents as its wire contract,
 * with the state a well-behaved WMS keeps: releases deduplicated by {@code Idempotency-Key}, stock
 * served in cursor pages, events queued for polling. Faults apply to the next request: a lost
 * response (applied, then the connection drops), a 503, a 422 or a 429. Thread-safe (the dispatcher
 * runs on server threads).
 */
final class FakeWmsApi implements AutoCloseable {

  private static final ObjectMapper JSON = CanonicalJson.mapper();
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  private enum Fault {
    LOSE_RESPONSE,
    FAIL,
    REJECT,
    RATE_LIMIT
  }

  private static final Pattern CANCEL = Pattern.compile("/api/orders/([^/]+)/cancel");
  private static final Pattern ORDER = Pattern.compile("/api/orders/([^/]+)");

  private final String token;
  private final MockWebServer server = new MockWebServer();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Map<String, String> wmsIdByKey = new HashMap<>();
  private final Map<String, Integer> created = new HashMap<>();
  private final Map<String, FulfillmentOrder> orders = new HashMap<>();
  private final Map<String, String> wmsIdByOrder = new HashMap<>();
  private final List<ObjectNode> events = new ArrayList<>();
  private final Set<String> cancelKeys = new HashSet<>();
  private final Set<String> cancelled = new HashSet<>();
  private final Map<String, AdvanceShipNotice> asns = new HashMap<>();
  private final Set<String> returnKeys = new HashSet<>();
  private final Map<String, Integer> returnsExpected = new HashMap<>();
  private List<StockLevel> stock = List.of();
  private int snapshot;
  private int sequence;
  private long retryAfterSeconds;

  FakeWmsApi(String token) {
    this.token = token;
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return handle(request);
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return server.url("/api").toString();
  }

  synchronized void loseNextResponse() {
    faults.add(Fault.LOSE_RESPONSE);
  }

  synchronized void failNext() {
    faults.add(Fault.FAIL);
  }

  synchronized void rejectNext() {
    faults.add(Fault.REJECT);
  }

  synchronized void rateLimitNext(Duration retryAfter) {
    retryAfterSeconds = retryAfter.toSeconds();
    faults.add(Fault.RATE_LIMIT);
  }

  synchronized int ordersCreated(String fulfillmentOrderId) {
    return created.getOrDefault(fulfillmentOrderId, 0);
  }

  synchronized int returnsExpected(String rmaId) {
    return returnsExpected.getOrDefault(rmaId, 0);
  }

  synchronized void putStock(List<StockLevel> levels) {
    stock = List.copyOf(levels);
    snapshot++;
  }

  /** Emits an acceptance, queues it for polling and returns it as a verified webhook. */
  synchronized WmsMessage accept(String fulfillmentOrderId) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("fulfillmentOrderId", fulfillmentOrderId);
    payload.put("wmsOrderId", wmsIdByOrder.get(fulfillmentOrderId));
    payload.put("accepted", true);
    return queue(event(WmsEventTypes.ORDER_ACCEPTED, fulfillmentOrderId, payload));
  }

  /** Emits a ship confirmation of every ordered line, queues it and returns it as a webhook. */
  synchronized WmsMessage ship(String fulfillmentOrderId, String trackingNumber) {
    FulfillmentOrder o = orders.get(fulfillmentOrderId);
    Shipment.Builder b =
        Shipment.builder()
            .shipmentId("SHP-" + wmsIdByOrder.get(fulfillmentOrderId))
            .fulfillmentOrderRef(fulfillmentOrderId)
            .orderRef(o.orderRef())
            .carrierService(CarrierService.of("Standard delivery"))
            .addTrackingNumber(trackingNumber)
            .addParcel(
                Parcel.builder()
                    .parcelId(fulfillmentOrderId + "-1")
                    .trackingNumber(trackingNumber)
                    .build())
            .shipFrom(LocationRef.of(o.warehouse()))
            .shipTo(o.shipTo())
            .shippedAt(AT);
    for (FulfillmentLine l : o.lines()) {
      b.addLine(ShipmentLine.of(l.lineId(), l.sku(), l.quantity()));
    }
    JsonNode payload = JSON.valueToTree(b.build());
    return queue(event(WmsEventTypes.ORDER_SHIPPED, fulfillmentOrderId, payload));
  }

  /** The notice the WMS holds under an id, as it was posted. */
  synchronized Optional<AdvanceShipNotice> asn(String asnId) {
    return Optional.ofNullable(asns.get(asnId));
  }

  /**
   * Receives everything a held notice announced, in its handling units, queues the receipt and
   * returns it as a webhook.
   */
  synchronized WmsMessage receiveAsAnnounced(String asnId) {
    AdvanceShipNotice asn = asns.get(asnId);
    Receipt.Builder b =
        Receipt.builder()
            .receiptId("RCV-" + (++sequence))
            .asnRef(asnId)
            .purchaseOrderRef(asn.purchaseOrderRef())
            .location(asn.destination())
            .receivedAt(AT)
            .handlingUnits(asn.handlingUnits());
    for (AsnLine l : asn.lines()) {
      b.addLine(ReceiptLine.of(l.lineId(), l.sku(), l.expectedQuantity(), l.expectedQuantity()));
    }
    JsonNode payload = JSON.valueToTree(b.build());
    return queue(event(WmsEventTypes.GOODS_RECEIVED, asnId, payload));
  }

  /** A well-formed event of a type the reference wire contract does not define (not queued). */
  synchronized WmsMessage unknownType(String fulfillmentOrderId) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("fulfillmentOrderId", fulfillmentOrderId);
    payload.put("status", "WAVE_PLANNED");
    return message(event("wave.planned", fulfillmentOrderId, payload));
  }

  private ObjectNode event(String type, String correlationId, JsonNode payload) {
    ObjectNode e = JSON.createObjectNode();
    e.put("eventId", "evt-" + (++sequence));
    e.put("type", type);
    e.put("occurredAt", AT.plusSeconds(sequence).toString());
    e.put("correlationId", correlationId);
    e.set("payload", payload);
    return e;
  }

  private WmsMessage queue(ObjectNode event) {
    events.add(event);
    return message(event);
  }

  private static WmsMessage message(ObjectNode event) {
    return new WmsMessage(
        event.get("eventId").asText(),
        Instant.now(),
        event.toString().getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------ HTTP

  private synchronized MockResponse handle(RecordedRequest r) {
    if (!("Bearer " + token).equals(r.getHeaders().get("Authorization"))) {
      return json(401, "{\"message\":\"unauthenticated\"}");
    }
    Fault fault = faults.poll();
    if (fault == Fault.FAIL) {
      return json(503, "{\"message\":\"maintenance\"}");
    }
    if (fault == Fault.REJECT) {
      return json(422, "{\"message\":\"validation failed: unknown SKU\"}");
    }
    if (fault == Fault.RATE_LIMIT) {
      return new MockResponse.Builder()
          .code(429)
          .addHeader("Retry-After", String.valueOf(retryAfterSeconds))
          .body("{\"message\":\"slow down\"}")
          .build();
    }
    MockResponse answer = route(r);
    if (fault == Fault.LOSE_RESPONSE) {
      return new MockResponse.Builder(answer)
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }
    return answer;
  }

  private MockResponse route(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    if (r.getMethod().equals("POST") && path.equals("/api/orders")) {
      return release(r);
    }
    if (r.getMethod().equals("POST") && path.equals("/api/asns")) {
      if (r.getHeaders().get("Idempotency-Key") == null) {
        return json(400, "{\"message\":\"Idempotency-Key required\"}");
      }
      AdvanceShipNotice asn = CanonicalJson.fromJson(r.getBody().utf8(), AdvanceShipNotice.class);
      asns.put(asn.asnId(), asn);
      return json(201, "{}");
    }
    if (r.getMethod().equals("POST") && path.equals("/api/returns")) {
      return expectReturn(r);
    }
    if (r.getMethod().equals("GET") && path.equals("/api/inventory")) {
      return inventory(r.getUrl().queryParameter("limit"), r.getUrl().queryParameter("cursor"));
    }
    if (r.getMethod().equals("GET") && path.equals("/api/events")) {
      return poll(r.getUrl().queryParameter("limit"), r.getUrl().queryParameter("cursor"));
    }
    Matcher cancel = CANCEL.matcher(path);
    if (r.getMethod().equals("POST") && cancel.matches()) {
      return cancel(URLDecoder.decode(cancel.group(1), StandardCharsets.UTF_8), r);
    }
    Matcher order = ORDER.matcher(path);
    if (r.getMethod().equals("PUT") && order.matches()) {
      return update(URLDecoder.decode(order.group(1), StandardCharsets.UTF_8), r);
    }
    return json(404, "{\"message\":\"no route " + path + "\"}");
  }

  /** Cancels an open order once per key; a repeat, or an order cancelled before, is a 200. */
  private MockResponse cancel(String fulfillmentOrderId, RecordedRequest r) {
    String key = r.getHeaders().get("Idempotency-Key");
    if (key == null) {
      return json(400, "{\"message\":\"Idempotency-Key required\"}");
    }
    if (cancelKeys.contains(key) || cancelled.contains(fulfillmentOrderId)) {
      cancelKeys.add(key);
      return json(200, "{}");
    }
    if (orders.remove(fulfillmentOrderId) == null) {
      return json(422, "{\"message\":\"unknown order\"}");
    }
    cancelKeys.add(key);
    cancelled.add(fulfillmentOrderId);
    return json(200, "{}");
  }

  /** Takes a return pre-advice once per key. */
  private MockResponse expectReturn(RecordedRequest r) {
    String key = r.getHeaders().get("Idempotency-Key");
    if (key == null) {
      return json(400, "{\"message\":\"Idempotency-Key required\"}");
    }
    ReturnAuthorization rma = CanonicalJson.fromJson(r.getBody().utf8(), ReturnAuthorization.class);
    if (returnKeys.add(key)) {
      returnsExpected.merge(rma.rmaId(), 1, Integer::sum);
      return json(201, "{}");
    }
    return json(200, "{}");
  }

  /** Replaces an open order; the WMS order keeps its id. */
  private MockResponse update(String fulfillmentOrderId, RecordedRequest r) {
    if (r.getHeaders().get("Idempotency-Key") == null) {
      return json(400, "{\"message\":\"Idempotency-Key required\"}");
    }
    if (!orders.containsKey(fulfillmentOrderId)) {
      return json(422, "{\"message\":\"unknown order\"}");
    }
    orders.put(
        fulfillmentOrderId, CanonicalJson.fromJson(r.getBody().utf8(), FulfillmentOrder.class));
    return json(200, "{\"wmsOrderId\":\"" + wmsIdByOrder.get(fulfillmentOrderId) + "\"}");
  }

  private MockResponse release(RecordedRequest r) {
    String key = r.getHeaders().get("Idempotency-Key");
    if (key == null) {
      return json(400, "{\"message\":\"Idempotency-Key required\"}");
    }
    String known = wmsIdByKey.get(key);
    if (known != null) {
      return json(200, "{\"wmsOrderId\":\"" + known + "\"}");
    }
    FulfillmentOrder order = CanonicalJson.fromJson(r.getBody().utf8(), FulfillmentOrder.class);
    String wmsId = "ACME-" + (++sequence);
    wmsIdByKey.put(key, wmsId);
    wmsIdByOrder.put(order.fulfillmentOrderId(), wmsId);
    orders.put(order.fulfillmentOrderId(), order);
    created.merge(order.fulfillmentOrderId(), 1, Integer::sum);
    return json(201, "{\"wmsOrderId\":\"" + wmsId + "\"}");
  }

  private MockResponse inventory(String limit, String cursor) {
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(stock.size(), from + Integer.parseInt(limit));
    ObjectNode body = JSON.createObjectNode();
    body.put("snapshotId", "SNAP-" + snapshot);
    body.put("takenAt", AT.toString());
    ArrayNode levels = body.putArray("levels");
    stock.subList(from, to).forEach(l -> levels.add(JSON.valueToTree(l)));
    if (to < stock.size()) {
      body.put("nextCursor", String.valueOf(to));
    } else {
      body.putNull("nextCursor");
    }
    return json(200, body.toString());
  }

  private MockResponse poll(String limit, String cursor) {
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(events.size(), from + Integer.parseInt(limit));
    ObjectNode body = JSON.createObjectNode();
    ArrayNode arr = body.putArray("events");
    events.subList(from, to).forEach(arr::add);
    body.put("nextCursor", String.valueOf(to));
    return json(200, body.toString());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
