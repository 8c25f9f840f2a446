package io.github.odooconnector.finance.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A vendor bill line whose purchase line was billed in another quantity than received.
 *
 * <p>Immutable and thread-safe.
 *
 * @param billId the vendor bill ({@code account.move})
 * @param billLineId the bill line ({@code account.move.line})
 * @param purchaseLineId the purchase order line it bills
 * @param product the product's display name
 * @param billed the quantity billed on all the line's bills (credit notes subtracted)
 * @param received the quantity received
 */
public record BillLineMismatch(
    long billId,
    long billLineId,
    long purchaseLineId,
    String product,
    BigDecimal billed,
    BigDecimal received) {

  /**
   * Checks the components.
   *
   * @param billId see the record description
   * @param billLineId see the record description
   * @param purchaseLineId see the record description
   * @param product see the record description
   * @param billed see the record description
   * @param received see the record description
   */
  public BillLineMismatch {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(billed, "billed");
    Objects.requireNonNull(received, "received");
  }
}
