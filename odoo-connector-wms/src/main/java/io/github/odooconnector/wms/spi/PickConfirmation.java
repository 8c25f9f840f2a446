package io.github.odooconnector.wms.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The WMS finished picking an order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fulfillmentOrderId the order as released
 * @param lines one entry per released line
 * @param completedAt when picking finished
 */
public record PickConfirmation(
    String fulfillmentOrderId, List<PickedLine> lines, Instant completedAt) {

  /**
   * Validates and copies.
   *
   * @param fulfillmentOrderId the order id
   * @param lines the lines
   * @param completedAt when picking finished
   */
  public PickConfirmation {
    Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId");
    lines = List.copyOf(lines);
    Objects.requireNonNull(completedAt, "completedAt");
  }

  /**
   * Whether any line was picked short.
   *
   * @return true when at least one line is short
   */
  public boolean hasShortPicks() {
    return lines.stream().anyMatch(PickedLine::isShort);
  }

  /**
   * Whether any line was substituted.
   *
   * @return true when at least one line has another SKU than ordered
   */
  public boolean hasSubstitutions() {
    return lines.stream().anyMatch(PickedLine::isSubstitution);
  }
}
