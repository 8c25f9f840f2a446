package io.github.odooconnector.transport.api;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.transport.internal.DefaultTransportIntegration;
import io.github.odooconnector.transport.internal.TransportSettings;
import io.github.odooconnector.transport.spi.FreightInvoice;
import io.github.odooconnector.transport.spi.FreightQuote;
import io.github.odooconnector.transport.spi.ProofOfDelivery;
import io.github.odooconnector.transport.spi.TmsAdapter;
import io.github.odooconnector.transport.spi.TransitUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Freight between Odoo and a transportation management system: tenders a picking's load to a
 * carrier and writes the results to the Odoo picking.
 *
 * <ul>
 *   <li>an accepted tender writes the carrier ({@code carrier_id}, by SCAC or by name), the
 *       tracking reference ({@code carrier_tracking_ref}: the PRO or bill of lading number), the
 *       agreed rate ({@code carrier_price}) and the planned pickup ({@code scheduled_date});
 *   <li>a refused tender writes nothing and raises one activity on the picking ({@code
 *       TENDER_REFUSED} through {@link Escalations});
 *   <li>a counter-offer writes nothing and raises an activity asking for approval; {@link
 *       #approveCounterOffer} accepts it at the TMS and then applies it like an accepted tender;
 *   <li>a dock appointment moves the scheduled date to the slot's start;
 *   <li>an in-transit update with a new ETA moves the scheduled date of an open picking; a delay
 *       raises one {@code TRACKING_DELAY} activity;
 *   <li>a proof of delivery attaches its documents and posts who signed, when;
 *   <li>a freight invoice becomes the picking's freight cost, compared with the agreed rate.
 * </ul>
 *
 * <p>Every operation is idempotent (an {@code Idempotent} key per picking and tender, appointment,
 * update id, proof or invoice id): a repeated call or a redelivered document returns the first
 * outcome and writes nothing, and the parts of an operation that failed half-way (activities,
 * attachments) are found again rather than duplicated when it is retried. The facts are published
 * to the outbox as events of source {@code transport:<adapter>} with the types in this interface.
 *
 * <p>Implementations are thread-safe. Create with {@link #builder()}.
 */
public interface TransportIntegration {

  /** Event type: a tender was answered; payload {@link TenderOutcome}. */
  String FREIGHT_TENDERED = "freight.tendered";

  /** Event type: a dock appointment was booked; payload {@link AppointmentOutcome}. */
  String DOCK_APPOINTMENT_BOOKED = "freight.dock_appointment_booked";

  /** Event type: an in-transit update was applied; payload {@link TransitOutcome}. */
  String FREIGHT_IN_TRANSIT = "freight.in_transit";

  /** Event type: a proof of delivery was applied; payload {@link DeliveryOutcome}. */
  String FREIGHT_DELIVERED = "freight.delivered";

  /** Event type: a freight invoice was applied; payload {@link FreightCostOutcome}. */
  String FREIGHT_INVOICED = "freight.invoiced";

  /**
   * Asks the TMS for quotes for a picking's load. Writes nothing.
   *
   * @param pickingId the outgoing delivery or incoming receipt
   * @return the quotes, cheapest first
   * @throws TransportWorkflowException if the picking cannot be quoted (missing, internal, no
   *     partner)
   * @throws io.github.odooconnector.transport.spi.TmsException what the adapter threw
   */
  List<FreightQuote> quote(long pickingId);

  /**
   * Quotes the picking's load and tenders it against the cheapest quote (tender id: the picking's
   * name). Once per picking: a repeated call returns the first answer, also a refusal.
   *
   * @param pickingId the outgoing delivery or incoming receipt
   * @return the answer and what was written
   * @throws TransportWorkflowException if the picking cannot be tendered or no carrier quoted
   * @throws io.github.odooconnector.transport.spi.TmsException what the adapter threw
   */
  TenderOutcome tender(long pickingId);

  /**
   * Tenders the picking's load against a chosen quote (tender id: the picking's name and the
   * carrier's SCAC), for example to another carrier after a refusal. Once per picking and carrier.
   *
   * @param pickingId the outgoing delivery or incoming receipt
   * @param quote a quote from {@link #quote(long)}
   * @return the answer and what was written
   * @throws TransportWorkflowException if the picking cannot be tendered
   * @throws io.github.odooconnector.transport.spi.TmsException what the adapter threw
   */
  TenderOutcome tender(long pickingId, FreightQuote quote);

  /**
   * Accepts a counter-offer a person approved, at the TMS, and applies it to the picking like an
   * accepted tender; the approval activity is removed. Once per counter-offer.
   *
   * @param counterOffered the outcome of a tender that was answered with a counter-offer
   * @return the outcome of the acceptance
   * @throws TransportWorkflowException if the outcome is not a counter-offer
   * @throws io.github.odooconnector.transport.spi.TmsException what the adapter threw
   */
  TenderOutcome approveCounterOffer(TenderOutcome counterOffered);

  /**
   * Books a dock appointment for an accepted load and moves the picking's scheduled date to the
   * slot's start. Once per load.
   *
   * @param accepted the outcome of an accepted tender
   * @param earliest the earliest start acceptable
   * @param latest the latest start acceptable
   * @return the slot
   * @throws TransportWorkflowException if the tender was not accepted
   * @throws io.github.odooconnector.transport.spi.TmsException what the adapter threw
   */
  AppointmentOutcome bookDockAppointment(TenderOutcome accepted, Instant earliest, Instant latest);

  /**
   * Applies one in-transit update to the picking its shipper reference names. Once per update id.
   *
   * @param update the update
   * @return what was written
   * @throws TransportWorkflowException if no picking has that name
   */
  TransitOutcome applyUpdate(TransitUpdate update);

  /**
   * Polls the TMS for a picking's updates and applies each ({@link #applyUpdate}); updates applied
   * before are returned as they were.
   *
   * @param pickingId the picking
   * @return one outcome per update, oldest first
   * @throws io.github.odooconnector.transport.spi.TmsException what the adapter threw
   */
  List<TransitOutcome> pollUpdates(long pickingId);

  /**
   * Attaches a proof of delivery to the picking its shipper reference names and posts who signed,
   * when and what they noted. Once per picking.
   *
   * @param proof the proof
   * @return what was written
   * @throws TransportWorkflowException if no picking has that name
   */
  DeliveryOutcome applyProofOfDelivery(ProofOfDelivery proof);

  /**
   * Writes a freight invoice's total as the picking's freight cost ({@code carrier_price}) and
   * posts the charges, compared with the agreed rate. Once per invoice id.
   *
   * @param invoice the carrier's invoice
   * @return what was written
   * @throws TransportWorkflowException if no picking has that name
   */
  FreightCostOutcome applyFreightInvoice(FreightInvoice invoice);

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TransportIntegration}. Not thread-safe. */
  final class Builder {
    private OdooClient odoo;
    private TmsAdapter adapter;
    private IdempotencyStore idempotencyStore;
    private OutboxStore outboxStore;
    private Escalations escalations;
    private final Map<String, Long> carriers = new LinkedHashMap<>();
    private Duration delayTolerance = Duration.ofHours(1);
    private String dock = "MAIN";
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the Odoo client (required).
     *
     * @param odoo the client
     * @return this builder
     */
    public Builder odoo(OdooClient odoo) {
      this.odoo = Objects.requireNonNull(odoo, "odoo");
      return this;
    }

    /**
     * Sets the TMS adapter (required).
     *
     * @param adapter the adapter
     * @return this builder
     */
    public Builder adapter(TmsAdapter adapter) {
      this.adapter = Objects.requireNonNull(adapter, "adapter");
      return this;
    }

    /**
     * Sets the idempotency store (required); share it between instances of the host application.
     *
     * @param store the store
     * @return this builder
     */
    public Builder idempotencyStore(IdempotencyStore store) {
      this.idempotencyStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the outbox store the events are written to (required).
     *
     * @param store the store
     * @return this builder
     */
    public Builder outboxStore(OutboxStore store) {
      this.outboxStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets where refused tenders, counter-offers and delays become activities, with their assignees
     * and deadlines (default: {@code Escalations} on the same client, unassigned, due in one day).
     *
     * @param escalations the escalations
     * @return this builder
     */
    public Builder escalations(Escalations escalations) {
      this.escalations = Objects.requireNonNull(escalations, "escalations");
      return this;
    }

    /**
     * Maps a carrier's SCAC to the Odoo delivery method written to the picking's {@code
     * carrier_id}. Carriers not mapped are looked up by name among the delivery methods; when none
     * matches, {@code carrier_id} is left as it is and the carrier is named in the chatter.
     *
     * @param scac the carrier's SCAC, for example {@code ODFL}
     * @param deliveryCarrierId the {@code delivery.carrier} id
     * @return this builder
     */
    public Builder carrier(String scac, long deliveryCarrierId) {
      Objects.requireNonNull(scac, "scac");
      if (deliveryCarrierId <= 0) {
        throw new IllegalArgumentException(
            "deliveryCarrierId must be a delivery.carrier id: " + deliveryCarrierId);
      }
      carriers.put(scac, deliveryCarrierId);
      return this;
    }

    /**
     * Sets how much later than the scheduled date a new ETA may be before it counts as a delay and
     * raises an activity (default one hour). Updates of type {@code DELAYED} always do.
     *
     * @param tolerance the tolerance, not negative
     * @return this builder
     */
    public Builder delayTolerance(Duration tolerance) {
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException("delayTolerance must not be negative: " + tolerance);
      }
      this.delayTolerance = tolerance;
      return this;
    }

    /**
     * Sets the dock or facility name dock appointments are booked at (default {@code MAIN}).
     *
     * @param dock the name the TMS knows it by
     * @return this builder
     */
    public Builder dock(String dock) {
      Objects.requireNonNull(dock, "dock");
      if (dock.isBlank()) {
        throw new IllegalArgumentException("dock is blank");
      }
      this.dock = dock;
      return this;
    }

    /**
     * Sets the clock (default system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the integration.
     *
     * @return the integration
     * @throws NullPointerException if a required setting is missing, naming it
     */
    public TransportIntegration build() {
      OdooClient client = Objects.requireNonNull(odoo, "odoo");
      return DefaultTransportIntegration.create(
          new TransportSettings(
              client,
              Objects.requireNonNull(adapter, "adapter"),
              Objects.requireNonNull(idempotencyStore, "idempotencyStore"),
              Objects.requireNonNull(outboxStore, "outboxStore"),
              escalations != null
                  ? escalations
                  : Escalations.builder().odoo(client).clock(clock).build(),
              Map.copyOf(carriers),
              delayTolerance,
              dock,
              clock));
    }
  }
}
