package io.github.odooconnector.supplier.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying a purchase order acknowledgement did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param purchaseOrder the Odoo purchase order's name, for example {@code P00017}
 * @param status what happened
 * @param changes the changes written to Odoo, one readable line each (empty unless {@link
 *     Status#APPLIED} or {@link Status#CANCELLED})
 * @param reviewReasons why the acknowledgement needs review (empty unless {@link
 *     Status#REVIEW_REQUIRED})
 * @param reviewActivityId the {@code mail.activity} raised for review, or null (also when the
 *     review went to a {@link SupplierIncidentListener}, which decides where it goes)
 */
public record AcknowledgementOutcome(
    String purchaseOrder,
    Status status,
    List<String> changes,
    List<String> reviewReasons,
    Long reviewActivityId) {

  /** What happened to an acknowledgement. */
  public enum Status {
    /** The supplier accepted the order as sent; nothing was written. */
    UNCHANGED,
    /** Every change was within the policy and was written to the order. */
    APPLIED,
    /** A change was outside the policy: nothing was written, a review activity was raised. */
    REVIEW_REQUIRED,
    /** The supplier rejected the order and the policy cancels it: the order was cancelled. */
    CANCELLED
  }

  /**
   * Copies the lists.
   *
   * @param purchaseOrder see the record description
   * @param status see the record description
   * @param changes see the record description
   * @param reviewReasons see the record description
   * @param reviewActivityId see the record description
   */
  public AcknowledgementOutcome {
    Objects.requireNonNull(purchaseOrder, "purchaseOrder");
    Objects.requireNonNull(status, "status");
    changes = List.copyOf(changes);
    reviewReasons = List.copyOf(reviewReasons);
  }

  /**
   * The review activity, if one was raised.
   *
   * @return its id
   */
  public Optional<Long> optionalReviewActivityId() {
    return Optional.ofNullable(reviewActivityId);
  }
}
