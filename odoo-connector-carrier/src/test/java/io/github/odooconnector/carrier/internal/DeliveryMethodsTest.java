package io.github.odooconnector.carrier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Party;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryMethodsTest {

  private static DeliveryMethods.Method method(
      Set<String> countries, List<String> zips, BigDecimal maxWeight) {
    return new DeliveryMethods.Method(
        1,
        "Express",
        null,
        countries,
        Set.of(),
        zips,
        maxWeight,
        null,
        Set.of(),
        Set.of(7L),
        new BigDecimal("0.10"),
        new BigDecimal("1.00"),
        true,
        new BigDecimal("100"),
        "estimated");
  }

  private static DeliveryMethods.Facts facts(
      String country, String zip, String kg, Set<Long> tags) {
    return new DeliveryMethods.Facts(
        country, null, zip, new BigDecimal(kg), BigDecimal.ZERO, tags, new BigDecimal("50"));
  }

  @Test
  void zipPrefixesAreRegularExpressionsAnchoredAtTheStartLikeOdoos() {
    DeliveryMethods.Method m = method(Set.of(), List.of("10[0-2]", "75"), null);

    assertThat(DeliveryMethods.unavailable(m, facts("FR", "75001", "1", Set.of()))).isEmpty();
    assertThat(DeliveryMethods.unavailable(m, facts("DE", "10115", "1", Set.of()))).isEmpty();
    assertThat(DeliveryMethods.unavailable(m, facts("DE", "10315", "1", Set.of())))
        .get()
        .asString()
        .contains("zip 10315");
    assertThat(DeliveryMethods.unavailable(m, facts("DE", null, "1", Set.of()))).isPresent();
  }

  @Test
  void countryWeightAndExcludedTagsAreCheckedInThatOrder() {
    DeliveryMethods.Method m = method(Set.of("BE"), List.of(), new BigDecimal("30"));

    assertThat(DeliveryMethods.unavailable(m, facts("NL", "1000", "1", Set.of())))
        .get()
        .asString()
        .contains("country NL");
    assertThat(DeliveryMethods.unavailable(m, facts("BE", "1000", "31", Set.of())))
        .get()
        .asString()
        .contains("at most 30 kg");
    assertThat(DeliveryMethods.unavailable(m, facts("BE", "1000", "1", Set.of(7L))))
        .get()
        .asString()
        .contains("excluded_tag_ids");
    assertThat(DeliveryMethods.unavailable(m, facts("BE", "1000", "30", Set.of(8L)))).isEmpty();
  }

  @Test
  void theCustomerPaysCostTimesOnePlusMarginPlusFixedMarginOrNothingOverTheFreeAmount() {
    DeliveryMethods.Method m = method(Set.of(), List.of(), null);

    assertThat(DeliveryMethods.customerPrice(m, Money.of("10.00", "EUR"), new BigDecimal("99.99")))
        .isEqualTo(Money.of("12.00", "EUR"));
    assertThat(DeliveryMethods.customerPrice(m, Money.of("10.00", "EUR"), new BigDecimal("100")))
        .isEqualTo(Money.of("0", "EUR"));
    assertThat(DeliveryMethods.customerPrice(m, Money.of("10.00", "EUR"), null))
        .as("no sale order: no free-over")
        .isEqualTo(Money.of("12.00", "EUR"));
  }

  @Test
  void customsAreNeededAcrossCustomsBordersOnly() {
    Party be = Party.of("A", Address.of("S 1", "Brussels", "1000", "BE"));
    Party de = Party.of("B", Address.of("S 1", "Berlin", "10115", "DE"));
    Party ch = Party.of("C", Address.of("S 1", "Zurich", "8001", "CH"));
    Party gb = Party.of("D", Address.of("S 1", "London", "E1", "GB"));

    assertThat(CustomsBuilder.required(be, de)).isFalse();
    assertThat(CustomsBuilder.required(be, be)).isFalse();
    assertThat(CustomsBuilder.required(be, ch)).isTrue();
    assertThat(CustomsBuilder.required(gb, de)).isTrue();
  }
}
