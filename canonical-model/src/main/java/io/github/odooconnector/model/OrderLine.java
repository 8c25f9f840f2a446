package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * One line of a {@link SalesOrder}: what the customer ordered, how many, at what price.
 *
 * <p>Immutable and thread-safe. Create with {@link #of(String, Sku, Quantity)} (which validates) or
 * the canonical constructor (which does not; use {@link CanonicalValidator}).
 *
 * @param lineId line identifier, unique within the order (for example the Odoo {@code
 *     sale.order.line} id)
 * @param sku the ordered product
 * @param gtin the product's GTIN, or null
 * @param description line description as shown to the customer, or null
 * @param quantity ordered quantity, greater than zero
 * @param unitPrice unit price, or null when prices are not exchanged
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Valid Gtin gtin,
    @Size(max = 1000) String description,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Valid Money unitPrice) {

  /**
   * Creates a line without GTIN, description and price.
   *
   * @param lineId line identifier
   * @param sku product
   * @param quantity ordered quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static OrderLine of(String lineId, Sku sku, Quantity quantity) {
    return Factories.requireValid(new OrderLine(lineId, sku, null, null, quantity, null));
  }

  /**
   * The GTIN if known.
   *
   * @return the gtin if present
   */
  public Optional<Gtin> optionalGtin() {
    return Optional.ofNullable(gtin);
  }

  /**
   * The unit price if known.
   *
   * @return the unitPrice if present
   */
  public Optional<Money> optionalUnitPrice() {
    return Optional.ofNullable(unitPrice);
  }

  /**
   * Line description as shown to the customer, if present.
   *
   * @return {@link #description()}, or empty when it is null
   */
  public Optional<String> optionalDescription() {
    return Optional.ofNullable(description);
  }
}
