package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.PackageLabel;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.VoidResult;
import io.github.odooconnector.carrier.internal.PlannedShipment.PlannedParcel;
import io.github.odooconnector.carrier.internal.StoredLabels.Keyed;
import io.github.odooconnector.carrier.internal.StoredLabels.LabelSet;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import io.github.odooconnector.carrier.spi.ReturnDetails;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.carrier.spi.UnsupportedCarrierOperationException;
import io.github.odooconnector.carrier.spi.UnsupportedShipmentOptionException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.api.Idempotent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Buys a picking's labels exactly once and records them in Odoo (label and document attachments,
 * per-package tracking numbers, {@code carrier_tracking_ref}, chatter), and voids them again.
 * Before anything is bought it refuses options the carrier does not support, declares a
 * cross-border shipment to customs ({@link CustomsBuilder}), validates the ship-to address ({@link
 * AddressCheck}) and guards against rate drift ({@link DriftGuard}).
 *
 * <p>A carrier taking several parcels per shipment gets one purchase under the picking's key. A
 * carrier taking one parcel per shipment gets a plan stored under the key and one purchase per
 * parcel under {@code <key>/<parcel id>}: when a parcel fails, the parcels bought so far are
 * recorded, and the next call replays them and buys only the rest, so nothing is bought twice; a
 * void cancels every bought parcel. A purchase whose outcome is unknown stays blocked until the
 * {@link Reconciler} settles it. The purchase call itself (retries, lost responses) is the {@link
 * LabelPurchaser}'s; stored results are read only through {@link StoredLabels}. Thread-safe.
 */
final class LabelWorkflow {

  /** The phrase the chatter note of an unknown outcome carries; the reconciler searches for it. */
  static final String UNKNOWN_MARKER = "[label outcome unknown]";

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final ShipmentPlanner planner;
  private final CustomsBuilder customs;
  private final AddressCheck addresses;
  private final DriftGuard drift;
  private final DeliveryMethods methods;
  private final Idempotent idempotent;
  private final StoredLabels stored;
  private final LabelPurchaser purchaser;
  private final LabelFormat labelFormat;
  private final String packageTrackingField; // null: not written
  private final Clock clock;

  LabelWorkflow(
      PickingGateway odoo,
      ShippingSetup setup,
      ShipmentPlanner planner,
      CustomsBuilder customs,
      AddressCheck addresses,
      DriftGuard drift,
      DeliveryMethods methods,
      Idempotent idempotent,
      StoredLabels stored,
      LabelPurchaser purchaser,
      LabelFormat labelFormat,
      String packageTrackingField,
      Clock clock) {
    this.odoo = odoo;
    this.setup = setup;
    this.planner = planner;
    this.customs = customs;
    this.addresses = addresses;
    this.drift = drift;
    this.methods = methods;
    this.idempotent = idempotent;
    this.stored = stored;
    this.purchaser = purchaser;
    this.labelFormat = labelFormat;
    this.packageTrackingField = packageTrackingField;
    this.clock = clock;
  }

  /**
   * The picking's current label key: {@code carrier-label:stock.picking:<id>}, then {@code ...#2},
   * {@code ...#3} after each void or release.
   */
  String defaultKey(long pickingId) {
    return stored.current("carrier-label:stock.picking:" + pickingId, true);
  }

  /** The picking's current return-label key. */
  String returnKey(long pickingId) {
    return stored.current("carrier-return-label:stock.picking:" + pickingId, true);
  }

  /** What is being bought: the picking, carrier, rate, key and how the labels are recorded. */
  record Purchase(
      OdooRecord picking,
      ShippingSetup.Carrier reg,
      Rate rate,
      String key,
      ShipmentOptions options,
      Money quoted,
      Money current,
      ReturnDetails returnDetails,
      boolean writeTrackingRef) {

    boolean isReturn() {
      return returnDetails != null;
    }
  }

  ShippingSetup.Carrier carrier(String carrierCode) {
    return setup
        .byCode(carrierCode)
        .orElseThrow(
            () ->
                new ShippingWorkflowException(
                    carrierCode,
                    "no carrier adapter is registered for carrier code '" + carrierCode + "'"));
  }

  /**
   * Checks that the carrier supports every requested option.
   *
   * @throws UnsupportedShipmentOptionException for the first one it does not
   */
  static void requireOptions(CarrierCapabilities caps, ShipmentOptions options) {
    for (ShipmentOption o : ShipmentOption.values()) {
      if (options.requested().contains(o) && !caps.supports(o)) {
        throw new UnsupportedShipmentOptionException(caps.carrierCode(), caps.displayName(), o);
      }
    }
  }

  // ---------------------------------------------------------------- buying

  LabelResult buy(Purchase p) {
    CarrierAdapter adapter = p.reg().adapter();
    CarrierCapabilities caps = adapter.capabilities();
    OdooRecord picking = p.picking();
    String code = caps.carrierCode();
    PlannedShipment plan = plan(p);
    Optional<LabelSet> existing = stored.labelsUnder(p.key());
    boolean complete =
        existing.isPresent()
            && existing.get().blocked().isEmpty()
            && existing.get().pendingParcelIds().isEmpty()
            && !existing.get().bought().isEmpty();
    if (complete) {
      return record(p, plan, existing.get().bought(), false, true, true);
    }
    // something is to be bought: every check happens before the first purchase
    requireOptions(caps, p.options());
    if (p.isReturn() && !caps.returnLabels()) {
      throw new UnsupportedCarrierOperationException(code, "return labels");
    }
    CustomsBuilder.Declared declared =
        CustomsBuilder.required(plan.shipFrom(), plan.shipTo())
            ? customs.declare(plan, code, p.isReturn())
            : null;
    Party shipTo = plan.shipTo();
    if (existing.isEmpty() && !p.isReturn()) {
      shipTo = addresses.check(picking, p.reg(), shipTo, plan.recipientId());
    }
    if (existing.isEmpty() && p.quoted() != null && drift.active()) {
      Money now = p.current() != null ? p.current() : requote(p, plan, shipTo);
      drift.beforePurchase(picking, code, caps.displayName(), p.quoted(), now);
    }
    ShipmentRequest.Builder rb =
        ShipmentRequest.builder(p.key(), p.rate().serviceCode())
            .reference(plan.name())
            .route(plan.shipFrom(), shipTo)
            .parcels(plan.canonicalParcels())
            .labelFormat(caps.labelFormatOr(labelFormat))
            .shipmentOptions(p.options())
            .customs(declared == null ? null : declared.whole());
    p.rate().optionalRateId().ifPresent(rb::rateId);
    if (plan.shipDate() != null) {
      rb.shipDate(plan.shipDate());
    }
    if (p.isReturn()) {
      rb.returnDetails(p.returnDetails());
    }
    ShipmentRequest request = rb.build();
    if (caps.oneParcelPerShipment() && plan.parcels().size() > 1) {
      return buySplit(p, plan, request, declared);
    }
    return buySingle(p, plan, request);
  }

  private PlannedShipment plan(Purchase p) {
    return p.isReturn()
        ? returnPlan(p.picking(), p.returnDetails().rmaReference())
        : planner.plan(p.picking());
  }

  /** A return travels from the customer back to the shipper, as one parcel. */
  PlannedShipment returnPlan(OdooRecord picking, String rmaReference) {
    PlannedShipment plan = planner.plan(picking);
    List<PlannedParcel> one = plan.parcels().size() == 1 ? plan.parcels() : List.of(merge(plan));
    return new PlannedShipment(
        plan.picking(),
        plan.shipTo(),
        plan.shipFrom(),
        plan.recipientId(),
        one,
        null,
        rmaReference);
  }

  private static PlannedParcel merge(PlannedShipment plan) {
    BigDecimal kg = BigDecimal.ZERO;
    List<PlannedShipment.Content> contents = new ArrayList<>();
    for (PlannedParcel pp : plan.parcels()) {
      contents.addAll(pp.contents());
      if (pp.parcel().weight() != null) {
        kg = kg.add(pp.parcel().weight().to(UnitOfMeasure.KGM).value());
      }
    }
    return new PlannedParcel(
        Parcel.builder()
            .parcelId(plan.name() + "/return")
            .weight(Weight.of(kg, UnitOfMeasure.KGM))
            .build(),
        null,
        contents);
  }

  private Money requote(Purchase p, PlannedShipment plan, Party shipTo) {
    List<Rate> rates =
        p.reg()
            .adapter()
            .rate(
                RateRequest.builder(plan.shipFrom(), shipTo)
                    .reference(plan.name())
                    .parcels(plan.canonicalParcels())
                    .serviceCode(p.rate().serviceCode())
                    .shipmentOptions(p.options())
                    .build());
    return rates == null
        ? p.rate().amount()
        : rates.stream()
            .filter(r -> r.serviceCode().equals(p.rate().serviceCode()))
            .map(Rate::amount)
            .findFirst()
            .orElse(p.rate().amount());
  }

  private String fingerprint(Purchase p, ShipmentRequest request) {
    return String.join(
        "|",
        p.rate().carrierCode(),
        p.rate().serviceCode(),
        request.reference(),
        String.valueOf(request.parcels()),
        String.valueOf(request.shipTo().address()),
        String.valueOf(request.shipmentOptions()));
  }

  private LabelResult buySingle(Purchase p, PlannedShipment plan, ShipmentRequest request) {
    AtomicBoolean ran = new AtomicBoolean();
    StoredShipment bought =
        idempotent.execute(
            p.key(),
            fingerprint(p, request),
            StoredShipment.class,
            () -> {
              ran.set(true);
              requireNoForeignRef(p);
              return purchase(p, request, plan.parcelIds());
            });
    if (bought.isUnknown()) {
      Optional<StoredShipment> found = stored.raw(StoredLabels.resolvedKey(p.key()));
      if (found.isEmpty()) {
        throw unknown(p, p.key(), bought, ran.get(), plan.name(), List.of());
      }
      bought = found.get();
    }
    return record(p, plan, List.of(new Keyed(p.key(), bought)), ran.get(), true, !ran.get());
  }

  private LabelResult buySplit(
      Purchase p, PlannedShipment plan, ShipmentRequest request, CustomsBuilder.Declared declared) {
    StoredShipment planned =
        idempotent.execute(
            p.key(),
            fingerprint(p, request),
            StoredShipment.class,
            () -> {
              requireNoForeignRef(p);
              return StoredShipment.plan(
                  p.rate().carrierCode(), p.rate().serviceCode(), plan.parcelIds());
            });
    List<Keyed> bought = new ArrayList<>();
    boolean anyRan = false;
    for (String parcelId : planned.planParcelIds()) {
      PlannedParcel parcel = plan.parcel(parcelId);
      String sub = stored.current(StoredLabels.parcelKey(p.key(), parcelId), false);
      AtomicBoolean ran = new AtomicBoolean();
      try {
        if (parcel == null) {
          throw new ShippingWorkflowException(
              p.rate().carrierCode(),
              "parcel "
                  + parcelId
                  + " of the purchase under key '"
                  + p.key()
                  + "' is no longer in stock.picking "
                  + plan.name()
                  + "; void the label and buy again");
        }
        ShipmentRequest one =
            request.toBuilder()
                .idempotencyKey(sub)
                .replaceParcels(List.of(parcel.parcel()))
                .customs(declared == null ? null : declared.forParcel(parcelId))
                .build();
        StoredShipment s =
            idempotent.execute(
                sub,
                fingerprint(p, one),
                StoredShipment.class,
                () -> {
                  ran.set(true);
                  return purchase(p, one, List.of(parcelId));
                });
        anyRan |= ran.get();
        if (s.isUnknown()) {
          Optional<StoredShipment> found = stored.raw(StoredLabels.resolvedKey(sub));
          if (found.isEmpty()) {
            throw unknown(p, sub, s, false, plan.name(), bought); // recordPartial notes it
          }
          s = found.get();
        }
        bought.add(new Keyed(sub, s));
      } catch (RuntimeException e) {
        if (anyRan || ran.get()) { // a replay of an earlier failure adds nothing new to Odoo
          recordPartial(p, plan, bought, planned.planParcelIds().size(), parcelId, e);
        }
        throw e;
      }
    }
    return record(p, plan, bought, anyRan, true, !anyRan);
  }

  private void requireNoForeignRef(Purchase p) {
    if (!p.writeTrackingRef()) {
      return;
    }
    OdooRecord fresh = odoo.readPicking(p.picking().id(), List.of("name", "carrier_tracking_ref"));
    if (fresh.string("carrier_tracking_ref").isPresent()) {
      throw new ShippingWorkflowException(
          p.rate().carrierCode(),
          "stock.picking "
              + PickingGateway.name(fresh)
              + " already has carrier_tracking_ref '"
              + fresh.string("carrier_tracking_ref").get()
              + "' that was not bought under idempotency key '"
              + p.key()
              + "'; void it and clear the field, or pass a new key");
    }
  }

  private StoredShipment purchase(Purchase p, ShipmentRequest request, List<String> parcelIds) {
    CarrierAdapter adapter = p.reg().adapter();
    try {
      return StoredShipment.of(
          purchaser.purchase(adapter, request),
          parcelIds,
          LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    } catch (CarrierOutcomeUnknownException e) {
      if (adapter.capabilities().idempotentCreate()) {
        throw e; // the same key may be retried safely: leave it retryable in the store
      }
      return StoredShipment.unknown(p.rate().carrierCode(), e.getMessage());
    }
  }

  private CarrierOutcomeUnknownException unknown(
      Purchase p,
      String key,
      StoredShipment s,
      boolean firstTime,
      String pickingName,
      List<Keyed> boughtBefore) {
    String message =
        "the label purchase for stock.picking "
            + pickingName
            + " under idempotency key '"
            + key
            + "' has an unknown outcome at carrier '"
            + s.carrierCode()
            + "', which cannot deduplicate purchases ("
            + s.unknownOutcome()
            + "). The key stays blocked so nothing is bought twice: run the reconciler"
            + " (ShippingIntegration.reconcileUnknownOutcomes), or check the carrier account, void"
            + " the label there if it exists, and buy again with a new idempotency key";
    if (firstTime && boughtBefore.isEmpty()) {
      odoo.postNote(
          p.picking().id(),
          UNKNOWN_MARKER
              + " Label purchase at "
              + p.reg().adapter().capabilities().displayName()
              + " under idempotency key "
              + key
              + ": the carrier's answer was lost ("
              + s.unknownOutcome()
              + "); nothing will be bought again under this key until it is reconciled",
          List.of());
    }
    return new CarrierOutcomeUnknownException(s.carrierCode(), message, null);
  }

  /** Records the parcels bought before a failure and says what is left. */
  private void recordPartial(
      Purchase p,
      PlannedShipment plan,
      List<Keyed> bought,
      int total,
      String failedParcel,
      RuntimeException failure) {
    if (!bought.isEmpty()) {
      record(p, plan, bought, true, false, false);
    }
    boolean unknown = failure instanceof CarrierOutcomeUnknownException;
    odoo.postNote(
        p.picking().id(),
        (unknown ? UNKNOWN_MARKER + " " : "")
            + "Labels bought for "
            + bought.size()
            + " of "
            + total
            + " parcels"
            + (bought.isEmpty()
                ? ""
                : " ("
                    + String.join(
                        ", ",
                        bought.stream().flatMap(k -> k.shipment().parcelIds().stream()).toList())
                    + ")")
            + "; parcel "
            + failedParcel
            + " failed: "
            + failure.getMessage()
            + ". "
            + (unknown
                ? "Its purchase is blocked until the reconciler settles it; the bought labels stay"
                    + " valid."
                : "Buy again to complete the label (bought parcels are not bought twice), or void"
                    + " it."),
        List.of());
  }

  // ---------------------------------------------------------------- recording in Odoo

  /**
   * Records bought labels in Odoo: attachments, package tracking numbers, the picking's carrier and
   * tracking reference, a chatter note when something new was attached, and (when complete) the
   * real cost on the sale order and the rate variance.
   */
  LabelResult record(
      Purchase p,
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

  /** Records whatever is stored under the key (after the reconciler settled a purchase). */
  Optional<LabelResult> recordStored(Purchase p) {
    Optional<LabelSet> set = stored.labelsUnder(p.key());
    if (set.isEmpty() || set.get().bought().isEmpty()) {
      return Optional.empty();
    }
    PlannedShipment plan = plan(p);
    boolean complete = set.get().blocked().isEmpty() && set.get().pendingParcelIds().isEmpty();
    return Optional.of(record(p, plan, set.get().bought(), false, complete, false));
  }

  // ---------------------------------------------------------------- voiding

  VoidResult voidLabel(long pickingId) {
    OdooRecord picking = odoo.readPicking(pickingId, List.of("name", "carrier_tracking_ref"));
    String name = PickingGateway.name(picking);
    String key = defaultKey(pickingId);
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
