package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.CarrierIncident;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.internal.PlannedShipment.PlannedParcel;
import io.github.odooconnector.carrier.internal.StoredLabels.Keyed;
import io.github.odooconnector.carrier.internal.StoredLabels.LabelSet;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ReturnDetails;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Buys a picking's labels exactly once and has the {@link LabelRecorder} record them in Odoo (label
 * and document attachments, per-package tracking numbers, {@code carrier_tracking_ref}, chatter);
 * the {@link LabelVoider} voids them again. Before anything is bought it refuses options the
 * carrier does not support, declares a cross-border shipment to customs ({@link CustomsBuilder}),
 * validates the ship-to address ({@link AddressCheck}) and guards against rate drift ({@link
 * DriftGuard}).
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
  private final Idempotent idempotent;
  private final StoredLabels stored;
  private final LabelPurchaser purchaser;
  private final LabelFormat labelFormat;
  private final LabelRecorder recorder;
  private final Clock clock;

  private final CarrierIncidents incidents;

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
      Clock clock,
      CarrierIncidents incidents) {
    this.incidents = incidents;
    this.odoo = odoo;
    this.setup = setup;
    this.planner = planner;
    this.customs = customs;
    this.addresses = addresses;
    this.drift = drift;
    this.idempotent = idempotent;
    this.stored = stored;
    this.purchaser = purchaser;
    this.labelFormat = labelFormat;
    this.recorder = new LabelRecorder(odoo, methods, drift, packageTrackingField);
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
      return recorder.record(p, plan, existing.get().bought(), false, true, true);
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
    return recorder.record(
        p, plan, List.of(new Keyed(p.key(), bought)), ran.get(), true, !ran.get());
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
    return recorder.record(p, plan, bought, anyRan, true, !anyRan);
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
    } catch (CarrierRequestRejectedException e) {
      String name = PickingGateway.name(p.picking());
      incidents.raise(
          new CarrierIncident(
              CarrierIncident.Kind.LABEL_FAILURE,
              p.picking().id(),
              name,
              request.idempotencyKey(),
              "Label refused by " + adapter.capabilities().displayName() + " for " + name,
              e.getMessage()));
      throw e;
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
      incidents.raise(CarrierIncidents.outcomeUnknown(p.picking().id(), pickingName, key, message));
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
      recorder.record(p, plan, bought, true, false, false);
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

  /** Records whatever is stored under the key (after the reconciler settled a purchase). */
  Optional<LabelResult> recordStored(Purchase p) {
    Optional<LabelSet> set = stored.labelsUnder(p.key());
    if (set.isEmpty() || set.get().bought().isEmpty()) {
      return Optional.empty();
    }
    PlannedShipment plan = plan(p);
    boolean complete = set.get().blocked().isEmpty() && set.get().pendingParcelIds().isEmpty();
    return Optional.of(recorder.record(p, plan, set.get().bought(), false, complete, false));
  }
}
