package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: units a person reads ({@code 12 pcs}, not {@code 12 C62}); the JSON keeps the codes.
 */
class UnitDisplayTest {

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
    "C62, pcs",
    "EA, pcs",
    "H87, pcs",
    "PR, pair",
    "DZN, dozen",
    "KGM, kg",
    "GRM, g",
    "LBR, lb",
    "ONZ, oz",
    "MTR, m",
    "CMT, cm",
    "MMT, mm",
    "LTR, L",
    "MTQ, m³",
    "HUR, h",
    "PF, pallet"
  })
  void unitsHaveTheSymbolPeopleWrite(UnitOfMeasure unit, String symbol) {
    assertThat(unit.symbol()).isEqualTo(symbol);
  }

  @Test
  void everyUnitHasASymbolThatIsNotItsCode() {
    for (UnitOfMeasure unit : UnitOfMeasure.values()) {
      assertThat(unit.symbol()).as("%s", unit).isNotBlank().isNotEqualTo(unit.code());
    }
  }

  @Test
  void quantityDisplayUsesTheSymbolAndDropsTrailingZeros() {
    assertThat(Quantity.pieces(12).display()).isEqualTo("12 pcs");
    assertThat(Quantity.of("12.000", UnitOfMeasure.C62).display()).isEqualTo("12 pcs");
    assertThat(Quantity.of("2.50", UnitOfMeasure.KGM).display()).isEqualTo("2.5 kg");
    assertThat(Quantity.of("1E+3", UnitOfMeasure.GRM).display()).isEqualTo("1000 g");
    assertThat(Quantity.of(-3, UnitOfMeasure.EA).display()).isEqualTo("-3 pcs");
    assertThat(Quantity.of(2, UnitOfMeasure.DZN).display()).isEqualTo("2 dozen");
    assertThat(Quantity.of("0.000", UnitOfMeasure.LBR).display()).isEqualTo("0 lb");
  }

  @Test
  void weightAndDimensionsDisplayUseTheSymbols() {
    assertThat(Weight.kilograms("12.250").display()).isEqualTo("12.25 kg");
    assertThat(Weight.of(new BigDecimal("3"), UnitOfMeasure.LBR).display()).isEqualTo("3 lb");
    assertThat(Samples.parcel().dimensions().display()).isEqualTo("120 x 80 x 15.5 cm");
  }

  @Test
  void theExactTextAndTheJsonFormKeepTheUnEceCodes() {
    Quantity q = Quantity.of("2.50", UnitOfMeasure.KGM);
    assertThat(q.toString()).isEqualTo("2.50 KGM");
    assertThat(CanonicalJson.toJson(q)).isEqualTo("{\"value\":2.50,\"unit\":\"KGM\"}");
    assertThat(CanonicalJson.toJson(Quantity.pieces(12)))
        .isEqualTo("{\"value\":12,\"unit\":\"C62\"}");
    assertThat(CanonicalJson.toJson(Weight.kilograms("1.5")))
        .isEqualTo("{\"value\":1.5,\"unit\":\"KGM\"}");
  }
}
