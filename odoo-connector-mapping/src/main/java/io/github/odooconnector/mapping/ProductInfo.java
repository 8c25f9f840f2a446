package io.github.odooconnector.mapping;

import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import java.util.Objects;

/**
 * The facts about an Odoo {@code product.product} the logistics workflows need.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the product id
 * @param sku the SKU (default_code)
 * @param name the display name
 * @param unit the product's unit of measure
 * @param tracking {@code none}, {@code lot} or {@code serial}
 */
public record ProductInfo(long id, Sku sku, String name, UnitOfMeasure unit, String tracking) {

  /**
   * Validates.
   *
   * @param id the id
   * @param sku the SKU
   * @param name the name
   * @param unit the unit
   * @param tracking the tracking mode
   */
  public ProductInfo {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unit, "unit");
    name = name == null ? sku.value() : name;
    tracking = tracking == null ? "none" : tracking;
  }

  /**
   * Whether Odoo tracks lots or serials for this product.
   *
   * @return true for lot or serial tracking
   */
  public boolean isTracked() {
    return !"none".equals(tracking);
  }

  /**
   * Whether Odoo tracks serial numbers (one unit per serial).
   *
   * @return true for serial tracking
   */
  public boolean isSerial() {
    return "serial".equals(tracking);
  }
}
