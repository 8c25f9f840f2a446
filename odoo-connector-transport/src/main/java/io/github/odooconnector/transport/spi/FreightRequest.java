package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Weight;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A load to move: what the TMS quotes and what a tender offers to a carrier.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipperReference our reference for the load, the Odoo picking's name (for example {@code
 *     WH/OUT/00012}); the TMS echoes it in its updates
 * @param direction outbound (delivery) or inbound (receipt)
 * @param shipFrom where the freight is picked up
 * @param shipTo where it is delivered
 * @param readyAt when the freight is ready for pickup (the picking's scheduled date)
 * @param deliverBy the latest delivery the customer accepts, or null
 * @param weight the gross weight
 */
public record FreightRequest(
    String shipperReference,
    FreightDirection direction,
    Party shipFrom,
    Party shipTo,
    Instant readyAt,
    Instant deliverBy,
    Weight weight) {

  /**
   * Checks the components.
   *
   * @param shipperReference see the record description
   * @param direction see the record description
   * @param shipFrom see the record description
   * @param shipTo see the record description
   * @param readyAt see the record description
   * @param deliverBy see the record description
   * @param weight see the record description
   */
  public FreightRequest {
    requireText(shipperReference, "shipperReference");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(shipFrom, "shipFrom");
    Objects.requireNonNull(shipTo, "shipTo");
    Objects.requireNonNull(readyAt, "readyAt");
    Objects.requireNonNull(weight, "weight");
    if (deliverBy != null && deliverBy.isBefore(readyAt)) {
      throw new IllegalArgumentException(
          "deliverBy " + deliverBy + " is before readyAt " + readyAt + " for " + shipperReference);
    }
  }

  /**
   * The latest delivery accepted, if any.
   *
   * @return the instant
   */
  public Optional<Instant> optionalDeliverBy() {
    return Optional.ofNullable(deliverBy);
  }
}
