package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(strings = {"EUR", "USD", "JPY", "CHF", "eur"})
  void iso4217CodesAreValid(String code) {
    Money m = Money.of("10", code);
    assertThat(m.currencyUnit()).isEqualTo(Currency.getInstance(code.toUpperCase()));
    Violations.assertValid(m);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EURO", "XXY", "E", "€"})
  void unknownCurrencyCodesAreRejected(String code) {
    Violations.assertOnly(new Money(BigDecimal.ONE, code), "currency", "CurrencyCode");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, code))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("currency: must be an ISO 4217 currency code");
  }

  @Test
  void amountAndCurrencyAreRequired() {
    Violations.assertOnly(new Money(null, "EUR"), "amount", "NotNull");
    Violations.assertOnly(new Money(BigDecimal.ONE, null), "currency", "NotNull");
  }

  @Test
  void arithmeticRequiresTheSameCurrency() {
    assertThat(Money.of("1.50", "EUR").plus(Money.of("2", "EUR")))
        .isEqualTo(Money.of("3.5", "EUR"));
    assertThat(Money.of("5", "EUR").minus(Money.of("2", "EUR"))).isEqualTo(Money.of("3", "EUR"));
    assertThat(Money.of("19.99", "EUR").times(new BigDecimal("3")))
        .isEqualTo(Money.of("59.97", "EUR"));
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR vs USD");
  }

  @Test
  void equalityIgnoresScale() {
    assertThat(Money.of("1.50", "EUR"))
        .isEqualTo(Money.of("1.5", "EUR"))
        .hasSameHashCodeAs(Money.of("1.5", "EUR"));
    assertThat(Money.of("1.50", "EUR")).isNotEqualTo(Money.of("1.50", "USD"));
    assertThat(Money.of(BigDecimal.TEN, Currency.getInstance("CHF")).toString())
        .isEqualTo("10 CHF");
  }

  @Test
  void jsonKeepsTheExactAmountAndScale() {
    Money m = Money.of("0.1000000000000000055511151231257827", "EUR");
    String json = CanonicalJson.toJson(m);
    assertThat(json)
        .isEqualTo("{\"amount\":0.1000000000000000055511151231257827,\"currency\":\"EUR\"}");
    assertThat(CanonicalJson.fromJson(json, Money.class).amount()).isEqualTo(m.amount());
    assertThat(CanonicalJson.toJson(Money.of("199.90", "EUR"))).contains("199.90");
    assertThat(CanonicalJson.toJson(Money.of(new BigDecimal("1E+3"), "EUR")))
        .contains("\"amount\":1000");
  }
}
