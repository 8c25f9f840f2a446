package io.github.odooconnector.wms.api;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import java.time.Instant;
import java.util.Objects;

/**
 * Stock of a lot whose expiration date has passed and that Odoo still holds in a stock location (an
 * internal location of the warehouse that is not the configured quarantine or damaged location), so
 * Odoo may still reserve and ship it. Found by the reconciliation when the database has the lot
 * expiration dates of the module {@code product_expiry}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sku the product
 * @param lotNumber the lot (or serial) number
 * @param location the Odoo location (complete name, for example {@code WH/Stock})
 * @param quantity the quantity Odoo holds there, in the product's unit
 * @param expirationDate the lot's expiration date ({@code stock.lot.expiration_date})
 */
public record ExpiredStock(
    Sku sku, String lotNumber, String location, Quantity quantity, Instant expirationDate) {

  /**
   * Validates.
   *
   * @param sku the product
   * @param lotNumber the lot
   * @param location the location
   * @param quantity the quantity
   * @param expirationDate the expiration date
   */
  public ExpiredStock {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(lotNumber, "lotNumber");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(expirationDate, "expirationDate");
  }
}
