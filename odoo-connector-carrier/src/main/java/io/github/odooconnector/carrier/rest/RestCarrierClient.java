package io.github.odooconnector.carrier.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.carrier.rest.RestCarrierAdapter.Operation;
import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelFormat;
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
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.carrier.spi.UnsupportedCarrierOperationException;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP/JSON client behind {@link RestCarrierAdapter}: one method per {@code CarrierAdapter}
 * operation, with the same name, doing the request mapping, the exchange and the response mapping.
 * Thread-safe (immutable; HttpClient is thread-safe).
 */
final class RestCarrierClient {

  private static final ObjectMapper JSON = CanonicalJson.mapper();

  private final CarrierCapabilities capabilities;
  private final String code;
  private final RestCarrierJson json;
  private final RestCarrierHttp http;

  RestCarrierClient(
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
    this.json = new RestCarrierJson(code, fields, statuses);
    this.http =
        new RestCarrierHttp(
            code,
            baseUrl,
            paths,
            json,
            headers,
            secretHeaders,
            idempotencyHeader,
            connectTimeout,
            requestTimeout);
  }

  CarrierCapabilities capabilities() {
    return capabilities;
  }

  // ------------------------------------------------------------------ operations

  List<Rate> rate(RateRequest request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("reference", request.reference());
    body.set("ship_from", json.party(request.shipFrom()));
    body.set("ship_to", json.party(request.shipTo()));
    body.set("parcels", json.parcels(request.parcels()));
    request.optionalShipDate().ifPresent(d -> body.put("ship_date", d.toString()));
    ArrayNode services = body.putArray("services");
    request.serviceCodes().stream().sorted().forEach(services::add);
    ObjectNode options = body.putObject("options");
    request.options().forEach(options::put);
    if (!request.shipmentOptions().isEmpty()) {
      body.set("shipment_options", json.canonical(request.shipmentOptions()));
    }
    JsonNode response =
        http.exchange(Operation.RATE, Map.of(), body, Optional.empty())
            .orElseThrow(() -> json.rejected("rate: the carrier answered 404"));
    List<Rate> rates = new ArrayList<>();
    for (JsonNode r : json.array(response, "rates", "rate response")) {
      String service = json.requireText(r, "rate.service_code", "rate");
      rates.add(
          new Rate(
              code,
              service,
              json.text(r, "rate.service_name").orElse(service),
              json.money(r, "rate.amount", "rate.currency", "rate " + service),
              json.text(r, "rate.estimated_delivery")
                  .map(v -> json.date(v, "rate.estimated_delivery"))
                  .orElse(null),
              json.integer(r, "rate.transit_days"),
              json.text(r, "rate.id").orElse(null)));
    }
    return rates;
  }

  CarrierShipment createShipment(ShipmentRequest request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("idempotency_key", request.idempotencyKey());
    body.put("reference", request.reference());
    body.put("service_code", request.serviceCode());
    request.optionalRateId().ifPresent(id -> body.put("rate_id", id));
    body.put("label_format", request.labelFormat().name());
    body.set("ship_from", json.party(request.shipFrom()));
    body.set("ship_to", json.party(request.shipTo()));
    body.set("parcels", json.parcels(request.parcels()));
    request.optionalShipDate().ifPresent(d -> body.put("ship_date", d.toString()));
    ObjectNode options = body.putObject("options");
    request.options().forEach(options::put);
    if (!request.shipmentOptions().isEmpty()) {
      body.set("shipment_options", json.canonical(request.shipmentOptions()));
    }
    request.optionalCustoms().ifPresent(c -> body.set("customs", json.canonical(c)));
    request
        .optionalReturnDetails()
        .ifPresent(
            r -> {
              ObjectNode ret = body.putObject("return");
              ret.put("rma_reference", r.rmaReference());
              r.optionalOriginalTrackingNumber()
                  .ifPresent(t -> ret.put("original_tracking_number", t));
            });
    JsonNode response =
        http.exchange(
                Operation.CREATE_SHIPMENT, Map.of(), body, Optional.of(request.idempotencyKey()))
            .orElseThrow(() -> json.rejected("create shipment: the carrier answered 404"));
    return json.shipment(response, request.labelFormat(), request.serviceCode());
  }

  Optional<CarrierShipment> findShipment(String idempotencyKey) {
    if (!http.supports(Operation.FIND_SHIPMENT)) {
      return Optional.empty();
    }
    return http.exchange(
            Operation.FIND_SHIPMENT, Map.of("key", idempotencyKey), null, Optional.empty())
        .map(r -> json.shipment(r, capabilities.labelFormatOr(LabelFormat.PDF), "unknown"));
  }

  ShipmentLookup lookupShipment(String idempotencyKey) {
    if (!http.supports(Operation.FIND_SHIPMENT)) {
      return ShipmentLookup.unknown(
          "carrier '" + code + "' is configured without a shipment search (FIND_SHIPMENT)");
    }
    return http.exchange(
            Operation.FIND_SHIPMENT, Map.of("key", idempotencyKey), null, Optional.empty())
        .map(r -> json.shipment(r, capabilities.labelFormatOr(LabelFormat.PDF), "unknown"))
        .map(ShipmentLookup::found)
        .orElseGet(ShipmentLookup::notFound);
  }

  Manifest createManifest(ManifestRequest request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("idempotency_key", request.idempotencyKey());
    body.put("ship_date", request.shipDate().toString());
    body.set("ship_from", json.party(request.shipFrom()));
    ArrayNode ids = body.putArray("shipment_ids");
    request.shipmentIds().forEach(ids::add);
    JsonNode r =
        http.exchange(
                Operation.CREATE_MANIFEST, Map.of(), body, Optional.of(request.idempotencyKey()))
            .orElseThrow(() -> json.rejected("create manifest: the carrier answered 404"));
    return new Manifest(
        json.requireText(r, "manifest.id", "manifest"),
        request.shipmentIds(),
        json.documents(r, "manifest.documents", "manifest"));
  }

  RefundConfirmation requestRefund(String shipmentId) {
    JsonNode r =
        http.exchange(
                Operation.REFUND,
                Map.of("id", shipmentId),
                JSON.createObjectNode(),
                Optional.empty())
            .orElseThrow(
                () -> json.rejected("refund: the carrier does not know shipment " + shipmentId));
    return new RefundConfirmation(
        shipmentId,
        json.text(r, "refund.id").orElse(null),
        json.text(r, "refund.status").orElse("submitted"));
  }

  PickupConfirmation updatePickup(String confirmationNumber, PickupRequest request) {
    JsonNode r =
        http.exchange(
                Operation.UPDATE_PICKUP,
                Map.of("id", confirmationNumber),
                pickupBody(request),
                Optional.of(request.idempotencyKey()))
            .orElseThrow(
                () ->
                    json.rejected(
                        "update pickup: the carrier does not know " + confirmationNumber));
    return new PickupConfirmation(
        json.text(r, "pickup.confirmation").orElse(confirmationNumber),
        json.text(r, "pickup.date").map(v -> json.date(v, "pickup.date")).orElse(request.date()));
  }

  void cancelPickup(String confirmationNumber) {
    http.exchange(
            Operation.CANCEL_PICKUP,
            Map.of("id", confirmationNumber),
            JSON.createObjectNode(),
            Optional.empty())
        .orElseThrow(
            () -> json.rejected("cancel pickup: the carrier does not know " + confirmationNumber));
  }

  Optional<ProofOfDelivery> proofOfDelivery(String trackingNumber) {
    if (!http.supports(Operation.PROOF_OF_DELIVERY)) {
      return Optional.empty();
    }
    return http.exchange(
            Operation.PROOF_OF_DELIVERY, Map.of("number", trackingNumber), null, Optional.empty())
        .map(
            r ->
                new ProofOfDelivery(
                    trackingNumber,
                    json.text(r, "pod.signed_by").orElse(null),
                    json.text(r, "pod.delivered_at")
                        .map(v -> json.instant(v, "pod.delivered_at"))
                        .orElse(null),
                    json.documents(r, "pod.documents", "proof of delivery")));
  }

  void cancelShipment(String shipmentId) {
    http.exchange(
            Operation.CANCEL, Map.of("id", shipmentId), JSON.createObjectNode(), Optional.empty())
        .orElseThrow(
            () -> json.rejected("cancel: the carrier does not know shipment " + shipmentId));
  }

  TrackingResult track(String trackingNumber) {
    JsonNode response =
        http.exchange(Operation.TRACK, Map.of("number", trackingNumber), null, Optional.empty())
            .orElseThrow(() -> new TrackingNumberNotFoundException(code, trackingNumber));
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode e : json.array(response, "tracking.events", "tracking response")) {
      events.add(json.event(e, trackingNumber, "tracking response"));
    }
    TrackingStatus status =
        json.text(response, "tracking.status")
            .map(json::status)
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
        json.text(response, "tracking.estimated_delivery")
            .map(v -> json.date(v, "tracking.estimated_delivery"))
            .orElse(null));
  }

  List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
    JsonNode root;
    try {
      root = JSON.readTree(webhook.body());
    } catch (IOException e) {
      throw new InvalidTrackingWebhookException(code, "webhook body is not JSON", null);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidTrackingWebhookException(code, "webhook body is not a JSON object", null);
    }
    Optional<String> number = json.text(root, "webhook.tracking_number");
    JsonNode events = json.at(root, "webhook.events");
    if (!events.isArray()) {
      throw new InvalidTrackingWebhookException(
          code, "webhook has no event array at " + json.pointer("webhook.events"), null);
    }
    List<TrackingEvent> out = new ArrayList<>();
    try {
      for (JsonNode e : events) {
        out.add(json.event(e, number.orElse(null), "webhook"));
      }
    } catch (CarrierRequestRejectedException | IllegalArgumentException e) {
      throw new InvalidTrackingWebhookException(
          code, "webhook event is invalid: " + e.getMessage(), null);
    }
    return out;
  }

  AddressValidation validateAddress(Address address) {
    if (!http.supports(Operation.VALIDATE_ADDRESS)) {
      throw new UnsupportedCarrierOperationException(code, "validateAddress");
    }
    JsonNode r =
        http.exchange(Operation.VALIDATE_ADDRESS, Map.of(), json.address(address), Optional.empty())
            .orElseThrow(() -> json.rejected("validate address: the carrier answered 404"));
    List<String> messages = new ArrayList<>();
    json.at(r, "address.messages").forEach(m -> messages.add(m.asText()));
    JsonNode suggestion = json.at(r, "address.suggestion");
    return new AddressValidation(
        json.at(r, "address.valid").asBoolean(false),
        suggestion.isObject() ? json.readAddress(suggestion, "address suggestion") : null,
        messages);
  }

  PickupConfirmation schedulePickup(PickupRequest request) {
    if (!http.supports(Operation.SCHEDULE_PICKUP)) {
      throw new UnsupportedCarrierOperationException(code, "schedulePickup");
    }
    JsonNode r =
        http.exchange(
                Operation.SCHEDULE_PICKUP,
                Map.of(),
                pickupBody(request),
                Optional.of(request.idempotencyKey()))
            .orElseThrow(() -> json.rejected("schedule pickup: the carrier answered 404"));
    return new PickupConfirmation(
        json.requireText(r, "pickup.confirmation", "pickup"),
        json.text(r, "pickup.date").map(v -> json.date(v, "pickup.date")).orElse(request.date()));
  }

  private ObjectNode pickupBody(PickupRequest request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("idempotency_key", request.idempotencyKey());
    body.set("location", json.party(request.location()));
    body.put("date", request.date().toString());
    body.put("ready_from", request.readyFrom().toString());
    body.put("close_at", request.closeAt().toString());
    ArrayNode ids = body.putArray("shipment_ids");
    request.shipmentIds().forEach(ids::add);
    return body;
  }

  @Override
  public String toString() {
    return http.toString();
  }
}
