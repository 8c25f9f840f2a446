package io.github.odooconnector.mapping;

import io.github.odooconnector.model.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * The facts about an Odoo {@code stock.move} the logistics workflows need, quantities in the move's
 * unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the move id
 * @param product the product
 * @param demand the quantity ordered (product_uom_qty)
 * @param quantity the quantity reserved/picked so far
 * @param state the move state ({@code assigned}, {@code done}, ...)
 * @param moveLineIds the move's detailed operations
 * @param sourceLocationId the source location id
 * @param destinationLocationId the destination location id
 */
public record MoveInfo(
    long id,
    ProductInfo product,
    Quantity demand,
    Quantity quantity,
    String state,
    List<Long> moveLineIds,
    long sourceLocationId,
    long destinationLocationId) {

  /**
   * Validates and copies.
   *
   * @param id the id
   * @param product the product
   * @param demand the demand
   * @param quantity the quantity
   * @param state the state
   * @param moveLineIds the move lines
   * @param sourceLocationId the source location
   * @param destinationLocationId the destination location
   */
  public MoveInfo {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(quantity, "quantity");
    state = state == null ? "" : state;
    moveLineIds = List.copyOf(moveLineIds);
  }
}
