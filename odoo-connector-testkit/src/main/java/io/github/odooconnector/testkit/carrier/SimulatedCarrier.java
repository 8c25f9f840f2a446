package io.github.odooconnector.testkit.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Manifest;
import io.github.odooconnector.carrier.spi.ManifestRequest;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.ProofOfDelivery;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingReason;
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
 * #RAW_CODES}, their reasons in {@link #RAW_REASONS}. A delivered parcel has a proof of delivery
 * (signer and a JPEG photo).
 *
 * <p><b>Parcels, customs, options</b>: prices use the billable weight ({@link
 * Builder#dimensionalDivisor(String)}); a carrier built with {@link
 * Builder#oneParcelPerShipment(boolean)} refuses multi-parcel shipments like many real APIs; a
 * shipment crossing a customs border (not within the EU) needs a customs declaration and gets a
 * commercial invoice back; a shipment asking for an option not in {@link Builder#supportedOptions}
 * is refused.
 *
 * <p><b>End of day</b>: manifests (a manifested label can no longer be cancelled when built with
 * {@link Builder#refundAfterManifest(boolean)}; a refund is requested instead), pickups (book,
 * change, cancel), return labels, address validation ({@link #addressVerdict}).
 *
 * <p>Thread-safe: all methods synchronise on the instance.
 */
public final class SimulatedCarrier implements CarrierAdapter {

  /** The simulated carrier's raw tracking codes and the canonical status each maps to. */
  public static final Map<String, TrackingStatus> RAW_CODES =
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

  /**
   * The simulated carrier's detail reasons by raw code; an event's action flag follows {@link
   * TrackingReason#usuallyRequiresAction()}.
   */
  public static final Map<String, TrackingReason> RAW_REASONS =
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

  private final CarrierCapabilities capabilities;
  private final Map<String, Pricing> pricing;
  private final String currency;
  private final String trackingPrefix;
  private final boolean findSupported;
  private final Clock clock;

  private final Map<String, CarrierShipment> byKey = new HashMap<>();
  private final Map<String, String> manifestOf = new HashMap<>();
  private final Map<String, Manifest> manifests = new LinkedHashMap<>();
  private final Map<String, RefundConfirmation> refunds = new LinkedHashMap<>();
  private final Map<String, PickupRequest> pickups = new LinkedHashMap<>();
  private final Set<String> cancelledPickups = new HashSet<>();
  private final Map<String, AddressValidation> addressVerdicts = new HashMap<>();
  private final Map<String, String> signers = new HashMap<>();
  private final List<ShipmentRequest> createRequests = new ArrayList<>();
  private BigDecimal priceFactor = BigDecimal.ONE;
  private BigDecimal chargeSurcharge = BigDecimal.ZERO;
  private int loseResponseOfCall;
  private int dropNextCreateRequests;
  private int rejectCall;
  private int lookupFailures;
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
            .trackingWebhooks(true)
            .supportedOptions(b.options.toArray(new ShipmentOption[0]))
            .oneParcelPerShipment(b.oneParcelPerShipment)
            .returnLabels(true)
            .manifests(true)
            .refundAfterManifest(b.refundAfterManifest)
            .pickupScheduling(true)
            .pickupChanges(true)
            .proofOfDelivery(true)
            .addressValidation(b.addressValidation);
    if (b.dimensionalDivisor != null) {
      caps.dimensionalDivisor(b.dimensionalDivisor);
    }
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
    BigDecimal kg = billableKg(request.parcels());
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
    createRequests.add(request);
    if (failNextCreates > 0) {
      failNextCreates--;
      throw new CarrierUnavailableException(
          code(), "simulated outage before the label was bought", "SIM-503", null);
    }
    if (rejectCall > 0 && --rejectCall == 0) {
      throw new CarrierRequestRejectedException(
          code(), "simulated: the carrier refused this parcel", "SIM-422", List.of("parcels"));
    }
    if (dropNextCreateRequests > 0) {
      dropNextCreateRequests--;
      throw new CarrierOutcomeUnknownException(
          code(), "simulated: the connection broke; the carrier never got the request", null);
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
    boolean international = international(request.shipFrom(), request.shipTo());
    if (international && !service.international()) {
      throw new CarrierRequestRejectedException(
          code(),
          "service " + service.code() + " does not ship internationally",
          "SIM-400",
          List.of("shipTo.address.countryCode"));
    }
    if (capabilities.oneParcelPerShipment() && request.parcels().size() > 1) {
      throw new CarrierRequestRejectedException(
          code(), "one parcel per shipment", "SIM-400", List.of("parcels"));
    }
    for (ShipmentOption o : request.shipmentOptions().requested()) {
      if (!capabilities.supports(o)) {
        throw new CarrierRequestRejectedException(
            code(), "option " + o + " is not offered", "SIM-400", List.of("options"));
      }
    }
    if (crossesCustomsBorder(request.shipFrom(), request.shipTo())
        && request.optionalCustoms().isEmpty()) {
      throw new CarrierRequestRejectedException(
          code(),
          "a cross-border shipment needs a customs declaration",
          "SIM-400",
          List.of("customs"));
    }
    String fingerprint =
        request.serviceCode()
            + "|"
            + request.parcels()
            + "|"
            + request.shipTo().address()
            + "|"
            + request.shipmentOptions();
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
    BigDecimal kg = billableKg(request.parcels());
    sequence++;
    String shipmentId = String.format(Locale.ROOT, "SHP-%s-%06d", code(), sequence);
    List<ParcelLabel> labels = new ArrayList<>();
    Instant now = clock.instant();
    String prefix = request.isReturn() ? "R" + trackingPrefix : trackingPrefix;
    String reference =
        request
            .optionalReturnDetails()
            .map(r -> "RMA " + r.rmaReference())
            .orElse(request.reference());
    for (int i = 0; i < request.parcels().size(); i++) {
      String tracking = String.format(Locale.ROOT, "%s%04d%02d", prefix, sequence, i + 1);
      LabelFormat format = capabilities.labelFormatOr(request.labelFormat());
      labels.add(
          new ParcelLabel(
              tracking,
              LabelDocuments.create(format, capabilities.displayName(), tracking, reference)));
      timelines
          .computeIfAbsent(tracking, t -> new ArrayList<>())
          .add(event(tracking, "LC", now, null));
    }
    List<ShippingDocument> documents = new ArrayList<>();
    request
        .optionalCustoms()
        .ifPresent(
            c ->
                documents.add(
                    new ShippingDocument(
                        DocumentType.COMMERCIAL_INVOICE,
                        LabelDocuments.pdfDocument(
                            "Commercial invoice " + c.optionalInvoiceNumber().orElse(shipmentId),
                            c.items().size()
                                + " item(s), "
                                + c.totalValue().map(Money::toString).orElse("mixed currencies"),
                            c.optionalIncoterm().map(Enum::name).orElse("DAP")))));
    Money charged =
        price(pricing.get(service.code()), kg).plus(Money.of(chargeSurcharge, currency));
    CarrierShipment shipment =
        new CarrierShipment(code(), shipmentId, service.code(), labels, charged, documents);
    purchases++;
    byKey.put(request.idempotencyKey(), shipment);
    fingerprintByKey.put(request.idempotencyKey(), fingerprint);
    byId.put(shipmentId, shipment);
    if (loseResponseOfCall > 0 && --loseResponseOfCall == 0) {
      throw new CarrierOutcomeUnknownException(
          code(), "simulated: label " + shipmentId + " was bought but the response was lost", null);
    }
    if (loseNextCreateResponses > 0) {
      loseNextCreateResponses--;
      throw new CarrierOutcomeUnknownException(
          code(), "simulated: label " + shipmentId + " was bought but the response was lost", null);
    }
    return shipment;
  }

  @Override
  public synchronized ShipmentLookup lookupShipment(String idempotencyKey) {
    if (lookupFailures > 0) {
      lookupFailures--;
      throw new CarrierUnavailableException(
          code(), "simulated outage of the shipment search", "SIM-503", null);
    }
    if (!findSupported) {
      return ShipmentLookup.unknown("simulated carrier cannot search shipments by reference");
    }
    CarrierShipment found = byKey.get(idempotencyKey);
    return found == null ? ShipmentLookup.notFound() : ShipmentLookup.found(found);
  }

  @Override
  public synchronized AddressValidation validateAddress(Address address) {
    Objects.requireNonNull(address, "address");
    AddressValidation verdict = addressVerdicts.get(address.postalCode());
    return verdict != null ? verdict : new AddressValidation(true, null, List.of());
  }

  @Override
  public synchronized Manifest createManifest(ManifestRequest request) {
    Objects.requireNonNull(request, "request");
    for (String id : request.shipmentIds()) {
      if (!byId.containsKey(id) || cancelled.contains(id)) {
        throw new CarrierRequestRejectedException(
            code(),
            "shipment '" + id + "' cannot be manifested",
            "SIM-404",
            List.of("shipmentIds"));
      }
    }
    Manifest existing = manifests.get(request.idempotencyKey());
    if (existing != null) {
      return existing;
    }
    sequence++;
    String id = String.format(Locale.ROOT, "MAN-%s-%06d", code(), sequence);
    Manifest manifest =
        new Manifest(
            id,
            request.shipmentIds(),
            List.of(
                new ShippingDocument(
                    DocumentType.MANIFEST,
                    LabelDocuments.pdfDocument(
                        capabilities.displayName() + " manifest " + id,
                        request.shipDate().toString(),
                        request.shipmentIds().size() + " shipment(s)"))));
    manifests.put(request.idempotencyKey(), manifest);
    request.shipmentIds().forEach(s -> manifestOf.put(s, id));
    return manifest;
  }

  @Override
  public synchronized RefundConfirmation requestRefund(String shipmentId) {
    if (!byId.containsKey(Objects.requireNonNull(shipmentId, "shipmentId"))) {
      throw new CarrierRequestRejectedException(
          code(), "unknown shipment '" + shipmentId + "'", "SIM-404", List.of("shipmentId"));
    }
    return refunds.computeIfAbsent(
        shipmentId,
        id -> {
          sequence++;
          return new RefundConfirmation(
              id, String.format(Locale.ROOT, "RF-%s-%06d", code(), sequence), "submitted");
        });
  }

  @Override
  public synchronized PickupConfirmation schedulePickup(PickupRequest request) {
    Objects.requireNonNull(request, "request");
    for (Map.Entry<String, PickupRequest> e : pickups.entrySet()) {
      if (e.getValue().idempotencyKey().equals(request.idempotencyKey())) {
        return new PickupConfirmation(e.getKey(), e.getValue().date());
      }
    }
    sequence++;
    String number = String.format(Locale.ROOT, "PU-%s-%06d", code(), sequence);
    pickups.put(number, request);
    return new PickupConfirmation(number, request.date());
  }

  @Override
  public synchronized PickupConfirmation updatePickup(
      String confirmationNumber, PickupRequest request) {
    requireOpenPickup(confirmationNumber);
    cancelledPickups.add(confirmationNumber);
    sequence++;
    String number = String.format(Locale.ROOT, "PU-%s-%06d", code(), sequence);
    pickups.put(number, request);
    return new PickupConfirmation(number, request.date());
  }

  @Override
  public synchronized void cancelPickup(String confirmationNumber) {
    requireOpenPickup(confirmationNumber);
    cancelledPickups.add(confirmationNumber);
  }

  private void requireOpenPickup(String confirmationNumber) {
    if (!pickups.containsKey(confirmationNumber) || cancelledPickups.contains(confirmationNumber)) {
      throw new CarrierRequestRejectedException(
          code(),
          "no open pickup '" + confirmationNumber + "'",
          "SIM-404",
          List.of("confirmationNumber"));
    }
  }

  @Override
  public synchronized Optional<ProofOfDelivery> proofOfDelivery(String trackingNumber) {
    List<TrackingEvent> timeline = timelines.get(trackingNumber);
    if (timeline == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
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

  @Override
  public synchronized Optional<CarrierShipment> findShipment(String idempotencyKey) {
    if (lookupFailures > 0) {
      lookupFailures--;
      throw new CarrierUnavailableException(
          code(), "simulated outage of the shipment search", "SIM-503", null);
    }
    return findSupported ? Optional.ofNullable(byKey.get(idempotencyKey)) : Optional.empty();
  }

  @Override
  public synchronized void cancelShipment(String shipmentId) {
    CarrierShipment shipment = byId.get(shipmentId);
    if (shipment == null) {
      throw new CarrierRequestRejectedException(
          code(), "unknown shipment '" + shipmentId + "'", "SIM-404", List.of("shipmentId"));
    }
    if (capabilities.refundAfterManifest() && manifestOf.containsKey(shipmentId)) {
      throw new CarrierRequestRejectedException(
          code(),
          "shipment '"
              + shipmentId
              + "' is in manifest "
              + manifestOf.get(shipmentId)
              + " and can no longer be voided; request a refund",
          "SIM-409",
          List.of("shipmentId"));
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
   * Makes the {@code nth} create call from now (1 = the next one) succeed at the carrier but lose
   * its response ({@link CarrierOutcomeUnknownException}); the calls before it answer normally.
   *
   * @param nth which call, 1 or more
   * @return this carrier
   */
  public synchronized SimulatedCarrier loseResponseOfCreate(int nth) {
    if (nth < 1) {
      throw new IllegalArgumentException("nth must be at least 1, got " + nth);
    }
    this.loseResponseOfCall = nth;
    return this;
  }

  /**
   * Makes the {@code nth} create call from now (1 = the next one) be refused ({@link
   * CarrierRequestRejectedException}, permanent); nothing is bought by it.
   *
   * @param nth which call, 1 or more
   * @return this carrier
   */
  public synchronized SimulatedCarrier rejectCreate(int nth) {
    if (nth < 1) {
      throw new IllegalArgumentException("nth must be at least 1, got " + nth);
    }
    this.rejectCall = nth;
    return this;
  }

  /**
   * Makes the next purchases fail in a way the caller cannot tell from a lost response ({@link
   * CarrierOutcomeUnknownException}) although the carrier never received them: nothing is bought.
   *
   * @param count how many purchases
   * @return this carrier
   */
  public synchronized SimulatedCarrier dropNextCreateRequests(int count) {
    this.dropNextCreateRequests = requireCount(count);
    return this;
  }

  /**
   * Makes the next shipment searches ({@link #findShipment} and {@link #lookupShipment}) fail
   * ({@link CarrierUnavailableException}), so the carrier cannot say whether a purchase happened.
   *
   * @param count how many lookups
   * @return this carrier
   */
  public synchronized SimulatedCarrier failNextLookups(int count) {
    this.lookupFailures = requireCount(count);
    return this;
  }

  /**
   * Multiplies every price quoted and charged from now on (for example {@code "1.20"} for a 20 %
   * increase after a quote).
   *
   * @param factor the factor, positive
   * @return this carrier
   */
  public synchronized SimulatedCarrier priceFactor(String factor) {
    BigDecimal f = new BigDecimal(Objects.requireNonNull(factor, "factor"));
    if (f.signum() <= 0) {
      throw new IllegalArgumentException("factor must be positive, got " + factor);
    }
    this.priceFactor = f;
    return this;
  }

  /**
   * Adds an amount to what purchases are charged, above what was quoted (a surcharge found only on
   * purchase).
   *
   * @param amount the surcharge, for example {@code "2.00"}
   * @return this carrier
   */
  public synchronized SimulatedCarrier chargeSurcharge(String amount) {
    this.chargeSurcharge = new BigDecimal(Objects.requireNonNull(amount, "amount"));
    return this;
  }

  /**
   * Makes address validation answer this verdict for addresses with the postal code (every other
   * address is deliverable).
   *
   * @param postalCode the postal code
   * @param verdict the verdict, for example undeliverable with a corrected suggestion
   * @return this carrier
   */
  public synchronized SimulatedCarrier addressVerdict(
      String postalCode, AddressValidation verdict) {
    addressVerdicts.put(
        Objects.requireNonNull(postalCode, "postalCode"),
        Objects.requireNonNull(verdict, "verdict"));
    return this;
  }

  /**
   * Sets who signs for a parcel when it is delivered (default {@code J. Doe}).
   *
   * @param trackingNumber the parcel
   * @param name the signer
   * @return this carrier
   */
  public synchronized SimulatedCarrier signer(String trackingNumber, String name) {
    signers.put(
        Objects.requireNonNull(trackingNumber, "trackingNumber"),
        Objects.requireNonNull(name, "name"));
    return this;
  }

  /**
   * The create requests received, in order (including failed and deduplicated ones).
   *
   * @return a snapshot
   */
  public synchronized List<ShipmentRequest> createRequests() {
    return List.copyOf(createRequests);
  }

  /**
   * The manifests created, in order.
   *
   * @return a snapshot
   */
  public synchronized List<Manifest> manifests() {
    return List.copyOf(manifests.values());
  }

  /**
   * The refund requests received, by shipment id.
   *
   * @return a snapshot
   */
  public synchronized Map<String, RefundConfirmation> refunds() {
    return Map.copyOf(refunds);
  }

  /**
   * The pickups booked and not cancelled or replaced, by confirmation number.
   *
   * @return a snapshot
   */
  public synchronized Map<String, PickupRequest> openPickups() {
    Map<String, PickupRequest> open = new LinkedHashMap<>(pickups);
    cancelledPickups.forEach(open::remove);
    return Map.copyOf(open);
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
        .reason(RAW_REASONS.get(raw))
        .signedBy("DL".equals(raw) ? signers.getOrDefault(trackingNumber, "J. Doe") : null)
        .build();
  }

  private Money price(Pricing p, BigDecimal kg) {
    return Money.of(
        p.base()
            .add(p.perKg().multiply(kg))
            .multiply(priceFactor)
            .setScale(2, RoundingMode.HALF_UP),
        currency);
  }

  private BigDecimal billableKg(List<Parcel> parcels) {
    totalKg(parcels); // rejects parcels without weight
    BigDecimal kg = BigDecimal.ZERO;
    for (Parcel p : parcels) {
      kg = kg.add(capabilities.billableWeight(p).orElseThrow().to(UnitOfMeasure.KGM).value());
    }
    return kg.stripTrailingZeros();
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

  /** EU member states: parcels between two of them need no customs declaration. */
  private static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "MC");

  private static boolean crossesCustomsBorder(Party from, Party to) {
    String a = from.address().countryCode();
    String b = to.address().countryCode();
    return !a.equals(b) && !(EU.contains(a) && EU.contains(b));
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
    private final Set<ShipmentOption> options = new LinkedHashSet<>();
    private boolean oneParcelPerShipment;
    private BigDecimal dimensionalDivisor;
    private boolean refundAfterManifest;
    private boolean addressValidation;

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
     * Declares shipment options the carrier honours (default none).
     *
     * @param values the options
     * @return this builder
     */
    public Builder supportedOptions(ShipmentOption... values) {
      options.addAll(List.of(values));
      return this;
    }

    /**
     * Takes one parcel per shipment (default false: multi-parcel shipments).
     *
     * @param value whether so
     * @return this builder
     */
    public Builder oneParcelPerShipment(boolean value) {
      this.oneParcelPerShipment = value;
      return this;
    }

    /**
     * Prices by dimensional weight with this divisor in cubic centimetres per kilogram.
     *
     * @param cubicCentimetresPerKilogram for example {@code "5000"}
     * @return this builder
     */
    public Builder dimensionalDivisor(String cubicCentimetresPerKilogram) {
      this.dimensionalDivisor = new BigDecimal(cubicCentimetresPerKilogram);
      return this;
    }

    /**
     * Refuses to void manifested labels, which then need a refund (default false).
     *
     * @param value whether so
     * @return this builder
     */
    public Builder refundAfterManifest(boolean value) {
      this.refundAfterManifest = value;
      return this;
    }

    /**
     * Declares address validation (default false; see {@link SimulatedCarrier#addressVerdict}).
     *
     * @param value whether declared
     * @return this builder
     */
    public Builder addressValidation(boolean value) {
      this.addressValidation = value;
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
