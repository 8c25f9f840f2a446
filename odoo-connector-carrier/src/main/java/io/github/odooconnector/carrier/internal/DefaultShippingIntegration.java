package io.github.odooconnector.carrier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.RateSelectionException;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingNumberNotFoundException;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/** The {@link ShippingIntegration} implementation. Thread-safe. */
public final class DefaultShippingIntegration implements ShippingIntegration {

  private static final ObjectMapper STORED = new ObjectMapper();

  private final ShippingSettings settings;
  private final Map<String, ShippingSettings.Registration> byCode = new LinkedHashMap<>();
  private final PickingGateway odoo;
  private final Idempotent idempotent;
  private final ParcelPlanner planner;
  private final LabelPurchaser purchaser;
  private final TrackingApplier tracking;

  public DefaultShippingIntegration(ShippingSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    for (ShippingSettings.Registration r : settings.registrations()) {
      String code = r.adapter().carrierCode();
      if (byCode.put(code, r) != null) {
        throw new IllegalStateException(
            "two carrier adapters share the carrier code '" + code + "'");
      }
    }
    for (String code : settings.verifiers().keySet()) {
      if (!byCode.containsKey(code)) {
        throw new IllegalStateException(
            "a webhook verifier is configured for carrier '"
                + code
                + "' but no adapter with that code is registered (registered: "
                + byCode.keySet()
                + ")");
      }
    }
    this.odoo = new PickingGateway(settings.client(), settings.mapping());
    this.idempotent =
        Idempotent.builder(settings.idempotencyStore())
            .owner(settings.idempotencyOwner())
            .leaseDuration(settings.idempotencyLease())
            .clock(settings.clock())
            .build();
    this.planner = settings.parcelPlanner().orElseGet(DefaultParcelPlanner::new);
    this.purchaser =
        new LabelPurchaser(settings.maxPurchaseAttempts(), settings.purchaseRetryDelay());
    this.tracking =
        new TrackingApplier(
            odoo,
            settings.trackingStateStore(),
            settings.deliveredDateField(),
            settings.exceptionActivityType(),
            settings.clock());
  }

  @Override
  public List<CarrierAdapter> carriers() {
    return byCode.values().stream().map(ShippingSettings.Registration::adapter).toList();
  }

  // ---------------------------------------------------------------- rating

  @Override
  public RateShoppingResult quote(RateRequest request) {
    return quote(request, settings.rule());
  }

  @Override
  public RateShoppingResult quote(RateRequest request, RateSelectionRule rule) {
    return quote(request, rule, carriers());
  }

  private RateShoppingResult quote(
      RateRequest request, RateSelectionRule rule, List<CarrierAdapter> adapters) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(rule, "rule");
    boolean international =
        !request
            .shipFrom()
            .address()
            .countryCode()
            .equals(request.shipTo().address().countryCode());
    Map<String, String> skipped = new LinkedHashMap<>();
    Map<String, CompletableFuture<List<Rate>>> calls = new LinkedHashMap<>();
    for (CarrierAdapter adapter : adapters) {
      if (international && !adapter.capabilities().international()) {
        skipped.put(
            adapter.carrierCode(),
            "does not ship internationally ("
                + request.shipFrom().address().countryCode()
                + " -> "
                + request.shipTo().address().countryCode()
                + ")");
        continue;
      }
      calls.put(
          adapter.carrierCode(),
          settings
              .ratingExecutor()
              .map(ex -> CompletableFuture.supplyAsync(() -> adapter.rate(request), ex))
              .orElseGet(() -> rateNow(adapter, request)));
    }
    List<Rate> quotes = new ArrayList<>();
    Map<String, CarrierException> failures = new LinkedHashMap<>();
    calls.forEach(
        (code, call) -> {
          try {
            for (Rate r : call.join()) {
              if (!r.carrierCode().equals(code)) {
                throw new CarrierException(
                    code,
                    "adapter '" + code + "' returned a rate of carrier '" + r.carrierCode() + "'",
                    null,
                    false,
                    null);
              }
              quotes.add(r);
            }
          } catch (CompletionException e) {
            failures.put(code, asCarrierException(code, e.getCause()));
          } catch (CarrierException e) {
            failures.put(code, e);
          }
        });
    if (quotes.isEmpty()) {
      throw new RateSelectionException(
          "no carrier quoted shipment '" + request.reference() + "'" + describe(failures, skipped),
          failures);
    }
    Rate chosen =
        rule.select(List.copyOf(quotes))
            .orElseThrow(
                () ->
                    new RateSelectionException(
                        "the rate selection rule accepted none of the "
                            + quotes.size()
                            + " quotes for shipment '"
                            + request.reference()
                            + "'"
                            + describe(failures, skipped),
                        failures));
    if (!quotes.contains(chosen)) {
      throw new IllegalStateException(
          "the rate selection rule returned a rate that was not quoted: " + chosen);
    }
    return new RateShoppingResult(chosen, quotes, failures, skipped);
  }

  private static CompletableFuture<List<Rate>> rateNow(
      CarrierAdapter adapter, RateRequest request) {
    try {
      return CompletableFuture.completedFuture(adapter.rate(request));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static CarrierException asCarrierException(String code, Throwable t) {
    if (t instanceof CarrierException ce) {
      return ce;
    }
    return new CarrierException(
        code,
        "adapter '"
            + code
            + "' failed with "
            + t.getClass().getSimpleName()
            + " (adapters must throw CarrierException)",
        null,
        false,
        t);
  }

  private static String describe(
      Map<String, CarrierException> failures, Map<String, String> skipped) {
    StringBuilder sb = new StringBuilder();
    if (!failures.isEmpty()) {
      sb.append("; failed: ")
          .append(
              failures.entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + " ("
                              + e.getValue().getClass().getSimpleName()
                              + ": "
                              + e.getValue().getMessage()
                              + ")")
                  .collect(Collectors.joining(", ")));
    }
    if (!skipped.isEmpty()) {
      sb.append("; skipped: ").append(String.join(", ", skipped.keySet()));
    }
    return sb.toString();
  }

  @Override
  public RateShoppingResult shopRates(long pickingId) {
    return shopRates(pickingId, settings.rule());
  }

  @Override
  public RateShoppingResult shopRates(long pickingId, RateSelectionRule rule) {
    OdooRecord picking = odoo.readShippablePicking(pickingId);
    RateShoppingResult result = quote(rateRequest(picking), rule, carriers());
    Rate chosen = result.chosen();
    ShippingSettings.Registration reg = byCode.get(chosen.carrierCode());
    odoo.recordChoice(pickingId, odoo.deliveryCarrierId(reg), chosen.amount().amount());
    odoo.postNote(
        pickingId,
        "Rate shopping chose "
            + reg.adapter().capabilities().displayName()
            + " "
            + chosen.serviceName()
            + " ("
            + chosen.serviceCode()
            + ") at "
            + chosen.amount()
            + chosen.estimatedDelivery().map(d -> ", delivery expected " + d).orElse("")
            + " out of "
            + result.quotes().size()
            + " quotes"
            + (result.carrierFailures().isEmpty()
                ? ""
                : "; carriers that failed to quote: "
                    + String.join(", ", result.carrierFailures().keySet())),
        List.of());
    return result;
  }

  private RateRequest rateRequest(OdooRecord picking) {
    RateRequest.Builder b =
        RateRequest.builder(shipper(picking), odoo.recipient(picking))
            .reference(PickingGateway.name(picking))
            .parcels(plan(picking));
    shipDate(picking).ifPresent(b::shipDate);
    return b.build();
  }

  private Party shipper(OdooRecord picking) {
    return settings.shipFrom().orElseGet(() -> odoo.companyParty(picking));
  }

  private List<Parcel> plan(OdooRecord picking) {
    List<Parcel> parcels = planner.plan(picking);
    if (parcels.isEmpty()) {
      throw new ShippingWorkflowException(
          null,
          "the parcel planner planned no parcel for stock.picking " + PickingGateway.name(picking));
    }
    return parcels;
  }

  private Optional<LocalDate> shipDate(OdooRecord picking) {
    LocalDate today = LocalDate.now(settings.clock().withZone(ZoneOffset.UTC));
    return picking
        .datetime("scheduled_date")
        .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
        .filter(d -> d.isAfter(today));
  }

  // ---------------------------------------------------------------- labels

  @Override
  public LabelResult buyLabel(long pickingId) {
    OdooRecord picking = odoo.readShippablePicking(pickingId);
    Many2one carrier =
        picking
            .many2one("carrier_id")
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null,
                        "stock.picking "
                            + PickingGateway.name(picking)
                            + " has no carrier_id; shop rates first"));
    ShippingSettings.Registration reg = registrationFor(carrier);
    // the configured rule may exclude this carrier (e.g. a preferred-carrier rule): fall back to
    // its cheapest service
    RateShoppingResult rates =
        quote(
            rateRequest(picking),
            settings.rule().orElse(RateSelectionRule.cheapest()),
            List.of(reg.adapter()));
    return buyLabel(picking, rates.chosen(), defaultKey(pickingId));
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate) {
    return buyLabel(pickingId, rate, defaultKey(pickingId));
  }

  @Override
  public LabelResult buyLabel(long pickingId, Rate rate, String idempotencyKey) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    return buyLabel(odoo.readShippablePicking(pickingId), rate, idempotencyKey);
  }

  /**
   * The picking's current label key: {@code carrier-label:stock.picking:<id>}, then {@code ...#2},
   * {@code ...#3} after each void (a voided key is marked by a completed {@code carrier-void:<key>}
   * record).
   */
  private String defaultKey(long pickingId) {
    String base = "carrier-label:stock.picking:" + pickingId;
    for (int generation = 1; ; generation++) {
      String key = generation == 1 ? base : base + "#" + generation;
      boolean voided =
          settings
              .idempotencyStore()
              .find(voidKey(key))
              .map(r -> r.state() == IdempotencyState.COMPLETED)
              .orElse(false);
      if (!voided) {
        return key;
      }
    }
  }

  private static String voidKey(String labelKey) {
    return "carrier-void:" + labelKey;
  }

  @Override
  public CarrierShipment voidLabel(long pickingId) {
    OdooRecord picking = odoo.readPicking(pickingId, List.of("name", "carrier_tracking_ref"));
    String name = PickingGateway.name(picking);
    String key = defaultKey(pickingId);
    Optional<StoredShipment> current = storedLabel(key, name);
    if (current.isEmpty()) {
      // a previous void may have cancelled at the carrier but failed to clear Odoo: finish that one
      String previous = previousKey(key);
      Optional<StoredShipment> voided =
          previous == null ? Optional.empty() : storedLabel(previous, name);
      if (voided.isPresent() && sameRef(picking, voided.get().toShipment())) {
        CarrierShipment shipment = voided.get().toShipment();
        clearVoidedRef(pickingId, byCode.get(shipment.carrierCode()), shipment);
        return shipment;
      }
      throw new ShippingWorkflowException(
          null,
          "stock.picking "
              + name
              + " has no label bought by this integration under key '"
              + key
              + "' to void");
    }
    CarrierShipment shipment = current.get().toShipment();
    ShippingSettings.Registration reg = byCode.get(shipment.carrierCode());
    if (reg == null) {
      throw new ShippingWorkflowException(
          shipment.carrierCode(),
          "no carrier adapter is registered for carrier "
              + "code '"
              + shipment.carrierCode()
              + "' to void the label of stock.picking "
              + name);
    }
    idempotent.execute(
        voidKey(key),
        shipment.shipmentId(),
        String.class,
        () -> {
          reg.adapter().cancelShipment(shipment.shipmentId());
          return shipment.shipmentId();
        });
    if (sameRef(picking, shipment)) {
      clearVoidedRef(pickingId, reg, shipment);
    }
    return shipment;
  }

  private Optional<StoredShipment> storedLabel(String key, String pickingName) {
    Optional<IdempotencyRecord> record =
        settings
            .idempotencyStore()
            .find(key)
            .filter(r -> r.state() == IdempotencyState.COMPLETED && r.resultJson().isPresent());
    if (record.isEmpty()) {
      return Optional.empty();
    }
    StoredShipment stored;
    try {
      stored = STORED.readValue(record.get().resultJson().get(), StoredShipment.class);
    } catch (JsonProcessingException e) {
      throw new ShippingWorkflowException(
          null,
          "stored label of stock.picking "
              + pickingName
              + " under key '"
              + key
              + "' is unreadable");
    }
    if (stored.unknownOutcome() != null) {
      throw new ShippingWorkflowException(
          stored.carrierCode(),
          "the label purchase of stock.picking "
              + pickingName
              + " has an unknown outcome; void it in the carrier account, then buy again under a"
              + " new key");
    }
    return Optional.of(stored);
  }

  private static String previousKey(String key) {
    int hash = key.lastIndexOf('#');
    if (hash < 0) {
      return null;
    }
    int generation = Integer.parseInt(key.substring(hash + 1));
    return generation == 2
        ? key.substring(0, hash)
        : key.substring(0, hash) + "#" + (generation - 1);
  }

  private static boolean sameRef(OdooRecord picking, CarrierShipment shipment) {
    return picking
        .string("carrier_tracking_ref")
        .map(String.join(",", shipment.trackingNumbers())::equals)
        .orElse(false);
  }

  private void clearVoidedRef(
      long pickingId, ShippingSettings.Registration reg, CarrierShipment shipment) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("carrier_tracking_ref", null);
    odoo.write(pickingId, values);
    odoo.postNote(
        pickingId,
        "Label voided at "
            + (reg == null ? shipment.carrierCode() : reg.adapter().capabilities().displayName())
            + ": shipment "
            + shipment.shipmentId()
            + ", tracking "
            + String.join(",", shipment.trackingNumbers()),
        List.of());
  }

  private ShippingSettings.Registration registrationFor(Many2one deliveryCarrier) {
    for (ShippingSettings.Registration r : byCode.values()) {
      if (odoo.deliveryCarrierId(r) == deliveryCarrier.id()) {
        return r;
      }
    }
    throw new ShippingWorkflowException(
        null,
        "no carrier adapter is registered for delivery.carrier "
            + deliveryCarrier.id()
            + " '"
            + deliveryCarrier.displayName()
            + "'");
  }

  private LabelResult buyLabel(OdooRecord picking, Rate rate, String key) {
    long pickingId = picking.id();
    String name = PickingGateway.name(picking);
    ShippingSettings.Registration reg = byCode.get(rate.carrierCode());
    if (reg == null) {
      throw new ShippingWorkflowException(
          rate.carrierCode(),
          "no carrier adapter is registered for carrier code '" + rate.carrierCode() + "'");
    }
    CarrierAdapter adapter = reg.adapter();
    long deliveryCarrierId = odoo.deliveryCarrierId(reg);
    ShipmentRequest.Builder rb =
        ShipmentRequest.builder(key, rate.serviceCode())
            .reference(name)
            .route(shipper(picking), odoo.recipient(picking))
            .parcels(plan(picking))
            .labelFormat(adapter.capabilities().labelFormatOr(settings.labelFormat()));
    rate.rateId().ifPresent(rb::rateId);
    shipDate(picking).ifPresent(rb::shipDate);
    ShipmentRequest request = rb.build();
    String fingerprint =
        String.join(
            "|",
            rate.carrierCode(),
            rate.serviceCode(),
            name,
            String.valueOf(request.parcels()),
            String.valueOf(request.shipTo().address()));
    AtomicBoolean ran = new AtomicBoolean();
    StoredShipment stored =
        idempotent.execute(
            key,
            fingerprint,
            StoredShipment.class,
            () -> {
              ran.set(true);
              OdooRecord fresh = odoo.readPicking(pickingId, List.of("carrier_tracking_ref"));
              if (fresh.string("carrier_tracking_ref").isPresent()) {
                throw new ShippingWorkflowException(
                    rate.carrierCode(),
                    "stock.picking "
                        + name
                        + " already has "
                        + "carrier_tracking_ref '"
                        + fresh.string("carrier_tracking_ref").get()
                        + "' that was not bought under "
                        + "idempotency key '"
                        + key
                        + "'; void it and clear the field, or pass a new key");
              }
              try {
                return StoredShipment.of(purchaser.purchase(adapter, request));
              } catch (CarrierOutcomeUnknownException e) {
                if (adapter.capabilities().idempotentCreate()) {
                  throw e; // the same key may be retried safely: leave it retryable in the store
                }
                return StoredShipment.unknown(rate.carrierCode(), e.getMessage());
              }
            });
    if (stored.unknownOutcome() != null) {
      throw new CarrierOutcomeUnknownException(
          rate.carrierCode(),
          "the label purchase for stock.picking "
              + name
              + " under idempotency key '"
              + key
              + "' has an unknown outcome at carrier '"
              + rate.carrierCode()
              + "', which cannot deduplicate purchases ("
              + stored.unknownOutcome()
              + "). Check the carrier account: "
              + "void the label if it exists, then buy again with a new idempotency key",
          null);
    }
    CarrierShipment shipment = stored.toShipment();
    return recordLabel(pickingId, reg, deliveryCarrierId, shipment, !ran.get());
  }

  private LabelResult recordLabel(
      long pickingId,
      ShippingSettings.Registration reg,
      long deliveryCarrierId,
      CarrierShipment shipment,
      boolean replayed) {
    List<Long> attachmentIds = new ArrayList<>();
    boolean anyCreated = false;
    for (ParcelLabel parcel : shipment.parcels()) {
      String fileName =
          "Label-"
              + shipment.carrierCode()
              + "-"
              + parcel.trackingNumber()
              + "."
              + parcel.label().format().fileExtension();
      PickingGateway.AttachmentRef ref =
          odoo.attach(
              pickingId, fileName, parcel.label().format().mimeType(), parcel.label().content());
      attachmentIds.add(ref.id());
      anyCreated |= ref.created();
    }
    String trackingRef = String.join(",", shipment.trackingNumbers());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("carrier_id", deliveryCarrierId);
    values.put("carrier_tracking_ref", trackingRef);
    shipment.charged().ifPresent(m -> values.put("carrier_price", m.amount()));
    odoo.write(pickingId, values);
    if (anyCreated) {
      odoo.postNote(
          pickingId,
          "Label bought from "
              + reg.adapter().capabilities().displayName()
              + " ("
              + shipment.serviceCode()
              + "), shipment "
              + shipment.shipmentId()
              + ", tracking "
              + trackingRef
              + shipment.charged().map(m -> ", charged " + m).orElse(""),
          attachmentIds);
    }
    return new LabelResult(pickingId, shipment, trackingRef, attachmentIds, replayed);
  }

  // ---------------------------------------------------------------- tracking

  @Override
  public List<TrackingUpdate> applyTrackingEvents(List<TrackingEvent> events) {
    return tracking.apply(events);
  }

  @Override
  public List<TrackingUpdate> handleTrackingWebhook(String carrierCode, WebhookRequest webhook) {
    Objects.requireNonNull(webhook, "webhook");
    ShippingSettings.Registration reg =
        byCode.get(Objects.requireNonNull(carrierCode, "carrierCode"));
    if (reg == null) {
      throw new InvalidTrackingWebhookException(
          carrierCode,
          "no carrier adapter is registered for carrier code '" + carrierCode + "'",
          null);
    }
    WebhookVerifier verifier = settings.verifiers().get(carrierCode);
    if (verifier != null) {
      try {
        verifier.verify(webhook);
      } catch (WebhookVerificationException e) {
        throw new InvalidTrackingWebhookException(
            carrierCode, "webhook signature rejected: " + e.getMessage(), e);
      }
    }
    List<TrackingEvent> events = reg.adapter().parseTrackingWebhook(webhook);
    for (TrackingEvent e : events) {
      if (!carrierCode.equals(e.carrier())) {
        throw new InvalidTrackingWebhookException(
            carrierCode,
            "adapter returned an event of carrier '"
                + e.carrier()
                + "' for tracking number "
                + e.trackingNumber(),
            null);
      }
    }
    return tracking.apply(events);
  }

  @Override
  public List<TrackingUpdate> pollTracking(long pickingId) {
    OdooRecord picking =
        odoo.readPicking(pickingId, List.of("name", "carrier_id", "carrier_tracking_ref"));
    Many2one carrier =
        picking
            .many2one("carrier_id")
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null,
                        "stock.picking " + PickingGateway.name(picking) + " has no carrier_id"));
    CarrierAdapter adapter = registrationFor(carrier).adapter();
    List<TrackingEvent> events = new ArrayList<>();
    for (String trackingNumber : PickingGateway.trackingRefs(picking)) {
      TrackingResult result;
      try {
        result = adapter.track(trackingNumber);
      } catch (TrackingNumberNotFoundException e) {
        continue; // brand-new labels are not trackable at every carrier yet; the next poll picks
        // them up
      }
      events.addAll(result.events());
    }
    return tracking.apply(events);
  }

  @Override
  public String toString() {
    return "ShippingIntegration[carriers=" + byCode.keySet() + "]";
  }
}
