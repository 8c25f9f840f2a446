package io.github.odooconnector.examples;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.CustomField;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.mapping.StandardFieldMaps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the examples need in an Odoo database and how they prepare it, in one place you can read
 * before pointing them at a real server (see {@code docs/real-odoo.md}).
 *
 * <ul>
 *   <li><b>Custom fields</b> on {@code stock.picking}: the WMS release marker ({@code x_wms_ref},
 *       char) and the delivery time ({@code x_delivered_at}, datetime), created through {@code
 *       ir.model.fields} by the library's {@link CustomField#ensureIn(OdooClient)} as Studio does.
 *       The examples create them on the embedded fake; on a real Odoo only when you opt in with
 *       {@code ODOO_CREATE_CUSTOM_FIELDS=true}, otherwise they stop before changing anything.
 *   <li><b>A company address</b>: carriers need a ship-from with a country. Real databases have one
 *       (the examples stop before changing anything when yours has not); the embedded fake's seeded
 *       company lacks the country, which {@link #completeCompanyCountry} adds.
 *   <li><b>Products of their own</b>, clearly marked: internal references {@value #DESK}, {@value
 *       #CHAIR} and {@value #CABINET}, found or created by {@link #ensureProducts}, and stock in
 *       the warehouse's stock location through an inventory adjustment ({@link #ensureOnHand}), the
 *       way a person counts stock in Odoo. Nothing else in the database is changed by the
 *       preparation.
 *   <li><b>Odoo 19's rename</b> of the order-line unit field ({@code product_uom} to {@code
 *       product_uom_id}) is handled by {@code StandardFieldMaps.saleOrderLine(version)} / {@code
 *       purchaseOrderLine(version)} of {@code odoo-connector-mapping}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ExampleSetup {

  /** Internal reference of the examples' desk (weight 25 kg, HS code 9403.30). */
  public static final String DESK = "ODC-DEMO-DESK";

  /** Internal reference of the examples' chair (weight 6 kg; its HS code is cleared each run). */
  public static final String CHAIR = "ODC-DEMO-CHAIR";

  /** Internal reference of the cabinet the reconciliation example leaves out of the WMS. */
  public static final String CABINET = "ODC-DEMO-CABINET";

  /** Internal reference of the receipt example's lot-tracked product with expiry dates. */
  public static final String SEALANT = "ODC-DEMO-SEALANT";

  /** Name of the reconciliation example's product without an internal reference. */
  public static final String UNREFERENCED = "ODC-DEMO sample without internal reference";

  private ExampleSetup() {}

  /**
   * The custom fields the examples write on {@code stock.picking}.
   *
   * @param markerField the WMS release marker, a char field ({@code x_wms_ref} by default)
   * @param deliveredField the delivery time, a datetime field ({@code x_delivered_at} by default)
   * @return the two fields
   */
  public static List<CustomField> customFields(String markerField, String deliveredField) {
    return List.of(
        CustomField.charField("stock.picking", markerField, "WMS reference"),
        CustomField.datetimeField("stock.picking", deliveredField, "Delivered at"));
  }

  /**
   * The custom fields of {@code fields} that the database does not have yet. Reads only.
   *
   * @param odoo the client
   * @param fields the fields needed
   * @return those missing, in order
   */
  public static List<CustomField> missing(OdooClient odoo, List<CustomField> fields) {
    List<CustomField> missing = new ArrayList<>();
    for (CustomField f : fields) {
      if (!odoo.fieldsGet(f.model()).containsKey(f.name())) {
        missing.add(f);
      }
    }
    return missing;
  }

  /**
   * What is missing from the address of the first warehouse's company for a carrier to ship from it
   * (street, city, country). Reads only.
   *
   * @param odoo the client
   * @return a sentence naming the company and the missing fields, or empty when complete
   */
  public static Optional<String> missingCompanyAddress(OdooClient odoo) {
    OdooRecord partner = companyPartner(odoo);
    List<String> missing = new ArrayList<>();
    for (String field : List.of("street", "city", "country_id")) {
      if (partner.raw(field) == null || Boolean.FALSE.equals(partner.raw(field))) {
        missing.add(field);
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "the company "
            + partner.string("name").orElse("?")
            + " has no "
            + String.join(", ", missing)
            + " in its address: carriers need a ship-from; complete it under Settings >"
            + " Companies");
  }

  /**
   * The ISO code of the first warehouse's company's country.
   *
   * @param odoo the client
   * @return for example {@code US}
   */
  public static String companyCountryCode(OdooClient odoo) {
    long country = companyPartner(odoo).many2one("country_id").map(Many2one::id).orElseThrow();
    return odoo.read("res.country", List.of(country), List.of("code"))
        .get(0)
        .string("code")
        .orElseThrow();
  }

  /**
   * Gives the first warehouse's company a country when its address has none, as the embedded fake's
   * seeded company (a street in San Francisco, no country) needs. Not needed on a real database
   * whose company has an address.
   *
   * @param odoo the client
   * @param isoCode the country to set, for example {@code US}
   * @return true when the country was set, false when the company had one
   */
  public static boolean completeCompanyCountry(OdooClient odoo, String isoCode) {
    OdooRecord partner = companyPartner(odoo);
    if (partner.many2one("country_id").isPresent()) {
      return false;
    }
    List<Long> country =
        odoo.search("res.country", Domain.where("code", "=", isoCode), SearchOptions.limit(1));
    odoo.write("res.partner", List.of(partner.id()), Map.of("country_id", country.get(0)));
    return true;
  }

  /**
   * Finds the examples' desk, chair and cabinet by internal reference, creating those missing as
   * storable products; the desk gets its HS code, the chair's is cleared (the order example shows a
   * customs refusal, then sets it).
   *
   * @param odoo the client
   * @param originCountry ISO code of the products' country of origin
   * @return product ids by internal reference, plus what was created
   */
  public static Products ensureProducts(OdooClient odoo, String originCountry) {
    long origin =
        odoo.search("res.country", Domain.where("code", "=", originCountry), SearchOptions.limit(1))
            .get(0);
    Map<String, Long> ids = new LinkedHashMap<>();
    List<String> created = new ArrayList<>();
    ids.put(DESK, product(odoo, DESK, "ODC demo desk", 25.0, created));
    ids.put(CHAIR, product(odoo, CHAIR, "ODC demo chair", 6.0, created));
    ids.put(CABINET, product(odoo, CABINET, "ODC demo cabinet", 40.0, created));
    setCustoms(odoo, ids.get(DESK), "9403.30", origin);
    setCustoms(odoo, ids.get(CHAIR), false, origin);
    return new Products(ids, created);
  }

  /**
   * Finds or creates the receipt example's storable product {@value #SEALANT}, tracked by lot, with
   * expiry dates where the module {@code product_expiry} is installed ({@code
   * use_expiration_date}).
   *
   * @param odoo the client
   * @param created receives {@value #SEALANT} when this call created it
   * @return its id
   */
  public static long ensureLotTrackedProduct(OdooClient odoo, List<String> created) {
    List<Long> ids =
        odoo.search(
            "product.product", Domain.where("default_code", "=", SEALANT), SearchOptions.limit(1));
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    Map<String, Object> values = storable(odoo);
    values.put("name", "ODC demo sealant");
    values.put("default_code", SEALANT);
    values.put("weight", 0.4);
    values.put("tracking", "lot");
    if (odoo.fieldsGet("product.template").containsKey("use_expiration_date")) {
      values.put("use_expiration_date", true);
    }
    created.add(SEALANT);
    return odoo.create("product.product", values);
  }

  /**
   * Finds or creates the reconciliation example's storable product without an internal reference
   * ({@value #UNREFERENCED}).
   *
   * @param odoo the client
   * @return its id
   */
  public static long ensureUnreferencedProduct(OdooClient odoo) {
    List<Long> ids =
        odoo.search(
            "product.product",
            Domain.where("name", "=", UNREFERENCED).and(Domain.where("default_code", "=", false)),
            SearchOptions.limit(1));
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    Map<String, Object> values = storable(odoo);
    values.put("name", UNREFERENCED);
    return odoo.create("product.product", values);
  }

  /**
   * Brings a product's on-hand quantity in the first warehouse's stock location up to {@code
   * atLeast} with an inventory adjustment (counted quantity, then {@code action_apply_inventory}),
   * as Inventory &gt; Physical Inventory does. Leaves it alone when there is enough.
   *
   * @param odoo the client
   * @param productId the product
   * @param atLeast the minimum on hand
   * @return the quantity on hand afterwards
   */
  public static BigDecimal ensureOnHand(OdooClient odoo, long productId, BigDecimal atLeast) {
    long location = stockLocation(odoo);
    List<OdooRecord> quants =
        odoo.searchRead(
            "stock.quant",
            Domain.where("product_id", "=", productId)
                .and(Domain.where("location_id", "=", location))
                .and(Domain.where("lot_id", "=", false)),
            List.of("quantity"),
            SearchOptions.limit(1));
    BigDecimal onHand =
        quants.isEmpty() ? BigDecimal.ZERO : quants.get(0).decimal("quantity").orElseThrow();
    if (onHand.compareTo(atLeast) >= 0) {
      return onHand;
    }
    OdooClient inventory = odoo.withContext(Context.builder().put("inventory_mode", true).build());
    long quant;
    if (quants.isEmpty()) {
      quant =
          inventory.create(
              "stock.quant",
              Map.of(
                  "product_id", productId, "location_id", location, "inventory_quantity", atLeast));
    } else {
      quant = quants.get(0).id();
      inventory.write("stock.quant", List.of(quant), Map.of("inventory_quantity", atLeast));
    }
    try {
      inventory.call("stock.quant", "action_apply_inventory", List.of(List.of(quant)), Map.of());
    } catch (OdooException e) {
      // over XML-RPC the method's None answer is a fault although the adjustment was applied
      BigDecimal now =
          odoo.read("stock.quant", List.of(quant), List.of("quantity"))
              .get(0)
              .decimal("quantity")
              .orElse(BigDecimal.ZERO);
      if (e.isRetryable() || now.compareTo(atLeast) != 0) {
        throw e;
      }
    }
    return atLeast;
  }

  /**
   * The first warehouse's stock location ({@code lot_stock_id}).
   *
   * @param odoo the client
   * @return its id
   */
  public static long stockLocation(OdooClient odoo) {
    return firstWarehouse(odoo, "lot_stock_id").many2one("lot_stock_id").orElseThrow().id();
  }

  private static OdooRecord firstWarehouse(OdooClient odoo, String field) {
    List<OdooRecord> warehouses =
        odoo.searchRead(
            "stock.warehouse",
            Domain.all(),
            List.of(field),
            SearchOptions.limit(1).withOrder("id"));
    if (warehouses.isEmpty()) {
      throw new IllegalStateException("this Odoo has no warehouse: install Inventory first");
    }
    return warehouses.get(0);
  }

  private static OdooRecord companyPartner(OdooClient odoo) {
    long company = firstWarehouse(odoo, "company_id").many2one("company_id").orElseThrow().id();
    long partner =
        odoo.read("res.company", List.of(company), List.of("partner_id"))
            .get(0)
            .many2one("partner_id")
            .orElseThrow()
            .id();
    return odoo.read(
            "res.partner", List.of(partner), List.of("name", "street", "city", "country_id"))
        .get(0);
  }

  private static long product(
      OdooClient odoo, String code, String name, double weight, List<String> created) {
    List<Long> ids =
        odoo.search(
            "product.product", Domain.where("default_code", "=", code), SearchOptions.limit(1));
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    Map<String, Object> values = storable(odoo);
    values.put("name", name);
    values.put("default_code", code);
    values.put("weight", weight);
    created.add(code);
    return odoo.create("product.product", values);
  }

  /** A storable product: Odoo 18 and 19 flag it, 17 has a product type of its own. */
  private static Map<String, Object> storable(OdooClient odoo) {
    Map<String, FieldInfo> fields = odoo.fieldsGet("product.template");
    Map<String, Object> values = new LinkedHashMap<>();
    if (fields.containsKey("is_storable")) {
      values.put("type", "consu");
      values.put("is_storable", true);
    } else {
      values.put("type", "product");
    }
    return values;
  }

  private static void setCustoms(OdooClient odoo, long productId, Object hsCode, long origin) {
    long template =
        odoo.read("product.product", List.of(productId), List.of("product_tmpl_id"))
            .get(0)
            .many2one("product_tmpl_id")
            .map(Many2one::id)
            .orElseThrow();
    odoo.write(
        "product.template",
        List.of(template),
        Map.of("hs_code", hsCode, "country_of_origin", origin));
  }

  /**
   * Creates and confirms a purchase order of one line from the examples' vendor ("Flanders
   * Furniture Supply", created in the given country), in the product's own unit; confirming it
   * makes Odoo create the incoming receipt. Odoo 19's renamed line unit field is handled by {@link
   * StandardFieldMaps#purchaseOrderLine}.
   *
   * @param odoo the client
   * @param vendorCountryId the vendor's {@code res.country} id
   * @param productId the {@code product.product} to order
   * @param quantity how many, in the product's unit
   * @param price the unit price
   * @return the confirmed order's id and name
   */
  public static PurchaseOrderRef confirmPurchaseOrder(
      OdooClient odoo, long vendorCountryId, long productId, double quantity, double price) {
    return confirmPurchaseOrder(odoo, vendorCountryId, Map.of(productId, quantity), price);
  }

  /**
   * As {@link #confirmPurchaseOrder(OdooClient, long, long, double, double)}, with one line per
   * product in the map's order (use a {@link LinkedHashMap}).
   *
   * @param odoo the client
   * @param vendorCountryId the vendor's {@code res.country} id
   * @param quantities how many of each {@code product.product}, in its own unit
   * @param price the unit price of every line
   * @return the confirmed order's id and name
   */
  public static PurchaseOrderRef confirmPurchaseOrder(
      OdooClient odoo, long vendorCountryId, Map<Long, Double> quantities, double price) {
    long vendor =
        odoo.create(
            "res.partner",
            Map.of(
                "name",
                "Flanders Furniture Supply",
                "is_company",
                true,
                "country_id",
                vendorCountryId));
    FieldMap line = StandardFieldMaps.purchaseOrderLine(odoo.serverVersion());
    List<Command> lines = new ArrayList<>();
    quantities.forEach(
        (productId, quantity) ->
            lines.add(
                Command.create(
                    Map.of(
                        line.field("product"),
                        productId,
                        line.field("quantity"),
                        quantity,
                        line.field("price"),
                        price,
                        line.field("uom"),
                        uomOf(odoo, productId)))));
    long po = odoo.create("purchase.order", Map.of("partner_id", vendor, "order_line", lines));
    odoo.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
    String name =
        odoo.read("purchase.order", List.of(po), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();
    return new PurchaseOrderRef(po, name);
  }

  /**
   * The unit of measure a product is sold and bought in by default.
   *
   * @param odoo the client
   * @param productId the {@code product.product} id
   * @return its {@code uom_id}
   */
  public static long uomOf(OdooClient odoo, long productId) {
    return odoo.read("product.product", List.of(productId), List.of("uom_id"))
        .get(0)
        .many2one("uom_id")
        .map(Many2one::id)
        .orElseThrow();
  }

  /**
   * A confirmed purchase order.
   *
   * @param id its {@code purchase.order} id
   * @param name its reference, for example {@code P00012}
   */
  public record PurchaseOrderRef(long id, String name) {
    /**
     * Checks the name.
     *
     * @param id the id
     * @param name the reference
     */
    public PurchaseOrderRef {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The examples' products.
   *
   * @param ids product ids by internal reference ({@link #DESK}, {@link #CHAIR}, {@link #CABINET})
   * @param created the internal references created by this run (empty when they existed)
   */
  public record Products(Map<String, Long> ids, List<String> created) {
    /**
     * Copies.
     *
     * @param ids ids by internal reference
     * @param created created references
     */
    public Products {
      ids = Map.copyOf(Objects.requireNonNull(ids, "ids"));
      created = List.copyOf(Objects.requireNonNull(created, "created"));
    }

    /**
     * The id of one of the products.
     *
     * @param code {@link #DESK}, {@link #CHAIR} or {@link #CABINET}
     * @return its id
     */
    public long id(String code) {
      return Objects.requireNonNull(ids.get(code), code);
    }
  }
}
