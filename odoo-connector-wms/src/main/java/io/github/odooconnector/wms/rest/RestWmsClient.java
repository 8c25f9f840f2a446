package io.github.odooconnector.wms.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.WmsAuthenticationException;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsOutcomeUnknownException;
import io.github.odooconnector.wms.spi.WmsRateLimitedException;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import io.github.odooconnector.wms.spi.WmsUnknownItemException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP side of {@link RestWmsAdapter}: one method per SPI operation, each one request in the
 * wire contract documented on the adapter, HTTP errors mapped to the SPI's exceptions. Operations
 * whose path is not configured are never called (the adapter checks its capabilities first).
 * Thread-safe.
 */
final class RestWmsClient {

  /**
   * Settings of one adapter; paths are relative to {@code baseUrl}, null when disabled.
   *
   * @param name adapter name
   * @param baseUrl base URL without trailing slash
   * @param bearerToken token or null
   * @param releasePath release path
   * @param orderPath update path or null
   * @param cancelPath cancel path or null
   * @param asnPath ASN path or null
   * @param inventoryPath inventory path or null
   * @param eventsPath events path or null
   * @param itemPath item master path (with {@code {id}} for the SKU) or null
   * @param timeout request timeout
   * @param maxInventoryPageSize largest page
   */
  record Endpoints(
      String name,
      URI baseUrl,
      String bearerToken,
      String releasePath,
      String orderPath,
      String cancelPath,
      String asnPath,
      String inventoryPath,
      String eventsPath,
      String itemPath,
      Duration timeout,
      int maxInventoryPageSize) {

    @Override
    public String toString() {
      return "Endpoints[name=" + name + ", baseUrl=" + baseUrl + "]";
    }
  }

  private final Endpoints config;
  private final HttpClient http;

  RestWmsClient(Endpoints config, HttpClient http) {
    this.config = config;
    this.http = http;
  }

  ReleaseConfirmation releaseOrder(FulfillmentOrder order, String idempotencyKey) {
    Response r;
    try {
      r =
          send(
              "POST",
              config.releasePath(),
              CanonicalJson.toJsonBytes(order),
              idempotencyKey,
              true,
              409);
    } catch (UnknownItems e) {
      throw new WmsUnknownItemException(e.getMessage(), e.skus);
    }
    return new ReleaseConfirmation(
        RestWmsCodec.text(r.json(), "wmsOrderId", "release of " + order.fulfillmentOrderId()));
  }

  ReleaseConfirmation updateOrder(FulfillmentOrder order, String idempotencyKey) {
    Response r =
        send(
            "PUT",
            withId(config.orderPath(), order.fulfillmentOrderId()),
            CanonicalJson.toJsonBytes(order),
            idempotencyKey,
            true);
    return new ReleaseConfirmation(
        RestWmsCodec.text(r.json(), "wmsOrderId", "update of " + order.fulfillmentOrderId()));
  }

  void cancelOrder(String fulfillmentOrderId, String idempotencyKey) {
    send(
        "POST",
        withId(config.cancelPath(), fulfillmentOrderId),
        "{}".getBytes(StandardCharsets.UTF_8),
        idempotencyKey,
        true);
  }

  void upsertItem(Item item, String idempotencyKey) {
    send(
        "PUT",
        withId(config.itemPath(), item.sku().value()),
        CanonicalJson.toJsonBytes(item),
        idempotencyKey,
        true);
  }

  /** A state-changing {@code POST} of a JSON body under an idempotency key, answer ignored. */
  void post(String path, byte[] body, String idempotencyKey) {
    send("POST", path, body, idempotencyKey, true);
  }

  void sendAdvanceShipNotice(AdvanceShipNotice asn, String idempotencyKey) {
    send("POST", config.asnPath(), CanonicalJson.toJsonBytes(asn), idempotencyKey, true);
  }

  InventoryPage fetchInventory(InventoryPageRequest request) {
    StringBuilder path =
        new StringBuilder(config.inventoryPath())
            .append("?warehouse=")
            .append(enc(request.warehouse()))
            .append("&limit=")
            .append(Math.min(request.pageSize(), config.maxInventoryPageSize()));
    request.optionalCursor().ifPresent(c -> path.append("&cursor=").append(enc(c)));
    JsonNode body = send("GET", path.toString(), null, null, false).json();
    String what = "inventory page";
    List<StockLevel> levels = new ArrayList<>();
    JsonNode arr = body.path("levels");
    if (!arr.isArray()) {
      throw new InvalidWmsMessageException(what + ": 'levels' must be an array");
    }
    for (JsonNode n : arr) {
      levels.add(RestWmsCodec.payload(n, StockLevel.class, what));
    }
    return new InventoryPage(
        RestWmsCodec.text(body, "snapshotId", what),
        RestWmsCodec.instant(body, "takenAt", what),
        levels,
        RestWmsCodec.optionalText(body, "nextCursor").orElse(null));
  }

  PolledMessages poll(String cursor, int maxMessages) {
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
              RestWmsCodec.text(e, "eventId", "polled event"),
              Instant.now(),
              e.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return new PolledMessages(out, RestWmsCodec.optionalText(body, "nextCursor").orElse(null));
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
        RestWmsCodec.optionalText(json, "message")
            .or(() -> RestWmsCodec.optionalText(json, "error"))
            .map(RestWmsCodec::abbreviate)
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
    if ("unknown_item".equals(RestWmsCodec.optionalText(json, "code").orElse(""))) {
      List<Sku> skus = new ArrayList<>();
      for (JsonNode n : json.path("skus")) {
        if (n.isTextual() && !n.asText().isBlank()) {
          skus.add(new Sku(n.asText()));
        }
      }
      throw new UnknownItems(msg, skus);
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
      return RestWmsCodec.MAPPER.createObjectNode();
    }
    try {
      JsonNode n = RestWmsCodec.MAPPER.readTree(body);
      return n == null ? RestWmsCodec.MAPPER.createObjectNode() : n;
    } catch (IOException e) {
      ObjectNode n = RestWmsCodec.MAPPER.createObjectNode();
      n.put("message", "non-JSON response body");
      return n;
    }
  }

  private static String withId(String template, String id) {
    return template.replace("{id}", enc(id));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A refusal naming unknown items; the release turns it into a WmsUnknownItemException. */
  private static final class UnknownItems extends WmsRejectedException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught inside this class
    private final List<Sku> skus;

    UnknownItems(String message, List<Sku> skus) {
      super(message);
      this.skus = List.copyOf(skus);
    }
  }
}
