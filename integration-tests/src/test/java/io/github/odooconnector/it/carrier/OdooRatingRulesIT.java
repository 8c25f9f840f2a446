package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.RateDriftException;
import io.github.odooconnector.carrier.api.RateDriftPolicy;
import io.github.odooconnector.carrier.api.RateSelectionException;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 17, rate shopping that respects Odoo's delivery methods, and the rate drift guard. */
class OdooRatingRulesIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  @Test
  void aDeliveryMethodRestrictedToOtherCountriesIsNotAskedAndSaysWhy() {
    s =
        new CarrierScenario(
            b -> b,
            b -> b,
            sc ->
                sc.deliveryMethod(
                    sc.rapidexCarrierId,
                    Map.of("country_ids", List.of(Command.set(List.of(sc.countryId("DE")))))));
    long picking = s.readyDelivery();

    RateShoppingResult result = s.shipping.shopRates(picking);

    assertThat(result.skippedCarriers().get("rapidex")).contains("does not deliver to country BE");
    assertThat(s.rapidex.rateCalls()).isZero();
    assertThat(result.chosen().carrierCode()).isEqualTo("swiftpost");
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("excluded by Odoo delivery method"));
  }

  @Test
  void zipPrefixesAndExcludedProductTagsFilterCarriersBeforeAnyIsAsked() {
    s =
        new CarrierScenario(
            b -> b,
            b -> b,
            sc -> {
              long prefix = sc.client.create("delivery.zip.prefix", Map.of("name", "9"));
              sc.deliveryMethod(
                  sc.swiftpostCarrierId,
                  Map.of("zip_prefix_ids", List.of(Command.set(List.of(prefix)))));
            });
    long picking = s.readyDelivery(); // zip 2000

    RateShoppingResult result = s.shipping.shopRates(picking);

    assertThat(result.skippedCarriers().get("swiftpost")).contains("zip 2000");
    assertThat(s.swiftpost.rateCalls()).isZero();
  }

  @ParameterizedTest(name = "Odoo {0}")
  @EnumSource(
      value = OdooVersion.class,
      names = {"V18", "V19"})
  void weightLimitsAndProductTagsOfOdoo18AndLaterAreApplied(OdooVersion version) {
    s = new CarrierScenario(version, Protocol.JSONRPC);
    long fragile = s.client.create("product.tag", Map.of("name", "Fragile"));
    s.deliveryMethod(s.swiftpostCarrierId, Map.of("max_weight", 2.0));
    s.deliveryMethod(
        s.rapidexCarrierId, Map.of("excluded_tag_ids", List.of(Command.set(List.of(fragile)))));
    long vase = s.product("Vase", "VASE", 3.0, 30, null, null);
    long template =
        s.client
            .read("product.product", List.of(vase), List.of("product_tmpl_id"))
            .get(0)
            .many2one("product_tmpl_id")
            .orElseThrow()
            .id();
    s.client.write(
        "product.template",
        List.of(template),
        Map.of("product_tag_ids", List.of(Command.set(List.of(fragile)))));
    long picking = s.delivery("base.be", List.of(vase));

    assertThatThrownBy(() -> s.shipping.shopRates(picking))
        .isInstanceOf(RateSelectionException.class)
        .satisfies(
            e -> {
              Map<String, String> skipped = ((RateSelectionException) e).skippedCarriers();
              assertThat(skipped.get("swiftpost")).contains("at most 2 kg (max_weight)");
              assertThat(skipped.get("rapidex")).contains("excluded_tag_ids");
            });
    assertThat(s.swiftpost.rateCalls() + s.rapidex.rateCalls()).isZero();
  }

  @Test
  void theCustomerPriceFollowsTheMethodsMarginAndFixedMargin() {
    s =
        new CarrierScenario(
            b -> b,
            b -> b,
            sc ->
                sc.deliveryMethod(
                    sc.swiftpostCarrierId, Map.of("margin", 0.10, "fixed_margin", 1.0)));
    long picking = s.readyDelivery();

    RateShoppingResult result = s.shipping.shopRates(picking);

    // 5.50 x 1.10 + 1.00
    assertThat(result.customerPrice()).isEqualTo(Money.of("7.05", "EUR"));
    assertThat(s.picking(picking).decimal("carrier_price").orElseThrow())
        .as("the picking keeps the carrier's cost")
        .isEqualByComparingTo("5.50");
  }

  @Test
  void freeOverAnOrderAmountMakesDeliveryFreeForTheCustomer() {
    s =
        new CarrierScenario(
            b -> b,
            b -> b,
            sc ->
                sc.deliveryMethod(
                    sc.swiftpostCarrierId, Map.of("free_over", true, "amount", 100.0)));
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, null, null);
    long[] orderAndPicking = s.saleDelivery("base.be", lamp, 3, 40.0);

    RateShoppingResult result = s.shipping.shopRates(orderAndPicking[1]);

    assertThat(result.chosen().carrierCode()).isEqualTo("swiftpost");
    assertThat(result.customerPrice().amount()).isZero();
  }

  @Test
  void theRealCostIsWrittenBackToTheSaleOrderWhenTheMethodInvoicesRealCost() {
    s =
        new CarrierScenario(
            b -> b,
            b -> b,
            sc ->
                sc.deliveryMethod(
                    sc.swiftpostCarrierId, Map.of("invoice_policy", "real", "margin", 0.20)));
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, null, null);
    long[] orderAndPicking = s.saleDelivery("base.be", lamp, 1, 40.0);
    s.shipping.shopRates(orderAndPicking[1]);

    LabelResult label = s.shipping.buyLabel(orderAndPicking[1]);

    List<OdooRecord> delivery =
        s.client.searchRead(
            "sale.order.line",
            Domain.and(
                Domain.where("order_id", "=", orderAndPicking[0]),
                Domain.where("is_delivery", "=", true)),
            List.of("price_unit", "product_id"),
            SearchOptions.defaults());
    // charged 4.60 (4.00 + 0.50 x 1.2 kg) plus the 20 % margin
    assertThat(label.shipment().charged().amount()).isEqualByComparingTo("4.60");
    assertThat(delivery)
        .singleElement()
        .satisfies(
            l -> assertThat(l.decimal("price_unit").orElseThrow()).isEqualByComparingTo("5.52"));
    assertThat(s.chatter(orderAndPicking[1])).anyMatch(m -> m.contains("real cost 4.60 EUR"));
  }

  @Test
  void theDriftGuardRefusesAPurchaseWhosePriceRoseAboveTheLimitAndRecordsTheVariance() {
    s =
        new CarrierScenario(
            b -> b, b -> b.rateDriftGuard(RateDriftPolicy.refuseAbove("10")), sc -> {});
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking); // quote 5.50 recorded on the picking
    s.swiftpost.priceFactor("1.20");

    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(RateDriftException.class)
        .hasMessageContaining("quoted 5.50 EUR")
        .hasMessageContaining("6.60 EUR")
        .satisfies(
            e -> assertThat(((RateDriftException) e).increasePercent()).isEqualByComparingTo("20"));
    assertThat(s.swiftpost.labelsPurchased()).isZero();
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("Rate variance at SwiftPost"));
    assertThat(s.activities(picking))
        .anyMatch(a -> a.string("summary").orElse("").equals("Rate variance at SwiftPost"));

    s.swiftpost.priceFactor("1.05"); // within the limit
    assertThat(s.shipping.buyLabel(picking).shipment().charged().amount())
        .isEqualByComparingTo("5.78");
  }

  @Test
  void aFlagPolicyBuysAndAVarianceFoundOnlyOnPurchaseIsRecorded() {
    s =
        new CarrierScenario(
            b -> b, b -> b.rateDriftGuard(RateDriftPolicy.flagAbove("10")), sc -> {});
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    s.swiftpost.chargeSurcharge("2.00");

    LabelResult label = s.shipping.buyLabel(picking);

    assertThat(label.shipment().charged().amount()).isEqualByComparingTo("7.50");
    assertThat(s.chatter(picking))
        .anyMatch(m -> m.contains("charged 7.50 EUR") && m.contains("+36.36%"));
    assertThat(s.activities(picking)).isNotEmpty();
  }
}
