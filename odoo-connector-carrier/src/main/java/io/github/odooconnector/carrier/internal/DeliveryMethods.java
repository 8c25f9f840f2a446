package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.internal.PlannedShipment.Content;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The Odoo side of rate shopping: each registered carrier's {@code delivery.carrier} record (its
 * delivery method) with the availability rules Odoo applies before offering it (destination
 * countries, states and zip prefixes; on 18+ also maximum weight and volume and required or
 * excluded product tags), its margins for the customer price ({@code margin}, a fraction as in Odoo
 * 17+, plus {@code fixed_margin}; free when {@code free_over} and the order reaches {@code
 * amount}), and writing the real cost back to the sale order when it is invoiced at real cost.
 * Fields the Odoo version lacks are skipped. Thread-safe.
 */
final class DeliveryMethods {

  private static final List<String> FIELDS =
      List.of(
          "name",
          "product_id",
          "country_ids",
          "state_ids",
          "zip_prefix_ids",
          "max_weight",
          "max_volume",
          "must_have_tag_ids",
          "excluded_tag_ids",
          "margin",
          "fixed_margin",
          "free_over",
          "amount",
          "invoice_policy");

  private final PickingGateway odoo;

  DeliveryMethods(PickingGateway odoo) {
    this.odoo = odoo;
  }

  /** One delivery method's rules and prices. */
  record Method(
      long id,
      String name,
      Long productId,
      Set<String> countries,
      Set<String> states,
      List<String> zipPrefixes,
      BigDecimal maxWeight,
      BigDecimal maxVolume,
      Set<Long> mustHaveTags,
      Set<Long> excludedTags,
      BigDecimal margin,
      BigDecimal fixedMargin,
      boolean freeOver,
      BigDecimal freeOverAmount,
      String invoicePolicy) {}

  /** What the rules are checked against. */
  record Facts(
      String country,
      String state,
      String zip,
      BigDecimal weightKg,
      BigDecimal volume,
      Set<Long> tags,
      BigDecimal orderAmount) {}

  Map<Long, Method> read(Collection<Long> ids) {
    Map<Long, Method> out = new LinkedHashMap<>();
    for (OdooRecord r : odoo.read("delivery.carrier", ids, FIELDS)) {
      Set<String> countries = new LinkedHashSet<>();
      odoo.read("res.country", r.ids("country_ids"), List.of("code"))
          .forEach(c -> c.string("code").ifPresent(countries::add));
      Set<String> states = new LinkedHashSet<>();
      for (OdooRecord st :
          odoo.read("res.country.state", r.ids("state_ids"), List.of("code", "country_id"))) {
        String country =
            st.many2one("country_id").flatMap(c -> odoo.countryCode(c.id())).orElse("");
        st.string("code").ifPresent(code -> states.add(country + "/" + code));
      }
      List<String> zips =
          odoo.read("delivery.zip.prefix", r.ids("zip_prefix_ids"), List.of("name")).stream()
              .flatMap(z -> z.string("name").stream())
              .toList();
      out.put(
          r.id(),
          new Method(
              r.id(),
              r.string("name").orElse("delivery.carrier " + r.id()),
              r.many2one("product_id").map(Many2one::id).orElse(null),
              countries,
              states,
              zips,
              r.decimal("max_weight").filter(v -> v.signum() > 0).orElse(null),
              r.decimal("max_volume").filter(v -> v.signum() > 0).orElse(null),
              new LinkedHashSet<>(r.ids("must_have_tag_ids")),
              new LinkedHashSet<>(r.ids("excluded_tag_ids")),
              r.decimal("margin").orElse(BigDecimal.ZERO),
              r.decimal("fixed_margin").orElse(BigDecimal.ZERO),
              r.bool("free_over"),
              r.decimal("amount").orElse(BigDecimal.ZERO),
              r.string("invoice_policy").orElse("estimated")));
    }
    return out;
  }

  Facts facts(PlannedShipment plan) {
    OdooRecord partner = odoo.partnerAddress(plan.recipientId());
    String country = plan.shipTo().address().countryCode();
    String state =
        partner
            .many2one("state_id")
            .flatMap(
                s ->
                    odoo.read("res.country.state", List.of(s.id()), List.of("code")).stream()
                        .findFirst())
            .flatMap(s -> s.string("code"))
            .orElse(null);
    BigDecimal kg = BigDecimal.ZERO;
    BigDecimal volume = BigDecimal.ZERO;
    Set<Long> tags = new HashSet<>();
    for (PlannedShipment.PlannedParcel p : plan.parcels()) {
      if (p.parcel().weight() != null) {
        kg = kg.add(p.parcel().weight().to(UnitOfMeasure.KGM).value());
      }
      for (Content c : p.contents()) {
        volume =
            volume.add(
                c.product().decimal("volume").orElse(BigDecimal.ZERO).multiply(c.quantity()));
        tags.addAll(c.product().ids("product_tag_ids"));
        tags.addAll(c.product().ids("all_product_tag_ids"));
      }
    }
    return new Facts(
        country,
        state,
        partner.string("zip").orElse(null),
        kg,
        volume,
        tags,
        orderAmount(plan.picking()).orElse(null));
  }

  /** Why Odoo would not offer this delivery method for the picking, empty when it would. */
  static Optional<String> unavailable(Method m, Facts f) {
    if (!m.countries().isEmpty() && !m.countries().contains(f.country())) {
      return Optional.of(
          "delivery method '"
              + m.name()
              + "' in Odoo does not deliver to country "
              + f.country()
              + " (country_ids "
              + m.countries()
              + ")");
    }
    if (!m.states().isEmpty()
        && (f.state() == null || !m.states().contains(f.country() + "/" + f.state()))) {
      return Optional.of(
          "delivery method '"
              + m.name()
              + "' in Odoo does not deliver to state "
              + (f.state() == null ? "(none)" : f.country() + "/" + f.state())
              + " (state_ids "
              + m.states()
              + ")");
    }
    if (!m.zipPrefixes().isEmpty() && !zipMatches(m.zipPrefixes(), f.zip())) {
      return Optional.of(
          "delivery method '"
              + m.name()
              + "' in Odoo does not deliver to zip "
              + (f.zip() == null ? "(none)" : f.zip())
              + " (zip prefixes "
              + m.zipPrefixes()
              + ")");
    }
    if (m.maxWeight() != null && f.weightKg().compareTo(m.maxWeight()) > 0) {
      return Optional.of(
          "delivery method '"
              + m.name()
              + "' in Odoo takes at most "
              + m.maxWeight().stripTrailingZeros().toPlainString()
              + " kg (max_weight); the picking weighs "
              + f.weightKg().stripTrailingZeros().toPlainString()
              + " kg");
    }
    if (m.maxVolume() != null && f.volume().compareTo(m.maxVolume()) > 0) {
      return Optional.of(
          "delivery method '"
              + m.name()
              + "' in Odoo takes at most "
              + m.maxVolume().stripTrailingZeros().toPlainString()
              + " of volume (max_volume); the goods measure "
              + f.volume().stripTrailingZeros().toPlainString());
    }
    if (!m.mustHaveTags().isEmpty() && m.mustHaveTags().stream().noneMatch(f.tags()::contains)) {
      return Optional.of(
          "delivery method '"
              + m.name()
              + "' in Odoo requires a product with one of the tags "
              + m.mustHaveTags()
              + " (must_have_tag_ids)");
    }
    if (m.excludedTags().stream().anyMatch(f.tags()::contains)) {
      return Optional.of(
          "delivery method '"
              + m.name()
              + "' in Odoo excludes products tagged "
              + m.excludedTags()
              + " (excluded_tag_ids)");
    }
    return Optional.empty();
  }

  private static boolean zipMatches(List<String> prefixes, String zip) {
    if (zip == null || zip.isBlank()) {
      return false;
    }
    String z = zip.strip().toUpperCase(Locale.ROOT);
    for (String prefix : prefixes) {
      try {
        if (Pattern.compile("^(?:" + prefix + ")").matcher(z).find()) {
          return true;
        }
      } catch (PatternSyntaxException e) {
        if (z.startsWith(prefix.toUpperCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What the customer pays for a carrier cost under the delivery method: cost × (1 + margin) +
   * fixed margin, or nothing when {@code free_over} applies to the order amount.
   */
  static Money customerPrice(Method m, Money cost, BigDecimal orderAmount) {
    if (m.freeOver() && orderAmount != null && orderAmount.compareTo(m.freeOverAmount()) >= 0) {
      return Money.of(BigDecimal.ZERO.setScale(2), cost.currency());
    }
    BigDecimal price = cost.amount().multiply(BigDecimal.ONE.add(m.margin())).add(m.fixedMargin());
    return Money.of(price.setScale(2, RoundingMode.HALF_UP), cost.currency());
  }

  /** The sale order's amount without delivery lines, as Odoo's free-over rule compares it. */
  Optional<BigDecimal> orderAmount(OdooRecord picking) {
    Optional<Many2one> so = picking.many2one("sale_id");
    if (so.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> total =
        odoo.read("sale.order", List.of(so.get().id()), List.of("amount_total")).stream()
            .findFirst()
            .flatMap(r -> r.decimal("amount_total"));
    if (total.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal delivery = BigDecimal.ZERO;
    if (odoo.fields("sale.order.line").contains("is_delivery")) {
      for (OdooRecord l :
          odoo.searchRead(
              "sale.order.line",
              Domain.and(
                  Domain.where("order_id", "=", so.get().id()),
                  Domain.where("is_delivery", "=", true)),
              List.of("price_total"),
              0)) {
        delivery = delivery.add(l.decimal("price_total").orElse(BigDecimal.ZERO));
      }
    }
    return Optional.of(total.get().subtract(delivery));
  }

  /**
   * Writes the real cost, with the method's margins, onto the sale order's delivery line (creating
   * it if needed) when the method invoices the real cost, as Odoo does on validation.
   *
   * @return what was written, for the chatter; empty when nothing was
   */
  Optional<String> writeBackRealCost(OdooRecord picking, Method m, Money charged) {
    Optional<Many2one> so = picking.many2one("sale_id");
    if (so.isEmpty()
        || !"real".equals(m.invoicePolicy())
        || !odoo.fields("sale.order.line").contains("is_delivery")) {
      return Optional.empty();
    }
    Money price = customerPrice(m, charged, orderAmount(picking).orElse(null));
    List<Long> lines =
        odoo.search(
            "sale.order.line",
            Domain.and(
                Domain.where("order_id", "=", so.get().id()),
                Domain.where("is_delivery", "=", true)),
            1);
    if (!lines.isEmpty()) {
      odoo.write("sale.order.line", lines.get(0), Map.of("price_unit", price.amount()));
    } else {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("order_id", so.get().id());
      if (m.productId() != null) {
        values.put("product_id", m.productId());
      }
      values.put("name", m.name());
      values.put("product_uom_qty", 1.0);
      values.put("price_unit", price.amount());
      values.put("is_delivery", true);
      odoo.create("sale.order.line", values);
    }
    return Optional.of(
        "real cost "
            + charged
            + " written to sale order "
            + so.get().displayName()
            + " as delivery price "
            + price);
  }
}
