package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * One line of a {@link FulfillmentOrder}: a product and quantity to pick and ship.
 *
 * <p>Immutable and thread-safe. The constructor does not validate (use {@link CanonicalValidator});
 * lists are defensively copied and never null.
 *
 * @param lineId line identifier, unique within the fulfillment order (for example the Odoo {@code
 *     stock.move} id)
 * @param sku the product to pick
 * @param gtin the product's GTIN for scan verification, or null
 * @param description description for the packing list, or null
 * @param quantity quantity to ship, greater than zero
 * @param lotNumber a specific lot to pick, or null for any lot
 * @param orderLineRef the sales order line this fulfills, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Valid Gtin gtin,
    @Size(max = 1000) String description,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Size(max = 128) String lotNumber,
    @Size(max = 128) String orderLineRef) {

  /**
   * Creates a line with only product and quantity.
   *
   * @param lineId line identifier
   * @param sku product
   * @param quantity quantity to ship
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static FulfillmentLine of(String lineId, Sku sku, Quantity quantity) {
    return Factories.requireValid(
        new FulfillmentLine(lineId, sku, null, null, quantity, null, null));
  }

  /**
   * The product's GTIN for scan verification, if present.
   *
   * @return {@link #gtin()}, or empty when it is null
   */
  public Optional<Gtin> optionalGtin() {
    return Optional.ofNullable(gtin);
  }

  /**
   * Description for the packing list, if present.
   *
   * @return {@link #description()}, or empty when it is null
   */
  public Optional<String> optionalDescription() {
    return Optional.ofNullable(description);
  }

  /**
   * A specific lot to pick, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }

  /**
   * The sales order line this fulfills, if present.
   *
   * @return {@link #orderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderLineRef() {
    return Optional.ofNullable(orderLineRef);
  }
}
