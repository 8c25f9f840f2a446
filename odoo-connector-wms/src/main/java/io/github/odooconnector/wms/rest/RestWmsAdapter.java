package io.github.odooconnector.wms.rest;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference WMS adapter: JSON over HTTP with configurable endpoints and HMAC-signed webhooks.
 * Most WMSs with a REST API fit it directly or with a small proxy; it is also the model for writing
 * your own adapter.
 *
 * <p>Wire contract (all bodies UTF-8 JSON in the canonical form of {@link
 * io.github.odooconnector.model.CanonicalJson}):
 *
 * <ul>
 *   <li>release: {@code POST {releasePath}} with the {@code FulfillmentOrder}, header {@code
 *       Idempotency-Key}; answer 200/201 {@code {"wmsOrderId":"..."}}; a 409 carrying a {@code
 *       wmsOrderId} counts as success (already released with that key);
 *   <li>update: {@code PUT {orderPath}}; cancel: {@code POST {cancelPath}}; both with {@code
 *       Idempotency-Key};
 *   <li>a release refused because the WMS lacks products: 4xx with {@code
 *       {"code":"unknown_item","skus":[..]}} (a {@link
 *       io.github.odooconnector.wms.spi.WmsUnknownItemException}); item master (when {@code
 *       itemPath} is set): {@code PUT {itemPath}} with the {@code Item}, {@code Idempotency-Key};
 *   <li>ASN: {@code POST {asnPath}} with the {@code AdvanceShipNotice};
 *   <li>return pre-advice (when {@code returnPreAdvicePath} is set): {@code POST
 *       {returnPreAdvicePath}} with the {@code ReturnAuthorization}, header {@code
 *       Idempotency-Key}; the received return comes back as a {@code return.received} event with
 *       the same {@code rmaId};
 *   <li>inventory: {@code GET {inventoryPath}?warehouse=..&limit=..[&cursor=..]}, answer {@code
 *       {"snapshotId":..,"takenAt":..,"levels":[StockLevel..],"nextCursor":..|null}};
 *   <li>polling: {@code GET {eventsPath}?limit=..[&cursor=..]}, answer {@code
 *       {"events":[event..],"nextCursor":..}};
 *   <li>an event (webhook body or polled element): {@code
 *       {"eventId":..,"type":"shipment.dispatched",
 *       "occurredAt":..,"correlationId":..,"payload":{..}}}, or {@code {"events":[..]}} for a
 *       batch; payload types per {@link WmsEventTypes}; the canonical payload under {@code
 *       order.accepted|rejected} is told apart by its {@code lines}, under {@code pick.completed}
 *       and {@code shipment.packed} by its {@code shipmentId}; a hold, an exception and a WMS-side
 *       cancellation are {@code wms.order.held}, {@code wms.order.exception} and {@code
 *       order.cancelled} with an {@code OrderStateChange} payload ({@code
 *       {"fulfillmentOrderId":..,"wmsOrderId":..,"reason":..}}).
 * </ul>
 *
 * Webhooks are signed with HMAC-SHA256 over the raw body, hex, in {@code X-Wms-Signature:
 * sha256=<hex>}; the event id travels in {@code X-Wms-Event-Id} (header names configurable). HTTP
 * errors map to the {@link io.github.odooconnector.wms.spi.WmsException} hierarchy: 401/403
 * authentication, 429 rate limited (with {@code Retry-After}), 408/5xx and connection failures
 * unavailable, a timeout after a state-changing request was sent outcome-unknown, other 4xx
 * rejected.
 *
 * <p>The bearer token and webhook secret never appear in messages or {@code toString()}. Immutable
 * and thread-safe.
 */
public final class RestWmsAdapter implements WmsAdapter {

  private final String name;
  private final URI baseUrl;
  private final RestWmsClient client;
  private final RestWmsCodec codec;
  private final WebhookVerifier verifier;
  private final WmsCapabilities capabilities;
  private final String returnPreAdvicePath;

  private RestWmsAdapter(Builder b) {
    this.name = b.name;
    this.returnPreAdvicePath = b.returnPreAdvicePath;
    this.baseUrl = b.baseUrl;
    HttpClient http =
        b.httpClient != null
            ? b.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    this.client =
        new RestWmsClient(
            new RestWmsClient.Endpoints(
                b.name,
                b.baseUrl,
                b.bearerToken,
                b.releasePath,
                b.orderPath,
                b.cancelPath,
                b.asnPath,
                b.inventoryPath,
                b.eventsPath,
                b.itemPath,
                b.timeout,
                b.maxInventoryPageSize),
            http);
    this.codec = new RestWmsCodec(b.name);
    this.verifier =
        b.webhookSecret == null
            ? null
            : HmacBodyVerifier.builder(b.webhookSecret)
                .signatureHeader(b.signatureHeader)
                .prefix("sha256=")
                .encoding(HmacBodyVerifier.Encoding.HEX)
                .eventIdHeader(b.eventIdHeader)
                .build();
    EnumSet<WmsFeature> f = EnumSet.of(WmsFeature.LOT_SERIAL_TRACKING, WmsFeature.HANDLING_UNITS);
    if (b.orderPath != null) {
      f.add(WmsFeature.UPDATE_ORDER);
    }
    if (b.cancelPath != null) {
      f.add(WmsFeature.CANCEL_ORDER);
    }
    if (b.asnPath != null) {
      f.add(WmsFeature.ADVANCE_SHIP_NOTICE);
    }
    if (b.inventoryPath != null) {
      f.add(WmsFeature.INVENTORY_SNAPSHOT);
    }
    if (b.eventsPath != null) {
      f.add(WmsFeature.POLLING);
    }
    if (b.itemPath != null) {
      f.add(WmsFeature.ITEM_MASTER);
    }
    if (verifier != null) {
      f.add(WmsFeature.WEBHOOKS);
    }
    if (b.returnPreAdvicePath != null) {
      f.add(WmsFeature.RETURN_PRE_ADVICE);
    }
    this.capabilities = new WmsCapabilities(f, b.maxInventoryPageSize);
  }

  /**
   * Starts a builder.
   *
   * @param baseUrl the WMS API base URL, {@code https} (or {@code http} for loopback tests)
   * @return a builder
   */
  public static Builder builder(String baseUrl) {
    return new Builder(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public WmsCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public ReleaseConfirmation releaseOrder(FulfillmentOrder order, String idempotencyKey) {
    return client.releaseOrder(order, idempotencyKey);
  }

  @Override
  public ReleaseConfirmation updateOrder(FulfillmentOrder order, String idempotencyKey) {
    require(WmsFeature.UPDATE_ORDER, "updating orders");
    return client.updateOrder(order, idempotencyKey);
  }

  @Override
  public void cancelOrder(String fulfillmentOrderId, String idempotencyKey) {
    require(WmsFeature.CANCEL_ORDER, "cancelling orders");
    client.cancelOrder(fulfillmentOrderId, idempotencyKey);
  }

  @Override
  public void upsertItem(Item item, String idempotencyKey) {
    require(WmsFeature.ITEM_MASTER, "an item master");
    client.upsertItem(item, idempotencyKey);
  }

  @Override
  public void sendAdvanceShipNotice(AdvanceShipNotice asn, String idempotencyKey) {
    require(WmsFeature.ADVANCE_SHIP_NOTICE, "advance ship notices");
    client.sendAdvanceShipNotice(asn, idempotencyKey);
  }

  @Override
  public void sendReturnPreAdvice(ReturnAuthorization rma, String idempotencyKey) {
    require(WmsFeature.RETURN_PRE_ADVICE, "return pre-advice");
    client.post(returnPreAdvicePath, CanonicalJson.toJsonBytes(rma), idempotencyKey);
  }

  @Override
  public InventoryPage fetchInventory(InventoryPageRequest request) {
    require(WmsFeature.INVENTORY_SNAPSHOT, "inventory snapshots");
    return client.fetchInventory(request);
  }

  @Override
  public Optional<WebhookVerifier> webhookVerifier() {
    return Optional.ofNullable(verifier);
  }

  @Override
  public PolledMessages poll(String cursor, int maxMessages) {
    require(WmsFeature.POLLING, "polling");
    return client.poll(cursor, maxMessages);
  }

  @Override
  public List<BusinessEvent<?>> translate(WmsMessage message) {
    return codec.translate(message);
  }

  private void require(WmsFeature feature, String what) {
    if (!capabilities.supports(feature)) {
      throw new UnsupportedWmsOperationException(name + ": " + what + " is not configured");
    }
  }

  @Override
  public String toString() {
    return "RestWmsAdapter[" + name + ", " + baseUrl + "]";
  }

  /** Configures a REST adapter. Not thread-safe. */
  public static final class Builder {
    private final URI baseUrl;
    private String name = "rest";
    private String bearerToken;
    private byte[] webhookSecret;
    private String signatureHeader = "X-Wms-Signature";
    private String eventIdHeader = "X-Wms-Event-Id";
    private String releasePath = "/orders";
    private String orderPath = "/orders/{id}";
    private String cancelPath = "/orders/{id}/cancel";
    private String asnPath = "/asns";
    private String inventoryPath = "/inventory";
    private String eventsPath;
    private String itemPath;
    private String returnPreAdvicePath;
    private Duration timeout = Duration.ofSeconds(30);
    private int maxInventoryPageSize = 500;
    private HttpClient httpClient;

    private Builder(URI baseUrl) {
      String scheme =
          baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalArgumentException("baseUrl must be an http(s) URL");
      }
      String s = baseUrl.toString();
      this.baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /**
     * The adapter name (default {@code rest}); see {@link WmsAdapter#name()}.
     *
     * @param n the name
     * @return this builder
     */
    public Builder name(String n) {
      if (!Objects.requireNonNull(n, "name").matches("[a-z0-9_-]{1,50}")) {
        throw new IllegalArgumentException("name must be 1-50 of [a-z0-9_-]");
      }
      this.name = n;
      return this;
    }

    /**
     * The token sent as {@code Authorization: Bearer ...}.
     *
     * @param token the token
     * @return this builder
     */
    public Builder bearerToken(String token) {
      this.bearerToken = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * The shared secret of the webhook signatures; enables webhooks.
     *
     * @param secret the secret (UTF-8)
     * @return this builder
     */
    public Builder webhookSecret(String secret) {
      this.webhookSecret =
          Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /**
     * Header names of the webhook signature and event id.
     *
     * @param signature the signature header (default {@code X-Wms-Signature})
     * @param eventId the event id header (default {@code X-Wms-Event-Id})
     * @return this builder
     */
    public Builder webhookHeaders(String signature, String eventId) {
      this.signatureHeader = Objects.requireNonNull(signature, "signature");
      this.eventIdHeader = Objects.requireNonNull(eventId, "eventId");
      return this;
    }

    /**
     * Endpoint paths relative to the base URL; {@code {id}} is replaced by the URL-encoded
     * fulfillment order id. A null path disables the operation (and its {@link WmsFeature}).
     *
     * @param release POST new orders (default {@code /orders}, required)
     * @param order PUT order updates (default {@code /orders/{id}})
     * @param cancel POST cancellations (default {@code /orders/{id}/cancel})
     * @param asn POST ASNs (default {@code /asns})
     * @param inventory GET inventory pages (default {@code /inventory})
     * @return this builder
     */
    public Builder endpoints(
        String release, String order, String cancel, String asn, String inventory) {
      this.releasePath = Objects.requireNonNull(release, "release");
      this.orderPath = order;
      this.cancelPath = cancel;
      this.asnPath = asn;
      this.inventoryPath = inventory;
      return this;
    }

    /**
     * Enables the item master at a path (disabled by default): items are sent as {@code PUT {path}}
     * with the canonical {@code Item} and an {@code Idempotency-Key}; {@code {id}} is replaced by
     * the URL-encoded SKU.
     *
     * @param path for example {@code /items/{id}}
     * @return this builder
     */
    public Builder itemPath(String path) {
      this.itemPath = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Enables return pre-advice at a path (disabled by default): an authorized return is sent as
     * {@code POST {path}} with the canonical {@code ReturnAuthorization} and an {@code
     * Idempotency-Key}, and {@link WmsFeature#RETURN_PRE_ADVICE} is declared.
     *
     * @param path for example {@code /returns}
     * @return this builder
     */
    public Builder returnPreAdvicePath(String path) {
      this.returnPreAdvicePath = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Enables polling at a path (disabled by default).
     *
     * @param path for example {@code /events}
     * @return this builder
     */
    public Builder eventsPath(String path) {
      this.eventsPath = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Timeout of each HTTP request (default 30 s).
     *
     * @param t the timeout
     * @return this builder
     */
    public Builder timeout(Duration t) {
      this.timeout = Objects.requireNonNull(t, "timeout");
      return this;
    }

    /**
     * The largest inventory page requested (default 500).
     *
     * @param size the size, at least 1
     * @return this builder
     */
    public Builder maxInventoryPageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("maxInventoryPageSize must be >= 1");
      }
      this.maxInventoryPageSize = size;
      return this;
    }

    /**
     * The HTTP client to use (default: a new one with TLS verification on).
     *
     * @param client the client
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Creates the adapter.
     *
     * @return the adapter
     */
    public RestWmsAdapter build() {
      return new RestWmsAdapter(this);
    }
  }
}
