package io.github.odooconnector.supplier.api;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.supplier.internal.DefaultSupplierIntegration;
import io.github.odooconnector.supplier.internal.SupplierSettings;
import io.github.odooconnector.supplier.spi.SupplierAdapter;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Procure-to-pay between Odoo and a supplier: sends confirmed purchase orders, applies the
 * supplier's acknowledgement to the order by {@link AcknowledgementPolicy} (or raises it for a
 * buyer's review), and updates the incoming picking from the supplier's ship notice before the
 * goods arrive, so that the warehouse receives against what was actually shipped.
 *
 * <p>Every operation is idempotent (an {@code Idempotent} key per order, acknowledgement or
 * notice): a replayed document returns the first outcome and writes nothing. The facts are
 * published to the outbox as events of source {@code supplier:<adapter>} with the types in this
 * interface.
 *
 * <p>Implementations are thread-safe. Create with {@link #builder()}.
 */
public interface SupplierIntegration {

  /** Event type: a purchase order was sent; payload {@link TransmissionOutcome}. */
  String PURCHASE_ORDER_TRANSMITTED = "purchase_order.transmitted";

  /** Event type: an acknowledgement was applied or raised for review; payload the outcome. */
  String PURCHASE_ORDER_ACKNOWLEDGED = "purchase_order.acknowledged";

  /** Event type: a ship notice updated the incoming picking; payload {@link ShipNoticeOutcome}. */
  String SHIP_NOTICE_APPLIED = "receipt.ship_notice_applied";

  /**
   * Reads a confirmed purchase order from Odoo and sends it to the supplier; the supplier's
   * reference is written to the order's vendor reference ({@code partner_ref}).
   *
   * @param purchaseOrderName the order's name, for example {@code P00017}
   * @return the order as sent and the supplier's reference
   * @throws SupplierWorkflowException if the order does not exist or is not confirmed
   * @throws io.github.odooconnector.supplier.spi.SupplierException what the adapter threw
   */
  TransmissionOutcome transmit(String purchaseOrderName);

  /**
   * Applies the supplier's answer to the purchase order it names, by the configured policy.
   *
   * @param acknowledgement the acknowledgement; line ids are the order's line ids as sent
   * @return what was written or why it needs review
   * @throws SupplierWorkflowException if the order does not exist
   */
  AcknowledgementOutcome applyAcknowledgement(PurchaseOrderAcknowledgement acknowledgement);

  /**
   * Updates the order's open incoming picking from the supplier's ship notice: expected arrival as
   * the scheduled date, expected quantities as the moves' demand, lots as prefilled operations, and
   * the notice's pallets and cartons as Odoo packages ({@code stock.quant.package} on 17/18, {@code
   * stock.package} on 19, nested in their pallet where the version has {@code parent_package_id})
   * set as {@code result_package_id} on the move lines of the quantities packed in them.
   *
   * <p>The same notice applied again changes nothing; a corrected notice (same id, other content,
   * or a new notice for the same order) replaces what the previous one wrote, reusing the packages
   * of the units it names again.
   *
   * @param notice the notice, with the purchase order's name as {@code purchaseOrderRef}
   * @return what was written
   * @throws SupplierWorkflowException if the order or its open receipt does not exist
   */
  ShipNoticeOutcome applyShipNotice(PackedShipNotice notice);

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link SupplierIntegration}. Not thread-safe. */
  final class Builder {
    private OdooClient odoo;
    private SupplierAdapter adapter;
    private IdempotencyStore idempotencyStore;
    private OutboxStore outboxStore;
    private AcknowledgementPolicy policy = AcknowledgementPolicy.defaults();
    private Long reviewer;
    private Duration reviewDeadline = Duration.ofDays(1);
    private Clock clock = Clock.systemUTC();
    private SupplierIncidentListener incidentListener;

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
     * Sets the supplier adapter (required).
     *
     * @param adapter the adapter
     * @return this builder
     */
    public Builder adapter(SupplierAdapter adapter) {
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
     * Sets which acknowledgement changes are applied (default {@link
     * AcknowledgementPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder acknowledgementPolicy(AcknowledgementPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the Odoo user ({@code res.users} id) review activities are assigned to (default: the
     * order's buyer, else unassigned).
     *
     * @param userId the user id
     * @return this builder
     */
    public Builder reviewer(long userId) {
      this.reviewer = userId;
      return this;
    }

    /**
     * Sets how long a buyer has to review (the activity's deadline; default one day, rounded up to
     * whole days).
     *
     * @param deadline the time allowed
     * @return this builder
     */
    public Builder reviewDeadline(Duration deadline) {
      if (deadline.isNegative()) {
        throw new IllegalArgumentException("reviewDeadline must not be negative: " + deadline);
      }
      this.reviewDeadline = deadline;
      return this;
    }

    /**
     * Sets who hears about incidents: acknowledgements raised for review, late deliveries and ship
     * notices that do not match the order (for example {@code
     * SupplierEscalation.listener(escalations)} of {@code odoo-connector-escalation}). Without a
     * listener, reviews and mismatches become plain activities on the order or picking (assigned to
     * {@link #reviewer(long)}, due after {@link #reviewDeadline(Duration)}) and late deliveries are
     * only in the chatter; with one, the listener gets them instead.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder incidentListener(SupplierIncidentListener listener) {
      this.incidentListener = Objects.requireNonNull(listener, "listener");
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
    public SupplierIntegration build() {
      return DefaultSupplierIntegration.create(
          new SupplierSettings(
              Objects.requireNonNull(odoo, "odoo"),
              Objects.requireNonNull(adapter, "adapter"),
              Objects.requireNonNull(idempotencyStore, "idempotencyStore"),
              Objects.requireNonNull(outboxStore, "outboxStore"),
              policy,
              reviewer,
              reviewDeadline,
              clock,
              incidentListener));
    }
  }
}
