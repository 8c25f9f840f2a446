package io.github.odooconnector.carrier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.carrier.api.RestCarrierAdapter.Operation;
import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.carrier.spi.CarrierAuthenticationException;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRateLimitedException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.carrier.spi.UnsupportedCarrierOperationException;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Dimensions;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The HTTP/JSON engine behind {@code RestCarrierAdapter}. Thread-safe (immutable; HttpClient is
 * thread-safe).
 */
public final class RestCarrierClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERROR_TEXT = 300;

  private final CarrierCapabilities capabilities;
  private final String code;
  private final URI baseUrl;
  private final Map<Operation, String> paths;
  private final Map<String, String> fields;
  private final Map<String, TrackingStatus> statuses;
  private final Map<String, String> headers;
  private final Map<String, String> secretHeaders;
  private final String idempotencyHeader;
  private final Duration requestTimeout;
  private final HttpClient http;

  public RestCarrierClient(
      CarrierCapabilities capabilities,
      URI baseUrl,
      Map<Operation, String> paths,
      Map<String, String> fields,
      Map<String, TrackingStatus> statuses,
      Map<String, String> headers,
      Map<String, String> secretHeaders,
      String idempotencyHeader,
      Duration connectTimeout,
      Duration requestTimeout) {
    this.capabilities = capabilities;
    this.code = capabilities.carrierCode();
    String base = baseUrl.toString();
    this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.paths = paths;
    this.fields = fields;
    this.statuses = statuses;
    this.headers = headers;
    this.secretHeaders = secretHeaders;
    this.idempotencyHeader = idempotencyHeader;
    this.requestTimeout = requestTimeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public CarrierCapabilities capabilities() {
    return capabilities;
  }

  // ------------------------------------------------------------------ operations

  public List<Rate> rate(RateRequest request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("reference", request.reference());
    body.set("ship_from", party(request.shipFrom()));
    body.set("ship_to", party(request.shipTo()));
    body.set("parcels", parcels(request.parcels()));
    request.shipDate().ifPresent(d -> body.put("ship_date", d.toString()));
    ArrayNode services = body.putArray("services");
    request.serviceCodes().stream().sorted().forEach(services::add);
    ObjectNode options = body.putObject("options");
    request.options().forEach(options::put);
    JsonNode response =
        exchange(Operation.RATE, Map.of(), body, Optional.empty())
            .orElseThrow(() -> rejected("rate: the carrier answered 404"));
    List<Rate> rates = new ArrayList<>();
    for (JsonNode r : array(response, "rates", "rate response")) {
      String service = requireText(r, "rate.service_code", "rate");
      rates.add(
          new Rate(
              code,
              service,
              text(r, "rate.service_name").orElse(service),
              money(r, "rate.amount", "rate.currency", "rate " + service),
              text(r, "rate.estimated_delivery").map(v -> date(v, "rate.estimated_delivery")),
              integer(r, "rate.transit_days"),
              text(r, "rate.id")));
    }
    return rates;
  }

  public CarrierShipment createShipment(ShipmentRequest request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("idempotency_key", request.idempotencyKey());
    body.put("reference", request.reference());
    body.put("service_code", request.serviceCode());
    request.rateId().ifPresent(id -> body.put("rate_id", id));
    body.put("label_format", request.labelFormat().name());
    body.set("ship_from", party(request.shipFrom()));
    body.set("ship_to", party(request.shipTo()));
    body.set("parcels", parcels(request.parcels()));
    request.shipDate().ifPresent(d -> body.put("ship_date", d.toString()));
    ObjectNode options = body.putObject("options");
    request.options().forEach(options::put);
    JsonNode response =
        exchange(Operation.CREATE_SHIPMENT, Map.of(), body, Optional.of(request.idempotencyKey()))
            .orElseThrow(() -> rejected("create shipment: the carrier answered 404"));
    return shipment(response, request.labelFormat(), request.serviceCode());
  }

  public Optional<CarrierShipment> findShipment(String idempotencyKey) {
    if (!paths.containsKey(Operation.FIND_SHIPMENT)) {
      return Optional.empty();
    }
    return exchange(Operation.FIND_SHIPMENT, Map.of("key", idempotencyKey), null, Optional.empty())
        .map(r -> shipment(r, capabilities.labelFormatOr(LabelFormat.PDF), "unknown"));
  }

  public void cancel(String shipmentId) {
    exchange(Operation.CANCEL, Map.of("id", shipmentId), JSON.createObjectNode(), Optional.empty())
        .orElseThrow(() -> rejected("cancel: the carrier does not know shipment " + shipmentId));
  }

  public TrackingResult track(String trackingNumber) {
    JsonNode response =
        exchange(Operation.TRACK, Map.of("number", trackingNumber), null, Optional.empty())
            .orElseThrow(() -> new TrackingNumberNotFoundException(code, trackingNumber));
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode e : array(response, "tracking.events", "tracking response")) {
      events.add(event(e, trackingNumber, "tracking response"));
    }
    TrackingStatus status =
        text(response, "tracking.status")
            .map(this::status)
            .orElseGet(
                () ->
                    events.stream()
                        .max(Comparator.comparing(TrackingEvent::occurredAt))
                        .map(TrackingEvent::status)
                        .orElse(TrackingStatus.UNKNOWN));
    return new TrackingResult(
        trackingNumber,
        status,
        events,
        text(response, "tracking.estimated_delivery")
            .map(v -> date(v, "tracking.estimated_delivery")));
  }

  public List<TrackingEvent> parseWebhook(WebhookRequest webhook) {
    JsonNode root;
    try {
      root = JSON.readTree(webhook.body());
    } catch (IOException e) {
      throw new InvalidTrackingWebhookException(code, "webhook body is not JSON", null);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidTrackingWebhookException(code, "webhook body is not a JSON object", null);
    }
    Optional<String> number = text(root, "webhook.tracking_number");
    JsonNode events = at(root, "webhook.events");
    if (!events.isArray()) {
      throw new InvalidTrackingWebhookException(
          code, "webhook has no event array at " + fields.get("webhook.events"), null);
    }
    List<TrackingEvent> out = new ArrayList<>();
    try {
      for (JsonNode e : events) {
        out.add(event(e, number.orElse(null), "webhook"));
      }
    } catch (CarrierRequestRejectedException | IllegalArgumentException e) {
      throw new InvalidTrackingWebhookException(
          code, "webhook event is invalid: " + e.getMessage(), null);
    }
    return out;
  }

  public AddressValidation validateAddress(Address address) {
    if (!paths.containsKey(Operation.VALIDATE_ADDRESS)) {
      throw new UnsupportedCarrierOperationException(code, "validateAddress");
    }
    JsonNode r =
        exchange(Operation.VALIDATE_ADDRESS, Map.of(), address(address), Optional.empty())
            .orElseThrow(() -> rejected("validate address: the carrier answered 404"));
    List<String> messages = new ArrayList<>();
    at(r, "address.messages").forEach(m -> messages.add(m.asText()));
    return new AddressValidation(
        at(r, "address.valid").asBoolean(false), Optional.empty(), messages);
  }

  public PickupConfirmation schedulePickup(PickupRequest request) {
    if (!paths.containsKey(Operation.SCHEDULE_PICKUP)) {
      throw new UnsupportedCarrierOperationException(code, "schedulePickup");
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("idempotency_key", request.idempotencyKey());
    body.set("location", party(request.location()));
    body.put("date", request.date().toString());
    body.put("ready_from", request.readyFrom().toString());
    body.put("close_at", request.closeAt().toString());
    ArrayNode ids = body.putArray("shipment_ids");
    request.shipmentIds().forEach(ids::add);
    JsonNode r =
        exchange(Operation.SCHEDULE_PICKUP, Map.of(), body, Optional.of(request.idempotencyKey()))
            .orElseThrow(() -> rejected("schedule pickup: the carrier answered 404"));
    return new PickupConfirmation(
        requireText(r, "pickup.confirmation", "pickup"),
        text(r, "pickup.date").map(v -> date(v, "pickup.date")).orElse(request.date()));
  }

  // ------------------------------------------------------------------ mapping

  private CarrierShipment shipment(JsonNode r, LabelFormat requested, String requestedService) {
    String id = requireText(r, "shipment.id", "shipment");
    List<ParcelLabel> labels = new ArrayList<>();
    for (JsonNode p : array(r, "shipment.parcels", "shipment " + id)) {
      String tracking = requireText(p, "parcel.tracking_number", "shipment " + id + " parcel");
      String data = requireText(p, "parcel.label", "parcel " + tracking);
      byte[] bytes;
      try {
        bytes = Base64.getMimeDecoder().decode(data);
      } catch (IllegalArgumentException e) {
        throw rejected("label of parcel " + tracking + " is not base64");
      }
      LabelFormat format =
          text(p, "parcel.label_format").map(f -> labelFormat(f, tracking)).orElse(requested);
      labels.add(new ParcelLabel(tracking, new LabelDocument(format, bytes)));
    }
    Optional<Money> charged =
        text(r, "shipment.amount").isPresent()
            ? Optional.of(money(r, "shipment.amount", "shipment.currency", "shipment " + id))
            : Optional.empty();
    return new CarrierShipment(
        code, id, text(r, "/service_code").orElse(requestedService), labels, charged);
  }

  private LabelFormat labelFormat(String value, String tracking) {
    try {
      return LabelFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw rejected("label of parcel " + tracking + " has unknown format '" + value + "'");
    }
  }

  private TrackingEvent event(JsonNode e, String defaultNumber, String where) {
    String number = text(e, "event.tracking_number").orElse(defaultNumber);
    if (number == null) {
      throw rejected(where + ": event without tracking number");
    }
    String raw = text(e, "event.code").orElse(null);
    String when = requireText(e, "event.occurred_at", where + " event");
    return TrackingEvent.builder()
        .trackingNumber(number)
        .carrier(code)
        .status(raw == null ? TrackingStatus.UNKNOWN : status(raw))
        .rawCode(raw)
        .rawDescription(text(e, "event.description").map(s -> truncate(s, 1000)).orElse(null))
        .occurredAt(instant(when, "event.occurred_at"))
        .location(text(e, "event.location").map(s -> truncate(s, 200)).orElse(null))
        .signedBy(text(e, "event.signed_by").orElse(null))
        .build();
  }

  TrackingStatus status(String raw) {
    TrackingStatus mapped = statuses.get(raw);
    if (mapped != null) {
      return mapped;
    }
    try {
      return TrackingStatus.valueOf(
          raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      return TrackingStatus.UNKNOWN;
    }
  }

  private static ObjectNode party(Party p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", p.name());
    putIfPresent(n, "company", p.companyName());
    putIfPresent(n, "email", p.email());
    putIfPresent(n, "phone", p.phone());
    n.set("address", address(p.address()));
    return n;
  }

  private static ObjectNode address(Address a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("street1", a.street1());
    putIfPresent(n, "street2", a.street2());
    n.put("city", a.city());
    putIfPresent(n, "region", a.region());
    putIfPresent(n, "postal_code", a.postalCode());
    n.put("country_code", a.countryCode());
    return n;
  }

  private static ArrayNode parcels(List<Parcel> parcels) {
    ArrayNode arr = JSON.createArrayNode();
    for (Parcel p : parcels) {
      ObjectNode n = arr.addObject();
      n.put("id", p.parcelId());
      Weight w = p.weight();
      if (w != null) {
        ObjectNode wn = n.putObject("weight");
        wn.put("value", w.value());
        wn.put("unit", w.unit().name());
      }
      Dimensions d = p.dimensions();
      if (d != null) {
        ObjectNode dn = n.putObject("dimensions");
        dn.put("length", d.length());
        dn.put("width", d.width());
        dn.put("height", d.height());
        dn.put("unit", d.unit().name());
      }
      putIfPresent(n, "package_type", p.packageType());
    }
    return arr;
  }

  private static void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  private JsonNode at(JsonNode node, String field) {
    String pointer = field.startsWith("/") ? field : fields.get(field);
    if (pointer == null || pointer.isEmpty()) {
      return MissingNode.getInstance();
    }
    return node.at(pointer);
  }

  private Optional<String> text(JsonNode node, String field) {
    JsonNode v = at(node, field);
    if (v.isMissingNode() || v.isNull() || v.isContainerNode()) {
      return Optional.empty();
    }
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  private String requireText(JsonNode node, String field, String where) {
    return text(node, field)
        .orElseThrow(
            () ->
                rejected(
                    where
                        + " has no "
                        + field
                        + " at "
                        + (field.startsWith("/") ? field : fields.get(field))));
  }

  private OptionalInt integer(JsonNode node, String field) {
    JsonNode v = at(node, field);
    return v.canConvertToInt() && v.isNumber() ? OptionalInt.of(v.intValue()) : OptionalInt.empty();
  }

  private JsonNode array(JsonNode node, String field, String where) {
    JsonNode v = at(node, field);
    if (!v.isArray()) {
      throw rejected(where + " has no array at " + fields.get(field));
    }
    return v;
  }

  private Money money(JsonNode node, String amountField, String currencyField, String where) {
    JsonNode amount = at(node, amountField);
    BigDecimal value;
    try {
      value = amount.isNumber() ? amount.decimalValue() : new BigDecimal(amount.asText());
    } catch (NumberFormatException e) {
      throw rejected(where + " has no numeric " + amountField + " at " + fields.get(amountField));
    }
    String currency = requireText(node, currencyField, where);
    try {
      return Money.of(value, currency);
    } catch (RuntimeException e) {
      throw rejected(where + " has an invalid amount/currency: " + value + " " + currency);
    }
  }

  private LocalDate date(String value, String field) {
    try {
      return value.length() > 10
          ? OffsetDateTime.parse(value).toLocalDate()
          : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw rejected(field + " is not an ISO date: '" + truncate(value, 40) + "'");
    }
  }

  private Instant instant(String value, String field) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw rejected(
          field + " is not an ISO-8601 date-time with offset: '" + truncate(value, 40) + "'");
    }
  }

  private CarrierRequestRejectedException rejected(String message) {
    return new CarrierRequestRejectedException(
        code, "carrier '" + code + "': " + message, null, List.of());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }

  // ------------------------------------------------------------------ HTTP

  /** Returns the parsed body, or empty on 404. */
  private Optional<JsonNode> exchange(
      Operation op, Map<String, String> vars, JsonNode body, Optional<String> idempotencyKey) {
    String template = paths.get(op);
    if (template == null) {
      throw new UnsupportedCarrierOperationException(code, op.name().toLowerCase(Locale.ROOT));
    }
    int space = template.indexOf(' ');
    String method = template.substring(0, space);
    String path = template.substring(space + 1);
    for (Map.Entry<String, String> v : vars.entrySet()) {
      path =
          path.replace(
              "{" + v.getKey() + "}",
              URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    URI uri = URI.create(baseUrl + path);
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json");
    headers.forEach(rb::header);
    secretHeaders.forEach(rb::header);
    idempotencyKey.ifPresent(k -> rb.header(idempotencyHeader, k));
    if (body != null) {
      try {
        rb.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      } catch (JsonProcessingException e) {
        throw new CarrierException(code, "cannot encode " + op + " request", null, false, e);
      }
    } else {
      rb.method(method, HttpRequest.BodyPublishers.noBody());
    }
    boolean mutating =
        op == Operation.CREATE_SHIPMENT
            || op == Operation.CANCEL
            || op == Operation.SCHEDULE_PICKUP;
    HttpResponse<byte[]> response;
    try {
      response = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new CarrierUnavailableException(
          code,
          "carrier '"
              + code
              + "' unreachable for "
              + op
              + " ("
              + e.getClass().getSimpleName()
              + ")",
          null,
          null);
    } catch (IOException e) {
      if (mutating) {
        throw new CarrierOutcomeUnknownException(
            code,
            "carrier '"
                + code
                + "': response to "
                + op
                + " lost ("
                + e.getClass().getSimpleName()
                + "); it may have been carried out",
            null);
      }
      throw new CarrierUnavailableException(
          code,
          "carrier '" + code + "' failed during " + op + " (" + e.getClass().getSimpleName() + ")",
          null,
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (mutating) {
        throw new CarrierOutcomeUnknownException(code, "interrupted while waiting for " + op, null);
      }
      throw new CarrierUnavailableException(
          code, "interrupted while waiting for " + op, null, null);
    }
    int status = response.statusCode();
    if (status == 404
        && (op == Operation.FIND_SHIPMENT || op == Operation.TRACK || op == Operation.CANCEL)) {
      return Optional.empty();
    }
    if (status >= 200 && status < 300) {
      try {
        byte[] bytes = response.body();
        return Optional.of(bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes));
      } catch (IOException e) {
        if (mutating) {
          throw new CarrierOutcomeUnknownException(
              code, "carrier '" + code + "': " + op + " succeeded with an unreadable body", null);
        }
        throw new CarrierUnavailableException(
            code, "carrier '" + code + "': unreadable " + op + " response", null, null);
      }
    }
    throw error(op, status, response);
  }

  private CarrierException error(Operation op, int status, HttpResponse<byte[]> response) {
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      body = null;
    }
    JsonNode b = body == null ? JSON.createObjectNode() : body;
    String errorCode = text(b, "error.code").orElse(null);
    String detail =
        text(b, "error.message").map(s -> ": " + truncate(s, MAX_ERROR_TEXT)).orElse("");
    String prefix = "carrier '" + code + "' answered HTTP " + status + " to " + op;
    if (status == 401 || status == 403) {
      return new CarrierAuthenticationException(
          code, prefix + " (check the configured credentials)");
    }
    if (status == 429) {
      Duration retryAfter =
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(
                  v -> {
                    try {
                      return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
                    } catch (NumberFormatException e) {
                      return Optional.empty();
                    }
                  })
              .orElse(null);
      return new CarrierRateLimitedException(code, prefix + detail, retryAfter);
    }
    if (status >= 500) {
      if (op == Operation.CREATE_SHIPMENT && (status == 502 || status == 504)) {
        return new CarrierOutcomeUnknownException(
            code, prefix + " (gateway error; it may have been carried out)", null);
      }
      return new CarrierUnavailableException(code, prefix + detail, errorCode, null);
    }
    return new CarrierRequestRejectedException(code, prefix + detail, errorCode, List.of());
  }

  @Override
  public String toString() {
    return code
        + " @ "
        + baseUrl
        + (secretHeaders.isEmpty() ? "" : ", credentials " + secretHeaders.keySet());
  }
}
