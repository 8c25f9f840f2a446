package io.github.odooconnector.carrier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.model.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateSelectionRuleTest {

  private static final LocalDate MON = LocalDate.of(2026, 11, 30);

  private static Rate rate(String carrier, String service, String amount, LocalDate eta) {
    return Rate.of(carrier, service, service, Money.of(amount, "EUR"), eta);
  }

  private final Rate cheapSlow = rate("post", "ECO", "4.90", MON.plusDays(5));
  private final Rate midFast = rate("dhl", "EXPRESS", "12.50", MON.plusDays(1));
  private final Rate dearFast = rate("ups", "SAVER", "19.00", MON.plusDays(1));
  private final Rate noEta = rate("post", "LETTER", "2.00", null);
  private final List<Rate> rates = List.of(dearFast, cheapSlow, midFast, noEta);

  @Test
  void cheapestPicksLowestPriceEvenWithoutEstimate() {
    assertThat(RateSelectionRule.cheapest().select(rates)).contains(noEta);
  }

  @Test
  void fastestPicksEarliestDeliveryAndBreaksTiesByPrice() {
    assertThat(RateSelectionRule.fastest().select(rates)).contains(midFast);
  }

  @Test
  void cheapestDeliveredByIgnoresRatesWithoutEstimateOrTooLate() {
    assertThat(RateSelectionRule.cheapestDeliveredBy(MON.plusDays(2)).select(rates))
        .contains(midFast);
    assertThat(RateSelectionRule.cheapestDeliveredBy(MON.plusDays(5)).select(rates))
        .contains(cheapSlow);
    assertThat(RateSelectionRule.cheapestDeliveredBy(MON).select(rates)).isEmpty();
  }

  @Test
  void fastestDeliveredByChoosesAmongThoseInTime() {
    assertThat(RateSelectionRule.fastestDeliveredBy(MON.plusDays(5)).select(rates))
        .contains(midFast);
    assertThat(RateSelectionRule.fastestDeliveredBy(MON).select(rates)).isEmpty();
  }

  @Test
  void preferredCarrierTakesCheapestOfFirstPreferredThatQuoted() {
    assertThat(RateSelectionRule.preferredCarrier("fedex", "ups", "dhl").select(rates))
        .contains(dearFast);
    assertThat(RateSelectionRule.preferredCarrier("post").select(rates)).contains(noEta);
  }

  @Test
  void preferredCarrierFallsBackOnlyWhenCombinedWithOrElse() {
    assertThat(RateSelectionRule.preferredCarrier("fedex").select(rates)).isEmpty();
    assertThat(
            RateSelectionRule.preferredCarrier("fedex")
                .orElse(RateSelectionRule.fastest())
                .select(rates))
        .contains(midFast);
  }

  @Test
  void tiesAreBrokenDeterministicallyByCarrierThenService() {
    Rate a = rate("b-carrier", "X", "5.00", MON);
    Rate b = rate("a-carrier", "Y", "5.00", MON);
    assertThat(RateSelectionRule.cheapest().select(List.of(a, b))).contains(b);
    assertThat(RateSelectionRule.cheapest().select(List.of(b, a))).contains(b);
  }

  @Test
  void pricesInDifferentCurrenciesAreNotCompared() {
    Rate usd = Rate.of("ups", "SAVER", "Saver", Money.of("3.00", "USD"), MON);
    assertThatThrownBy(() -> RateSelectionRule.cheapest().select(List.of(cheapSlow, usd)))
        .isInstanceOf(RateSelectionException.class)
        .hasMessageContaining("different currencies");
  }
}
