package io.github.odooconnector.testkit.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ProofOfDelivery;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingReason;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SimulatedCarrier}'s tracking side: the raw code tables, each parcel's scripted timeline,
 * what {@code track} shows at the clock's now, proof of delivery, and the webhook JSON the carrier
 * sends and parses.
 *
 * <p>Not thread-safe: the timelines are only used under the owning {@link SimulatedCarrier}'s
 * monitor; {@link #render} and the static tables need no lock.
 */
final class TrackingTimelines {

  /**
   * Raw tracking codes and their canonical statuses; published as {@link
   * SimulatedCarrier#RAW_CODES}.
   */
  static final Map<String, TrackingStatus> RAW_CODES =
      Map.ofEntries(
          Map.entry("LC", TrackingStatus.PRE_TRANSIT),
          Map.entry("PU", TrackingStatus.PICKED_UP),
          Map.entry("AR", TrackingStatus.IN_TRANSIT),
          Map.entry("DY", TrackingStatus.DELIVERY_DELAYED),
          Map.entry("HD", TrackingStatus.ON_HOLD),
          Map.entry("CD", TrackingStatus.ON_HOLD),
          Map.entry("OD", TrackingStatus.OUT_FOR_DELIVERY),
          Map.entry("RP", TrackingStatus.READY_FOR_PICKUP),
          Map.entry("NH", TrackingStatus.DELIVERY_FAILED),
          Map.entry("EX", TrackingStatus.EXCEPTION),
          Map.entry("RS", TrackingStatus.RETURNED_TO_SENDER),
          Map.entry("DL", TrackingStatus.DELIVERED),
          Map.entry("CX", TrackingStatus.CANCELLED));

  /** Detail reasons by raw code; published as {@link SimulatedCarrier#RAW_REASONS}. */
  static final Map<String, TrackingReason> RAW_REASONS =
      Map.of(
          "DY", TrackingReason.WEATHER_DELAY,
          "HD", TrackingReason.CUSTOMS_HOLD,
          "CD", TrackingReason.CUSTOMS_DOCUMENTS_REQUIRED,
          "RP", TrackingReason.AWAITING_COLLECTION,
          "NH", TrackingReason.RECIPIENT_NOT_AVAILABLE,
          "EX", TrackingReason.DAMAGED);

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry("LC", "Shipment information received"),
          Map.entry("PU", "Picked up"),
          Map.entry("AR", "Arrived at sorting hub"),
          Map.entry("DY", "Delayed by storm"),
          Map.entry("HD", "Held at customs"),
          Map.entry("CD", "Customs needs the commercial invoice"),
          Map.entry("OD", "Out for delivery"),
          Map.entry("RP", "Ready for collection at the service point"),
          Map.entry("NH", "Delivery attempted - recipient not home"),
          Map.entry("EX", "Parcel damaged"),
          Map.entry("RS", "Returned to sender"),
          Map.entry("DL", "Delivered"),
          Map.entry("CX", "Shipment cancelled"));

  private static final ObjectMapper JSON = CanonicalJson.mapper();

  private final CarrierState state;
  private final Map<String, List<TrackingEvent>> timelines = new HashMap<>();
  private final Map<String, String> signers = new HashMap<>();

  TrackingTimelines(CarrierState state) {
    this.state = state;
  }

  /** Appends a carrier-generated event ({@code LC} on purchase, {@code CX} on cancel). */
  void record(String trackingNumber, String rawCode, Instant at) {
    timelines
        .computeIfAbsent(trackingNumber, t -> new ArrayList<>())
        .add(event(trackingNumber, rawCode, at, null));
  }

  TrackingEvent script(String trackingNumber, String rawCode, Instant occurredAt, String location) {
    if (!RAW_CODES.containsKey(Objects.requireNonNull(rawCode, "rawCode"))) {
      throw new IllegalArgumentException(
          "unknown raw code '" + rawCode + "'; use one of " + RAW_CODES.keySet());
    }
    TrackingEvent e =
        event(trackingNumber, rawCode, Objects.requireNonNull(occurredAt, "occurredAt"), location);
    timelines.computeIfAbsent(trackingNumber, t -> new ArrayList<>()).add(e);
    return e;
  }

  void signer(String trackingNumber, String name) {
    signers.put(
        Objects.requireNonNull(trackingNumber, "trackingNumber"),
        Objects.requireNonNull(name, "name"));
  }

  TrackingResult track(String trackingNumber) {
    List<TrackingEvent> timeline =
        timelines.get(Objects.requireNonNull(trackingNumber, "trackingNumber"));
    if (timeline == null) {
      throw new TrackingNumberNotFoundException(state.code(), trackingNumber);
    }
    Instant now = state.clock.instant();
    List<TrackingEvent> visible =
        timeline.stream()
            .filter(e -> !e.occurredAt().isAfter(now))
            .sorted(Comparator.comparing(TrackingEvent::occurredAt))
            .toList();
    TrackingEvent current = null;
    for (TrackingEvent e : visible) {
      if (e.supersedes(current)) {
        current = e;
      }
    }
    return new TrackingResult(
        trackingNumber, current == null ? TrackingStatus.UNKNOWN : current.status(), visible, null);
  }

  Optional<ProofOfDelivery> proofOfDelivery(String trackingNumber) {
    List<TrackingEvent> timeline = timelines.get(trackingNumber);
    if (timeline == null) {
      return Optional.empty();
    }
    Instant now = state.clock.instant();
    return timeline.stream()
        .filter(e -> e.status() == TrackingStatus.DELIVERED && !e.occurredAt().isAfter(now))
        .findFirst()
        .map(
            e ->
                new ProofOfDelivery(
                    trackingNumber,
                    signers.getOrDefault(trackingNumber, "J. Doe"),
                    e.occurredAt(),
                    List.of(
                        new ShippingDocument(
                            DocumentType.PROOF_OF_DELIVERY,
                            new LabelDocument(LabelFormat.JPEG, LabelDocuments.jpeg())))));
  }

  List<TrackingEvent> parse(WebhookRequest webhook) {
    JsonNode root;
    try {
      root = JSON.readTree(webhook.body());
    } catch (IOException e) {
      throw new InvalidTrackingWebhookException(state.code(), "webhook body is not JSON", null);
    }
    if (root == null || !root.path("events").isArray()) {
      throw new InvalidTrackingWebhookException(
          state.code(), "webhook has no 'events' array", null);
    }
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode e : root.path("events")) {
      String number = e.path("tracking_number").asText(root.path("tracking_number").asText(""));
      String raw = e.path("code").asText("");
      if (number.isBlank() || raw.isBlank()) {
        throw new InvalidTrackingWebhookException(
            state.code(), "webhook event without tracking_number or code", null);
      }
      Instant at;
      try {
        at = OffsetDateTime.parse(e.path("occurred_at").asText("")).toInstant();
      } catch (DateTimeParseException ex) {
        throw new InvalidTrackingWebhookException(
            state.code(), "webhook event occurred_at is not ISO-8601", null);
      }
      events.add(
          event(number, raw, at, e.hasNonNull("location") ? e.get("location").asText() : null));
    }
    return events;
  }

  static WebhookRequest render(List<TrackingEvent> events) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode arr = root.putArray("events");
    for (TrackingEvent e : events) {
      ObjectNode n = arr.addObject();
      n.put("tracking_number", e.trackingNumber());
      n.put("code", e.rawCode());
      n.put("description", e.rawDescription());
      n.put("occurred_at", e.occurredAt().toString());
      if (e.location() != null) {
        n.put("location", e.location());
      }
    }
    return WebhookRequest.ofSingleValued(
        Map.of("Content-Type", "application/json"),
        root.toString().getBytes(StandardCharsets.UTF_8));
  }

  private TrackingEvent event(String trackingNumber, String raw, Instant at, String location) {
    return TrackingEvent.builder()
        .trackingNumber(trackingNumber)
        .carrier(state.code())
        .status(RAW_CODES.getOrDefault(raw, TrackingStatus.UNKNOWN))
        .rawCode(raw)
        .rawDescription(DESCRIPTIONS.getOrDefault(raw, raw))
        .occurredAt(at)
        .location(location)
        .reason(RAW_REASONS.get(raw))
        .signedBy("DL".equals(raw) ? signers.getOrDefault(trackingNumber, "J. Doe") : null)
        .build();
  }
}
