package io.github.odooconnector.finance.api;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.finance.internal.DefaultFinanceIntegration;
import io.github.odooconnector.finance.internal.FinanceSettings;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import java.time.Clock;
import java.util.Objects;

/**
 * Accounting steps triggered by logistics facts:
 *
 * <ul>
 *   <li>{@link #deliveryDone(long)}: after a delivery is done, the customer invoice for what was
 *       delivered is created (and posted, if configured) per {@link InvoicingPolicy}, through
 *       Odoo's "Create invoice" wizard ({@code sale.advance.payment.inv}, regular invoice) as the
 *       web client does it, because {@code sale.order._create_invoices} is private. Odoo invoices
 *       what each line has delivered and not invoiced; a product invoiced on ordered quantities
 *       would be invoiced beyond the delivery, so such an order is reported for review instead.
 *   <li>{@link #receiptDone(long)}: after a receipt is done, vendor bill lines whose billed
 *       quantity differs from the received quantity are flagged with one activity per bill.
 * </ul>
 *
 * <p>Exactly once per delivery or receipt: each trigger runs under an {@code Idempotent} key per
 * picking, so a replayed trigger returns the first outcome, also from another instance sharing the
 * store. The invoice is tagged with the delivery's name ({@code ref}); if a first attempt created
 * it and failed before it could record that (a lost answer), the retry finds the untagged invoice
 * of the order instead of creating another. Invoices created are published to the outbox as {@link
 * #INVOICE_CREATED} events, bill mismatches as {@link #VENDOR_BILL_MISMATCH}.
 *
 * <p>Implementations are thread-safe. Create with {@link #builder()}.
 */
public interface FinanceIntegration {

  /** Event type: a delivery created a customer invoice; payload {@link InvoiceOutcome}. */
  String INVOICE_CREATED = "invoice.created_after_delivery";

  /** Event type: vendor bills differ from a receipt; payload {@link BillCheckOutcome}. */
  String VENDOR_BILL_MISMATCH = "vendor_bill.quantity_mismatch";

  /**
   * Invoices a done delivery per the policy.
   *
   * @param pickingId the done outgoing picking
   * @return what was created, or why nothing was
   * @throws FinanceWorkflowException if the picking does not exist or is not done
   */
  InvoiceOutcome deliveryDone(long pickingId);

  /**
   * Checks the vendor bills of a done receipt's purchase order against the received quantities.
   *
   * @param pickingId the done incoming picking
   * @return the mismatches found and the activities raised
   * @throws FinanceWorkflowException if the picking does not exist or is not done
   */
  BillCheckOutcome receiptDone(long pickingId);

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FinanceIntegration}. Not thread-safe. */
  final class Builder {
    private OdooClient odoo;
    private IdempotencyStore idempotencyStore;
    private OutboxStore outboxStore;
    private Escalations escalations;
    private InvoicingPolicy policy = InvoicingPolicy.PER_DELIVERY;
    private boolean postInvoices;
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
     * Sets where bill mismatches become activities (default: {@code Escalations} on the same
     * client, unassigned, due in one day).
     *
     * @param escalations the escalations
     * @return this builder
     */
    public Builder escalations(Escalations escalations) {
      this.escalations = Objects.requireNonNull(escalations, "escalations");
      return this;
    }

    /**
     * Sets when deliveries create invoices (default {@link InvoicingPolicy#PER_DELIVERY}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder invoicingPolicy(InvoicingPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets whether created invoices are posted at once (default false: left in draft for review, as
     * the web client does).
     *
     * @param post whether to post
     * @return this builder
     */
    public Builder postInvoices(boolean post) {
      this.postInvoices = post;
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
    public FinanceIntegration build() {
      OdooClient client = Objects.requireNonNull(odoo, "odoo");
      return DefaultFinanceIntegration.create(
          new FinanceSettings(
              client,
              Objects.requireNonNull(idempotencyStore, "idempotencyStore"),
              Objects.requireNonNull(outboxStore, "outboxStore"),
              escalations != null
                  ? escalations
                  : Escalations.builder().odoo(client).clock(clock).build(),
              policy,
              postInvoices,
              clock));
    }
  }
}
