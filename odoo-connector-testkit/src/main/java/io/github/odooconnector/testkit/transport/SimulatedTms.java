package io.github.odooconnector.testkit.transport;

import io.github.odooconnector.model.Money;
import io.github.odooconnector.transport.spi.AppointmentRequest;
import io.github.odooconnector.transport.spi.DockAppointment;
import io.github.odooconnector.transport.spi.FreightCharge;
import io.github.odooconnector.transport.spi.FreightInvoice;
import io.github.odooconnector.transport.spi.FreightQuote;
import io.github.odooconnector.transport.spi.FreightRequest;
import io.github.odooconnector.transport.spi.LoadTender;
import io.github.odooconnector.transport.spi.PodDocument;
import io.github.odooconnector.transport.spi.ProofOfDelivery;
import io.github.odooconnector.transport.spi.TenderResponse;
import io.github.odooconnector.transport.spi.TenderStatus;
import io.github.odooconnector.transport.spi.TmsAdapter;
import io.github.odooconnector.transport.spi.TmsException;
import io.github.odooconnector.transport.spi.TmsRejectedException;
import io.github.odooconnector.transport.spi.TransitEventType;
import io.github.odooconnector.transport.spi.TransitUpdate;
import io.github.odooconnector.transport.spi.TransportCarrier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory TMS: quotes freight from a small carrier table, answers load tenders the way the
 * test programs it (accept, reject, counter-offer), books dock appointments on a slot grid, and
 * writes the in-transit updates, proofs of delivery and freight invoices a real TMS would send, so
 * that a test can run the transport workflows against {@code FakeOdoo} without a partner.
 *
 * <pre>{@code
 * SimulatedTms tms = SimulatedTms.builder().clock(clock).build();
 * tms.rejectTenders("no capacity on the lane");       // the next tenders are refused
 * tms.counterTenders(Money.of("1400.00", "USD"));     // ... or countered
 * tms.acceptTenders();                                // ... or accepted (the default)
 * TransitUpdate late = tms.delay("WH/OUT/00012", eta, "weather");
 * }</pre>
 *
 * <p><b>Quotes</b>: each carrier costs {@code base + perKg x weight in kg}, rounded half-up to
 * cents. <b>Tenders</b>: an accepted tender gets load id {@code LOAD-<n>}, PRO number {@code
 * PRO<carrier><n>}, the quoted rate and a pickup at the load's ready time; a repeated tender id is
 * answered as before and not counted twice in {@link #tendersReceived()}. <b>Appointments</b>: one
 * load per dock slot ({@link Builder#dockSlot}, default one hour), the first free slot at or after
 * the earliest start; none free before the latest start is a {@link TmsRejectedException}.
 *
 * <p>Thread-safe: all methods synchronise on the instance.
 */
public final class SimulatedTms implements TmsAdapter {

  /** How the simulated carriers answer tenders. */
  private enum Mode {
    ACCEPT,
    REJECT,
    COUNTER
  }

  private record CarrierRate(
      TransportCarrier carrier, BigDecimal base, BigDecimal perKg, int days) {}

  private final String name;
  private final Clock clock;
  private final String currency;
  private final Duration slot;
  private final List<CarrierRate> carriers;
  private final List<LoadTender> tenders = new ArrayList<>();
  private final Map<String, TenderResponse> answers = new LinkedHashMap<>();
  private final Map<String, TenderResponse> counterOffers = new LinkedHashMap<>();
  private final Map<String, TenderResponse> loads = new LinkedHashMap<>();
  private final Map<String, DockAppointment> appointments = new LinkedHashMap<>();
  private final Map<String, List<TransitUpdate>> updates = new LinkedHashMap<>();
  private Mode mode = Mode.ACCEPT;
  private String rejectReason;
  private Money counterRate;
  private Instant counterPickup;
  private TmsException nextFailure;
  private int sequence;

  private SimulatedTms(Builder b) {
    this.name = b.name;
    this.clock = b.clock;
    this.currency = b.currency;
    this.slot = b.slot;
    this.carriers =
        b.carriers.isEmpty()
            ? List.of(
                new CarrierRate(
                    new TransportCarrier("ODFL", "Old Dominion Freight Line"),
                    new BigDecimal("400.00"),
                    new BigDecimal("0.80"),
                    3))
            : List.copyOf(b.carriers);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  private void failIfPlanned() {
    TmsException failure = nextFailure;
    if (failure != null) {
      nextFailure = null;
      throw failure;
    }
  }

  @Override
  public synchronized List<FreightQuote> quote(FreightRequest request) {
    Objects.requireNonNull(request, "request");
    failIfPlanned();
    BigDecimal kg = request.weight().value();
    List<FreightQuote> out = new ArrayList<>();
    for (CarrierRate c : carriers) {
      BigDecimal amount = c.base().add(c.perKg().multiply(kg)).setScale(2, RoundingMode.HALF_UP);
      out.add(
          new FreightQuote(
              "Q-" + c.carrier().scac() + "-" + (++sequence),
              c.carrier(),
              Money.of(amount, currency),
              c.days(),
              clock.instant().plus(Duration.ofDays(1))));
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized TenderResponse tender(LoadTender tender) {
    Objects.requireNonNull(tender, "tender");
    failIfPlanned();
    TenderResponse before = answers.get(tender.tenderId());
    if (before != null) {
      return before;
    }
    tenders.add(tender);
    CarrierRate c = carrierFor(tender);
    Money rate = tender.optionalQuote().map(FreightQuote::amount).orElseGet(() -> price(c, tender));
    String load = "LOAD-" + (++sequence);
    TenderResponse answer =
        switch (mode) {
          case REJECT -> TenderResponse.rejected(c.carrier(), rejectReason);
          case COUNTER -> {
            TenderResponse counter =
                TenderResponse.counterOffer(
                    load,
                    "CO-" + sequence,
                    c.carrier(),
                    counterRate,
                    counterPickup,
                    "rate below market for the lane");
            counterOffers.put(counter.counterOfferId(), counter);
            yield counter;
          }
          case ACCEPT -> accept(load, c.carrier(), rate, tender.load().readyAt(), c.days());
        };
    answers.put(tender.tenderId(), answer);
    if (answer.status() == TenderStatus.ACCEPTED) {
      loads.put(tender.load().shipperReference(), answer);
    }
    return answer;
  }

  private TenderResponse accept(
      String load, TransportCarrier carrier, Money rate, Instant pickup, int days) {
    return TenderResponse.accepted(
        load,
        carrier,
        "PRO" + carrier.scac() + String.format("%06d", sequence),
        rate,
        pickup,
        pickup.plus(Duration.ofDays(days)));
  }

  private CarrierRate carrierFor(LoadTender tender) {
    String scac = tender.optionalQuote().map(q -> q.carrier().scac()).orElse(null);
    return carriers.stream()
        .filter(c -> scac == null || c.carrier().scac().equals(scac))
        .findFirst()
        .orElseThrow(
            () -> new TmsRejectedException("carrier " + scac + " is not on " + name + "'s list"));
  }

  private Money price(CarrierRate c, LoadTender tender) {
    return Money.of(
        c.base()
            .add(c.perKg().multiply(tender.load().weight().value()))
            .setScale(2, RoundingMode.HALF_UP),
        currency);
  }

  @Override
  public synchronized TenderResponse acceptCounterOffer(TenderResponse counterOffer) {
    Objects.requireNonNull(counterOffer, "counterOffer");
    failIfPlanned();
    String id = counterOffer.optionalCounterOfferId().orElse("");
    TenderResponse known = counterOffers.get(id);
    if (known == null) {
      throw new TmsRejectedException("counter-offer '" + id + "' is unknown to " + name);
    }
    CarrierRate c =
        carriers.stream()
            .filter(r -> r.carrier().equals(known.carrier()))
            .findFirst()
            .orElseThrow();
    String reference =
        answers.entrySet().stream()
            .filter(e -> e.getValue().equals(known))
            .map(e -> tenderReference(e.getKey()))
            .findFirst()
            .orElseThrow();
    LoadTender tender =
        tenders.stream()
            .filter(t -> t.load().shipperReference().equals(reference))
            .reduce((a, b) -> b)
            .orElseThrow();
    TenderResponse accepted =
        accept(
            known.loadId(),
            known.carrier(),
            known.optionalRate().orElseGet(() -> price(c, tender)),
            known.optionalPickupAt().orElse(tender.load().readyAt()),
            c.days());
    loads.put(reference, accepted);
    return accepted;
  }

  private String tenderReference(String tenderId) {
    return tenders.stream()
        .filter(t -> t.tenderId().equals(tenderId))
        .map(t -> t.load().shipperReference())
        .findFirst()
        .orElseThrow();
  }

  @Override
  public synchronized DockAppointment bookAppointment(AppointmentRequest request) {
    Objects.requireNonNull(request, "request");
    failIfPlanned();
    DockAppointment before = appointments.get(request.loadId());
    if (before != null) {
      return before;
    }
    long slotSeconds = slot.toSeconds();
    long first = (request.earliest().getEpochSecond() + slotSeconds - 1) / slotSeconds;
    for (long s = first; ; s++) {
      Instant start = Instant.ofEpochSecond(s * slotSeconds);
      if (start.isAfter(request.latest())) {
        throw new TmsRejectedException(
            "no free slot at dock "
                + request.dock()
                + " between "
                + request.earliest()
                + " and "
                + request.latest());
      }
      boolean taken =
          appointments.values().stream()
              .anyMatch(a -> a.dock().equals(request.dock()) && a.start().equals(start));
      if (!taken) {
        DockAppointment a =
            new DockAppointment(
                "APPT-" + (++sequence), request.loadId(), request.dock(), start, start.plus(slot));
        appointments.put(request.loadId(), a);
        return a;
      }
    }
  }

  @Override
  public synchronized List<TransitUpdate> updates(String shipperReference) {
    failIfPlanned();
    return List.copyOf(updates.getOrDefault(shipperReference, List.of()));
  }

  // ------------------------------------------------------------------ programming the TMS

  /** Answers the following tenders with an acceptance (the default). */
  public synchronized void acceptTenders() {
    mode = Mode.ACCEPT;
  }

  /**
   * Refuses the following tenders.
   *
   * @param reason the carrier's reason
   */
  public synchronized void rejectTenders(String reason) {
    mode = Mode.REJECT;
    rejectReason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Answers the following tenders with a counter-offer at this rate.
   *
   * @param rate the rate the carrier asks for
   */
  public synchronized void counterTenders(Money rate) {
    counterTenders(Objects.requireNonNull(rate, "rate"), null);
  }

  /**
   * Answers the following tenders with a counter-offer at this rate and pickup time.
   *
   * @param rate the rate the carrier asks for, or null for the quoted rate
   * @param pickup the pickup the carrier proposes, or null for the load's ready time
   */
  public synchronized void counterTenders(Money rate, Instant pickup) {
    mode = Mode.COUNTER;
    counterRate = rate;
    counterPickup = pickup;
  }

  /**
   * Makes the next call to this TMS (of any kind) fail with {@code failure}, once.
   *
   * @param failure what to throw, for example a {@code TmsUnavailableException}
   */
  public synchronized void failNext(TmsException failure) {
    nextFailure = Objects.requireNonNull(failure, "failure");
  }

  /**
   * Every distinct tender received, in order.
   *
   * @return the tenders
   */
  public synchronized List<LoadTender> tendersReceived() {
    return List.copyOf(tenders);
  }

  /**
   * The accepted load of a shipper reference, if any.
   *
   * @param shipperReference the picking's name
   * @return the acceptance
   */
  public synchronized Optional<TenderResponse> load(String shipperReference) {
    return Optional.ofNullable(loads.get(shipperReference));
  }

  /**
   * Every dock appointment booked, in order.
   *
   * @return the appointments
   */
  public synchronized List<DockAppointment> appointments() {
    return List.copyOf(appointments.values());
  }

  private TransitUpdate update(
      String reference, TransitEventType type, Instant eta, String location, String reason) {
    TenderResponse load = loads.get(reference);
    TransitUpdate u =
        new TransitUpdate(
            "UPD-" + (++sequence),
            reference,
            load == null ? null : load.loadId(),
            type,
            clock.instant(),
            eta,
            location,
            reason);
    updates.computeIfAbsent(reference, r -> new ArrayList<>()).add(u);
    return u;
  }

  /**
   * The carrier picks the load up now; the update is also returned by {@link #updates}.
   *
   * @param shipperReference the picking's name
   * @return the update
   */
  public synchronized TransitUpdate pickUp(String shipperReference) {
    return update(shipperReference, TransitEventType.PICKED_UP, null, "origin", null);
  }

  /**
   * The estimated arrival changes (no problem reported).
   *
   * @param shipperReference the picking's name
   * @param eta the new estimated arrival
   * @return the update
   */
  public synchronized TransitUpdate eta(String shipperReference, Instant eta) {
    return update(
        shipperReference, TransitEventType.ETA_CHANGED, Objects.requireNonNull(eta), null, null);
  }

  /**
   * The load is late.
   *
   * @param shipperReference the picking's name
   * @param eta the new estimated arrival
   * @param reason why
   * @return the update
   */
  public synchronized TransitUpdate delay(String shipperReference, Instant eta, String reason) {
    return update(shipperReference, TransitEventType.DELAYED, eta, null, reason);
  }

  /**
   * The load is delivered now: a {@code DELIVERED} update and the proof of delivery, with a small
   * PDF delivery receipt.
   *
   * @param shipperReference the picking's name
   * @param signedBy who signed
   * @return the proof of delivery
   */
  public synchronized ProofOfDelivery deliver(String shipperReference, String signedBy) {
    TransitUpdate u =
        update(shipperReference, TransitEventType.DELIVERED, null, "destination", null);
    String pdf =
        "%PDF-1.4\n% delivery receipt " + shipperReference + " signed by " + signedBy + "\n%%EOF\n";
    String file = "POD-" + (u.loadId() == null ? shipperReference : u.loadId()) + ".pdf";
    return new ProofOfDelivery(
        shipperReference,
        u.loadId(),
        u.occurredAt(),
        signedBy,
        null,
        List.of(
            new PodDocument(
                file.replace('/', '-'),
                "application/pdf",
                pdf.getBytes(StandardCharsets.US_ASCII))));
  }

  /**
   * The carrier's invoice for an accepted load: the agreed rate as line haul, plus any extra
   * charges.
   *
   * @param shipperReference the picking's name
   * @param extras accessorial charges, for example detention
   * @return the invoice
   * @throws IllegalStateException if the load was never accepted
   */
  public synchronized FreightInvoice invoice(String shipperReference, FreightCharge... extras) {
    TenderResponse load = loads.get(shipperReference);
    if (load == null) {
      throw new IllegalStateException("no accepted load for " + shipperReference);
    }
    List<FreightCharge> charges = new ArrayList<>();
    charges.add(
        new FreightCharge(
            "LH", "line haul", load.optionalRate().orElse(Money.of(BigDecimal.ZERO, currency))));
    charges.addAll(List.of(extras));
    return new FreightInvoice(
        "INV-" + (++sequence),
        shipperReference,
        load.carrier(),
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
        charges);
  }

  /** Builder for {@link SimulatedTms}. Not thread-safe. */
  public static final class Builder {
    private String name = "simulated-tms";
    private Clock clock = Clock.systemUTC();
    private String currency = "USD";
    private Duration slot = Duration.ofHours(1);
    private final List<CarrierRate> carriers = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the adapter name (default {@code simulated-tms}).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the clock for update times and document dates (default system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the currency of quotes (default {@code USD}).
     *
     * @param currency ISO 4217 code
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /**
     * Sets the length of a dock slot (default one hour; whole minutes).
     *
     * @param slot the slot length
     * @return this builder
     */
    public Builder dockSlot(Duration slot) {
      if (slot.isNegative() || slot.isZero() || slot.toSeconds() % 60 != 0) {
        throw new IllegalArgumentException("dockSlot must be whole positive minutes: " + slot);
      }
      this.slot = slot.truncatedTo(ChronoUnit.MINUTES);
      return this;
    }

    /**
     * Adds a carrier that quotes {@code base + perKg x kg} (default: one carrier, ODFL, 400.00 +
     * 0.80/kg, 3 days).
     *
     * @param scac the carrier's SCAC
     * @param carrierName the carrier's name
     * @param base the fixed part, for example {@code "400.00"}
     * @param perKg the price per kilogram, for example {@code "0.80"}
     * @param transitDays days from pickup to delivery
     * @return this builder
     */
    public Builder carrier(
        String scac, String carrierName, String base, String perKg, int transitDays) {
      carriers.add(
          new CarrierRate(
              new TransportCarrier(scac, carrierName),
              new BigDecimal(base),
              new BigDecimal(perKg),
              transitDays));
      return this;
    }

    /**
     * Builds the TMS.
     *
     * @return the TMS
     */
    public SimulatedTms build() {
      return new SimulatedTms(this);
    }
  }
}
