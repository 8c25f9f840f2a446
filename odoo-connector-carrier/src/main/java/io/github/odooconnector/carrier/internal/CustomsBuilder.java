package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.CustomsDeclarationException;
import io.github.odooconnector.carrier.api.CustomsSettings;
import io.github.odooconnector.carrier.internal.PlannedShipment.Content;
import io.github.odooconnector.carrier.internal.PlannedShipment.PlannedParcel;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.CanonicalValidator;
import io.github.odooconnector.model.CanonicalViolation;
import io.github.odooconnector.model.ContentsType;
import io.github.odooconnector.model.CustomsDeclaration;
import io.github.odooconnector.model.CustomsItem;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.TaxIdType;
import io.github.odooconnector.model.TaxIdentifier;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the customs declaration of a cross-border picking from Odoo and checks it before anything
 * is bought: one commodity per product and parcel (description and SKU from the product, HS code
 * {@code hs_code} and origin {@code country_of_origin} from the product, the origin defaulting to
 * the shipper's country as Odoo does; quantity; value from the move line's {@code sale_price}, else
 * the product's list price; net weight from the product weight), the invoice number from the
 * picking's origin (the sale order), the recipient's VAT number from the partner and the rest from
 * {@link CustomsSettings}. Thread-safe.
 */
final class CustomsBuilder {

  /** EU member states: parcels between two of them need no customs declaration. */
  private static final Set<String> EU_CUSTOMS_UNION =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "MC");

  private final PickingGateway odoo;
  private final CustomsSettings settings;

  CustomsBuilder(PickingGateway odoo, CustomsSettings settings) {
    this.odoo = odoo;
    this.settings = settings;
  }

  /**
   * Whether a parcel between these parties crosses a customs border: different countries, not both
   * in the EU customs union.
   */
  static boolean required(Party from, Party to) {
    String a = from.address().countryCode();
    String b = to.address().countryCode();
    return !a.equals(b) && !(EU_CUSTOMS_UNION.contains(a) && EU_CUSTOMS_UNION.contains(b));
  }

  /** The declaration of the whole shipment and of each parcel, checked together. */
  record Declared(CustomsDeclaration whole, Map<String, CustomsDeclaration> byParcel) {
    CustomsDeclaration forParcel(String parcelId) {
      return byParcel.getOrDefault(parcelId, whole);
    }
  }

  /**
   * Declares the planned shipment.
   *
   * @throws CustomsDeclarationException naming every product that cannot be declared
   */
  Declared declare(PlannedShipment plan, String carrierCode, boolean isReturn) {
    List<String> problems = new ArrayList<>();
    String currency = currency(plan.picking()).orElse(null);
    if (currency == null) {
      problems.add(
          "no currency for the customs values (neither the sale order nor the company has one)");
    }
    Map<Long, Optional<String>> origins = new LinkedHashMap<>();
    Map<String, CustomsDeclaration> byParcel = new LinkedHashMap<>();
    List<CustomsItem> all = new ArrayList<>();
    Map<String, String> reported = new LinkedHashMap<>();
    for (PlannedParcel parcel : plan.parcels()) {
      if (parcel.contents().isEmpty()) {
        continue;
      }
      List<CustomsItem> items = new ArrayList<>();
      for (Map.Entry<Long, List<Content>> e : byProduct(parcel.contents()).entrySet()) {
        CustomsItem item = item(e.getValue(), plan, currency, origins, problems, reported);
        if (item != null) {
          items.add(item);
        }
      }
      byParcel.put(parcel.parcel().parcelId(), declaration(items, plan, isReturn));
      all.addAll(items);
    }
    if (all.isEmpty() && problems.isEmpty()) {
      problems.add("it has no goods to declare (no move with a product and a quantity)");
    }
    CustomsDeclaration whole = declaration(all, plan, isReturn);
    if (problems.isEmpty()) {
      List<CanonicalViolation> violations = CanonicalValidator.validate(whole);
      violations.forEach(v -> problems.add("customs declaration " + v.path() + ": " + v.message()));
    }
    if (!problems.isEmpty()) {
      throw new CustomsDeclarationException(carrierCode, plan.name(), problems);
    }
    return new Declared(whole, byParcel);
  }

  private CustomsDeclaration declaration(
      List<CustomsItem> items, PlannedShipment plan, boolean isReturn) {
    CustomsDeclaration.Builder b =
        CustomsDeclaration.builder()
            .contentsType(isReturn ? ContentsType.RETURNED_GOODS : settings.contentsType())
            .incoterm(settings.incoterm())
            .dutiesPayer(settings.dutiesPayer())
            .invoiceNumber(truncate(plan.orderReference(), 64))
            .items(items);
    settings.shipperTaxIds().forEach(b::addShipperTaxId);
    odoo.partnerAddress(plan.recipientId())
        .string("vat")
        .filter(v -> !v.isBlank())
        .ifPresent(v -> b.addRecipientTaxId(TaxIdentifier.of(TaxIdType.VAT, truncate(v, 64))));
    return b.buildUnvalidated();
  }

  private static Map<Long, List<Content>> byProduct(List<Content> contents) {
    Map<Long, List<Content>> out = new LinkedHashMap<>();
    contents.forEach(c -> out.computeIfAbsent(c.product().id(), k -> new ArrayList<>()).add(c));
    return out;
  }

  private CustomsItem item(
      List<Content> lines,
      PlannedShipment plan,
      String currency,
      Map<Long, Optional<String>> origins,
      List<String> problems,
      Map<String, String> reported) {
    OdooRecord product = lines.get(0).product();
    String label = describe(product);
    BigDecimal qty = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    for (Content c : lines) {
      qty = qty.add(c.quantity());
      value =
          value.add(
              c.value() != null
                  ? c.value()
                  : product.decimal("list_price").orElse(BigDecimal.ZERO).multiply(c.quantity()));
    }
    Optional<String> hs = product.string("hs_code").filter(h -> !h.isBlank());
    if (hs.isEmpty()) {
      report(reported, problems, label + " has no HS code (hs_code on the product)");
    }
    if (value.signum() <= 0) {
      report(
          reported,
          problems,
          label + " has no value for customs (no sale price on the move and no list price)");
    }
    if (hs.isEmpty() || value.signum() <= 0 || currency == null) {
      return null;
    }
    String origin =
        origins
            .computeIfAbsent(
                product.id(),
                id ->
                    product
                        .many2one("country_of_origin")
                        .map(Many2one::id)
                        .flatMap(odoo::countryCode))
            .orElse(plan.shipFrom().address().countryCode());
    BigDecimal kg = product.decimal("weight").orElse(BigDecimal.ZERO).multiply(qty);
    return CustomsItem.builder()
        .description(
            truncate(
                product.string("name").or(() -> product.string("display_name")).orElse(label), 256))
        .sku(product.string("default_code").map(s -> truncate(s, 128)).orElse(null))
        .hsCode(hs.get())
        .originCountry(origin)
        .quantity(Quantity.of(qty, UnitOfMeasure.C62))
        .value(Money.of(value.setScale(2, RoundingMode.HALF_UP), currency))
        .netWeight(kg.signum() > 0 ? Weight.of(kg, UnitOfMeasure.KGM) : null)
        .buildUnvalidated();
  }

  private static void report(Map<String, String> reported, List<String> problems, String problem) {
    if (reported.putIfAbsent(problem, problem) == null) {
      problems.add(problem);
    }
  }

  private static String describe(OdooRecord product) {
    return "product "
        + product.string("display_name").or(() -> product.string("name")).orElse("")
        + " (product.product "
        + product.id()
        + ")";
  }

  private Optional<String> currency(OdooRecord picking) {
    Optional<Long> fromOrder =
        picking
            .many2one("sale_id")
            .flatMap(
                so ->
                    odoo.read("sale.order", List.of(so.id()), List.of("currency_id")).stream()
                        .findFirst())
            .flatMap(so -> so.many2one("currency_id"))
            .map(Many2one::id);
    Optional<Long> id =
        fromOrder.or(
            () ->
                picking
                    .many2one("company_id")
                    .flatMap(
                        c ->
                            odoo
                                .read("res.company", List.of(c.id()), List.of("currency_id"))
                                .stream()
                                .findFirst())
                    .flatMap(c -> c.many2one("currency_id"))
                    .map(Many2one::id));
    return id.flatMap(odoo::currencyCode);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
