package io.github.odooconnector.finance.api;

import java.util.List;
import java.util.Objects;

/**
 * What checking the vendor bills after a done receipt found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the receipt's id
 * @param picking the receipt's name
 * @param purchaseOrder the purchase order's name, or null when the receipt has none
 * @param mismatches the bill lines whose billed quantity differs from the received one
 * @param activityIds the {@code mail.activity} raised on each bill with a mismatch
 */
public record BillCheckOutcome(
    long pickingId,
    String picking,
    String purchaseOrder,
    List<BillLineMismatch> mismatches,
    List<Long> activityIds) {

  /**
   * Checks and copies the components.
   *
   * @param pickingId see the record description
   * @param picking see the record description
   * @param purchaseOrder see the record description
   * @param mismatches see the record description
   * @param activityIds see the record description
   */
  public BillCheckOutcome {
    Objects.requireNonNull(picking, "picking");
    mismatches = List.copyOf(mismatches);
    activityIds = List.copyOf(activityIds);
  }
}
