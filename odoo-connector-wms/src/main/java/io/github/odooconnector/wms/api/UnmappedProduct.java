package io.github.odooconnector.wms.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product Odoo holds stock of that a reconciliation could not compare with the WMS, because it
 * cannot be mapped to a canonical product: typically no internal reference ({@code default_code},
 * the SKU), or a unit of measure the mapping does not know. Reported, never fatal: give the product
 * an internal reference (or map its unit) for the next run to compare it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param productId the {@code product.product} id
 * @param name the product's display name in Odoo
 * @param odooQuantity what Odoo holds in internal locations, in the product's own unit
 * @param reason why it cannot be mapped, naming the record and field
 */
public record UnmappedProduct(long productId, String name, BigDecimal odooQuantity, String reason) {

  /**
   * Validates.
   *
   * @param productId the product id
   * @param name the display name
   * @param odooQuantity the quantity in Odoo
   * @param reason why it cannot be mapped
   */
  public UnmappedProduct {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(odooQuantity, "odooQuantity");
    Objects.requireNonNull(reason, "reason");
  }
}
