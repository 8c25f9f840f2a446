package io.github.odooconnector.testkit.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory {@link CarrierAdapter} for tests and demos: deterministic rates, small valid
 * PDF/ZPL/PNG labels, a scriptable tracking timeline, and fault injection for the failure modes
 * that matter (a label purchase whose response is lost, an outage).
 *
 * <p><b>Rates</b>: each service costs {@code base + perKg x total weight in kg}, rounded half-up to
 * cents, and arrives {@code transitDays} calendar days after the ship date (or today by the
 * injected clock). Domestic-only services are not offered for cross-border shipments.
 *
 * <p><b>Labels</b>: tracking numbers are {@code <PREFIX><6-digit sequence>} per parcel; shipment
 * ids {@code SHP-<code>-<sequence>}. A purchase with an idempotency key already used returns the
 * first shipment without buying again when the carrier is configured {@link
 * Builder#idempotentCreate(boolean) idempotent} (the default); {@link #labelsPurchased()} counts
 * actual purchases, so tests can assert "bought exactly once". Each purchase scripts a {@code LC}
 * (label created) event.
 *
 * <p><b>Tracking</b>: {@link #scriptEvent} adds events to a parcel's timeline; {@link #track}
 * returns the events that occurred up to the clock's now; {@link #webhook} renders events as the
 * webhook JSON this adapter parses. Raw codes and their canonical statuses are in {@link
 * #RAW_CODES}.
 *
 * <p>Thread-safe: all methods synchronise on the instance.
 */
public final class SimulatedCarrier implements CarrierAdapter {

  /** The simulated carrier's raw tracking codes and the canonical status each maps to. */
  public static final Map<String, TrackingStatus> RAW_CODES =
      Map.of(
          "LC", TrackingStatus.PRE_TRANSIT,
          "PU", TrackingStatus.IN_TRANSIT,
          "AR", TrackingStatus.IN_TRANSIT,
          "HD", TrackingStatus.ON_HOLD,
          "OD", TrackingStatus.OUT_FOR_DELIVERY,
          "NH", TrackingStatus.DELIVERY_FAILED,
          "EX", TrackingStatus.EXCEPTION,
          "RS", TrackingStatus.RETURNED_TO_SENDER,
          "DL", TrackingStatus.DELIVERED,
          "CX", TrackingStatus.CANCELLED);

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "LC", "Shipment information received",
          "PU", "Picked up",
          "AR", "Arrived at sorting hub",
          "HD", "Held at customs",
          "OD", "Out for delivery",
          "NH", "Delivery attempted - recipient not home",
          "EX", "Parcel damaged",
          "RS", "Returned to sender",
          "DL", "Delivered",
          "CX", "Shipment cancelled");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CarrierCapabilities capabilities;
  private final Map<String, Pricing> pricing;
  private final String currency;
  private final String trackingPrefix;
  private final boolean findSupported;
  private final Clock clock;

  private final Map<String, CarrierShipment> byKey = new HashMap<>();
  private final Map<String, String> fingerprintByKey = new HashMap<>();
  private final Map<String, CarrierShipment> byId = new LinkedHashMap<>();
  private final Set<String> cancelled = new HashSet<>();
  private final Map<String, List<TrackingEvent>> timelines = new HashMap<>();
  private int sequence;
  private int purchases;
  private int createCalls;
  private int rateCalls;
  private int loseNextCreateResponses;
  private int failNextCreates;
  private int failNextRates;

  private record Pricing(BigDecimal base, BigDecimal perKg, int transitDays) {}

  private SimulatedCarrier(Builder b) {
    CarrierCapabilities.Builder caps =
        CarrierCapabilities.builder(b.code)
            .displayName(b.displayName)
            .labelFormats(b.labelFormats.toArray(new LabelFormat[0]))
            .international(b.services.values().stream().anyMatch(s -> s.service.international()))
            .idempotentCreate(b.idempotentCreate)
            .cancellation(true)
            .trackingWebhooks(true);
    b.services.values().forEach(s -> caps.service(s.service));
    this.capabilities = caps.build();
    Map<String, Pricing> p = new LinkedHashMap<>();
    b.services.forEach((k, v) -> p.put(k, v.pricing));
    this.pricing = Map.copyOf(p);
    this.currency = b.currency;
    this.trackingPrefix = b.trackingPrefix;
    this.findSupported = b.findSupported;
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @param carrierCode the carrier code, for example {@code simpost}
   * @return a new builder
   */
  public static Builder builder(String carrierCode) {
    return new Builder(carrierCode);
  }

  // ------------------------------------------------------------------ CarrierAdapter

  @Override
  public CarrierCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public synchronized List<Rate> rate(RateRequest request) {
    Objects.requireNonNull(request, "request");
    rateCalls++;
    if (failNextRates > 0) {
      failNextRates--;
      throw new CarrierUnavailableException(
          code(), "simulated outage while rating", "SIM-503", null);
    }
    BigDecimal kg = totalKg(request.parcels());
    boolean international = international(request.shipFrom(), request.shipTo());
    LocalDate shipDate =
        request.optionalShipDate().orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    List<Rate> rates = new ArrayList<>();
    for (ServiceLevel s : capabilities.services()) {
      if (international && !s.international()) {
        continue;
      }
      if (!request.serviceCodes().isEmpty() && !request.serviceCodes().contains(s.code())) {
        continue;
      }
      Pricing p = pricing.get(s.code());
      rates.add(
          new Rate(
              code(),
              s.code(),
              s.name(),
              price(p, kg),
              shipDate.plusDays(p.transitDays()),
              p.transitDays(),
              "rate-" + code() + "-" + s.code() + "-" + kg.toPlainString()));
    }
    return rates;
  }

  @Override
  public synchronized CarrierShipment createShipment(ShipmentRequest request) {
    Objects.requireNonNull(request, "request");
    createCalls++;
    if (failNextCreates > 0) {
      failNextCreates--;
      throw new CarrierUnavailableException(
          code(), "simulated outage before the label was bought", "SIM-503", null);
    }
    ServiceLevel service =
        capabilities
            .service(request.serviceCode())
            .orElseThrow(
                () ->
                    new CarrierRequestRejectedException(
                        code(),
                        "unknown service '" + request.serviceCode() + "'",
                        "SIM-400",
                        List.of("serviceCode")));
    if (international(request.shipFrom(), request.shipTo()) && !service.international()) {
      throw new CarrierRequestRejectedException(
          code(),
          "service " + service.code() + " does not ship internationally",
          "SIM-400",
          List.of("shipTo.address.countryCode"));
    }
    String fingerprint =
        request.serviceCode() + "|" + request.parcels() + "|" + request.shipTo().address();
    CarrierShipment existing = byKey.get(request.idempotencyKey());
    if (existing != null && capabilities.idempotentCreate()) {
      if (!fingerprint.equals(fingerprintByKey.get(request.idempotencyKey()))) {
        throw new CarrierRequestRejectedException(
            code(),
            "idempotency key '" + request.idempotencyKey() + "' was used for a different shipment",
            "SIM-409",
            List.of("idempotencyKey"));
      }
      return existing;
    }
    BigDecimal kg = totalKg(request.parcels());
    sequence++;
    String shipmentId = String.format(Locale.ROOT, "SHP-%s-%06d", code(), sequence);
    List<ParcelLabel> labels = new ArrayList<>();
    Instant now = clock.instant();
    for (int i = 0; i < request.parcels().size(); i++) {
      String tracking = String.format(Locale.ROOT, "%s%04d%02d", trackingPrefix, sequence, i + 1);
      LabelFormat format = capabilities.labelFormatOr(request.labelFormat());
      labels.add(
          new ParcelLabel(
              tracking,
              LabelDocuments.create(
                  format, capabilities.displayName(), tracking, request.reference())));
      timelines
          .computeIfAbsent(tracking, t -> new ArrayList<>())
          .add(event(tracking, "LC", now, null));
    }
    CarrierShipment shipment =
        new CarrierShipment(
            code(), shipmentId, service.code(), labels, price(pricing.get(service.code()), kg));
    purchases++;
    byKey.put(request.idempotencyKey(), shipment);
    fingerprintByKey.put(request.idempotencyKey(), fingerprint);
    byId.put(shipmentId, shipment);
    if (loseNextCreateResponses > 0) {
      loseNextCreateResponses--;
      throw new CarrierOutcomeUnknownException(
          code(), "simulated: label " + shipmentId + " was bought but the response was lost", null);
    }
    return shipment;
  }

  @Override
  public synchronized Optional<CarrierShipment> findShipment(String idempotencyKey) {
    return findSupported ? Optional.ofNullable(byKey.get(idempotencyKey)) : Optional.empty();
  }

  @Override
  public synchronized void cancelShipment(String shipmentId) {
    CarrierShipment shipment = byId.get(shipmentId);
    if (shipment == null) {
      throw new CarrierRequestRejectedException(
          code(), "unknown shipment '" + shipmentId + "'", "SIM-404", List.of("shipmentId"));
    }
    if (cancelled.add(shipmentId)) {
      Instant now = clock.instant();
      shipment.trackingNumbers().forEach(t -> timelines.get(t).add(event(t, "CX", now, null)));
    }
  }

  @Override
  public synchronized TrackingResult track(String trackingNumber) {
    List<TrackingEvent> timeline =
        timelines.get(Objects.requireNonNull(trackingNumber, "trackingNumber"));
    if (timeline == null) {
      throw new TrackingNumberNotFoundException(code(), trackingNumber);
    }
    Instant now = clock.instant();
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

  @Override
  public List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
    JsonNode root;
    try {
      root = JSON.readTree(webhook.body());
    } catch (IOException e) {
      throw new InvalidTrackingWebhookException(code(), "webhook body is not JSON", null);
    }
    if (root == null || !root.path("events").isArray()) {
      throw new InvalidTrackingWebhookException(code(), "webhook has no 'events' array", null);
    }
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode e : root.path("events")) {
      String number = e.path("tracking_number").asText(root.path("tracking_number").asText(""));
      String raw = e.path("code").asText("");
      if (number.isBlank() || raw.isBlank()) {
        throw new InvalidTrackingWebhookException(
            code(), "webhook event without tracking_number or code", null);
      }
      Instant at;
      try {
        at = OffsetDateTime.parse(e.path("occurred_at").asText("")).toInstant();
      } catch (DateTimeParseException ex) {
        throw new InvalidTrackingWebhookException(
            code(), "webhook event occurred_at is not ISO-8601", null);
      }
      events.add(
          event(number, raw, at, e.hasNonNull("location") ? e.get("location").asText() : null));
    }
    return events;
  }

  // ------------------------------------------------------------------ scripting and observation

  /**
   * Adds an event to a parcel's tracking timeline (the parcel need not have been bought here).
   *
   * @param trackingNumber the tracking number
   * @param rawCode one of {@link #RAW_CODES}
   * @param occurredAt when it happens; {@link #track} shows it once the clock reaches it
   * @param location where, or {@code null}
   * @return the canonical event, as {@link #parseTrackingWebhook} would produce it
   */
  public synchronized TrackingEvent scriptEvent(
      String trackingNumber, String rawCode, Instant occurredAt, String location) {
    if (!RAW_CODES.containsKey(Objects.requireNonNull(rawCode, "rawCode"))) {
      throw new IllegalArgumentException(
          "unknown raw code '" + rawCode + "'; use one of " + RAW_CODES.keySet());
    }
    TrackingEvent e =
        event(trackingNumber, rawCode, Objects.requireNonNull(occurredAt, "occurredAt"), location);
    timelines.computeIfAbsent(trackingNumber, t -> new ArrayList<>()).add(e);
    return e;
  }

  /**
   * Renders events as the webhook this carrier sends (JSON: {@code {"events": [{"tracking_number",
   * "code", "description", "occurred_at", "location"}]}}), in the order given.
   *
   * @param events the events, typically from {@link #scriptEvent}
   * @return the HTTP request a webhook endpoint would receive
   */
  public WebhookRequest webhook(List<TrackingEvent> events) {
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

  /**
   * Makes the next purchases succeed at the carrier but lose their response ({@link
   * CarrierOutcomeUnknownException}).
   *
   * @param count how many purchases
   * @return this carrier
   */
  public synchronized SimulatedCarrier loseNextCreateResponses(int count) {
    this.loseNextCreateResponses = requireCount(count);
    return this;
  }

  /**
   * Makes the next purchases fail before buying ({@link CarrierUnavailableException}).
   *
   * @param count how many purchases
   * @return this carrier
   */
  public synchronized SimulatedCarrier failNextCreates(int count) {
    this.failNextCreates = requireCount(count);
    return this;
  }

  /**
   * Makes the next rate calls fail ({@link CarrierUnavailableException}).
   *
   * @param count how many calls
   * @return this carrier
   */
  public synchronized SimulatedCarrier failNextRates(int count) {
    this.failNextRates = requireCount(count);
    return this;
  }

  /**
   * How many labels (shipments) were actually bought, i.e. what the carrier would bill.
   *
   * @return the purchase count
   */
  public synchronized int labelsPurchased() {
    return purchases;
  }

  /**
   * How many times {@link #createShipment} was called, including deduplicated and failed calls.
   *
   * @return the call count
   */
  public synchronized int createShipmentCalls() {
    return createCalls;
  }

  /**
   * How many times {@link #rate} was called.
   *
   * @return the call count
   */
  public synchronized int rateCalls() {
    return rateCalls;
  }

  /**
   * The shipments bought, in purchase order.
   *
   * @return a snapshot
   */
  public synchronized List<CarrierShipment> shipments() {
    return List.copyOf(byId.values());
  }

  /**
   * Whether a shipment was cancelled.
   *
   * @param shipmentId the shipment id
   * @return true once cancelled
   */
  public synchronized boolean isCancelled(String shipmentId) {
    return cancelled.contains(shipmentId);
  }

  @Override
  public String toString() {
    return "SimulatedCarrier[" + code() + "]";
  }

  // ------------------------------------------------------------------ helpers

  private String code() {
    return capabilities.carrierCode();
  }

  private TrackingEvent event(String trackingNumber, String raw, Instant at, String location) {
    return TrackingEvent.builder()
        .trackingNumber(trackingNumber)
        .carrier(code())
        .status(RAW_CODES.getOrDefault(raw, TrackingStatus.UNKNOWN))
        .rawCode(raw)
        .rawDescription(DESCRIPTIONS.getOrDefault(raw, raw))
        .occurredAt(at)
        .location(location)
        .build();
  }

  private Money price(Pricing p, BigDecimal kg) {
    return Money.of(
        p.base().add(p.perKg().multiply(kg)).setScale(2, RoundingMode.HALF_UP), currency);
  }

  private BigDecimal totalKg(List<Parcel> parcels) {
    BigDecimal kg = BigDecimal.ZERO;
    for (int i = 0; i < parcels.size(); i++) {
      Parcel p = parcels.get(i);
      if (p.weight() == null) {
        throw new CarrierRequestRejectedException(
            code(),
            "parcel " + p.parcelId() + " has no weight",
            "SIM-400",
            List.of("parcels[" + i + "].weight"));
      }
      kg = kg.add(p.weight().to(UnitOfMeasure.KGM).value());
    }
    return kg.stripTrailingZeros();
  }

  private static boolean international(Party from, Party to) {
    return !from.address().countryCode().equals(to.address().countryCode());
  }

  private static int requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    return count;
  }

  /** Builds a {@link SimulatedCarrier}. Not thread-safe. */
  public static final class Builder {
    private final String code;
    private String displayName;
    private final Map<String, ServiceDef> services = new LinkedHashMap<>();
    private final Set<LabelFormat> labelFormats =
        new LinkedHashSet<>(List.of(LabelFormat.PDF, LabelFormat.ZPL, LabelFormat.PNG));
    private String currency = "EUR";
    private String trackingPrefix;
    private boolean idempotentCreate = true;
    private boolean findSupported = true;
    private Clock clock = Clock.systemUTC();

    private record ServiceDef(ServiceLevel service, Pricing pricing) {}

    private Builder(String code) {
      this.code = Objects.requireNonNull(code, "carrierCode");
      this.displayName = code;
      this.trackingPrefix = code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Sets the display name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder displayName(String name) {
      this.displayName = Objects.requireNonNull(name, "displayName");
      return this;
    }

    /**
     * Adds a service priced {@code base + perKg x kg}, delivered after {@code transitDays} days.
     *
     * @param serviceCode the service code
     * @param base the base price, for example {@code "4.90"}
     * @param perKg the price per kilogram
     * @param transitDays calendar days in transit
     * @param international whether it ships across borders
     * @return this builder
     */
    public Builder service(
        String serviceCode, String base, String perKg, int transitDays, boolean international) {
      if (transitDays < 0) {
        throw new IllegalArgumentException("transitDays must not be negative");
      }
      services.put(
          serviceCode,
          new ServiceDef(
              new ServiceLevel(serviceCode, serviceCode, international),
              new Pricing(new BigDecimal(base), new BigDecimal(perKg), transitDays)));
      return this;
    }

    /**
     * Sets the currency of all prices (default EUR).
     *
     * @param value ISO 4217 code
     * @return this builder
     */
    public Builder currency(String value) {
      this.currency = Objects.requireNonNull(value, "currency");
      return this;
    }

    /**
     * Restricts the label formats (default PDF, ZPL and PNG).
     *
     * @param formats the formats
     * @return this builder
     */
    public Builder labelFormats(LabelFormat... formats) {
      labelFormats.clear();
      labelFormats.addAll(List.of(formats));
      return this;
    }

    /**
     * Sets the tracking number prefix (default the upper-cased carrier code).
     *
     * @param value the prefix
     * @return this builder
     */
    public Builder trackingPrefix(String value) {
      this.trackingPrefix = Objects.requireNonNull(value, "trackingPrefix");
      return this;
    }

    /**
     * Whether the carrier deduplicates purchases by idempotency key (default true). When false, a
     * repeated purchase buys again, like many real carrier APIs.
     *
     * @param value whether idempotent
     * @return this builder
     */
    public Builder idempotentCreate(boolean value) {
      this.idempotentCreate = value;
      return this;
    }

    /**
     * Whether {@link SimulatedCarrier#findShipment} finds shipments by idempotency key (default
     * true).
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder findShipmentSupported(boolean value) {
      this.findSupported = value;
      return this;
    }

    /**
     * Sets the clock used for "today", label-created events and the tracking timeline (default UTC
     * system clock).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the carrier.
     *
     * @return the carrier
     * @throws IllegalArgumentException if no service was added
     */
    public SimulatedCarrier build() {
      if (services.isEmpty()) {
        throw new IllegalArgumentException(
            "add at least one service to simulated carrier '" + code + "'");
      }
      return new SimulatedCarrier(this);
    }
  }
}
