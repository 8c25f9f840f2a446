package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.CarrierIncident;
import io.github.odooconnector.carrier.api.TrackingOutcome;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.ProofOfDelivery;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.CanonicalValidator;
import io.github.odooconnector.model.CanonicalViolation;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies canonical tracking events to Odoo once and in order per parcel. Decisions use {@link
 * TrackingEvent#supersedes} against the last applied event kept in the {@link TrackingStateStore}.
 * Odoo is written before the state is stored: a crash in between re-applies the event once (one
 * more chatter message) rather than losing it. Thread-safe: events of one parcel are serialised by
 * a striped lock in this process and by the store's compare-and-set across processes.
 */
final class TrackingApplier {

  private static final Set<TrackingStatus> NEEDS_ATTENTION =
      EnumSet.of(
          TrackingStatus.DELIVERY_FAILED,
          TrackingStatus.EXCEPTION,
          TrackingStatus.RETURNED_TO_SENDER);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final List<String> PICKING_FIELDS =
      List.of("name", "carrier_tracking_ref", "user_id", "state");

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final TrackingStateStore store;
  private final String deliveredDateField; // null: not recorded
  private final String activityTypeXmlId;
  private final Clock clock;
  private final ReentrantLock[] locks = new ReentrantLock[64];

  private final CarrierIncidents incidents;

  TrackingApplier(
      PickingGateway odoo,
      ShippingSetup setup,
      TrackingStateStore store,
      String deliveredDateField,
      String activityTypeXmlId,
      Clock clock,
      CarrierIncidents incidents) {
    this.incidents = incidents;
    this.odoo = odoo;
    this.setup = setup;
    this.store = store;
    this.deliveredDateField = deliveredDateField;
    this.activityTypeXmlId = activityTypeXmlId;
    this.clock = clock;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /**
   * Applies the events, after checking every one of them: an invalid event fails the whole batch
   * before anything is written.
   *
   * @throws CanonicalValidationException naming the first invalid event and every violation
   */
  List<TrackingUpdate> apply(List<TrackingEvent> events) {
    requireValid(events);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> events.get(i).occurredAt())
            .thenComparingInt(i -> events.get(i).status().precedence()));
    TrackingUpdate[] results = new TrackingUpdate[events.size()];
    for (int i : order) {
      results[i] = applyOne(events.get(i));
    }
    return List.of(results);
  }

  /**
   * Checks every event against the canonical constraints (tracking number, carrier, status, time,
   * field sizes).
   *
   * @throws CanonicalValidationException for the first invalid event, naming it (1-based) and every
   *     violation
   * @throws NullPointerException for a null list or event
   */
  static void requireValid(List<TrackingEvent> events) {
    Objects.requireNonNull(events, "events");
    for (int i = 0; i < events.size(); i++) {
      TrackingEvent event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
      List<CanonicalViolation> violations = CanonicalValidator.validate(event);
      if (!violations.isEmpty()) {
        throw new CanonicalValidationException(
            "tracking event #" + (i + 1) + " (tracking number " + event.trackingNumber() + ")",
            violations);
      }
    }
  }

  private TrackingUpdate applyOne(TrackingEvent event) {
    String carrier = Objects.requireNonNull(event.carrier(), "event.carrier");
    String number = Objects.requireNonNull(event.trackingNumber(), "event.trackingNumber");
    ReentrantLock lock =
        locks[Math.floorMod((carrier + '\u0000' + number).hashCode(), locks.length)];
    lock.lock();
    try {
      // set once this event's note/activity/delivery date are in Odoo: when another instance wins
      // the state write meanwhile, deciding again must not post them a second time
      boolean inOdoo = false;
      while (true) {
        Optional<TrackingState> state = store.find(carrier, number);
        long version = state.map(TrackingState::version).orElse(0L);
        if (state.isPresent() && state.get().hasSeen(event)) {
          return new TrackingUpdate(
              event, TrackingOutcome.DUPLICATE, null, state.get().lastApplied().status());
        }
        if (state.isPresent() && !event.supersedes(state.get().lastApplied())) {
          store.compareAndSet(
              version, state.get().next(event, false)); // remember it; losing the race is harmless
          return new TrackingUpdate(
              event, TrackingOutcome.STALE, null, state.get().lastApplied().status());
        }
        List<OdooRecord> pickings = odoo.pickingsWithTrackingNumber(number, PICKING_FIELDS);
        if (pickings.isEmpty()) {
          return new TrackingUpdate(
              event,
              TrackingOutcome.UNMATCHED,
              null,
              state.map(s -> s.lastApplied().status()).orElse(TrackingStatus.UNKNOWN));
        }
        OdooRecord picking = pickings.get(0);
        if (!inOdoo) {
          applyToOdoo(picking, event);
          inOdoo = true;
        }
        TrackingState next =
            state
                .map(s -> s.next(event, true))
                .orElseGet(() -> TrackingState.first(carrier, event));
        if (store.compareAndSet(version, next)) {
          return new TrackingUpdate(event, TrackingOutcome.APPLIED, picking.id(), event.status());
        }
        // another instance applied an event for this parcel meanwhile: decide again against its
        // state
      }
    } finally {
      lock.unlock();
    }
  }

  private void applyToOdoo(OdooRecord picking, TrackingEvent event) {
    odoo.postNote(picking.id(), describe(event), List.of());
    if (event.status() == TrackingStatus.DELIVERED) {
      recordDeliveryIfComplete(picking, event);
      attachProofOfDelivery(picking, event);
    }
    if ((NEEDS_ATTENTION.contains(event.status()) || event.actionRequired())
        && incidents.present()) {
      String name = PickingGateway.name(picking);
      incidents.raise(
          new CarrierIncident(
              CarrierIncident.Kind.TRACKING_DELAY,
              picking.id(),
              name,
              event.carrier()
                  + ":"
                  + event.trackingNumber()
                  + ":"
                  + event.status()
                  + ":"
                  + event.occurredAt(),
              label(event.status()) + ": " + event.carrier() + " " + event.trackingNumber(),
              describe(event)));
    } else if (NEEDS_ATTENTION.contains(event.status()) || event.actionRequired()) {
      OptionalLong type = activityType();
      OptionalLong user =
          picking
              .many2one("user_id")
              .map(m -> OptionalLong.of(m.id()))
              .orElse(OptionalLong.empty());
      odoo.scheduleActivity(
          picking.id(),
          type,
          user,
          label(event.status()) + ": " + event.carrier() + " " + event.trackingNumber(),
          "<p>" + Html.escape(describe(event)) + "</p>",
          LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
  }

  /**
   * Attaches the carrier's proof of delivery (signature, photo) when it offers one; a carrier that
   * cannot give it yet is noted, not an error (the delivery itself is applied).
   */
  private void attachProofOfDelivery(OdooRecord picking, TrackingEvent event) {
    Optional<CarrierAdapter> adapter =
        setup.byCode(event.carrier()).map(ShippingSetup.Carrier::adapter);
    if (adapter.isEmpty() || !adapter.get().capabilities().proofOfDelivery()) {
      return;
    }
    Optional<ProofOfDelivery> pod;
    try {
      pod = adapter.get().proofOfDelivery(event.trackingNumber());
    } catch (RuntimeException e) {
      odoo.postNote(
          picking.id(),
          "Proof of delivery of "
              + event.carrier()
              + " "
              + event.trackingNumber()
              + " is not available: "
              + e.getMessage(),
          List.of());
      return;
    }
    if (pod == null || pod.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>();
    List<ShippingDocument> docs = pod.get().documents();
    for (int i = 0; i < docs.size(); i++) {
      ShippingDocument d = docs.get(i);
      ids.add(
          odoo.attach(
                  picking.id(),
                  "ProofOfDelivery-"
                      + event.carrier()
                      + "-"
                      + event.trackingNumber()
                      + (i == 0 ? "" : "-" + (i + 1))
                      + "."
                      + d.document().format().fileExtension(),
                  d.document().format().mimeType(),
                  d.document().content())
              .id());
    }
    odoo.postNote(
        picking.id(),
        "Proof of delivery of "
            + event.carrier()
            + " "
            + event.trackingNumber()
            + pod.get().optionalSignedBy().map(n -> ": signed by " + n).orElse("")
            + pod.get().optionalDeliveredAt().map(t -> " at " + WHEN.format(t)).orElse("")
            + (ids.isEmpty() ? "" : " (" + ids.size() + " document(s) attached)"),
        ids);
  }

  private void recordDeliveryIfComplete(OdooRecord picking, TrackingEvent event) {
    if (deliveredDateField == null) {
      return;
    }
    for (String other : PickingGateway.trackingRefs(picking)) {
      if (other.equals(event.trackingNumber())) {
        continue;
      }
      boolean delivered =
          store
              .find(event.carrier(), other)
              .map(s -> s.lastApplied().status() == TrackingStatus.DELIVERED)
              .orElse(false);
      if (!delivered) {
        return;
      }
    }
    odoo.write(picking.id(), Map.of(deliveredDateField, event.occurredAt()));
  }

  private OptionalLong activityType() {
    try {
      return odoo.xmlId(activityTypeXmlId);
    } catch (OdooException e) {
      return OptionalLong.empty(); // Odoo's default activity type is still a visible to-do
    }
  }

  static String describe(TrackingEvent event) {
    StringBuilder sb =
        new StringBuilder()
            .append(event.carrier())
            .append(" tracking ")
            .append(event.trackingNumber())
            .append(": ")
            .append(label(event.status()));
    if (event.rawDescription() != null && !event.rawDescription().isBlank()) {
      sb.append(" - ").append(event.rawDescription().strip());
    }
    if (event.rawCode() != null) {
      sb.append(" (carrier code ").append(event.rawCode()).append(')');
    }
    sb.append(" at ").append(WHEN.format(event.occurredAt()));
    if (event.location() != null && !event.location().isBlank()) {
      sb.append(", ").append(event.location().strip());
    }
    if (event.signedBy() != null && !event.signedBy().isBlank()) {
      sb.append(", signed by ").append(event.signedBy().strip());
    }
    if (event.reason() != null) {
      sb.append("; reason: ")
          .append(event.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (event.actionRequired()) {
      sb.append("; action required");
    }
    return sb.toString();
  }

  static String label(TrackingStatus status) {
    String s = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
