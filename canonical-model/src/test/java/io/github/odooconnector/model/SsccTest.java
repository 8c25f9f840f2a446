package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsccTest {

  @Test
  void gs1ExampleSsccIsValid() {
    assertThat(Sscc.isValid("106141411234567897")).isTrue();
    assertThat(Sscc.of("106141411234567897").value()).isEqualTo("106141411234567897");
  }

  @ParameterizedTest(name = "{0} is rejected: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "106141411234567890|SSCC has a wrong check digit (expected 7)",
        "10614141123456789|SSCC must have 18 digits but has 17",
        "1061414112345678970|SSCC must have 18 digits but has 19",
        "10614141123456789X|SSCC must contain digits only"
      })
  void malformedSsccsAreRejected(String digits, String message) {
    assertThat(Sscc.isValid(digits)).isFalse();
    assertThat(CanonicalValidator.validate(new Sscc(digits)))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo(message));
    assertThatThrownBy(() -> Sscc.of(digits))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining(message);
  }

  @Test
  void scannedApplicationIdentifierIsStripped() {
    assertThat(Sscc.of("(00)106141411234567897").value()).isEqualTo("106141411234567897");
    assertThat(Sscc.of("00106141411234567897").value()).isEqualTo("106141411234567897");
  }

  @Test
  void computesTheCheckDigitForNewlyAllocatedSsccs() {
    assertThat(Sscc.fromDataDigits("10614141123456789")).isEqualTo(Sscc.of("106141411234567897"));
    for (int serial = 0; serial < 200; serial++) {
      Sscc sscc = Sscc.fromDataDigits(String.format("3401234%010d", serial));
      assertThat(Sscc.isValid(sscc.value())).as(sscc.value()).isTrue();
    }
  }

  @Test
  void fromDataDigitsRejectsWrongLength() {
    assertThatThrownBy(() -> Sscc.fromDataDigits("123"))
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + "|" + v.invalidValue() + "|" + v.message())
                    .containsExactly("dataDigits|123|must be exactly 17 digits"));
    assertThatThrownBy(() -> Sscc.fromDataDigits("1061414112345678A"))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("dataDigits")
        .hasMessageContaining("1061414112345678A");
    assertThatThrownBy(() -> Sscc.fromDataDigits(null))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("dataDigits: must not be null");
  }

  @Test
  void serializesAsAPlainJsonString() {
    assertThat(CanonicalJson.toJson(Samples.SSCC)).isEqualTo("\"106141411234567897\"");
    assertThat(CanonicalJson.fromJson("\"106141411234567897\"", Sscc.class))
        .isEqualTo(Samples.SSCC);
  }
}
