package io.github.odooconnector.carrier.rest;

import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.Manifest;
import io.github.odooconnector.carrier.spi.ManifestRequest;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.ProofOfDelivery;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A generic adapter for carriers and aggregators with a JSON-over-HTTPS API, configured by endpoint
 * and mapping rather than code.
 *
 * <p><b>Requests</b> are sent as JSON in one documented, carrier-neutral shape (snake_case; parties
 * as {@code {name, company, email, phone, address: {street1, street2, city, region, postal_code,
 * country_code}}}, parcels as {@code {id, weight: {value, unit}, dimensions: {length, width,
 * height, unit}}} with UN/ECE unit codes):
 *
 * <ul>
 *   <li>{@link Operation#RATE}: {@code POST /rates} with {@code reference, ship_from, ship_to,
 *       parcels, ship_date, services, options};
 *   <li>{@link Operation#CREATE_SHIPMENT}: {@code POST /shipments} with the same plus {@code
 *       service_code, rate_id, label_format, idempotency_key}, and the idempotency key also in the
 *       {@code Idempotency-Key} header;
 *   <li>{@link Operation#FIND_SHIPMENT}: {@code GET /shipments?idempotency_key={key}} (a 404 means
 *       "not created"); disable it with {@link Builder#disable(Operation)} if the carrier cannot
 *       search by key;
 *   <li>{@link Operation#CANCEL}: {@code POST /shipments/{id}/cancel};
 *   <li>{@link Operation#TRACK}: {@code GET /tracking/{number}};
 *   <li>{@link Operation#VALIDATE_ADDRESS} ({@code address} object; the answer's {@code suggestion}
 *       object is the carrier's correction), {@link Operation#SCHEDULE_PICKUP}, {@link
 *       Operation#UPDATE_PICKUP} ({@code {id}} = confirmation number), {@link
 *       Operation#CANCEL_PICKUP}, {@link Operation#CREATE_MANIFEST} ({@code idempotency_key,
 *       ship_date, ship_from, shipment_ids}), {@link Operation#REFUND} ({@code {id}} = shipment id)
 *       and {@link Operation#PROOF_OF_DELIVERY} ({@code {number}}; 404 means none yet) are off
 *       unless a path is set; declare them in the capabilities too.
 * </ul>
 *
 * Rates and shipments also carry {@code shipment_options} and creates {@code customs} (a
 * cross-border shipment's declaration) and {@code return} ({@code rma_reference,
 * original_tracking_number}) when set; the first two in the canonical model's JSON form ({@code
 * CanonicalJson}). A {@link Operation#FIND_SHIPMENT} answering 404 is a definite "not created" for
 * {@link #lookupShipment}. Shipments may return {@code documents} ({@code type} as {@code
 * DocumentType} name, {@code format}, base64 {@code data}), for example a commercial invoice.
 *
 * <p>Every path is a template configurable with {@link Builder#path}.
 *
 * <p><b>Responses</b> are read through JSON Pointers, configurable per logical field with {@link
 * Builder#field}; {@link #DEFAULT_FIELDS} lists the names and defaults (for example {@code
 * rate.amount -> /total/amount}). Raw tracking codes map to {@link TrackingStatus} through {@link
 * Builder#status}; codes not mapped that equal a status name ({@code delivered}, {@code
 * IN_TRANSIT}) map to it, all others to {@link TrackingStatus#UNKNOWN}.
 *
 * <p><b>Errors</b>: 401/403 raise {@code CarrierAuthenticationException}, 429 {@code
 * CarrierRateLimitedException} (honouring {@code Retry-After}), other 4xx {@code
 * CarrierRequestRejectedException} with the carrier's error code, 5xx and connection failures
 * {@code CarrierUnavailableException}; a create whose response is lost after the request was sent
 * raises {@code CarrierOutcomeUnknownException}. Credentials configured with {@link
 * Builder#secretHeader} never appear in messages or {@link #toString()}.
 *
 * <p>Thread-safe; share one instance per carrier account.
 */
public final class RestCarrierAdapter implements CarrierAdapter {

  /** The HTTP operations the adapter performs. */
  public enum Operation {
    /** Quote rates. */
    RATE,
    /** Create a shipment and buy labels. */
    CREATE_SHIPMENT,
    /** Find a shipment by idempotency key after a lost response. */
    FIND_SHIPMENT,
    /** Void a shipment. */
    CANCEL,
    /** Track a parcel. */
    TRACK,
    /** Validate an address (off by default). */
    VALIDATE_ADDRESS,
    /** Book a pickup (off by default). */
    SCHEDULE_PICKUP,
    /** Change a booked pickup (off by default). */
    UPDATE_PICKUP,
    /** Cancel a booked pickup (off by default). */
    CANCEL_PICKUP,
    /** Close the day: create a manifest (off by default). */
    CREATE_MANIFEST,
    /** Ask for the refund of a manifested label (off by default). */
    REFUND,
    /** Fetch a proof of delivery (off by default). */
    PROOF_OF_DELIVERY
  }

  /** Logical response fields and their default JSON Pointers. */
  public static final Map<String, String> DEFAULT_FIELDS = defaults();

  private static Map<String, String> defaults() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rates", "/rates");
    m.put("rate.service_code", "/service_code");
    m.put("rate.service_name", "/service_name");
    m.put("rate.amount", "/total/amount");
    m.put("rate.currency", "/total/currency");
    m.put("rate.estimated_delivery", "/estimated_delivery");
    m.put("rate.transit_days", "/transit_days");
    m.put("rate.id", "/rate_id");
    m.put("shipment.id", "/shipment_id");
    m.put("shipment.parcels", "/parcels");
    m.put("shipment.amount", "/charged/amount");
    m.put("shipment.currency", "/charged/currency");
    m.put("parcel.tracking_number", "/tracking_number");
    m.put("parcel.label", "/label/data");
    m.put("parcel.label_format", "/label/format");
    m.put("tracking.status", "/status");
    m.put("tracking.events", "/events");
    m.put("tracking.estimated_delivery", "/estimated_delivery");
    m.put("event.tracking_number", "/tracking_number");
    m.put("event.code", "/code");
    m.put("event.description", "/description");
    m.put("event.occurred_at", "/occurred_at");
    m.put("event.location", "/location");
    m.put("event.signed_by", "/signed_by");
    m.put("webhook.tracking_number", "/tracking_number");
    m.put("webhook.events", "/events");
    m.put("address.valid", "/valid");
    m.put("address.messages", "/messages");
    m.put("pickup.confirmation", "/confirmation_number");
    m.put("pickup.date", "/date");
    m.put("shipment.documents", "/documents");
    m.put("document.type", "/type");
    m.put("document.format", "/format");
    m.put("document.data", "/data");
    m.put("event.reason", "/reason");
    m.put("event.action_required", "/action_required");
    m.put("address.suggestion", "/suggestion");
    m.put("manifest.id", "/manifest_id");
    m.put("manifest.documents", "/documents");
    m.put("refund.id", "/refund_id");
    m.put("refund.status", "/status");
    m.put("pod.signed_by", "/signed_by");
    m.put("pod.delivered_at", "/delivered_at");
    m.put("pod.documents", "/documents");
    m.put("error.code", "/error/code");
    m.put("error.message", "/error/message");
    return Map.copyOf(m);
  }

  private final RestCarrierClient client;

  private RestCarrierAdapter(RestCarrierClient client) {
    this.client = client;
  }

  /**
   * Starts a builder.
   *
   * @param capabilities what the carrier offers (code, services, label formats, ...)
   * @param baseUrl the API base URL, for example {@code https://api.carrier.example/v1}
   * @return a new builder
   */
  public static Builder builder(CarrierCapabilities capabilities, URI baseUrl) {
    return new Builder(capabilities, baseUrl);
  }

  @Override
  public CarrierCapabilities capabilities() {
    return client.capabilities();
  }

  @Override
  public List<Rate> rate(RateRequest request) {
    return client.rate(Objects.requireNonNull(request, "request"));
  }

  @Override
  public CarrierShipment createShipment(ShipmentRequest request) {
    return client.createShipment(Objects.requireNonNull(request, "request"));
  }

  @Override
  public Optional<CarrierShipment> findShipment(String idempotencyKey) {
    return client.findShipment(Objects.requireNonNull(idempotencyKey, "idempotencyKey"));
  }

  @Override
  public void cancelShipment(String shipmentId) {
    client.cancelShipment(Objects.requireNonNull(shipmentId, "shipmentId"));
  }

  @Override
  public TrackingResult track(String trackingNumber) {
    return client.track(Objects.requireNonNull(trackingNumber, "trackingNumber"));
  }

  @Override
  public List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
    return client.parseTrackingWebhook(Objects.requireNonNull(webhook, "webhook"));
  }

  @Override
  public AddressValidation validateAddress(Address address) {
    return client.validateAddress(Objects.requireNonNull(address, "address"));
  }

  @Override
  public PickupConfirmation schedulePickup(PickupRequest request) {
    return client.schedulePickup(Objects.requireNonNull(request, "request"));
  }

  @Override
  public PickupConfirmation updatePickup(String confirmationNumber, PickupRequest request) {
    return client.updatePickup(
        Objects.requireNonNull(confirmationNumber, "confirmationNumber"),
        Objects.requireNonNull(request, "request"));
  }

  @Override
  public void cancelPickup(String confirmationNumber) {
    client.cancelPickup(Objects.requireNonNull(confirmationNumber, "confirmationNumber"));
  }

  @Override
  public ShipmentLookup lookupShipment(String idempotencyKey) {
    return client.lookupShipment(Objects.requireNonNull(idempotencyKey, "idempotencyKey"));
  }

  @Override
  public Manifest createManifest(ManifestRequest request) {
    return client.createManifest(Objects.requireNonNull(request, "request"));
  }

  @Override
  public RefundConfirmation requestRefund(String shipmentId) {
    return client.requestRefund(Objects.requireNonNull(shipmentId, "shipmentId"));
  }

  @Override
  public Optional<ProofOfDelivery> proofOfDelivery(String trackingNumber) {
    return client.proofOfDelivery(Objects.requireNonNull(trackingNumber, "trackingNumber"));
  }

  @Override
  public String toString() {
    return "RestCarrierAdapter[" + client + "]";
  }

  /** Builds a {@link RestCarrierAdapter}. Not thread-safe. */
  public static final class Builder {
    private final CarrierCapabilities capabilities;
    private final URI baseUrl;
    private final Map<Operation, String> paths = new LinkedHashMap<>();
    private final Map<String, String> fields = new LinkedHashMap<>(DEFAULT_FIELDS);
    private final Map<String, TrackingStatus> statuses = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> secretHeaders = new LinkedHashMap<>();
    private String idempotencyHeader = "Idempotency-Key";
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);

    private Builder(CarrierCapabilities capabilities, URI baseUrl) {
      this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme = String.valueOf(baseUrl.getScheme());
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalArgumentException("baseUrl must be http(s): " + baseUrl);
      }
      paths.put(Operation.RATE, "POST /rates");
      paths.put(Operation.CREATE_SHIPMENT, "POST /shipments");
      paths.put(Operation.FIND_SHIPMENT, "GET /shipments?idempotency_key={key}");
      paths.put(Operation.CANCEL, "POST /shipments/{id}/cancel");
      paths.put(Operation.TRACK, "GET /tracking/{number}");
    }

    /**
     * Sets an operation's method and path template relative to the base URL, for example {@code
     * "GET /v2/track/{number}"}. Variables: {@code {key}} (find), {@code {id}} (cancel, refund: the
     * shipment id; update and cancel pickup: the confirmation number), {@code {number}} (track,
     * proof of delivery); their values are URL-encoded.
     *
     * @param operation the operation
     * @param methodAndPath method, a space, and the path template
     * @return this builder
     */
    public Builder path(Operation operation, String methodAndPath) {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(methodAndPath, "methodAndPath");
      if (!methodAndPath.matches("(GET|POST|PUT|DELETE|PATCH) /\\S*")) {
        throw new IllegalArgumentException(
            "path for " + operation + " must look like 'POST /path', got '" + methodAndPath + "'");
      }
      paths.put(operation, methodAndPath);
      return this;
    }

    /**
     * Turns an operation off (for example {@link Operation#FIND_SHIPMENT} when the carrier cannot
     * search by key).
     *
     * @param operation the operation
     * @return this builder
     */
    public Builder disable(Operation operation) {
      paths.remove(Objects.requireNonNull(operation, "operation"));
      return this;
    }

    /**
     * Maps a logical response field (a key of {@link #DEFAULT_FIELDS}) to a JSON Pointer.
     *
     * @param name the logical field
     * @param jsonPointer the pointer, for example {@code /price/value}
     * @return this builder
     */
    public Builder field(String name, String jsonPointer) {
      if (!DEFAULT_FIELDS.containsKey(Objects.requireNonNull(name, "name"))) {
        throw new IllegalArgumentException(
            "unknown field '" + name + "'; known: " + DEFAULT_FIELDS.keySet());
      }
      if (!Objects.requireNonNull(jsonPointer, "jsonPointer").isEmpty()
          && !jsonPointer.startsWith("/")) {
        throw new IllegalArgumentException(
            "field " + name + ": JSON Pointer must start with '/', got '" + jsonPointer + "'");
      }
      fields.put(name, jsonPointer);
      return this;
    }

    /**
     * Maps a raw carrier tracking code to a canonical status.
     *
     * @param rawCode the carrier's code, matched exactly
     * @param status the canonical status
     * @return this builder
     */
    public Builder status(String rawCode, TrackingStatus status) {
      statuses.put(
          Objects.requireNonNull(rawCode, "rawCode"), Objects.requireNonNull(status, "status"));
      return this;
    }

    /**
     * Adds a non-secret header sent with every request.
     *
     * @param name header name
     * @param value header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a credential header (for example {@code Authorization: Bearer ...}) that is never logged
     * or shown.
     *
     * @param name header name
     * @param value header value
     * @return this builder
     */
    public Builder secretHeader(String name, String value) {
      secretHeaders.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the header carrying the idempotency key on creates (default {@code Idempotency-Key}).
     *
     * @param name the header name
     * @return this builder
     */
    public Builder idempotencyHeader(String name) {
      this.idempotencyHeader = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the connect timeout (default 5 s) and the per-request timeout (default 30 s).
     *
     * @param connect connect timeout
     * @param request request timeout
     * @return this builder
     */
    public Builder timeouts(Duration connect, Duration request) {
      this.connectTimeout = Objects.requireNonNull(connect, "connect");
      this.requestTimeout = Objects.requireNonNull(request, "request");
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter
     */
    public RestCarrierAdapter build() {
      return new RestCarrierAdapter(
          new RestCarrierClient(
              capabilities,
              baseUrl,
              Map.copyOf(paths),
              Map.copyOf(fields),
              Map.copyOf(statuses),
              Map.copyOf(headers),
              Map.copyOf(secretHeaders),
              idempotencyHeader,
              connectTimeout,
              requestTimeout));
    }
  }
}
