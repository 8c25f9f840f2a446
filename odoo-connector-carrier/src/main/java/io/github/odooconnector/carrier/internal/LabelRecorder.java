package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.PackageLabel;
import io.github.odooconnector.carrier.internal.PlannedShipment.PlannedParcel;
import io.github.odooconnector.carrier.internal.StoredLabels.Keyed;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Weight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records bought labels in Odoo, the one place that does: label and document attachments,
 * per-package tracking numbers, the picking's carrier and tracking reference, a chatter note when
 * something new was attached, and (when complete) the real cost on the sale order and the rate
 * variance ({@link DriftGuard}). Thread-safe.
 */
final class LabelRecorder {

  private final PickingGateway odoo;
  private final DeliveryMethods methods;
  private final DriftGuard drift;
  private final String packageTrackingField; // null: not written

  LabelRecorder(
      PickingGateway odoo, DeliveryMethods methods, DriftGuard drift, String packageTrackingField) {
    this.odoo = odoo;
    this.methods = methods;
    this.drift = drift;
    this.packageTrackingField = packageTrackingField;
  }

  /** Records the bought labels of a purchase (see the class description). */
  LabelResult record(
      LabelWorkflow.Purchase p,
      PlannedShipment plan,
      List<Keyed> bought,
      boolean boughtNow,
      boolean complete,
      boolean replayed) {
    long pickingId = p.picking().id();
    CarrierCapabilities caps = p.reg().adapter().capabilities();
    String prefix = p.isReturn() ? "ReturnLabel" : "Label";
    List<CarrierShipment> shipments = new ArrayList<>();
    List<Long> labelIds = new ArrayList<>();
    List<Long> docIds = new ArrayList<>();
    List<PackageLabel> packages = new ArrayList<>();
    List<String> packageLines = new ArrayList<>();
    boolean anyCreated = false;
    for (Keyed k : bought) {
      StoredShipment s = k.shipment();
      CarrierShipment shipment = s.toShipment();
      shipments.add(shipment);
      for (int i = 0; i < shipment.parcels().size(); i++) {
        ParcelLabel parcel = shipment.parcels().get(i);
        String parcelId = s.parcels().get(i).parcelId();
        if (parcelId == null && bought.size() == 1 && i < plan.parcels().size()) {
          parcelId = plan.parcelIds().get(i); // stored before parcel ids were kept
        }
        PlannedParcel pp = parcelId == null ? null : plan.parcel(parcelId);
        PickingGateway.AttachmentRef ref =
            odoo.attach(
                pickingId,
                prefix
                    + "-"
                    + shipment.carrierCode()
                    + "-"
                    + parcel.trackingNumber()
                    + "."
                    + parcel.label().format().fileExtension(),
                parcel.label().format().mimeType(),
                parcel.label().content());
        labelIds.add(ref.id());
        anyCreated |= ref.created();
        Long packageId = pp == null ? null : pp.packageId();
        if (packageId != null && packageTrackingField != null && !p.isReturn()) {
          odoo.writePackage(packageId, Map.of(packageTrackingField, parcel.trackingNumber()));
        }
        Weight billable = pp == null ? null : caps.billableWeight(pp.parcel()).orElse(null);
        packages.add(
            new PackageLabel(
                parcelId == null ? parcel.trackingNumber() : parcelId,
                packageId,
                parcel.trackingNumber(),
                shipment.shipmentId(),
                ref.id(),
                billable));
        if (parcelId != null) {
          packageLines.add(
              parcelId
                  + " -> "
                  + parcel.trackingNumber()
                  + (billable == null ? "" : " (billed as " + billable.display() + ")"));
        }
      }
      List<ShippingDocument> documents = shipment.documents();
      for (int j = 0; j < documents.size(); j++) {
        ShippingDocument d = documents.get(j);
        PickingGateway.AttachmentRef ref =
            odoo.attach(
                pickingId,
                d.type().filePrefix()
                    + "-"
                    + shipment.carrierCode()
                    + "-"
                    + shipment.shipmentId()
                    + (j == 0 ? "" : "-" + (j + 1))
                    + "."
                    + d.document().format().fileExtension(),
                d.document().format().mimeType(),
                d.document().content());
        docIds.add(ref.id());
        anyCreated |= ref.created();
      }
    }
    String trackingRef =
        String.join(",", shipments.stream().flatMap(s -> s.trackingNumbers().stream()).toList());
    Money charged = total(shipments);
    if (p.writeTrackingRef()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("carrier_id", p.reg().deliveryCarrierId());
      values.put("carrier_tracking_ref", trackingRef);
      if (charged != null && !p.isReturn()) {
        values.put("carrier_price", charged.amount());
      }
      odoo.write(pickingId, values);
    }
    String costNote = "";
    if (complete
        && !p.isReturn()
        && charged != null
        && p.picking().has("sale_id")
        && p.picking().many2one("sale_id").isPresent()) {
      costNote =
          methods.read(List.of(p.reg().deliveryCarrierId())).values().stream()
              .findFirst()
              .flatMap(m -> methods.writeBackRealCost(p.picking(), m, charged))
              .map(s -> "; " + s)
              .orElse("");
    }
    if (anyCreated) {
      List<Long> all = new ArrayList<>(labelIds);
      all.addAll(docIds);
      odoo.postNote(
          pickingId,
          (p.isReturn()
                  ? "Return label (RMA " + p.returnDetails().rmaReference() + ") bought from "
                  : "Label bought from ")
              + caps.displayName()
              + " ("
              + shipments.get(0).serviceCode()
              + "), shipment "
              + String.join(", ", shipments.stream().map(CarrierShipment::shipmentId).toList())
              + ", tracking "
              + trackingRef
              + (packageLines.size() > 1
                      || (packageLines.size() == 1 && packages.get(0).packageId() != null)
                  ? "; parcels: " + String.join(", ", packageLines)
                  : "")
              + (charged == null ? "" : ", charged " + charged)
              + (docIds.isEmpty()
                  ? ""
                  : ", with " + docIds.size() + " customs/shipping document(s)")
              + costNote,
          all);
      if (complete && boughtNow && charged != null && p.quoted() != null) {
        drift.afterPurchase(p.picking(), caps.displayName(), p.quoted(), charged);
      }
    }
    return new LabelResult(
        pickingId, shipments, trackingRef, labelIds, docIds, packages, replayed && !anyCreated);
  }

  private static Money total(List<CarrierShipment> shipments) {
    Money sum = null;
    for (CarrierShipment s : shipments) {
      if (s.charged() == null) {
        return null;
      }
      if (sum != null && !sum.currency().equals(s.charged().currency())) {
        return null;
      }
      sum = sum == null ? s.charged() : sum.plus(s.charged());
    }
    return sum;
  }
}
