package io.github.odooconnector.testkit.carrier;

import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.Manifest;
import io.github.odooconnector.carrier.spi.ManifestRequest;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link SimulatedCarrier}'s end-of-day desk: manifests (which mark shipments as handed over),
 * refund requests and pickups (book, change, cancel), each deduplicated like the real APIs and
 * numbered from the carrier's shared sequence.
 *
 * <p>Not thread-safe: only used under the owning {@link SimulatedCarrier}'s monitor.
 */
final class CarrierEndOfDay {

  private final CarrierState state;
  private final Map<String, Manifest> manifests = new LinkedHashMap<>();
  private final Map<String, RefundConfirmation> refunds = new LinkedHashMap<>();
  private final Map<String, PickupRequest> pickups = new LinkedHashMap<>();
  private final Set<String> cancelledPickups = new HashSet<>();

  CarrierEndOfDay(CarrierState state) {
    this.state = state;
  }

  Manifest createManifest(ManifestRequest request) {
    Objects.requireNonNull(request, "request");
    for (String id : request.shipmentIds()) {
      if (!state.byId.containsKey(id) || state.cancelled.contains(id)) {
        throw new CarrierRequestRejectedException(
            state.code(),
            "shipment '" + id + "' cannot be manifested",
            "SIM-404",
            List.of("shipmentIds"));
      }
    }
    Manifest existing = manifests.get(request.idempotencyKey());
    if (existing != null) {
      return existing;
    }
    String id = state.nextId("MAN");
    Manifest manifest =
        new Manifest(
            id,
            request.shipmentIds(),
            List.of(
                new ShippingDocument(
                    DocumentType.MANIFEST,
                    LabelDocuments.pdfDocument(
                        state.capabilities.displayName() + " manifest " + id,
                        request.shipDate().toString(),
                        request.shipmentIds().size() + " shipment(s)"))));
    manifests.put(request.idempotencyKey(), manifest);
    request.shipmentIds().forEach(s -> state.manifestOf.put(s, id));
    return manifest;
  }

  RefundConfirmation requestRefund(String shipmentId) {
    if (!state.byId.containsKey(Objects.requireNonNull(shipmentId, "shipmentId"))) {
      throw new CarrierRequestRejectedException(
          state.code(), "unknown shipment '" + shipmentId + "'", "SIM-404", List.of("shipmentId"));
    }
    return refunds.computeIfAbsent(
        shipmentId, id -> new RefundConfirmation(id, state.nextId("RF"), "submitted"));
  }

  PickupConfirmation schedulePickup(PickupRequest request) {
    Objects.requireNonNull(request, "request");
    for (Map.Entry<String, PickupRequest> e : pickups.entrySet()) {
      if (e.getValue().idempotencyKey().equals(request.idempotencyKey())) {
        return new PickupConfirmation(e.getKey(), e.getValue().date());
      }
    }
    return book(request);
  }

  PickupConfirmation updatePickup(String confirmationNumber, PickupRequest request) {
    requireOpenPickup(confirmationNumber);
    cancelledPickups.add(confirmationNumber);
    return book(request);
  }

  void cancelPickup(String confirmationNumber) {
    requireOpenPickup(confirmationNumber);
    cancelledPickups.add(confirmationNumber);
  }

  private PickupConfirmation book(PickupRequest request) {
    String number = state.nextId("PU");
    pickups.put(number, request);
    return new PickupConfirmation(number, request.date());
  }

  private void requireOpenPickup(String confirmationNumber) {
    if (!pickups.containsKey(confirmationNumber) || cancelledPickups.contains(confirmationNumber)) {
      throw new CarrierRequestRejectedException(
          state.code(),
          "no open pickup '" + confirmationNumber + "'",
          "SIM-404",
          List.of("confirmationNumber"));
    }
  }

  List<Manifest> manifests() {
    return List.copyOf(manifests.values());
  }

  Map<String, RefundConfirmation> refunds() {
    return Map.copyOf(refunds);
  }

  Map<String, PickupRequest> openPickups() {
    Map<String, PickupRequest> open = new LinkedHashMap<>(pickups);
    cancelledPickups.forEach(open::remove);
    return Map.copyOf(open);
  }
}
