package io.github.odooconnector.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void textIsReturnedAsGiven() {
    assertThat(Checks.requireText(" WH/OUT/1 ", "pickingName")).isEqualTo(" WH/OUT/1 ");
  }

  @Test
  void missingTextIsANullPointerExceptionNamingTheArgument() {
    assertThatThrownBy(() -> Checks.requireText(null, "pickingName"))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("pickingName");
  }

  @Test
  void blankTextIsAnIllegalArgumentExceptionNamingTheArgument() {
    assertThatThrownBy(() -> Checks.requireText(" \t", "reference"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference must not be blank");
    assertThatThrownBy(() -> Checks.requireText("", "reference"))
        .hasMessage("reference must not be blank");
  }

  @Test
  void aCallerWithAContractOfItsOwnGetsItsExceptionForNullAndBlankAlike() {
    IllegalStateException custom = new IllegalStateException("model is required");

    assertThatThrownBy(() -> Checks.requireText(null, () -> custom)).isSameAs(custom);
    assertThatThrownBy(() -> Checks.requireText("  ", () -> custom)).isSameAs(custom);
    assertThat(Checks.requireText("stock.picking", () -> custom)).isEqualTo("stock.picking");
  }

  @Test
  void aBoundedTextIsRejectedWhenLongerThanTheBound() {
    IllegalArgumentException tooLong = new IllegalArgumentException("1..3 characters");

    assertThat(Checks.requireText("abc", 3, () -> tooLong)).isEqualTo("abc");
    assertThatThrownBy(() -> Checks.requireText("abcd", 3, () -> tooLong)).isSameAs(tooLong);
    assertThatThrownBy(() -> Checks.requireText(" ", 3, () -> tooLong)).isSameAs(tooLong);
    assertThatThrownBy(() -> Checks.requireText(null, 3, () -> tooLong)).isSameAs(tooLong);
    assertThatThrownBy(() -> Checks.requireText("a", 0, () -> tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLength");
  }
}
