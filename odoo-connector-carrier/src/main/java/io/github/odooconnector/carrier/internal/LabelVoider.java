package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.VoidResult;
import io.github.odooconnector.carrier.internal.StoredLabels.Keyed;
import io.github.odooconnector.carrier.internal.StoredLabels.LabelSet;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.reliability.api.Idempotent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voids the label bought for a picking under its current default key: cancels every shipment at the
 * carrier once (under {@code carrier-void:<label key>}) or asks for a refund when it is in a closed
 * manifest at a carrier that needs one, then clears {@code carrier_tracking_ref} if it still holds
 * that label's numbers and posts a chatter note. A void that cancelled at the carrier but failed to
 * clear Odoo is finished by the next call. Thread-safe.
 */
final class LabelVoider {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final LabelWorkflow labels;
  private final StoredLabels stored;
  private final Idempotent idempotent;

  LabelVoider(
      PickingGateway odoo,
      ShippingSetup setup,
      LabelWorkflow labels,
      StoredLabels stored,
      Idempotent idempotent) {
    this.odoo = odoo;
    this.setup = setup;
    this.labels = labels;
    this.stored = stored;
    this.idempotent = idempotent;
  }

  VoidResult voidLabel(long pickingId) {
    OdooRecord picking = odoo.readPicking(pickingId, List.of("name", "carrier_tracking_ref"));
    String name = PickingGateway.name(picking);
    String key = labels.defaultKey(pickingId);
    Optional<LabelSet> current = stored.labelsUnder(key);
    if (current.isEmpty() || current.get().bought().isEmpty()) {
      if (current.isPresent() && !current.get().blocked().isEmpty()) {
        throw blockedVoid(name, current.get());
      }
      // a previous void may have cancelled at the carrier but failed to clear Odoo: finish that one
      String previous = StoredLabels.previous(key);
      Optional<LabelSet> voided =
          previous == null ? Optional.empty() : stored.labelsUnder(previous);
      if (voided.isPresent() && sameRef(picking, voided.get())) {
        List<CarrierShipment> shipments =
            voided.get().bought().stream().map(k -> k.shipment().toShipment()).toList();
        clearVoidedRef(pickingId, shipments, List.of());
        return new VoidResult(pickingId, shipments, List.of());
      }
      throw new ShippingWorkflowException(
          null,
          "stock.picking "
              + name
              + " has no label bought by this integration under key '"
              + key
              + "' to void");
    }
    LabelSet set = current.get();
    if (!set.blocked().isEmpty()) {
      throw blockedVoid(name, set);
    }
    List<CarrierShipment> shipments = new ArrayList<>();
    List<RefundConfirmation> refunds = new ArrayList<>();
    for (Keyed k : set.bought()) {
      CarrierShipment shipment = k.shipment().toShipment();
      ShippingSetup.Carrier reg =
          setup
              .byCode(shipment.carrierCode())
              .orElseThrow(
                  () ->
                      new ShippingWorkflowException(
                          shipment.carrierCode(),
                          "no carrier adapter is registered for carrier code '"
                              + shipment.carrierCode()
                              + "' to void the label of stock.picking "
                              + name));
      CarrierAdapter adapter = reg.adapter();
      boolean manifested =
          stored.completed(
              StoredLabels.manifestedKey(shipment.carrierCode(), shipment.shipmentId()));
      if (manifested && adapter.capabilities().refundAfterManifest()) {
        refunds.add(
            idempotent.execute(
                "carrier-refund:" + k.key(),
                shipment.shipmentId(),
                RefundConfirmation.class,
                () -> adapter.requestRefund(shipment.shipmentId())));
      } else {
        idempotent.execute(
            StoredLabels.voidKey(k.key()),
            shipment.shipmentId(),
            String.class,
            () -> {
              adapter.cancelShipment(shipment.shipmentId());
              return shipment.shipmentId();
            });
      }
      shipments.add(shipment);
    }
    if (!stored.completed(StoredLabels.voidKey(key))) {
      idempotent.execute(StoredLabels.voidKey(key), key, String.class, () -> key);
    }
    if (sameRef(picking, set)) {
      clearVoidedRef(pickingId, shipments, refunds);
    } else if (!refunds.isEmpty()) {
      odoo.postNote(pickingId, refundText(refunds), List.of());
    }
    return new VoidResult(pickingId, shipments, refunds);
  }

  private static ShippingWorkflowException blockedVoid(String name, LabelSet set) {
    return new ShippingWorkflowException(
        set.blocked().get(0).shipment().carrierCode(),
        "the label of stock.picking "
            + name
            + " has a purchase with an unknown outcome under key '"
            + set.blocked().get(0).key()
            + "'; reconcile it first (ShippingIntegration.reconcileUnknownOutcomes), then void");
  }

  private static boolean sameRef(OdooRecord picking, LabelSet set) {
    return picking
        .string("carrier_tracking_ref")
        .map(String.join(",", set.trackingNumbers())::equals)
        .orElse(false);
  }

  private static String refundText(List<RefundConfirmation> refunds) {
    return "Refund requested instead of a void (the label is in a closed manifest): "
        + String.join(
            ", ",
            refunds.stream()
                .map(
                    r ->
                        "shipment "
                            + r.shipmentId()
                            + r.optionalRefundId().map(id -> " refund " + id).orElse("")
                            + " ("
                            + r.status()
                            + ")")
                .toList());
  }

  private void clearVoidedRef(
      long pickingId, List<CarrierShipment> shipments, List<RefundConfirmation> refunds) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("carrier_tracking_ref", null);
    odoo.write(pickingId, values);
    String carrier = shipments.get(0).carrierCode();
    String display =
        setup.byCode(carrier).map(r -> r.adapter().capabilities().displayName()).orElse(carrier);
    odoo.postNote(
        pickingId,
        "Label voided at "
            + display
            + ": shipment "
            + String.join(", ", shipments.stream().map(CarrierShipment::shipmentId).toList())
            + ", tracking "
            + String.join(
                ",", shipments.stream().flatMap(s -> s.trackingNumbers().stream()).toList())
            + (refunds.isEmpty() ? "" : ". " + refundText(refunds)),
        List.of());
  }
}
