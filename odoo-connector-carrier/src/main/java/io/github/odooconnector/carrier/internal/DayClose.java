package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ManifestResult;
import io.github.odooconnector.carrier.api.PickupBooking;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.internal.StoredLabels.Keyed;
import io.github.odooconnector.carrier.internal.StoredLabels.LabelSet;
import io.github.odooconnector.carrier.internal.StoredShipment.StoredDocument;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.Manifest;
import io.github.odooconnector.carrier.spi.ManifestRequest;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.carrier.spi.UnsupportedCarrierOperationException;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.reliability.api.Idempotent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The end of a shipping day at one carrier account: the manifest (end-of-day close) of the labels
 * bought that day, and the pickup of those parcels (book, change, cancel). "The day's labels" are
 * the labels this integration bought on that date (UTC) for pickings of the carrier's {@code
 * delivery.carrier} that still carry them (voided ones are not included). Every carrier call runs
 * under an idempotency key, so repeating a close or a booking does not create a second one.
 * Thread-safe.
 */
final class DayClose {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final LabelWorkflow labels;
  private final StoredLabels stored;
  private final Idempotent idempotent;
  private final Party shipFrom; // null: the company's partner

  DayClose(
      PickingGateway odoo,
      ShippingSetup setup,
      LabelWorkflow labels,
      StoredLabels stored,
      Idempotent idempotent,
      Party shipFrom) {
    this.odoo = odoo;
    this.setup = setup;
    this.labels = labels;
    this.stored = stored;
    this.idempotent = idempotent;
    this.shipFrom = shipFrom;
  }

  /** The labels a carrier bought on a day, with their pickings. */
  record Day(Map<String, Long> pickingByShipment, Party shipFrom) {
    List<String> shipmentIds() {
      return List.copyOf(pickingByShipment.keySet());
    }

    List<Long> pickingIds() {
      return List.copyOf(new LinkedHashSet<>(pickingByShipment.values()));
    }
  }

  /** A stored manifest (plain types for the idempotency store). */
  public record StoredManifest(
      String manifestId, List<String> shipmentIds, List<StoredDocument> documents) {
    static StoredManifest of(Manifest m) {
      return new StoredManifest(
          m.manifestId(),
          m.shipmentIds(),
          m.documents().stream()
              .map(d -> new StoredDocument(d.type(), d.document().format(), d.document().content()))
              .toList());
    }

    Manifest toManifest() {
      return new Manifest(
          manifestId,
          shipmentIds,
          documents.stream()
              .map(d -> new ShippingDocument(d.type(), new LabelDocument(d.format(), d.content())))
              .toList());
    }
  }

  /** A stored pickup booking or change (plain types for the idempotency store). */
  public record StoredPickup(
      String confirmationNumber,
      String date,
      String readyFrom,
      String closeAt,
      List<String> shipmentIds,
      List<Long> pickingIds) {}

  ShippingSetup.Carrier carrier(String carrierCode) {
    return setup
        .byCode(carrierCode)
        .orElseThrow(
            () ->
                new ShippingWorkflowException(
                    carrierCode,
                    "no carrier adapter is registered for carrier code '" + carrierCode + "'"));
  }

  Day day(ShippingSetup.Carrier reg, LocalDate date, boolean withoutManifested) {
    String code = reg.adapter().carrierCode();
    List<OdooRecord> pickings =
        odoo.searchRead(
            PickingGateway.PICKING,
            Domain.and(
                Domain.where("carrier_id", "=", reg.deliveryCarrierId()),
                Domain.where("carrier_tracking_ref", "!=", false),
                Domain.where("state", "not in", List.of("draft", "cancel")),
                Domain.where(
                    "write_date",
                    ">=",
                    PickingGateway.odooDateTime(date.atStartOfDay().toInstant(ZoneOffset.UTC)))),
            List.of("name", "company_id"),
            0);
    Map<String, Long> byShipment = new LinkedHashMap<>();
    OdooRecord first = null;
    for (OdooRecord p : pickings) {
      Optional<LabelSet> set = stored.labelsUnder(labels.defaultKey(p.id()));
      if (set.isEmpty()) {
        continue;
      }
      for (Keyed k : set.get().bought()) {
        StoredShipment s = k.shipment();
        if (!code.equals(s.carrierCode())
            || !date.equals(s.purchaseDate())
            || (withoutManifested
                && stored.completed(StoredLabels.manifestedKey(code, s.shipmentId())))) {
          continue;
        }
        byShipment.put(s.shipmentId(), p.id());
        if (first == null) {
          first = p;
        }
      }
    }
    Party from = shipFrom != null ? shipFrom : first == null ? null : odoo.companyParty(first);
    return new Day(byShipment, from);
  }

  // ---------------------------------------------------------------- manifest

  ManifestResult close(String carrierCode, LocalDate date) {
    ShippingSetup.Carrier reg = carrier(carrierCode);
    CarrierAdapter adapter = reg.adapter();
    if (!adapter.capabilities().manifests()) {
      throw new UnsupportedCarrierOperationException(carrierCode, "createManifest");
    }
    Day day = day(reg, date, true);
    if (day.pickingByShipment().isEmpty()) {
      return new ManifestResult(carrierCode, date, null, List.of(), List.of(), false);
    }
    List<String> ids = day.shipmentIds().stream().sorted().toList();
    String key =
        "carrier-manifest:"
            + carrierCode
            + ":"
            + date
            + ":"
            + idempotent.fingerprint(ids).substring(0, 16);
    boolean[] ran = new boolean[1];
    Manifest manifest =
        idempotent
            .execute(
                key,
                ids,
                StoredManifest.class,
                () -> {
                  ran[0] = true;
                  Manifest m =
                      adapter.createManifest(new ManifestRequest(key, date, day.shipFrom(), ids));
                  if (m == null) {
                    throw new ShippingWorkflowException(
                        carrierCode, "adapter '" + carrierCode + "' returned no manifest");
                  }
                  return StoredManifest.of(m);
                })
            .toManifest();
    for (String id : ids) {
      idempotent.execute(
          StoredLabels.manifestedKey(carrierCode, id),
          manifest.manifestId(),
          String.class,
          manifest::manifestId);
    }
    List<Long> attachments = new ArrayList<>();
    String display = adapter.capabilities().displayName();
    for (long pickingId : day.pickingIds()) {
      List<Long> here = new ArrayList<>();
      boolean created = false;
      for (int j = 0; j < manifest.documents().size(); j++) {
        ShippingDocument d = manifest.documents().get(j);
        PickingGateway.AttachmentRef ref =
            odoo.attach(
                pickingId,
                d.type().filePrefix()
                    + "-"
                    + carrierCode
                    + "-"
                    + manifest.manifestId()
                    + (j == 0 ? "" : "-" + (j + 1))
                    + "."
                    + d.document().format().fileExtension(),
                d.document().format().mimeType(),
                d.document().content());
        here.add(ref.id());
        created |= ref.created();
      }
      attachments.addAll(here);
      if (created || (ran[0] && here.isEmpty())) {
        odoo.postNote(
            pickingId,
            "End-of-day close at "
                + display
                + " for "
                + date
                + ": shipment(s) "
                + String.join(
                    ", ",
                    day.pickingByShipment().entrySet().stream()
                        .filter(e -> e.getValue() == pickingId)
                        .map(Map.Entry::getKey)
                        .toList())
                + " are in manifest "
                + manifest.manifestId()
                + (adapter.capabilities().refundAfterManifest()
                    ? "; from now on a void becomes a refund request"
                    : ""),
            here);
      }
    }
    return new ManifestResult(carrierCode, date, manifest, day.pickingIds(), attachments, !ran[0]);
  }

  // ---------------------------------------------------------------- pickups

  private String bookingKey(String carrierCode, LocalDate date) {
    String base = "carrier-pickup:" + carrierCode + ":" + date;
    for (int generation = 1; ; generation++) {
      String key = generation == 1 ? base : base + "#" + generation;
      if (!stored.completed(cancelKey(key))) {
        return key;
      }
    }
  }

  private static String cancelKey(String bookingKey) {
    return "carrier-pickup-cancel:" + bookingKey;
  }

  private static String changeKey(String bookingKey, int n) {
    return "carrier-pickup-change:" + bookingKey + "#" + n;
  }

  /** The booking as it stands (the latest change), with the number of changes made. */
  private Optional<Map.Entry<StoredPickup, Integer>> latest(String bookingKey) {
    Optional<StoredPickup> booking = stored.result(bookingKey, StoredPickup.class);
    if (booking.isEmpty()) {
      return Optional.empty();
    }
    StoredPickup current = booking.get();
    int changes = 0;
    for (int n = 1; ; n++) {
      Optional<StoredPickup> change = stored.result(changeKey(bookingKey, n), StoredPickup.class);
      if (change.isEmpty()) {
        break;
      }
      current = change.get();
      changes = n;
    }
    return Optional.of(Map.entry(current, changes));
  }

  PickupBooking book(String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt) {
    ShippingSetup.Carrier reg = carrier(carrierCode);
    CarrierAdapter adapter = reg.adapter();
    if (!adapter.capabilities().pickupScheduling()) {
      throw new UnsupportedCarrierOperationException(carrierCode, "schedulePickup");
    }
    String key = bookingKey(carrierCode, date);
    Optional<Map.Entry<StoredPickup, Integer>> existing = latest(key);
    if (existing.isPresent()) {
      return booking(
          carrierCode,
          existing.get().getKey(),
          existing.get().getValue() == 0
              ? PickupBooking.Status.BOOKED
              : PickupBooking.Status.CHANGED);
    }
    Day day = day(reg, date, false);
    if (day.pickingByShipment().isEmpty()) {
      throw new ShippingWorkflowException(
          carrierCode,
          "no label was bought at carrier '"
              + carrierCode
              + "' on "
              + date
              + "; there is nothing to pick up");
    }
    StoredPickup booked =
        idempotent.execute(
            key,
            List.of(readyFrom.toString(), closeAt.toString(), day.shipmentIds()),
            StoredPickup.class,
            () ->
                stored(
                    adapter.schedulePickup(
                        new PickupRequest(
                            key, day.shipFrom(), date, readyFrom, closeAt, day.shipmentIds())),
                    readyFrom,
                    closeAt,
                    day,
                    carrierCode));
    note(booked, "Pickup booked with " + adapter.capabilities().displayName());
    return booking(carrierCode, booked, PickupBooking.Status.BOOKED);
  }

  PickupBooking change(String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt) {
    ShippingSetup.Carrier reg = carrier(carrierCode);
    CarrierAdapter adapter = reg.adapter();
    String key = bookingKey(carrierCode, date);
    Map.Entry<StoredPickup, Integer> current =
        latest(key).orElseThrow(() -> noBooking(carrierCode, date));
    StoredPickup before = current.getKey();
    if (before.readyFrom().equals(readyFrom.toString())
        && before.closeAt().equals(closeAt.toString())) {
      return booking(
          carrierCode,
          before,
          current.getValue() == 0 ? PickupBooking.Status.BOOKED : PickupBooking.Status.CHANGED);
    }
    if (!adapter.capabilities().pickupChanges()) {
      throw new UnsupportedCarrierOperationException(carrierCode, "updatePickup");
    }
    String changeKey = changeKey(key, current.getValue() + 1);
    Day day = new Day(pickingsOf(before), null);
    Party location = shipFrom != null ? shipFrom : companyOf(before);
    StoredPickup changed =
        idempotent.execute(
            changeKey,
            List.of(readyFrom.toString(), closeAt.toString()),
            StoredPickup.class,
            () ->
                stored(
                    adapter.updatePickup(
                        before.confirmationNumber(),
                        new PickupRequest(
                            changeKey, location, date, readyFrom, closeAt, before.shipmentIds())),
                    readyFrom,
                    closeAt,
                    day,
                    carrierCode));
    note(
        changed,
        "Pickup changed with "
            + adapter.capabilities().displayName()
            + " (was "
            + before.readyFrom()
            + "-"
            + before.closeAt()
            + ", confirmation "
            + before.confirmationNumber()
            + ")");
    return booking(carrierCode, changed, PickupBooking.Status.CHANGED);
  }

  PickupBooking cancel(String carrierCode, LocalDate date) {
    ShippingSetup.Carrier reg = carrier(carrierCode);
    CarrierAdapter adapter = reg.adapter();
    String key = bookingKey(carrierCode, date);
    StoredPickup current = latest(key).orElseThrow(() -> noBooking(carrierCode, date)).getKey();
    if (!adapter.capabilities().pickupChanges()) {
      throw new UnsupportedCarrierOperationException(carrierCode, "cancelPickup");
    }
    idempotent.execute(
        cancelKey(key),
        current.confirmationNumber(),
        String.class,
        () -> {
          adapter.cancelPickup(current.confirmationNumber());
          return current.confirmationNumber();
        });
    note(current, "Pickup cancelled with " + adapter.capabilities().displayName());
    return booking(carrierCode, current, PickupBooking.Status.CANCELLED);
  }

  private ShippingWorkflowException noBooking(String carrierCode, LocalDate date) {
    return new ShippingWorkflowException(
        carrierCode, "no pickup is booked with carrier '" + carrierCode + "' for " + date);
  }

  private static Map<String, Long> pickingsOf(StoredPickup p) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < p.shipmentIds().size(); i++) {
      out.put(p.shipmentIds().get(i), i < p.pickingIds().size() ? p.pickingIds().get(i) : 0L);
    }
    return out;
  }

  private Party companyOf(StoredPickup p) {
    long pickingId = p.pickingIds().isEmpty() ? 0 : p.pickingIds().get(0);
    return odoo.companyParty(odoo.readPicking(pickingId, List.of("name", "company_id")));
  }

  private static StoredPickup stored(
      PickupConfirmation c, LocalTime readyFrom, LocalTime closeAt, Day day, String carrierCode) {
    if (c == null) {
      throw new ShippingWorkflowException(
          carrierCode, "adapter '" + carrierCode + "' returned no pickup confirmation");
    }
    List<String> shipments = day.shipmentIds();
    List<Long> pickings = shipments.stream().map(day.pickingByShipment()::get).toList();
    return new StoredPickup(
        c.confirmationNumber(),
        c.date().toString(),
        readyFrom.toString(),
        closeAt.toString(),
        shipments,
        pickings);
  }

  private void note(StoredPickup p, String what) {
    Set<Long> pickings = new LinkedHashSet<>(p.pickingIds());
    for (long pickingId : pickings) {
      if (pickingId <= 0) {
        continue;
      }
      odoo.postNote(
          pickingId,
          what
              + ": "
              + p.date()
              + " between "
              + p.readyFrom()
              + " and "
              + p.closeAt()
              + ", confirmation "
              + p.confirmationNumber(),
          List.of());
    }
  }

  private static PickupBooking booking(
      String carrierCode, StoredPickup p, PickupBooking.Status status) {
    return new PickupBooking(
        carrierCode,
        LocalDate.parse(p.date()),
        LocalTime.parse(p.readyFrom()),
        LocalTime.parse(p.closeAt()),
        p.confirmationNumber(),
        p.shipmentIds(),
        new ArrayList<>(new LinkedHashSet<>(p.pickingIds())),
        status);
  }
}
