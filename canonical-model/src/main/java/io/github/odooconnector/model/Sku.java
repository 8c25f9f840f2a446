package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.odooconnector.model.constraints.ValidSku;

/**
 * A stock keeping unit: the seller's own product code (Odoo {@code product.product.default_code}).
 *
 * <p>Serialized as a plain JSON string. Surrounding white space is stripped; the code is otherwise
 * kept verbatim (SKUs are case-sensitive in Odoo). Same design as {@link Gtin}: the constructor
 * never throws and a class-level {@link ValidSku} constraint reports a bad SKU at the property
 * holding it, together with every other violation of the document; {@link #of(String)} is the
 * fail-fast factory for code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the code: 1 to 128 characters, no control characters
 */
@ValidSku
public record Sku(@JsonValue String value) {

  /**
   * Normalizes surrounding white space; never throws.
   *
   * @param value the code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Sku {
    value = value == null ? null : value.strip();
  }

  /**
   * Creates a validated SKU.
   *
   * @param value the code
   * @return the SKU
   * @throws CanonicalValidationException if the code is blank, too long or contains control
   *     characters
   */
  public static Sku of(String value) {
    return CanonicalValidator.requireValid(new Sku(value));
  }

  /**
   * Returns the code itself.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
