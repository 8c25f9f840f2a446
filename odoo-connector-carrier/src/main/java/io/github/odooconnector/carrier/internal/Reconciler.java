package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.BlockedPurchase;
import io.github.odooconnector.carrier.api.NoBlockedPurchaseException;
import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.api.Resolution;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settles label purchases whose outcome is unknown (the request was sent, the answer lost, and the
 * carrier cannot deduplicate): asks the carrier by the purchase's idempotency key ({@link
 * CarrierAdapter#lookupShipment}) and then completes the purchase when the carrier has the label
 * (stored under {@code carrier-resolved:<key>}, attached and recorded in Odoo like a fresh one),
 * releases the key when the carrier definitely has none (the next purchase buys under a new key),
 * or, when the carrier cannot answer, opens an Odoo activity with the evidence, unless an incident
 * listener is configured: then the purchase's {@code OUTCOME_UNKNOWN} incident (raised again, with
 * the evidence) is the one activity, so a person is not given two. Finds the blocked purchases
 * through the chatter note every unknown outcome leaves on its picking. A person settles the ones
 * the carrier cannot answer for through {@link #resolve}, which releases the key on the same path
 * as a "not found" answer and records who decided it and why. Thread-safe.
 */
final class Reconciler {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final LabelWorkflow labels;
  private final StoredLabels stored;
  private final Idempotent idempotent;
  private final Activities activities;
  private final CarrierIncidents incidents;
  private final Clock clock;
  private final Duration lookback;

  Reconciler(
      PickingGateway odoo,
      ShippingSetup setup,
      LabelWorkflow labels,
      StoredLabels stored,
      Idempotent idempotent,
      Activities activities,
      CarrierIncidents incidents,
      Clock clock,
      Duration lookback) {
    this.odoo = odoo;
    this.setup = setup;
    this.labels = labels;
    this.stored = stored;
    this.idempotent = idempotent;
    this.activities = activities;
    this.incidents = incidents;
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
      for (Blocked b : blockedOf(pickingId)) {
        out.add(settle(b.picking(), b.purchaseKey(), b.keyed()));
      }
    }
    return out;
  }

  /** Every blocked purchase reported within the lookback, oldest picking report first. */
  List<BlockedPurchase> blocked() {
    List<BlockedPurchase> out = new ArrayList<>();
    Map<Long, Instant> reported = reported();
    for (Map.Entry<Long, Instant> e : reported.entrySet()) {
      for (Blocked b : blockedOf(e.getKey())) {
        out.add(
            new BlockedPurchase(
                b.picking().id(),
                PickingGateway.name(b.picking()),
                b.keyed().shipment().carrierCode(),
                b.keyed().key(),
                e.getValue(),
                b.keyed().shipment().unknownOutcome()));
      }
    }
    return out;
  }

  /**
   * A person's decision on one blocked purchase: released on the reconciler's own "not found" path
   * with the audit in the chatter note and in the release marker, or asked again like {@link
   * #scan()} does after an audit note.
   */
  Reconciliation resolve(String key, Resolution resolution, String requestedBy, String reason) {
    for (long pickingId : reported().keySet()) {
      for (Blocked b : blockedOf(pickingId)) {
        if (!b.keyed().key().equals(key)) {
          continue;
        }
        String audit =
            "requested by "
                + requestedBy
                + " at "
                + clock.instant()
                + " ("
                + resolution
                + "), reason: "
                + reason;
        if (resolution == Resolution.NOT_PURCHASED) {
          String code = b.keyed().shipment().carrierCode();
          return release(
              b.picking(),
              key,
              code,
              display(code),
              "an operator checked the carrier account and found no label; " + audit,
              "Resolved by hand");
        }
        odoo.postNote(
            b.picking().id(),
            "Asking the carrier again about the label purchase under key " + key + ", " + audit,
            List.of());
        return settle(b.picking(), b.purchaseKey(), b.keyed());
      }
    }
    throw new NoBlockedPurchaseException(key);
  }

  private Map<Long, Instant> reported() {
    return odoo.notesSince(LabelWorkflow.UNKNOWN_MARKER, clock.instant().minus(lookback));
  }

  private List<Blocked> blockedOf(long pickingId) {
    List<Blocked> out = new ArrayList<>();
    OdooRecord picking = null;
    for (String key : List.of(labels.defaultKey(pickingId), labels.returnKey(pickingId))) {
      Optional<LabelSet> set = stored.labelsUnder(key);
      if (set.isEmpty()) {
        continue;
      }
      for (Keyed blocked : set.get().blocked()) {
        if (picking == null) {
          picking = odoo.readPicking(pickingId, ParcelPlanner.PICKING_FIELDS);
        }
        out.add(new Blocked(picking, key, blocked));
      }
    }
    return out;
  }

  private String display(String code) {
    return setup.byCode(code).map(r -> r.adapter().capabilities().displayName()).orElse(code);
  }

  /**
   * Gives the key up (the next purchase buys under a new key) and says so on the picking: the one
   * path for the carrier's "not found" and a person's "not purchased".
   */
  private Reconciliation release(
      OdooRecord picking, String key, String code, String display, String why, String heading) {
    idempotent.execute(StoredLabels.releaseKey(key), key, String.class, () -> heading + ": " + why);
    odoo.postNote(
        picking.id(),
        heading
            + " the label purchase under key "
            + key
            + ": "
            + display
            + " has no label under it ("
            + why
            + "), so nothing was bought; the key is released and the next purchase buys under a"
            + " new key",
        List.of());
    return new Reconciliation(picking.id(), key, code, Reconciliation.Outcome.RELEASED, why, null);
  }

  /** A blocked purchase with its picking and the purchase key it belongs to. */
  private record Blocked(OdooRecord picking, String purchaseKey, Keyed keyed) {}

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
        return release(picking, key, code, display, lookup.detail(), "Reconciled");
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
          if (incidents.present()) {
            incidents.raise(CarrierIncidents.outcomeUnknown(picking.id(), name, key, evidence));
            return new Reconciliation(
                picking.id(), key, code, Reconciliation.Outcome.ESCALATED, lookup.detail(), null);
          }
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
