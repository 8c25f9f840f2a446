package io.github.odooconnector.finance.api;

import java.util.List;
import java.util.Objects;

/**
 * What a done delivery did to invoicing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the delivery's id
 * @param picking the delivery's name, for example {@code WH/OUT/00012}
 * @param saleOrder the sale order's name, or null when the delivery has none
 * @param status what happened
 * @param invoiceIds the customer invoices ({@code account.move}) created for this delivery
 * @param posted whether they were posted
 * @param reasons why nothing was invoiced, one readable line each (empty when invoiced)
 */
public record InvoiceOutcome(
    long pickingId,
    String picking,
    String saleOrder,
    Status status,
    List<Long> invoiceIds,
    boolean posted,
    List<String> reasons) {

  /** What a done delivery did to invoicing. */
  public enum Status {
    /** A customer invoice was created (and posted, if configured). */
    INVOICED,
    /** The policy invoices whole orders and the order is not fully delivered yet. */
    WAITING_FOR_FULL_DELIVERY,
    /** Everything delivered was invoiced already. */
    NOTHING_TO_INVOICE,
    /**
     * Odoo would invoice more than was delivered (a product invoiced on ordered quantities):
     * nothing was created, see the reasons.
     */
    REVIEW_REQUIRED,
    /** The policy is {@link InvoicingPolicy#NEVER}. */
    NOT_INVOICED_BY_POLICY,
    /** The picking is not a delivery of a sale order (a receipt, an internal transfer). */
    NOT_A_SALE_DELIVERY
  }

  /**
   * Checks and copies the components.
   *
   * @param pickingId see the record description
   * @param picking see the record description
   * @param saleOrder see the record description
   * @param status see the record description
   * @param invoiceIds see the record description
   * @param posted see the record description
   * @param reasons see the record description
   */
  public InvoiceOutcome {
    Objects.requireNonNull(picking, "picking");
    Objects.requireNonNull(status, "status");
    invoiceIds = List.copyOf(invoiceIds);
    reasons = List.copyOf(reasons);
  }
}
