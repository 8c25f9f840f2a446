package io.github.odooconnector.supplier.api;

import java.util.List;
import java.util.Objects;

/**
 * What applying a supplier's ship notice to the incoming picking did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param purchaseOrder the Odoo purchase order's name
 * @param picking the incoming picking's name, for example {@code WH/IN/00005}
 * @param changes what was written, one readable line each
 * @param unmatchedLines notice lines with no product on the picking (raised for review, not added)
 * @param packages the names of the Odoo packages the notice's pallets and cartons became (their
 *     SSCC, else {@code <purchase order>/<unit id>}), in notice order
 */
public record ShipNoticeOutcome(
    String purchaseOrder,
    String picking,
    List<String> changes,
    List<String> unmatchedLines,
    List<String> packages) {

  /**
   * Copies the lists.
   *
   * @param purchaseOrder see the record description
   * @param picking see the record description
   * @param changes see the record description
   * @param unmatchedLines see the record description
   * @param packages see the record description
   */
  public ShipNoticeOutcome {
    Objects.requireNonNull(purchaseOrder, "purchaseOrder");
    Objects.requireNonNull(picking, "picking");
    changes = List.copyOf(changes);
    unmatchedLines = List.copyOf(unmatchedLines);
    packages = packages == null ? List.of() : List.copyOf(packages);
  }
}
