package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

  @ParameterizedTest(name = "{0} is a valid GTIN")
  @ValueSource(
      strings = {
        "4006381333931", // EAN-13 (Stabilo)
        "036000291452", // UPC-A (GTIN-12)
        "96385074", // EAN-8
        "10036000291459", // GTIN-14 with packaging indicator 1
        "00614141000418" // GTIN-14 with leading zeros
      })
  void realGtinsWithCorrectCheckDigitAreValid(String digits) {
    assertThat(Gtin.isValid(digits)).isTrue();
    assertThat(Gtin.of(digits).value()).isEqualTo(digits);
    Violations.assertValid(new Gtin(digits));
  }

  @ParameterizedTest(name = "{0} is rejected: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4006381333932|GTIN has a wrong check digit (expected 1)",
        "036000291453|GTIN has a wrong check digit (expected 2)",
        "96385075|GTIN has a wrong check digit (expected 4)",
        "40063813339|GTIN must have 8, 12, 13 or 14 digits but has 11",
        "400638133393100|GTIN must have 8, 12, 13 or 14 digits but has 15",
        "4006381A33931|GTIN must contain digits only",
        "'   '|GTIN must not be empty"
      })
  void malformedGtinsAreRejectedWithAPreciseMessage(String digits, String message) {
    assertThat(Gtin.isValid(digits.strip())).isFalse();
    assertThat(CanonicalValidator.validate(new Gtin(digits)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.message()).isEqualTo(message);
              assertThat(v.constraint()).isEqualTo("ValidGtin");
              assertThat(v.path()).isEmpty();
            });
  }

  @Test
  void factoryThrowsATypedExceptionNamingTheOffendingValue() {
    assertThatThrownBy(() -> Gtin.of("4006381333932"))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("4006381333932")
        .hasMessageContaining("wrong check digit");
  }

  @Test
  void nullValueIsInvalidButNeverThrowsInTheConstructor() {
    Gtin gtin = new Gtin(null);
    assertThat(Violations.of(gtin)).containsExactly("|ValidGtin");
    assertThat(Gtin.isValid(null)).isFalse();
  }

  @Test
  void surroundingWhiteSpaceIsStripped() {
    assertThat(Gtin.of(" 4006381333931\n").value()).isEqualTo("4006381333931");
  }

  @Test
  void upcAAndItsEan13FormAreTheSameItem() {
    Gtin upc = Gtin.of("036000291452");
    Gtin ean = Gtin.of("0036000291452");
    assertThat(upc.toGtin14()).isEqualTo("00036000291452");
    assertThat(upc.isSameItemAs(ean)).isTrue();
    assertThat(upc).isNotEqualTo(ean);
    assertThat(upc.isSameItemAs(Gtin.of("4006381333931"))).isFalse();
  }

  @Test
  void serializesAsAPlainJsonString() {
    assertThat(CanonicalJson.toJson(Gtin.of("4006381333931"))).isEqualTo("\"4006381333931\"");
    assertThat(CanonicalJson.fromJson("\"96385074\"", Gtin.class)).isEqualTo(Gtin.of("96385074"));
  }

  @Test
  void invalidGtinInsideADocumentIsReportedWithItsPathAndValue() {
    OrderLine line =
        new OrderLine("1", Samples.SKU, new Gtin("4006381333932"), null, Quantity.pieces(1), null);
    assertThat(CanonicalValidator.validate(line))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("gtin");
              assertThat(v.invalidValue()).isEqualTo("4006381333932");
            });
  }
}
