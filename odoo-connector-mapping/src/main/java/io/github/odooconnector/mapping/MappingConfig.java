package io.github.odooconnector.mapping;

import java.util.Objects;

/**
 * All mapping settings of one Odoo database: the field map of each model, the unit names, and the
 * WMS warehouse code Odoo stock maps to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param picking the {@code stock.picking} map
 * @param move the {@code stock.move} map
 * @param moveLine the {@code stock.move.line} map
 * @param quant the {@code stock.quant} map
 * @param saleOrder the {@code sale.order} map
 * @param purchaseOrder the {@code purchase.order} map
 * @param product the {@code product.product} map
 * @param partner the {@code res.partner} map
 * @param units Odoo unit names to canonical units
 * @param warehouse the warehouse code used in canonical documents (for example {@code WH})
 */
public record MappingConfig(
    FieldMap picking,
    FieldMap move,
    FieldMap moveLine,
    FieldMap quant,
    FieldMap saleOrder,
    FieldMap purchaseOrder,
    FieldMap product,
    FieldMap partner,
    UnitOfMeasureMap units,
    String warehouse) {

  /**
   * Validates.
   *
   * @param picking the picking map
   * @param move the move map
   * @param moveLine the move line map
   * @param quant the quant map
   * @param saleOrder the sale order map
   * @param purchaseOrder the purchase order map
   * @param product the product map
   * @param partner the partner map
   * @param units the unit names
   * @param warehouse the warehouse code
   */
  public MappingConfig {
    requireModel(picking, StandardFieldMaps.PICKING);
    requireModel(move, StandardFieldMaps.MOVE);
    requireModel(moveLine, StandardFieldMaps.MOVE_LINE);
    requireModel(quant, StandardFieldMaps.QUANT);
    requireModel(saleOrder, StandardFieldMaps.SALE_ORDER);
    requireModel(purchaseOrder, StandardFieldMaps.PURCHASE_ORDER);
    requireModel(product, StandardFieldMaps.PRODUCT);
    requireModel(partner, StandardFieldMaps.PARTNER);
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(warehouse, "warehouse");
    if (warehouse.isBlank()) {
      throw new IllegalArgumentException("warehouse must not be blank");
    }
  }

  private static void requireModel(FieldMap map, String model) {
    Objects.requireNonNull(map, model);
    if (!map.model().equals(model)) {
      throw new IllegalArgumentException("field map for " + model + " describes " + map.model());
    }
  }

  /**
   * The standard Odoo 17/18/19 maps, default unit names and warehouse {@code WH}.
   *
   * @return the defaults
   */
  public static MappingConfig defaults() {
    return new MappingConfig(
        StandardFieldMaps.picking(),
        StandardFieldMaps.move(),
        StandardFieldMaps.moveLine(),
        StandardFieldMaps.quant(),
        StandardFieldMaps.saleOrder(),
        StandardFieldMaps.purchaseOrder(),
        StandardFieldMaps.product(),
        StandardFieldMaps.partner(),
        UnitOfMeasureMap.defaults(),
        "WH");
  }

  /**
   * Returns a copy with another picking map.
   *
   * @param map the map
   * @return the copy
   */
  public MappingConfig withPicking(FieldMap map) {
    return new MappingConfig(
        map, move, moveLine, quant, saleOrder, purchaseOrder, product, partner, units, warehouse);
  }

  /**
   * Returns a copy with another product map.
   *
   * @param map the map
   * @return the copy
   */
  public MappingConfig withProduct(FieldMap map) {
    return new MappingConfig(
        picking, move, moveLine, quant, saleOrder, purchaseOrder, map, partner, units, warehouse);
  }

  /**
   * Returns a copy with another partner map.
   *
   * @param map the map
   * @return the copy
   */
  public MappingConfig withPartner(FieldMap map) {
    return new MappingConfig(
        picking, move, moveLine, quant, saleOrder, purchaseOrder, product, map, units, warehouse);
  }

  /**
   * Returns a copy with other unit names.
   *
   * @param map the unit names
   * @return the copy
   */
  public MappingConfig withUnits(UnitOfMeasureMap map) {
    return new MappingConfig(
        picking, move, moveLine, quant, saleOrder, purchaseOrder, product, partner, map, warehouse);
  }

  /**
   * Returns a copy with another warehouse code.
   *
   * @param code the warehouse code
   * @return the copy
   */
  public MappingConfig withWarehouse(String code) {
    return new MappingConfig(
        picking, move, moveLine, quant, saleOrder, purchaseOrder, product, partner, units, code);
  }
}
