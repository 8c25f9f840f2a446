package io.github.odooconnector.wms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.CanonicalModelException;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.InventoryMovement;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.reliability.api.HmacBodyVerifier;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.OrderAcknowledgement;
import io.github.odooconnector.wms.spi.PackConfirmation;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsAuthenticationException;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsOutcomeUnknownException;
import io.github.odooconnector.wms.spi.WmsRateLimitedException;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The REST/webhook reference adapter; see {@link io.github.odooconnector.wms.api.RestWmsAdapter}.
 * Thread-safe.
 */
public final class RestWmsAdapterImpl implements WmsAdapter {

  /**
   * Settings.
   *
   * @param name adapter name
   * @param baseUrl base URL without trailing slash
   * @param bearerToken token or null
   * @param webhookSecret secret or null
   * @param signatureHeader signature header
   * @param eventIdHeader event id header
   * @param releasePath release path
   * @param orderPath update path or null
   * @param cancelPath cancel path or null
   * @param asnPath ASN path or null
   * @param inventoryPath inventory path or null
   * @param eventsPath events path or null
   * @param timeout request timeout
   * @param maxInventoryPageSize largest page
   */
  public record Config(
      String name,
      URI baseUrl,
      String bearerToken,
      byte[] webhookSecret,
      String signatureHeader,
      String eventIdHeader,
      String releasePath,
      String orderPath,
      String cancelPath,
      String asnPath,
      String inventoryPath,
      String eventsPath,
      Duration timeout,
      int maxInventoryPageSize) {

    @Override
    public String toString() {
      return "Config[name=" + name + ", baseUrl=" + baseUrl + "]";
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  private static final ObjectMapper JSON = CanonicalJson.mapper();

  /**
   * One payload class a type may carry; {@code marker} is a JSON field whose presence selects it
   * (null for the type's default payload).
   */
  private record PayloadType(Class<?> type, String marker) {}

  private static final Map<String, List<PayloadType>> PAYLOADS =
      Map.of(
          WmsEventTypes.ORDER_ACCEPTED,
          List.of(
              new PayloadType(FulfillmentOrder.class, "lines"),
              new PayloadType(OrderAcknowledgement.class, null)),
          WmsEventTypes.ORDER_REJECTED,
          List.of(
              new PayloadType(FulfillmentOrder.class, "lines"),
              new PayloadType(OrderAcknowledgement.class, null)),
          WmsEventTypes.PICK_COMPLETED,
          List.of(
              new PayloadType(Shipment.class, "shipmentId"),
              new PayloadType(PickConfirmation.class, null)),
          WmsEventTypes.ORDER_PACKED,
          List.of(
              new PayloadType(Shipment.class, "shipmentId"),
              new PayloadType(PackConfirmation.class, null)),
          WmsEventTypes.ORDER_SHIPPED,
          List.of(new PayloadType(Shipment.class, null)),
          WmsEventTypes.GOODS_RECEIVED,
          List.of(new PayloadType(Receipt.class, null)),
          WmsEventTypes.INVENTORY_ADJUSTED,
          List.of(new PayloadType(InventoryMovement.class, null)),
          WmsEventTypes.INVENTORY_COUNTED,
          List.of(new PayloadType(InventorySnapshot.class, null)),
          WmsEventTypes.RETURN_RECEIVED,
          List.of(new PayloadType(ReturnAuthorization.class, null)));

  private final Config config;
  private final HttpClient http;
  private final WebhookVerifier verifier;
  private final WmsCapabilities capabilities;

  /**
   * Creates the adapter.
   *
   * @param config settings
   * @param http HTTP client
   */
  public RestWmsAdapterImpl(Config config, HttpClient http) {
    this.config = Objects.requireNonNull(config, "config");
    this.http = Objects.requireNonNull(http, "http");
    this.verifier =
        config.webhookSecret() == null
            ? null
            : HmacBodyVerifier.builder(config.webhookSecret())
                .signatureHeader(config.signatureHeader())
                .prefix("sha256=")
                .encoding(HmacBodyVerifier.Encoding.HEX)
                .eventIdHeader(config.eventIdHeader())
                .build();
    EnumSet<WmsFeature> f = EnumSet.of(WmsFeature.LOT_SERIAL_TRACKING);
    if (config.orderPath() != null) {
      f.add(WmsFeature.UPDATE_ORDER);
    }
    if (config.cancelPath() != null) {
      f.add(WmsFeature.CANCEL_ORDER);
    }
    if (config.asnPath() != null) {
      f.add(WmsFeature.ADVANCE_SHIP_NOTICE);
    }
    if (config.inventoryPath() != null) {
      f.add(WmsFeature.INVENTORY_SNAPSHOT);
    }
    if (config.eventsPath() != null) {
      f.add(WmsFeature.POLLING);
    }
    if (verifier != null) {
      f.add(WmsFeature.WEBHOOKS);
    }
    this.capabilities = new WmsCapabilities(f, config.maxInventoryPageSize());
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public WmsCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public ReleaseConfirmation releaseOrder(FulfillmentOrder order, String idempotencyKey) {
    Response r =
        send(
            "POST",
            config.releasePath(),
            CanonicalJson.toJsonBytes(order),
            idempotencyKey,
            true,
            409);
    return new ReleaseConfirmation(
        text(r.json(), "wmsOrderId", "release of " + order.fulfillmentOrderId()));
  }

  @Override
  public ReleaseConfirmation updateOrder(FulfillmentOrder order, String idempotencyKey) {
    require(WmsFeature.UPDATE_ORDER, "updating orders");
    Response r =
        send(
            "PUT",
            withId(config.orderPath(), order.fulfillmentOrderId()),
            CanonicalJson.toJsonBytes(order),
            idempotencyKey,
            true);
    return new ReleaseConfirmation(
        text(r.json(), "wmsOrderId", "update of " + order.fulfillmentOrderId()));
  }

  @Override
  public void cancelOrder(String fulfillmentOrderId, String idempotencyKey) {
    require(WmsFeature.CANCEL_ORDER, "cancelling orders");
    send(
        "POST",
        withId(config.cancelPath(), fulfillmentOrderId),
        "{}".getBytes(StandardCharsets.UTF_8),
        idempotencyKey,
        true);
  }

  @Override
  public void sendAdvanceShipNotice(AdvanceShipNotice asn, String idempotencyKey) {
    require(WmsFeature.ADVANCE_SHIP_NOTICE, "advance ship notices");
    send("POST", config.asnPath(), CanonicalJson.toJsonBytes(asn), idempotencyKey, true);
  }

  @Override
  public InventoryPage fetchInventory(InventoryPageRequest request) {
    require(WmsFeature.INVENTORY_SNAPSHOT, "inventory snapshots");
    StringBuilder path =
        new StringBuilder(config.inventoryPath())
            .append("?warehouse=")
            .append(enc(request.warehouse()))
            .append("&limit=")
            .append(Math.min(request.pageSize(), config.maxInventoryPageSize()));
    request.cursor().ifPresent(c -> path.append("&cursor=").append(enc(c)));
    JsonNode body = send("GET", path.toString(), null, null, false).json();
    String what = "inventory page";
    List<StockLevel> levels = new ArrayList<>();
    JsonNode arr = body.path("levels");
    if (!arr.isArray()) {
      throw new InvalidWmsMessageException(what + ": 'levels' must be an array");
    }
    for (JsonNode n : arr) {
      levels.add(payload(n, StockLevel.class, what));
    }
    return new InventoryPage(
        text(body, "snapshotId", what),
        instant(body, "takenAt", what),
        levels,
        optionalText(body, "nextCursor"));
  }

  @Override
  public Optional<WebhookVerifier> webhookVerifier() {
    return Optional.ofNullable(verifier);
  }

  @Override
  public PolledMessages poll(String cursor, int maxMessages) {
    require(WmsFeature.POLLING, "polling");
    StringBuilder path =
        new StringBuilder(config.eventsPath()).append("?limit=").append(maxMessages);
    if (cursor != null) {
      path.append("&cursor=").append(enc(cursor));
    }
    JsonNode body = send("GET", path.toString(), null, null, false).json();
    List<WmsMessage> out = new ArrayList<>();
    for (JsonNode e : body.path("events")) {
      out.add(
          new WmsMessage(
              text(e, "eventId", "polled event"),
              Instant.now(),
              e.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return new PolledMessages(out, optionalText(body, "nextCursor"));
  }

  @Override
  public List<BusinessEvent<?>> translate(WmsMessage message) {
    JsonNode root;
    try {
      root = JSON.readTree(message.body());
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
    String source = "wms:" + config.name();
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

  private static <T> T payload(JsonNode node, Class<T> type, String where) {
    try {
      if (type.getPackageName().equals("io.github.odooconnector.model")) {
        return CanonicalJson.fromJson(node.toString(), type);
      }
      return JSON.treeToValue(node, type);
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

  // ------------------------------------------------------------------ HTTP

  private record Response(int status, JsonNode json) {}

  private Response send(
      String method,
      String path,
      byte[] body,
      String idempotencyKey,
      boolean changesState,
      int... alsoOk) {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
            .timeout(config.timeout())
            .header("Accept", "application/json");
    if (config.bearerToken() != null) {
      rb.header("Authorization", "Bearer " + config.bearerToken());
    }
    if (idempotencyKey != null) {
      rb.header("Idempotency-Key", idempotencyKey);
    }
    if (body != null) {
      rb.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      rb.method(method, HttpRequest.BodyPublishers.noBody());
    }
    String what = method + " " + path.split("\\?")[0];
    HttpResponse<byte[]> response;
    try {
      response = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (ConnectException e) {
      throw new WmsUnavailableException(
          what + ": cannot connect to " + config.baseUrl().getHost(), e);
    } catch (HttpTimeoutException e) {
      if (changesState) {
        throw new WmsOutcomeUnknownException(
            what + ": timed out after the request was sent; outcome unknown", e);
      }
      throw new WmsUnavailableException(what + ": timed out", e);
    } catch (IOException e) {
      if (changesState) {
        throw new WmsOutcomeUnknownException(what + ": connection lost; outcome unknown", e);
      }
      throw new WmsUnavailableException(what + ": connection failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WmsUnavailableException(what + ": interrupted", e);
    }
    int status = response.statusCode();
    JsonNode json = parse(response.body());
    boolean ok = status >= 200 && status < 300;
    for (int s : alsoOk) {
      ok |= status == s && json.hasNonNull("wmsOrderId");
    }
    if (ok) {
      return new Response(status, json);
    }
    String detail =
        optionalText(json, "message")
            .or(() -> optionalText(json, "error"))
            .map(RestWmsAdapterImpl::abbreviate)
            .orElse("");
    String msg = what + ": HTTP " + status + (detail.isEmpty() ? "" : " - " + detail);
    if (status == 401 || status == 403) {
      throw new WmsAuthenticationException(msg);
    }
    if (status == 429) {
      throw new WmsRateLimitedException(msg, retryAfter(response));
    }
    if (status == 408 || status >= 500) {
      throw new WmsUnavailableException(msg);
    }
    throw new WmsRejectedException(msg);
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(
            v -> {
              try {
                long s = Long.parseLong(v.trim());
                return s >= 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            })
        .orElse(null);
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode n = JSON.readTree(body);
      return n == null ? JSON.createObjectNode() : n;
    } catch (IOException e) {
      ObjectNode n = JSON.createObjectNode();
      n.put("message", "non-JSON response body");
      return n;
    }
  }

  private void require(WmsFeature f, String what) {
    if (!capabilities.supports(f)) {
      throw new UnsupportedWmsOperationException(
          config.name() + ": " + what + " is not configured");
    }
  }

  private static String withId(String template, String id) {
    return template.replace("{id}", enc(id));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new InvalidWmsMessageException(where + ": missing or non-text '" + field + "'");
    }
    return v.asText();
  }

  private static Optional<String> optionalText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank()
        ? Optional.empty()
        : Optional.of(v.asText());
  }

  private static Instant instant(JsonNode n, String field, String where) {
    String s = text(n, field, where);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidWmsMessageException(
          where + ": '" + field + "' is not an ISO-8601 instant: " + abbreviate(s));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  @Override
  public String toString() {
    return "RestWmsAdapter[" + config.name() + ", " + config.baseUrl() + "]";
  }
}
