package io.github.odooconnector.model;

import static io.github.odooconnector.model.UnitOfMeasure.BX;
import static io.github.odooconnector.model.UnitOfMeasure.C62;
import static io.github.odooconnector.model.UnitOfMeasure.CMT;
import static io.github.odooconnector.model.UnitOfMeasure.CT;
import static io.github.odooconnector.model.UnitOfMeasure.EA;
import static io.github.odooconnector.model.UnitOfMeasure.GRM;
import static io.github.odooconnector.model.UnitOfMeasure.KGM;
import static io.github.odooconnector.model.UnitOfMeasure.LBR;
import static io.github.odooconnector.model.UnitOfMeasure.LTR;
import static io.github.odooconnector.model.UnitOfMeasure.MMT;
import static io.github.odooconnector.model.UnitOfMeasure.MTR;
import static io.github.odooconnector.model.UnitOfMeasure.TNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} {1} = {2} {3}")
  @CsvSource({
    "2.5, KGM, 2500, GRM",
    "500, GRM, 0.5, KGM",
    "1, LBR, 0.45359237, KGM",
    "1, LBR, 453.59237, GRM",
    "16, ONZ, 1, LBR",
    "1, TNE, 1000, KGM",
    "1, MTR, 100, CMT",
    "250, CMT, 2.5, MTR",
    "1, CMT, 10, MMT",
    "1, INH, 2.54, CMT",
    "1500, MLT, 1.5, LTR",
    "3, EA, 3, C62",
    "2, DZN, 24, EA",
    "5, H87, 5, C62",
    "1, YRD, 0.9144, MTR",
    "1, SMI, 1760, YRD",
    "32, OZA, 1, QT",
    "1, FTQ, 28.316846592, LTR",
    "1, MTQ, 1000, LTR",
    "1, MTK, 10.7639104167097223083335055559, FTK",
    "90, MIN, 1.5, HUR",
    "2, DAY, 48, HUR",
    "3600, SEC, 1, HUR"
  })
  void convertsExactlyWithinADimension(
      String value, UnitOfMeasure from, String expected, UnitOfMeasure to) {
    Quantity converted = Quantity.of(value, from).to(to);
    assertThat(converted.unit()).isEqualTo(to);
    assertThat(converted.value()).isEqualByComparingTo(expected);
  }

  @Test
  void kilogramsToPoundsIsRoundedTo34SignificantDigitsAndRoundTripsClosely() {
    Quantity pounds = Quantity.of("1", KGM).to(LBR);
    assertThat(pounds.value().precision()).isBetween(30, 34);
    assertThat(pounds.value().toPlainString()).isEqualTo("2.20462262184877580722973801345027");
    BigDecimal back = pounds.to(KGM).value();
    assertThat(back.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1E-30"));
  }

  @Test
  void conversionResultsAreNotInScientificNotation() {
    assertThat(Quantity.of("1", TNE).to(GRM).value().toString()).isEqualTo("1000000");
  }

  @Test
  void convertingAcrossDimensionsIsATypedError() {
    assertThatThrownBy(() -> Quantity.of("1", KGM).to(MTR))
        .isInstanceOf(IncompatibleUnitsException.class)
        .hasMessage("cannot convert KGM (MASS) to MTR (LENGTH)")
        .satisfies(
            e -> {
              IncompatibleUnitsException iue = (IncompatibleUnitsException) e;
              assertThat(iue.from()).isEqualTo(KGM);
              assertThat(iue.to()).isEqualTo(MTR);
            });
    assertThatThrownBy(() -> Quantity.pieces(1).to(KGM))
        .isInstanceOf(IncompatibleUnitsException.class);
    assertThatThrownBy(() -> Quantity.of(1, LTR).plus(Quantity.of(1, KGM)))
        .isInstanceOf(IncompatibleUnitsException.class);
  }

  @Test
  void packagingUnitsConvertOnlyToThemselves() {
    Quantity boxes = Quantity.of(3, BX);
    assertThat(boxes.to(BX)).isSameAs(boxes);
    assertThatThrownBy(() -> boxes.to(CT)).isInstanceOf(IncompatibleUnitsException.class);
    assertThatThrownBy(() -> boxes.to(EA)).isInstanceOf(IncompatibleUnitsException.class);
    assertThat(BX.isConvertibleTo(CT)).isFalse();
    assertThat(BX.factorToBase()).isEmpty();
  }

  @Test
  void arithmeticConvertsTheOtherOperandToThisUnit() {
    assertThat(Quantity.of("1", KGM).plus(Quantity.of("250", GRM)))
        .isEqualTo(Quantity.of("1.25", KGM));
    assertThat(Quantity.of("1", MTR).minus(Quantity.of("30", CMT)))
        .isEqualTo(Quantity.of("0.7", MTR));
    assertThat(Quantity.of("2", EA).times(new BigDecimal("3"))).isEqualTo(Quantity.of(6, EA));
    assertThat(Quantity.of("2", EA).negate().signum()).isEqualTo(-1);
    assertThat(Quantity.of("0.000", KGM).isZero()).isTrue();
  }

  @Test
  void equalityIgnoresScaleButNotUnit() {
    assertThat(Quantity.of("1.0", KGM)).isEqualTo(Quantity.of("1", KGM));
    assertThat(Quantity.of("1.0", KGM)).hasSameHashCodeAs(Quantity.of("1.000", KGM));
    assertThat(Quantity.of("1", KGM)).isNotEqualTo(Quantity.of("1000", GRM));
    assertThat(Quantity.of("1", KGM).isEquivalentTo(Quantity.of("1000", GRM))).isTrue();
    assertThat(Quantity.of(3, EA).isEquivalentTo(Quantity.of(3, C62))).isTrue();
    assertThat(Quantity.of(3, EA).isEquivalentTo(Quantity.of(3, KGM))).isFalse();
    assertThat(Quantity.of(1, KGM).compareAmount(Quantity.of(999, GRM))).isPositive();
  }

  @Test
  void unitCodesAreLookedUpCaseInsensitively() {
    assertThat(UnitOfMeasure.fromCode(" kgm ")).isEqualTo(KGM);
    assertThat(UnitOfMeasure.fromCode("C62")).isEqualTo(C62);
    assertThatThrownBy(() -> UnitOfMeasure.fromCode("KILO"))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessage(
            "invalid UnitOfMeasure (1 violation): code: must be a supported UN/ECE Rec 20 unit"
                + " code (was 'KILO')");
    assertThatThrownBy(() -> UnitOfMeasure.fromCode(null))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("code: must not be null");
    assertThat(KGM.code()).isEqualTo("KGM");
    assertThat(MMT.dimension()).isEqualTo(UnitDimension.LENGTH);
  }

  @Test
  void everyUnitWithAFactorConvertsToItsBaseAndBack() {
    for (UnitOfMeasure unit : UnitOfMeasure.values()) {
      if (unit.factorToBase().isEmpty()) {
        continue;
      }
      for (UnitOfMeasure other : UnitOfMeasure.values()) {
        if (other.dimension() == unit.dimension() && other.factorToBase().isPresent()) {
          Quantity q = Quantity.of("7", unit);
          assertThat(q.to(other).to(unit).value().subtract(q.value()).abs())
              .as("%s -> %s -> %s", unit, other, unit)
              .isLessThan(new BigDecimal("1E-25"));
        }
      }
    }
  }

  @Test
  void valueAndUnitAreRequired() {
    Violations.assertOnly(new Quantity(null, KGM), "value", "NotNull");
    Violations.assertOnly(new Quantity(BigDecimal.ONE, null), "unit", "NotNull");
    Violations.assertValid(
        Quantity.of("-3", EA)); // stock levels may be negative; documents restrict the sign
  }

  @Test
  void jsonFormIsAnExactNumberAndTheRec20Code() {
    Quantity q = Quantity.of("123456789012345678.1234567890123456789012345678901234", KGM);
    String json = CanonicalJson.toJson(q);
    assertThat(json)
        .isEqualTo(
            "{\"value\":123456789012345678.1234567890123456789012345678901234,\"unit\":\"KGM\"}");
    Quantity back = CanonicalJson.fromJson(json, Quantity.class);
    assertThat(back.value())
        .isEqualTo(new BigDecimal("123456789012345678.1234567890123456789012345678901234"));
    assertThat(
            CanonicalJson.fromJson("{\"value\":2.50,\"unit\":\"kgm\"}", Quantity.class)
                .value()
                .toString())
        .isEqualTo("2.50");
  }
}
