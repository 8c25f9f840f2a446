package io.github.odooconnector.mapping;

import io.github.odooconnector.core.api.ServerVersion;
import java.util.Objects;

/**
 * The default {@link FieldMap}s for the Odoo models the logistics workflows read and write, valid
 * for Odoo 17, 18 and 19 (all three use {@code stock.move.quantity} for the done quantity and the
 * {@code picked} flag; Odoo 16's {@code quantity_done} is not supported). The order-line maps take
 * the server's version, because Odoo 19 renamed their unit field.
 *
 * <p>Each method documents its keys. Override a key with {@link FieldMap#with(String, String)} and
 * add custom ({@code x_}) fields with {@link FieldMap#withCustom(String, String)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class StandardFieldMaps {

  /** {@code stock.picking}. */
  public static final String PICKING = "stock.picking";

  /** {@code stock.move}. */
  public static final String MOVE = "stock.move";

  /** {@code stock.move.line}. */
  public static final String MOVE_LINE = "stock.move.line";

  /** {@code stock.quant}. */
  public static final String QUANT = "stock.quant";

  /** {@code sale.order}. */
  public static final String SALE_ORDER = "sale.order";

  /** {@code purchase.order}. */
  public static final String PURCHASE_ORDER = "purchase.order";

  /** {@code sale.order.line}. */
  public static final String SALE_ORDER_LINE = "sale.order.line";

  /** {@code purchase.order.line}. */
  public static final String PURCHASE_ORDER_LINE = "purchase.order.line";

  /** {@code product.product}. */
  public static final String PRODUCT = "product.product";

  /** {@code res.partner}. */
  public static final String PARTNER = "res.partner";

  private StandardFieldMaps() {}

  /**
   * {@code stock.picking}: {@code reference} (name), {@code partner}, {@code pickingType}, {@code
   * pickingTypeCode} ({@code incoming}/{@code outgoing}/{@code internal}), {@code state}, {@code
   * scheduledDate}, {@code dateDone}, {@code origin}, {@code moves}, {@code moveLines}, {@code
   * sourceLocation}, {@code destinationLocation}, {@code carrier}, {@code trackingRef}, {@code
   * saleOrder}, {@code purchaseOrder}, {@code backorderOf}, {@code returnOf}, {@code company},
   * {@code priority}.
   *
   * @return the default map
   */
  public static FieldMap picking() {
    return FieldMap.builder(PICKING)
        .map("reference", "name")
        .map("partner", "partner_id")
        .map("pickingType", "picking_type_id")
        .map("pickingTypeCode", "picking_type_code")
        .map("state", "state")
        .map("scheduledDate", "scheduled_date")
        .map("dateDone", "date_done")
        .map("origin", "origin")
        .map("moves", "move_ids")
        .map("moveLines", "move_line_ids")
        .map("sourceLocation", "location_id")
        .map("destinationLocation", "location_dest_id")
        .map("carrier", "carrier_id")
        .map("trackingRef", "carrier_tracking_ref")
        .map("saleOrder", "sale_id")
        .map("purchaseOrder", "purchase_id")
        .map("backorderOf", "backorder_id")
        .map("returnOf", "return_id")
        .map("company", "company_id")
        .map("priority", "priority")
        .build();
  }

  /**
   * {@code stock.move}: {@code product}, {@code demand} (product_uom_qty), {@code quantity}
   * (done/picked quantity), {@code uom}, {@code picked}, {@code state}, {@code picking}, {@code
   * moveLines}, {@code sourceLocation}, {@code destinationLocation}, {@code saleLine}, {@code
   * purchaseLine}.
   *
   * @return the default map
   */
  public static FieldMap move() {
    return FieldMap.builder(MOVE)
        .map("product", "product_id")
        .map("demand", "product_uom_qty")
        .map("quantity", "quantity")
        .map("uom", "product_uom")
        .map("picked", "picked")
        .map("state", "state")
        .map("picking", "picking_id")
        .map("moveLines", "move_line_ids")
        .map("sourceLocation", "location_id")
        .map("destinationLocation", "location_dest_id")
        .map("saleLine", "sale_line_id")
        .map("purchaseLine", "purchase_line_id")
        .build();
  }

  /**
   * {@code stock.move.line}: {@code move}, {@code picking}, {@code product}, {@code quantity},
   * {@code uom}, {@code lot}, {@code lotName}, {@code package}, {@code resultPackage}, {@code
   * sourceLocation}, {@code destinationLocation}, {@code picked}.
   *
   * @return the default map
   */
  public static FieldMap moveLine() {
    return FieldMap.builder(MOVE_LINE)
        .map("move", "move_id")
        .map("picking", "picking_id")
        .map("product", "product_id")
        .map("quantity", "quantity")
        .map("uom", "product_uom_id")
        .map("lot", "lot_id")
        .map("lotName", "lot_name")
        .map("package", "package_id")
        .map("resultPackage", "result_package_id")
        .map("sourceLocation", "location_id")
        .map("destinationLocation", "location_dest_id")
        .map("picked", "picked")
        .build();
  }

  /**
   * {@code stock.quant}: {@code product}, {@code location}, {@code lot}, {@code quantity}, {@code
   * reserved} (reserved_quantity), {@code inventoryQuantity}.
   *
   * @return the default map
   */
  public static FieldMap quant() {
    return FieldMap.builder(QUANT)
        .map("product", "product_id")
        .map("location", "location_id")
        .map("lot", "lot_id")
        .map("quantity", "quantity")
        .map("reserved", "reserved_quantity")
        .map("inventoryQuantity", "inventory_quantity")
        .build();
  }

  /**
   * {@code sale.order}: {@code reference}, {@code partner}, {@code shippingPartner}, {@code state},
   * {@code orderDate}, {@code commitmentDate}, {@code customerReference} (client_order_ref), {@code
   * lines}, {@code pickings}, {@code carrier}, {@code warehouse}.
   *
   * @return the default map
   */
  public static FieldMap saleOrder() {
    return FieldMap.builder(SALE_ORDER)
        .map("reference", "name")
        .map("partner", "partner_id")
        .map("shippingPartner", "partner_shipping_id")
        .map("state", "state")
        .map("orderDate", "date_order")
        .map("commitmentDate", "commitment_date")
        .map("customerReference", "client_order_ref")
        .map("lines", "order_line")
        .map("pickings", "picking_ids")
        .map("carrier", "carrier_id")
        .map("warehouse", "warehouse_id")
        .build();
  }

  /**
   * {@code purchase.order}: {@code reference}, {@code partner}, {@code state}, {@code orderDate},
   * {@code plannedDate} (date_planned), {@code vendorReference} (partner_ref), {@code lines},
   * {@code pickings}.
   *
   * @return the default map
   */
  public static FieldMap purchaseOrder() {
    return FieldMap.builder(PURCHASE_ORDER)
        .map("reference", "name")
        .map("partner", "partner_id")
        .map("state", "state")
        .map("orderDate", "date_order")
        .map("plannedDate", "date_planned")
        .map("vendorReference", "partner_ref")
        .map("lines", "order_line")
        .map("pickings", "picking_ids")
        .build();
  }

  /**
   * {@code sale.order.line} of an Odoo version: {@code order} (order_id), {@code product}, {@code
   * quantity} (product_uom_qty), {@code uom} and {@code price} (price_unit). Odoo 19 renamed the
   * unit field from {@code product_uom} to {@code product_uom_id}; this map names the right one, so
   * code that creates order lines (tests, data loads, the examples) runs on 17, 18 and 19:
   *
   * <pre>{@code
   * FieldMap lines = StandardFieldMaps.saleOrderLine(odoo.serverVersion());
   * Command.create(Map.of(lines.field("product"), productId, lines.field("quantity"), 4.0,
   *     lines.field("uom"), unitId));
   * }</pre>
   *
   * @param version the server's version, from {@code OdooClient.serverVersion()}; an unknown
   *     version gets the 17/18 names
   * @return the map for that version
   */
  public static FieldMap saleOrderLine(ServerVersion version) {
    Objects.requireNonNull(version, "version");
    return FieldMap.builder(SALE_ORDER_LINE)
        .map("order", "order_id")
        .map("product", "product_id")
        .map("quantity", "product_uom_qty")
        .map("uom", version.isAtLeast(19) ? "product_uom_id" : "product_uom")
        .map("price", "price_unit")
        .build();
  }

  /**
   * {@code purchase.order.line} of an Odoo version: {@code order} (order_id), {@code product},
   * {@code quantity} (product_qty, in the line's unit), {@code uom}, {@code price} (price_unit) and
   * {@code plannedDate} (date_planned). Odoo 19 renamed the unit field from {@code product_uom} to
   * {@code product_uom_id}, and it is required on purchase lines: see {@link
   * #saleOrderLine(ServerVersion)}.
   *
   * @param version the server's version, from {@code OdooClient.serverVersion()}; an unknown
   *     version gets the 17/18 names
   * @return the map for that version
   */
  public static FieldMap purchaseOrderLine(ServerVersion version) {
    Objects.requireNonNull(version, "version");
    return FieldMap.builder(PURCHASE_ORDER_LINE)
        .map("order", "order_id")
        .map("product", "product_id")
        .map("quantity", "product_qty")
        .map("uom", version.isAtLeast(19) ? "product_uom_id" : "product_uom")
        .map("price", "price_unit")
        .map("plannedDate", "date_planned")
        .build();
  }

  /**
   * {@code product.product}: {@code sku} (default_code), {@code barcode}, {@code name}
   * (display_name), {@code uom} (uom_id), {@code tracking} ({@code none}/{@code lot}/{@code
   * serial}), {@code weight}.
   *
   * @return the default map
   */
  public static FieldMap product() {
    return FieldMap.builder(PRODUCT)
        .map("sku", "default_code")
        .map("barcode", "barcode")
        .map("name", "display_name")
        .map("uom", "uom_id")
        .map("tracking", "tracking")
        .map("weight", "weight")
        .build();
  }

  /**
   * {@code res.partner}: {@code name}, {@code street}, {@code street2}, {@code city}, {@code zip},
   * {@code state} (state_id), {@code country} (country_id; the ISO code is read from {@code
   * res.country.code}), {@code email}, {@code phone}.
   *
   * @return the default map
   */
  public static FieldMap partner() {
    return FieldMap.builder(PARTNER)
        .map("name", "name")
        .map("street", "street")
        .map("street2", "street2")
        .map("city", "city")
        .map("zip", "zip")
        .map("state", "state_id")
        .map("country", "country_id")
        .map("email", "email")
        .map("phone", "phone")
        .build();
  }
}
