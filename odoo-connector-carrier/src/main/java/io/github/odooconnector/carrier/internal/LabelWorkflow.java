package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.reliability.api.Idempotent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Buys a picking's label exactly once under an idempotency key and records it in Odoo (attachments,
 * {@code carrier_tracking_ref}, chatter), and voids it again. The purchase itself (retries, lost
 * responses) is the {@link LabelPurchaser}'s; the stored results are read through {@link
 * StoredLabels}. Thread-safe.
 */
final class LabelWorkflow {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final PickingRequests requests;
  private final Idempotent idempotent;
  private final StoredLabels stored;
  private final LabelPurchaser purchaser;
  private final LabelFormat labelFormat;

  LabelWorkflow(
      PickingGateway odoo,
      ShippingSetup setup,
      PickingRequests requests,
      Idempotent idempotent,
      StoredLabels stored,
      LabelPurchaser purchaser,
      LabelFormat labelFormat) {
    this.odoo = odoo;
    this.setup = setup;
    this.requests = requests;
    this.idempotent = idempotent;
    this.stored = stored;
    this.purchaser = purchaser;
    this.labelFormat = labelFormat;
  }

  /**
   * The picking's current label key: {@code carrier-label:stock.picking:<id>}, then {@code ...#2},
   * {@code ...#3} after each void (a voided key is marked by a completed {@code carrier-void:<key>}
   * record).
   */
  String defaultKey(long pickingId) {
    String base = "carrier-label:stock.picking:" + pickingId;
    for (int generation = 1; ; generation++) {
      String key = generation == 1 ? base : base + "#" + generation;
      if (!stored.completed(voidKey(key))) {
        return key;
      }
    }
  }

  private static String voidKey(String labelKey) {
    return "carrier-void:" + labelKey;
  }

  LabelResult buy(OdooRecord picking, Rate rate, String key) {
    long pickingId = picking.id();
    String name = PickingGateway.name(picking);
    ShippingSetup.Carrier reg =
        setup
            .byCode(rate.carrierCode())
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        rate.carrierCode(),
                        "no carrier adapter is registered for carrier code '"
                            + rate.carrierCode()
                            + "'"));
    CarrierAdapter adapter = reg.adapter();
    ShipmentRequest request =
        requests.shipmentRequest(
            picking, rate, key, adapter.capabilities().labelFormatOr(labelFormat));
    String fingerprint =
        String.join(
            "|",
            rate.carrierCode(),
            rate.serviceCode(),
            name,
            String.valueOf(request.parcels()),
            String.valueOf(request.shipTo().address()));
    AtomicBoolean ran = new AtomicBoolean();
    StoredShipment bought =
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
    if (bought.unknownOutcome() != null) {
      throw new CarrierOutcomeUnknownException(
          rate.carrierCode(),
          "the label purchase for stock.picking "
              + name
              + " under idempotency key '"
              + key
              + "' has an unknown outcome at carrier '"
              + rate.carrierCode()
              + "', which cannot deduplicate purchases ("
              + bought.unknownOutcome()
              + "). Check the carrier account: "
              + "void the label if it exists, then buy again with a new idempotency key",
          null);
    }
    return record(pickingId, reg, bought.toShipment(), !ran.get());
  }

  private LabelResult record(
      long pickingId, ShippingSetup.Carrier reg, CarrierShipment shipment, boolean replayed) {
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
    values.put("carrier_id", reg.deliveryCarrierId());
    values.put("carrier_tracking_ref", trackingRef);
    shipment.optionalCharged().ifPresent(m -> values.put("carrier_price", m.amount()));
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
              + shipment.optionalCharged().map(m -> ", charged " + m).orElse(""),
          attachmentIds);
    }
    return new LabelResult(pickingId, shipment, trackingRef, attachmentIds, replayed);
  }

  CarrierShipment voidLabel(long pickingId) {
    OdooRecord picking = odoo.readPicking(pickingId, List.of("name", "carrier_tracking_ref"));
    String name = PickingGateway.name(picking);
    String key = defaultKey(pickingId);
    Optional<StoredShipment> current = stored.label(key, name);
    if (current.isEmpty()) {
      // a previous void may have cancelled at the carrier but failed to clear Odoo: finish that one
      String previous = previousKey(key);
      Optional<StoredShipment> voided =
          previous == null ? Optional.empty() : stored.label(previous, name);
      if (voided.isPresent() && sameRef(picking, voided.get().toShipment())) {
        CarrierShipment shipment = voided.get().toShipment();
        clearVoidedRef(pickingId, setup.byCode(shipment.carrierCode()).orElse(null), shipment);
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
    ShippingSetup.Carrier reg = setup.byCode(shipment.carrierCode()).orElse(null);
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

  private void clearVoidedRef(long pickingId, ShippingSetup.Carrier reg, CarrierShipment shipment) {
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
}
