package io.github.odooconnector.testkit.carrier;

import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.ShipmentOption;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SimulatedCarrier}'s label desk: validates and buys shipments (labels, commercial
 * invoices), deduplicates purchases by idempotency key, finds and cancels them, counts calls and
 * purchases, and injects the purchase and lookup faults tests script.
 *
 * <p>Not thread-safe: only used under the owning {@link SimulatedCarrier}'s monitor.
 */
final class CarrierShipments {

  private final CarrierState state;
  private final CarrierPricing pricing;
  private final TrackingTimelines tracking;
  private final String trackingPrefix;
  private final boolean findSupported;

  private final Map<String, CarrierShipment> byKey = new HashMap<>();
  private final Map<String, String> fingerprintByKey = new HashMap<>();
  private final List<ShipmentRequest> createRequests = new ArrayList<>();
  private int purchases;
  private int createCalls;
  private int loseResponseOfCall;
  private int dropNextCreateRequests;
  private int rejectCall;
  private int lookupFailures;
  private int loseNextCreateResponses;
  private int failNextCreates;

  CarrierShipments(
      CarrierState state,
      CarrierPricing pricing,
      TrackingTimelines tracking,
      String trackingPrefix,
      boolean findSupported) {
    this.state = state;
    this.pricing = pricing;
    this.tracking = tracking;
    this.trackingPrefix = trackingPrefix;
    this.findSupported = findSupported;
  }

  CarrierShipment create(ShipmentRequest request) {
    Objects.requireNonNull(request, "request");
    createCalls++;
    createRequests.add(request);
    injectFaultsBeforePurchase();
    ServiceLevel service = validate(request);
    String fingerprint =
        request.serviceCode()
            + "|"
            + request.parcels()
            + "|"
            + request.shipTo().address()
            + "|"
            + request.shipmentOptions();
    CarrierShipment existing = byKey.get(request.idempotencyKey());
    if (existing != null && state.capabilities.idempotentCreate()) {
      if (!fingerprint.equals(fingerprintByKey.get(request.idempotencyKey()))) {
        throw new CarrierRequestRejectedException(
            state.code(),
            "idempotency key '" + request.idempotencyKey() + "' was used for a different shipment",
            "SIM-409",
            List.of("idempotencyKey"));
      }
      return existing;
    }
    CarrierShipment shipment = buy(request, service);
    byKey.put(request.idempotencyKey(), shipment);
    fingerprintByKey.put(request.idempotencyKey(), fingerprint);
    String shipmentId = shipment.shipmentId();
    if (loseResponseOfCall > 0 && --loseResponseOfCall == 0) {
      throw lostResponse(shipmentId);
    }
    if (loseNextCreateResponses > 0) {
      loseNextCreateResponses--;
      throw lostResponse(shipmentId);
    }
    return shipment;
  }

  private void injectFaultsBeforePurchase() {
    if (failNextCreates > 0) {
      failNextCreates--;
      throw new CarrierUnavailableException(
          state.code(), "simulated outage before the label was bought", "SIM-503", null);
    }
    if (rejectCall > 0 && --rejectCall == 0) {
      throw new CarrierRequestRejectedException(
          state.code(),
          "simulated: the carrier refused this parcel",
          "SIM-422",
          List.of("parcels"));
    }
    if (dropNextCreateRequests > 0) {
      dropNextCreateRequests--;
      throw new CarrierOutcomeUnknownException(
          state.code(), "simulated: the connection broke; the carrier never got the request", null);
    }
  }

  private ServiceLevel validate(ShipmentRequest request) {
    String code = state.code();
    ServiceLevel service =
        state
            .capabilities
            .service(request.serviceCode())
            .orElseThrow(
                () ->
                    new CarrierRequestRejectedException(
                        code,
                        "unknown service '" + request.serviceCode() + "'",
                        "SIM-400",
                        List.of("serviceCode")));
    boolean international = CarrierPricing.international(request.shipFrom(), request.shipTo());
    if (international && !service.international()) {
      throw new CarrierRequestRejectedException(
          code,
          "service " + service.code() + " does not ship internationally",
          "SIM-400",
          List.of("shipTo.address.countryCode"));
    }
    if (state.capabilities.oneParcelPerShipment() && request.parcels().size() > 1) {
      throw new CarrierRequestRejectedException(
          code, "one parcel per shipment", "SIM-400", List.of("parcels"));
    }
    for (ShipmentOption o : request.shipmentOptions().requested()) {
      if (!state.capabilities.supports(o)) {
        throw new CarrierRequestRejectedException(
            code, "option " + o + " is not offered", "SIM-400", List.of("options"));
      }
    }
    if (CarrierPricing.crossesCustomsBorder(request.shipFrom(), request.shipTo())
        && request.optionalCustoms().isEmpty()) {
      throw new CarrierRequestRejectedException(
          code,
          "a cross-border shipment needs a customs declaration",
          "SIM-400",
          List.of("customs"));
    }
    return service;
  }

  /** Buys the labels: draws the shipment's sequence number, scripts LC events, registers it. */
  private CarrierShipment buy(ShipmentRequest request, ServiceLevel service) {
    BigDecimal kg = pricing.billableKg(request.parcels());
    int sequence = state.nextSequence();
    String shipmentId = String.format(Locale.ROOT, "SHP-%s-%06d", state.code(), sequence);
    List<ParcelLabel> labels = new ArrayList<>();
    Instant now = state.clock.instant();
    String prefix = request.isReturn() ? "R" + trackingPrefix : trackingPrefix;
    String reference =
        request
            .optionalReturnDetails()
            .map(r -> "RMA " + r.rmaReference())
            .orElse(request.reference());
    for (int i = 0; i < request.parcels().size(); i++) {
      String trackingNumber = String.format(Locale.ROOT, "%s%04d%02d", prefix, sequence, i + 1);
      LabelFormat format = state.capabilities.labelFormatOr(request.labelFormat());
      labels.add(
          new ParcelLabel(
              trackingNumber,
              LabelDocuments.create(
                  format, state.capabilities.displayName(), trackingNumber, reference)));
      tracking.record(trackingNumber, "LC", now);
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
    Money charged = pricing.charge(service.code(), kg);
    CarrierShipment shipment =
        new CarrierShipment(state.code(), shipmentId, service.code(), labels, charged, documents);
    purchases++;
    state.byId.put(shipmentId, shipment);
    return shipment;
  }

  private CarrierOutcomeUnknownException lostResponse(String shipmentId) {
    return new CarrierOutcomeUnknownException(
        state.code(),
        "simulated: label " + shipmentId + " was bought but the response was lost",
        null);
  }

  ShipmentLookup lookup(String idempotencyKey) {
    failLookupIfScripted();
    if (!findSupported) {
      return ShipmentLookup.unknown("simulated carrier cannot search shipments by reference");
    }
    CarrierShipment found = byKey.get(idempotencyKey);
    return found == null ? ShipmentLookup.notFound() : ShipmentLookup.found(found);
  }

  Optional<CarrierShipment> find(String idempotencyKey) {
    failLookupIfScripted();
    return findSupported ? Optional.ofNullable(byKey.get(idempotencyKey)) : Optional.empty();
  }

  private void failLookupIfScripted() {
    if (lookupFailures > 0) {
      lookupFailures--;
      throw new CarrierUnavailableException(
          state.code(), "simulated outage of the shipment search", "SIM-503", null);
    }
  }

  void cancel(String shipmentId) {
    CarrierShipment shipment = state.byId.get(shipmentId);
    if (shipment == null) {
      throw new CarrierRequestRejectedException(
          state.code(), "unknown shipment '" + shipmentId + "'", "SIM-404", List.of("shipmentId"));
    }
    if (state.capabilities.refundAfterManifest() && state.manifestOf.containsKey(shipmentId)) {
      throw new CarrierRequestRejectedException(
          state.code(),
          "shipment '"
              + shipmentId
              + "' is in manifest "
              + state.manifestOf.get(shipmentId)
              + " and can no longer be voided; request a refund",
          "SIM-409",
          List.of("shipmentId"));
    }
    if (state.cancelled.add(shipmentId)) {
      Instant now = state.clock.instant();
      shipment.trackingNumbers().forEach(t -> tracking.record(t, "CX", now));
    }
  }

  void loseNextCreateResponses(int count) {
    this.loseNextCreateResponses = count;
  }

  void failNextCreates(int count) {
    this.failNextCreates = count;
  }

  void loseResponseOfCreate(int nth) {
    this.loseResponseOfCall = nth;
  }

  void rejectCreate(int nth) {
    this.rejectCall = nth;
  }

  void dropNextCreateRequests(int count) {
    this.dropNextCreateRequests = count;
  }

  void failNextLookups(int count) {
    this.lookupFailures = count;
  }

  List<ShipmentRequest> createRequests() {
    return List.copyOf(createRequests);
  }

  int purchases() {
    return purchases;
  }

  int createCalls() {
    return createCalls;
  }
}
