package io.github.odooconnector.transport.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.escalation.api.Escalation;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.transport.api.AppointmentOutcome;
import io.github.odooconnector.transport.api.DeliveryOutcome;
import io.github.odooconnector.transport.api.FreightCostOutcome;
import io.github.odooconnector.transport.api.TenderOutcome;
import io.github.odooconnector.transport.api.TransitOutcome;
import io.github.odooconnector.transport.api.TransportIntegration;
import io.github.odooconnector.transport.api.TransportWorkflowException;
import io.github.odooconnector.transport.spi.AppointmentRequest;
import io.github.odooconnector.transport.spi.DockAppointment;
import io.github.odooconnector.transport.spi.FreightCharge;
import io.github.odooconnector.transport.spi.FreightDirection;
import io.github.odooconnector.transport.spi.FreightInvoice;
import io.github.odooconnector.transport.spi.FreightQuote;
import io.github.odooconnector.transport.spi.FreightRequest;
import io.github.odooconnector.transport.spi.LoadTender;
import io.github.odooconnector.transport.spi.PodDocument;
import io.github.odooconnector.transport.spi.ProofOfDelivery;
import io.github.odooconnector.transport.spi.TenderResponse;
import io.github.odooconnector.transport.spi.TenderStatus;
import io.github.odooconnector.transport.spi.TmsAdapter;
import io.github.odooconnector.transport.spi.TransitEventType;
import io.github.odooconnector.transport.spi.TransitUpdate;
import io.github.odooconnector.transport.spi.TransportCarrier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The transport workflows against Odoo. Thread-safe (stateless apart from its collaborators). */
public final class DefaultTransportIntegration implements TransportIntegration {
  private static final Set<String> CLOSED = Set.of("done", "cancel");

  private final TransportSettings settings;
  private final TmsAdapter adapter;
  private final TransportGateway odoo;
  private final Idempotent idempotent;
  private final Outbox outbox;

  private DefaultTransportIntegration(TransportSettings settings) {
    this.settings = settings;
    this.adapter = settings.adapter();
    this.odoo = new TransportGateway(settings.odoo());
    this.idempotent =
        Idempotent.builder(settings.idempotencyStore())
            .owner("transport:" + adapter.name())
            .clock(settings.clock())
            .build();
    this.outbox =
        Outbox.builder(settings.outboxStore())
            .codec(EventCodec.standard())
            .clock(settings.clock())
            .build();
  }

  public static DefaultTransportIntegration create(TransportSettings settings) {
    return new DefaultTransportIntegration(Objects.requireNonNull(settings, "settings"));
  }

  private String key(String kind, String id) {
    return "transport/" + adapter.name() + "/" + kind + "/" + id;
  }

  private void publish(String key, String type, String correlationId, Object payload) {
    outbox.enqueue(
        new BusinessEvent<>(
            key,
            type,
            Instant.now(settings.clock()),
            "transport:" + adapter.name(),
            correlationId,
            key,
            BusinessEvent.CURRENT_SCHEMA_VERSION,
            payload));
  }

  // ------------------------------------------------------------------ quote and tender

  @Override
  public List<FreightQuote> quote(long pickingId) {
    OdooRecord p = odoo.picking(pickingId);
    return cheapestFirst(adapter.quote(request(p)));
  }

  private static List<FreightQuote> cheapestFirst(List<FreightQuote> quotes) {
    List<FreightQuote> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparing(q -> q.amount().amount()));
    return List.copyOf(sorted);
  }

  @Override
  public TenderOutcome tender(long pickingId) {
    OdooRecord p = odoo.picking(pickingId);
    String name = name(p);
    String key = key("tender", name);
    // the picking id is the payload: writing the pickup time changes the picking, not the tender
    return idempotent.execute(
        key,
        pickingId,
        TenderOutcome.class,
        () -> {
          requireOpen(p);
          FreightRequest request = request(p);
          List<FreightQuote> quotes = cheapestFirst(adapter.quote(request));
          if (quotes.isEmpty()) {
            throw new TransportWorkflowException(
                "no carrier quoted picking " + name + " at TMS " + adapter.name());
          }
          LoadTender tender = new LoadTender(name, request, quotes.get(0));
          TenderOutcome out =
              answered(p, tender.tenderId(), tender.quote(), adapter.tender(tender));
          publish(key, FREIGHT_TENDERED, name, out);
          return out;
        });
  }

  @Override
  public TenderOutcome tender(long pickingId, FreightQuote quote) {
    Objects.requireNonNull(quote, "quote");
    OdooRecord p = odoo.picking(pickingId);
    String tenderId = name(p) + "/" + quote.carrier().scac();
    String key = key("tender", tenderId);
    return idempotent.execute(
        key,
        pickingId,
        TenderOutcome.class,
        () -> {
          requireOpen(p);
          LoadTender tender = new LoadTender(tenderId, request(p), quote);
          TenderOutcome out = answered(p, tenderId, quote, adapter.tender(tender));
          publish(key, FREIGHT_TENDERED, name(p), out);
          return out;
        });
  }

  private static void requireOpen(OdooRecord p) {
    String state = p.string("state").orElse("");
    if (CLOSED.contains(state)) {
      throw new TransportWorkflowException(
          "picking " + name(p) + " is in state '" + state + "'; its freight cannot be tendered");
    }
  }

  private TenderOutcome answered(
      OdooRecord p, String tenderId, FreightQuote quote, TenderResponse response) {
    Objects.requireNonNull(response, "the TMS adapter returned no tender response");
    TenderOutcome out =
        switch (response.status()) {
          case ACCEPTED -> accepted(p, tenderId, response);
          case REJECTED -> refused(p, tenderId, response);
          case COUNTER_OFFERED -> countered(p, tenderId, quote, response);
        };
    return out;
  }

  private TenderOutcome accepted(OdooRecord p, String tenderId, TenderResponse r) {
    TransportCarrier carrier = r.carrier();
    Long carrierId = settings.carriers().get(carrier.scac());
    if (carrierId == null) {
      carrierId = odoo.deliveryCarrierNamed(carrier.name()).orElse(null);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> changes = new ArrayList<>();
    if (carrierId != null) {
      values.put("carrier_id", carrierId);
      changes.add("carrier " + carrier.name() + " (" + carrier.scac() + ")");
    }
    String tracking = r.optionalTrackingReference().orElse(r.loadId());
    values.put("carrier_tracking_ref", tracking);
    changes.add("tracking reference " + tracking);
    if (r.rate() != null) {
      values.put("carrier_price", r.rate().amount());
      changes.add("freight cost " + money(r.rate()));
    }
    if (r.pickupAt() != null && isOpen(p)) {
      values.put("scheduled_date", r.pickupAt());
      changes.add("scheduled for pickup at " + r.pickupAt());
    }
    odoo.writePicking(p.id(), values);
    odoo.note(
        p.id(),
        "Freight tender "
            + tenderId
            + " accepted by "
            + carrier.name()
            + " ("
            + carrier.scac()
            + "), load "
            + r.loadId()
            + " via "
            + adapter.name()
            + (carrierId == null ? "; no delivery method is named " + carrier.name() : "")
            + ": "
            + String.join("; ", changes),
        List.of());
    return new TenderOutcome(p.id(), name(p), tenderId, r, carrierId, changes, null);
  }

  private TenderOutcome refused(OdooRecord p, String tenderId, TenderResponse r) {
    String who = r.optionalCarrier().map(c -> c.name() + " (" + c.scac() + ")").orElse("the TMS");
    String why = r.optionalReason().orElse("no reason given");
    Escalation e =
        settings
            .escalations()
            .escalate(
                new Incident(
                    IncidentKind.TENDER_REFUSED,
                    TransportGateway.PICKING,
                    p.id(),
                    "tender " + tenderId,
                    "Freight tender refused for " + name(p),
                    who
                        + " refused freight tender "
                        + tenderId
                        + ": "
                        + why
                        + ". Nothing was written to the picking; tender it to another carrier."));
    odoo.note(p.id(), "Freight tender " + tenderId + " refused by " + who + ": " + why, List.of());
    return new TenderOutcome(p.id(), name(p), tenderId, r, null, List.of(), e.activityId());
  }

  private TenderOutcome countered(
      OdooRecord p, String tenderId, FreightQuote quote, TenderResponse r) {
    StringBuilder terms = new StringBuilder();
    if (r.rate() != null) {
      terms.append("rate ").append(money(r.rate()));
      if (quote != null) {
        terms.append(" instead of ").append(money(quote.amount()));
      }
    }
    if (r.pickupAt() != null) {
      terms.append(terms.length() == 0 ? "" : ", ").append("pickup at ").append(r.pickupAt());
    }
    String text =
        r.carrier().name()
            + " ("
            + r.carrier().scac()
            + ") counter-offers freight tender "
            + tenderId
            + " (counter-offer "
            + r.counterOfferId()
            + "): "
            + (terms.length() == 0 ? "other terms" : terms)
            + r.optionalReason().map(x -> " (" + x + ")").orElse("");
    Escalation e =
        settings
            .escalations()
            .escalate(
                new Incident(
                    IncidentKind.TENDER_REFUSED,
                    TransportGateway.PICKING,
                    p.id(),
                    "counter-offer " + r.counterOfferId(),
                    "Approve freight counter-offer for " + name(p),
                    text
                        + ". Nothing was written to the picking until the counter-offer is"
                        + " approved."));
    odoo.note(p.id(), text + "; awaiting approval", List.of());
    return new TenderOutcome(p.id(), name(p), tenderId, r, null, List.of(), e.activityId());
  }

  @Override
  public TenderOutcome approveCounterOffer(TenderOutcome counterOffered) {
    Objects.requireNonNull(counterOffered, "counterOffered");
    if (counterOffered.status() != TenderStatus.COUNTER_OFFERED) {
      throw new TransportWorkflowException(
          "tender "
              + counterOffered.tenderId()
              + " of picking "
              + counterOffered.picking()
              + " was "
              + counterOffered.status()
              + ", not COUNTER_OFFERED; there is nothing to approve");
    }
    TenderResponse offer = counterOffered.response();
    String key = key("counter-offer", counterOffered.picking() + "/" + offer.counterOfferId());
    return idempotent.execute(
        key,
        offer,
        TenderOutcome.class,
        () -> {
          OdooRecord p = odoo.picking(counterOffered.pickingId());
          TenderResponse answer = adapter.acceptCounterOffer(offer);
          TenderOutcome out = answered(p, counterOffered.tenderId(), null, answer);
          if (answer.status() == TenderStatus.ACCEPTED && counterOffered.activityId() != null) {
            odoo.removeActivity(counterOffered.activityId());
          }
          publish(key, FREIGHT_TENDERED, name(p), out);
          return out;
        });
  }

  // ------------------------------------------------------------------ dock appointment

  @Override
  public AppointmentOutcome bookDockAppointment(
      TenderOutcome accepted, Instant earliest, Instant latest) {
    Objects.requireNonNull(accepted, "accepted");
    if (accepted.status() != TenderStatus.ACCEPTED) {
      throw new TransportWorkflowException(
          "tender "
              + accepted.tenderId()
              + " of picking "
              + accepted.picking()
              + " was "
              + accepted.status()
              + "; a dock appointment needs an accepted tender");
    }
    AppointmentRequest request =
        new AppointmentRequest(
            accepted.picking(), accepted.response().loadId(), settings.dock(), earliest, latest);
    String key = key("appointment", accepted.picking() + "/" + request.loadId());
    return idempotent.execute(
        key,
        request,
        AppointmentOutcome.class,
        () -> {
          OdooRecord p = odoo.picking(accepted.pickingId());
          DockAppointment a = adapter.bookAppointment(request);
          boolean open = isOpen(p);
          if (open) {
            odoo.writePicking(p.id(), Map.of("scheduled_date", a.start()));
          }
          odoo.note(
              p.id(),
              "Dock appointment "
                  + a.appointmentId()
                  + " at "
                  + a.dock()
                  + " from "
                  + a.start()
                  + " to "
                  + a.end()
                  + " for load "
                  + a.loadId()
                  + (open ? "" : " (picking closed, scheduled date kept)"),
              List.of());
          AppointmentOutcome out = new AppointmentOutcome(p.id(), name(p), a, open);
          publish(key, DOCK_APPOINTMENT_BOOKED, name(p), out);
          return out;
        });
  }

  // ------------------------------------------------------------------ in transit

  @Override
  public TransitOutcome applyUpdate(TransitUpdate update) {
    Objects.requireNonNull(update, "update");
    String key = key("update", update.shipperReference() + "/" + update.updateId());
    return idempotent.execute(
        key,
        update,
        TransitOutcome.class,
        () -> {
          OdooRecord p = odoo.pickingNamed(update.shipperReference());
          TransitOutcome out = applyTo(p, update);
          publish(key, FREIGHT_IN_TRANSIT, name(p), out);
          return out;
        });
  }

  private TransitOutcome applyTo(OdooRecord p, TransitUpdate u) {
    String name = name(p);
    Instant scheduled = p.datetime("scheduled_date").orElse(null);
    Instant deadline = p.datetime("date_deadline").orElse(null);
    Instant eta = u.estimatedArrival();
    List<String> changes = new ArrayList<>();
    Instant written = null;
    if (eta != null && !eta.equals(scheduled)) {
      if (isOpen(p)) {
        odoo.writePicking(p.id(), Map.of("scheduled_date", eta));
        written = eta;
        changes.add("scheduled date " + scheduled + " -> " + eta);
      } else {
        changes.add("ETA " + eta + " (picking " + p.string("state").orElse("") + ", not moved)");
      }
    }
    boolean late =
        u.type() == TransitEventType.DELAYED
            || (eta != null
                && deadline != null
                && eta.isAfter(deadline.plus(settings.delayTolerance())));
    Long activity = null;
    StringBuilder text =
        new StringBuilder("Freight ")
            .append(u.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(" at ")
            .append(u.occurredAt());
    u.optionalLocation().ifPresent(l -> text.append(" in ").append(l));
    u.optionalReason().ifPresent(r -> text.append(": ").append(r));
    if (eta != null) {
      text.append("; ETA ").append(eta);
    }
    if (deadline != null && eta != null && eta.isAfter(deadline)) {
      text.append(" (deadline ").append(deadline).append(')');
    }
    if (late) {
      Escalation e =
          settings
              .escalations()
              .escalate(
                  new Incident(
                      IncidentKind.TRACKING_DELAY,
                      TransportGateway.PICKING,
                      p.id(),
                      "freight " + name,
                      "Freight for " + name + " is late",
                      text.toString()));
      activity = e.activityId();
      changes.add("delay activity " + activity);
    }
    odoo.note(p.id(), text + " (update " + u.updateId() + ")", List.of());
    return new TransitOutcome(p.id(), name, u, written, activity, changes);
  }

  @Override
  public List<TransitOutcome> pollUpdates(long pickingId) {
    OdooRecord p = odoo.picking(pickingId);
    List<TransitOutcome> out = new ArrayList<>();
    for (TransitUpdate u : adapter.updates(name(p))) {
      out.add(applyUpdate(u));
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ delivery and cost

  @Override
  public DeliveryOutcome applyProofOfDelivery(ProofOfDelivery proof) {
    Objects.requireNonNull(proof, "proof");
    String key = key("pod", proof.shipperReference());
    return idempotent.execute(
        key,
        proof,
        DeliveryOutcome.class,
        () -> {
          OdooRecord p = odoo.pickingNamed(proof.shipperReference());
          List<Long> attachments = new ArrayList<>();
          for (PodDocument d : proof.documents()) {
            attachments.add(odoo.attach(p.id(), d.fileName(), d.mimeType(), d.content()));
          }
          String note =
              "Proof of delivery: delivered at "
                  + proof.deliveredAt()
                  + proof.optionalSignedBy().map(s -> ", signed by " + s).orElse(", unsigned")
                  + proof.optionalLoadId().map(l -> ", load " + l).orElse("")
                  + proof
                      .optionalExceptions()
                      .map(x -> "; noted on delivery: " + x)
                      .orElse("; delivered clean");
          odoo.note(p.id(), note, attachments);
          DeliveryOutcome out = new DeliveryOutcome(p.id(), name(p), attachments, note);
          publish(key, FREIGHT_DELIVERED, name(p), out);
          return out;
        });
  }

  @Override
  public FreightCostOutcome applyFreightInvoice(FreightInvoice invoice) {
    Objects.requireNonNull(invoice, "invoice");
    String key = key("invoice", invoice.shipperReference() + "/" + invoice.invoiceId());
    return idempotent.execute(
        key,
        invoice,
        FreightCostOutcome.class,
        () -> {
          OdooRecord p = odoo.pickingNamed(invoice.shipperReference());
          BigDecimal agreed = p.decimal("carrier_price").filter(d -> d.signum() != 0).orElse(null);
          Money total = invoice.total();
          odoo.writePicking(p.id(), Map.of("carrier_price", total.amount()));
          StringBuilder note =
              new StringBuilder("Freight invoice ")
                  .append(invoice.invoiceId())
                  .append(" from ")
                  .append(invoice.carrier().name())
                  .append(" of ")
                  .append(invoice.issuedOn())
                  .append(": ");
          List<String> lines = new ArrayList<>();
          for (FreightCharge c : invoice.charges()) {
            lines.add(c.code() + " " + c.description() + " " + money(c.amount()));
          }
          note.append(String.join("; ", lines)).append("; total ").append(money(total));
          if (agreed != null) {
            BigDecimal diff = total.amount().subtract(agreed);
            note.append(" (agreed ").append(plain(agreed));
            if (diff.signum() != 0) {
              note.append(", ").append(diff.signum() > 0 ? "+" : "").append(plain(diff));
            }
            note.append(')');
          }
          odoo.note(p.id(), note.toString(), List.of());
          FreightCostOutcome out =
              new FreightCostOutcome(p.id(), name(p), invoice.invoiceId(), total, agreed);
          publish(key, FREIGHT_INVOICED, name(p), out);
          return out;
        });
  }

  // ------------------------------------------------------------------ helpers

  private static String name(OdooRecord p) {
    return p.string("name").orElse(String.valueOf(p.id()));
  }

  private static boolean isOpen(OdooRecord p) {
    return !CLOSED.contains(p.string("state").orElse(""));
  }

  private static String money(Money m) {
    return plain(m.amount()) + " " + m.currency();
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  FreightRequest request(OdooRecord p) {
    String name = name(p);
    String code = p.string("picking_type_code").orElse("");
    FreightDirection direction =
        switch (code) {
          case "outgoing" -> FreightDirection.OUTBOUND;
          case "incoming" -> FreightDirection.INBOUND;
          default ->
              throw new TransportWorkflowException(
                  "picking "
                      + name
                      + " is of type '"
                      + code
                      + "'; only deliveries (outgoing) and receipts (incoming) move as freight");
        };
    long partner =
        p.many2one("partner_id")
            .map(Many2one::id)
            .orElseThrow(
                () ->
                    new TransportWorkflowException(
                        "picking " + name + " has no partner (contact) to ship to or from"));
    long companyPartner =
        p.many2one("company_id")
            .flatMap(c -> odoo.companyPartner(c.id()))
            .orElseThrow(
                () ->
                    new TransportWorkflowException(
                        "picking " + name + " has no company whose address freight uses"));
    Party them = party(partner, name);
    Party us = party(companyPartner, name);
    BigDecimal kg =
        p.decimal("shipping_weight")
            .filter(w -> w.signum() > 0)
            .or(() -> p.decimal("weight").filter(w -> w.signum() > 0))
            .orElseThrow(
                () ->
                    new TransportWorkflowException(
                        "picking "
                            + name
                            + " has no weight (shipping_weight or weight); a TMS cannot quote"
                            + " freight without one"));
    Instant ready = p.datetime("scheduled_date").orElse(settings.clock().instant());
    Instant deadline = p.datetime("date_deadline").filter(d -> !d.isBefore(ready)).orElse(null);
    boolean out = direction == FreightDirection.OUTBOUND;
    return new FreightRequest(
        name,
        direction,
        out ? us : them,
        out ? them : us,
        ready,
        deadline,
        Weight.of(kg, UnitOfMeasure.KGM));
  }

  private Party party(long partnerId, String picking) {
    OdooRecord r = odoo.partner(partnerId);
    Party.Builder b =
        Party.builder(r.string("name").orElse("partner " + partnerId))
            .partyId(String.valueOf(partnerId))
            .email(r.string("email").orElse(null))
            .phone(r.string("phone").orElse(null));
    String street = r.string("street").orElse(null);
    String city = r.string("city").orElse(null);
    String country = r.string("country_code").orElse(null);
    if (street != null && city != null && country != null) {
      try {
        b.address(
            Address.builder()
                .street1(street)
                .street2(r.string("street2").orElse(null))
                .city(city)
                .postalCode(r.string("zip").orElse(null))
                .countryCode(country)
                .build());
      } catch (CanonicalValidationException e) {
        throw new TransportWorkflowException(
            "picking "
                + picking
                + ": partner "
                + partnerId
                + " has an invalid address: "
                + e.getMessage());
      }
    }
    try {
      return b.build();
    } catch (CanonicalValidationException e) {
      throw new TransportWorkflowException(
          "picking " + picking + ": partner " + partnerId + " is invalid: " + e.getMessage());
    }
  }
}
