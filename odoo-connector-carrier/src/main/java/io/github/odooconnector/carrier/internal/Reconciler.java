package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.internal.StoredLabels.Keyed;
import io.github.odooconnector.carrier.internal.StoredLabels.LabelSet;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.ReturnDetails;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.reliability.api.Idempotent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Settles label purchases whose outcome is unknown (the request was sent, the answer lost, and the
 * carrier cannot deduplicate): asks the carrier by the purchase's idempotency key ({@link
 * CarrierAdapter#lookupShipment}) and then completes the purchase when the carrier has the label
 * (stored under {@code carrier-resolved:<key>}, attached and recorded in Odoo like a fresh one),
 * releases the key when the carrier definitely has none (the next purchase buys under a new key),
 * or opens an Odoo activity with the evidence when the carrier cannot answer. Finds the blocked
 * purchases through the chatter note every unknown outcome leaves on its picking. Thread-safe.
 */
final class Reconciler {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final LabelWorkflow labels;
  private final StoredLabels stored;
  private final Idempotent idempotent;
  private final Activities activities;
  private final Clock clock;
  private final Duration lookback;

  Reconciler(
      PickingGateway odoo,
      ShippingSetup setup,
      LabelWorkflow labels,
      StoredLabels stored,
      Idempotent idempotent,
      Activities activities,
      Clock clock,
      Duration lookback) {
    this.odoo = odoo;
    this.setup = setup;
    this.labels = labels;
    this.stored = stored;
    this.idempotent = idempotent;
    this.activities = activities;
    this.clock = clock;
    this.lookback = lookback;
  }

  /** Reconciles every picking whose chatter reported an unknown outcome within the lookback. */
  List<Reconciliation> scan() {
    return reconcile(
        odoo.pickingsWithNoteSince(LabelWorkflow.UNKNOWN_MARKER, clock.instant().minus(lookback)));
  }

  List<Reconciliation> reconcile(Collection<Long> pickingIds) {
    List<Reconciliation> out = new ArrayList<>();
    for (long pickingId : pickingIds) {
      OdooRecord picking = odoo.readPicking(pickingId, ParcelPlanner.PICKING_FIELDS);
      for (String key : List.of(labels.defaultKey(pickingId), labels.returnKey(pickingId))) {
        Optional<LabelSet> set = stored.labelsUnder(key);
        if (set.isEmpty()) {
          continue;
        }
        for (Keyed blocked : set.get().blocked()) {
          out.add(settle(picking, key, blocked));
        }
      }
    }
    return out;
  }

  private Reconciliation settle(OdooRecord picking, String purchaseKey, Keyed blocked) {
    String code = blocked.shipment().carrierCode();
    String key = blocked.key();
    String name = PickingGateway.name(picking);
    Optional<ShippingSetup.Carrier> reg = setup.byCode(code);
    ShipmentLookup lookup;
    if (reg.isEmpty()) {
      lookup = ShipmentLookup.unknown("no adapter is registered for carrier '" + code + "'");
    } else {
      try {
        lookup = reg.get().adapter().lookupShipment(key);
        if (lookup == null) {
          lookup = ShipmentLookup.unknown("the adapter returned no answer");
        }
      } catch (CarrierException e) {
        lookup = ShipmentLookup.unknown("the lookup failed: " + e.getMessage());
      } catch (RuntimeException e) {
        lookup =
            ShipmentLookup.unknown(
                "the adapter failed with " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    if (lookup.outcome() == ShipmentLookup.Outcome.FOUND
        && !code.equals(lookup.shipment().carrierCode())) {
      lookup =
          ShipmentLookup.unknown(
              "the adapter answered with a shipment of carrier '"
                  + lookup.shipment().carrierCode()
                  + "'");
    }
    String display = reg.map(r -> r.adapter().capabilities().displayName()).orElse(code);
    switch (lookup.outcome()) {
      case FOUND:
        {
          ShipmentLookup found = lookup;
          List<String> parcelIds =
              key.startsWith(purchaseKey + "/")
                  ? List.of(stripGeneration(key.substring(purchaseKey.length() + 1)))
                  : List.of();
          idempotent.execute(
              StoredLabels.resolvedKey(key),
              key,
              StoredShipment.class,
              () ->
                  StoredShipment.of(
                      found.shipment(), parcelIds, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
          odoo.postNote(
              picking.id(),
              "Reconciled the label purchase under key "
                  + key
                  + ": "
                  + display
                  + " has it (shipment "
                  + found.shipment().shipmentId()
                  + ", tracking "
                  + String.join(",", found.shipment().trackingNumbers())
                  + "); recorded without buying again",
              List.of());
          labels.recordStored(purchase(picking, reg.get(), purchaseKey));
          return new Reconciliation(
              picking.id(), key, code, Reconciliation.Outcome.COMPLETED, lookup.detail(), null);
        }
      case NOT_FOUND:
        idempotent.execute(StoredLabels.releaseKey(key), key, String.class, () -> key);
        odoo.postNote(
            picking.id(),
            "Reconciled the label purchase under key "
                + key
                + ": "
                + display
                + " has no label under it, so nothing was bought; the key is released and the"
                + " next purchase buys under a new key",
            List.of());
        return new Reconciliation(
            picking.id(), key, code, Reconciliation.Outcome.RELEASED, lookup.detail(), null);
      default:
        {
          String evidence =
              "The label purchase of stock.picking "
                  + name
                  + " at "
                  + display
                  + " under idempotency key "
                  + key
                  + " has an unknown outcome. Original failure: "
                  + blocked.shipment().unknownOutcome()
                  + ". Reconciler asked the carrier at "
                  + clock.instant()
                  + ": "
                  + lookup.detail()
                  + ". Check the carrier account: if the label exists, void it there or record it;"
                  + " then buy again under a new key.";
          long activity =
              activities.open(picking, "Label purchase outcome unknown: " + key, evidence);
          return new Reconciliation(
              picking.id(), key, code, Reconciliation.Outcome.ESCALATED, lookup.detail(), activity);
        }
    }
  }

  private static String stripGeneration(String parcelPart) {
    int hash = parcelPart.lastIndexOf('#');
    return hash < 0 ? parcelPart : parcelPart.substring(0, hash);
  }

  private static LabelWorkflow.Purchase purchase(
      OdooRecord picking, ShippingSetup.Carrier reg, String purchaseKey) {
    boolean isReturn = purchaseKey.startsWith("carrier-return-label:");
    boolean returnPicking =
        isReturn && "incoming".equals(picking.string("picking_type_code").orElse(""));
    return new LabelWorkflow.Purchase(
        picking,
        reg,
        null,
        purchaseKey,
        ShipmentOptions.none(),
        null,
        null,
        isReturn ? new ReturnDetails(PickingGateway.name(picking), null) : null,
        !isReturn || returnPicking);
  }
}
