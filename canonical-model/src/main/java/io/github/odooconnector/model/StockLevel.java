package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.NonNegativeQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Stock of one product (and lot) at one location at a point in time.
 *
 * <p>Immutable and thread-safe. Create with {@link #of(Sku, LocationRef, Quantity)} (which
 * validates) or the canonical constructor (which does not; use {@link CanonicalValidator}).
 *
 * @param sku the product
 * @param location where the stock is
 * @param lotNumber lot/batch number, or null for untracked or all lots
 * @param onHand physical quantity; may be negative when the source system allows negative stock
 * @param reserved quantity reserved for open orders, or null when unknown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StockLevel(
    @NotNull @Valid Sku sku,
    @NotNull @Valid LocationRef location,
    @Size(max = 128) String lotNumber,
    @NotNull @Valid Quantity onHand,
    @Valid @NonNegativeQuantity Quantity reserved) {

  /**
   * Creates a level without lot and reservation.
   *
   * @param sku product
   * @param location location
   * @param onHand on-hand quantity
   * @return the level
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static StockLevel of(Sku sku, LocationRef location, Quantity onHand) {
    return Factories.requireValid(new StockLevel(sku, location, null, onHand, null));
  }

  /**
   * On-hand minus reserved quantity (on-hand when nothing is reserved), in the on-hand unit.
   *
   * @return the available quantity
   * @throws IncompatibleUnitsException if reserved and on-hand units are unrelated
   */
  public Quantity available() {
    return reserved == null ? onHand : onHand.minus(reserved);
  }

  /**
   * Lot/batch number, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }

  /**
   * Quantity reserved for open orders, if present.
   *
   * @return {@link #reserved()}, or empty when it is null
   */
  public Optional<Quantity> optionalReserved() {
    return Optional.ofNullable(reserved);
  }
}
